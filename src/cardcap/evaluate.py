"""Scoring scan results against labels.json, as ../shared/eval/FORMAT.md
section 3 defines it: per-field precision/recall/F1 and perfect cards.

Pure functions over plain dicts (the scan JSON and the labels), so the
same scorer reads a fresh scan or a saved one.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TEXT_FIELDS = ("name", "title", "department", "company", "address")
LIST_FIELDS = ("emails", "phones", "urls")
ALL_FIELDS = TEXT_FIELDS + LIST_FIELDS

_HONORIFICS = re.compile(
    r"\b(?:dr|mr|mrs|ms|miss|mx|prof|sir|dame|rev|sr|sra|jr|phd|ph d|md|mba|esq|cpa|ii|iii|iv)\b\.?", re.I
)


def norm_text(value: str | None) -> str:
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", value).casefold()
    return re.sub(r"[\W_]+", " ", value).strip()


def norm_name(value: str | None) -> str:
    return re.sub(r"\s+", " ", _HONORIFICS.sub(" ", norm_text(value))).strip()


def norm_url(value: str) -> str:
    value = value.strip().lower()
    value = re.sub(r"^[a-z]+://", "", value)
    value = re.sub(r"^www\.", "", value)
    return value.rstrip("/")


def phone_digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def phones_match(a: str, b: str) -> bool:
    da, db = phone_digits(a), phone_digits(b)
    if min(len(da), len(db)) < 7:
        return da == db and bool(da)
    return da.endswith(db) or db.endswith(da)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class CardScore:
    image: str
    fields: dict[str, Counts]
    errors: dict[str, tuple[object, object]] = field(default_factory=dict)  # field -> (expected, got)
    # (confidence the reader gave, whether the value was right) per output field
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    # why the photo gave no contact at all ("no text found", a time limit...), else None: a benchmark
    # that only showed empty fields would hide a reader that crashed or timed out
    unread: str | None = None

    @property
    def perfect(self) -> bool:
        return all(c.fp == 0 and c.fn == 0 for c in self.fields.values())


def _predicted_value(contact: dict | None, name: str):
    if contact is None:
        return [] if name in LIST_FIELDS else None
    value = contact.get(name)
    if name == "address" and isinstance(value, dict):
        return value.get("text")
    if name == "phones":
        return [p["number"] if isinstance(p, dict) else str(p) for p in value or []]
    return value


def _match_lists(expected: list[str], got: list[str], same) -> Counts:
    remaining = list(got)
    counts = Counts()
    for item in expected:
        hit = next((g for g in remaining if same(item, g)), None)
        if hit is None:
            counts.fn += 1
        else:
            counts.tp += 1
            remaining.remove(hit)
    counts.fp += len(remaining)
    return counts


def score_card(image: str, label: dict, result: dict | None) -> CardScore:
    contacts = (result or {}).get("contacts") or []
    contact = contacts[0] if contacts else None
    fields: dict[str, Counts] = {}
    errors: dict[str, tuple[object, object]] = {}
    for name in TEXT_FIELDS:
        expected, got = label.get(name), _predicted_value(contact, name)
        norm = norm_name if name == "name" else norm_text
        c = Counts()
        if expected and got:
            if norm(expected) == norm(got):
                c.tp = 1
            else:
                c.fp = c.fn = 1
        elif expected:
            c.fn = 1
        elif got:
            c.fp = 1
        fields[name] = c
        if c.fp or c.fn:
            errors[name] = (expected, got)
    expected_phones = [p["number"] if isinstance(p, dict) else p for p in label.get("phones") or []]
    pairs = {
        "emails": (label.get("emails") or [], _predicted_value(contact, "emails") or [],
                   lambda a, b: a.strip().lower() == b.strip().lower()),
        "phones": (expected_phones, _predicted_value(contact, "phones") or [], phones_match),
        "urls": (label.get("urls") or [], _predicted_value(contact, "urls") or [],
                 lambda a, b: norm_url(a) == norm_url(b)),
    }
    for name, (expected, got, same) in pairs.items():
        fields[name] = _match_lists(expected, got, same)
        if fields[name].fp or fields[name].fn:
            errors[name] = (expected, got)
    # people the labels know beyond the first are extra contacts, not scored here
    confidences = []
    for name in ALL_FIELDS:
        got = _predicted_value(contact, name)
        conf = ((contact or {}).get("confidence") or {}).get(name)
        if got and conf is not None:
            confidences.append((float(conf), fields[name].fp == 0))
    unread = None
    if contact is None:
        unread = (result or {}).get("error") or ("no result" if result is None else "no contact found")
    return CardScore(image=image, fields=fields, errors=errors, confidences=confidences, unread=unread)


@dataclass
class Report:
    cards: list[CardScore]
    seconds_per_card: float | None = None
    illegible_left_out: int = 0

    def totals(self) -> dict[str, Counts]:
        out = {name: Counts() for name in ALL_FIELDS}
        for card in self.cards:
            for name, c in card.fields.items():
                out[name].tp += c.tp
                out[name].fp += c.fp
                out[name].fn += c.fn
        return out

    def calibration(self, threshold: float = 0.9) -> tuple[int, float | None]:
        """How many output fields claimed confidence >= threshold, and the
        share of them that was right (the review step trusts this)."""
        sure = [ok for card in self.cards for conf, ok in card.confidences if conf >= threshold]
        return len(sure), (sum(sure) / len(sure) if sure else None)

    @property
    def perfect_rate(self) -> float:
        return sum(c.perfect for c in self.cards) / len(self.cards) if self.cards else 0.0

    def as_dict(self) -> dict:
        return {
            "cards": len(self.cards),
            "illegible_left_out": self.illegible_left_out,
            "perfect_cards": sum(c.perfect for c in self.cards),
            "perfect_rate": round(self.perfect_rate, 3),
            "seconds_per_card": self.seconds_per_card,
            "confident_fields": self.calibration()[0],
            "confident_fields_correct": None if self.calibration()[1] is None else round(self.calibration()[1], 3),
            "fields": {
                name: {"precision": round(c.precision, 3), "recall": round(c.recall, 3), "f1": round(c.f1, 3),
                       "tp": c.tp, "fp": c.fp, "fn": c.fn}
                for name, c in self.totals().items()
            },
            "errors": {c.image: {k: list(v) for k, v in c.errors.items()} for c in self.cards if c.errors},
            "unread": {c.image: c.unread for c in self.cards if c.unread},
        }

    def table(self) -> str:
        lines = [f"{'field':<11} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
        for name, c in self.totals().items():
            lines.append(f"{name:<11} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:3d} {c.fn:3d}")
        perfect = sum(c.perfect for c in self.cards)
        lines.append(f"perfect cards: {perfect}/{len(self.cards)} ({self.perfect_rate:.0%})")
        if self.illegible_left_out:
            lines.append(f"cards labelled illegible, not scored: {self.illegible_left_out}")
        unread = [c for c in self.cards if c.unread]
        if unread:
            lines.append(f"photos that gave no contact: {len(unread)} (every field of theirs counts as missed)")
        sure, right = self.calibration()
        if right is not None:
            lines.append(f"fields with confidence >= 0.9: {sure}, of which correct: {right:.1%}")
        if self.seconds_per_card is not None:
            lines.append(f"seconds per card: {self.seconds_per_card:.2f}")
        return "\n".join(lines)


def score_results(labels: dict[str, dict], results: list[dict], *, only_script: str | None = "latin",
                  include_illegible: bool = False) -> Report:
    """Scores every labelled image; results are matched by file name.

    Cards of another script and cards labelled `legible: false` (a person
    cannot read them either) are scored apart, as FORMAT.md marks them;
    the report counts the illegible ones it left out."""
    by_name = {}
    for result in results:
        by_name[result["image"].replace("\\", "/").rsplit("/", 1)[-1]] = result
    cards = []
    illegible = 0
    for image, label in labels.items():
        if only_script and label.get("script", "latin") != only_script:
            continue
        if label.get("legible") is False and not include_illegible:
            illegible += 1
            continue
        cards.append(score_card(image, label, by_name.get(image)))
    return Report(cards, illegible_left_out=illegible)
