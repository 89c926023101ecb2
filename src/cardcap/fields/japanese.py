"""Japanese cards: no spaces between words, the family name first, the
postcode behind 〒.  Cues are substrings from models/lexicons/japanese.txt."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import NameParts
from ..resources import word_list

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_POSTCODE = re.compile(r"〒\s?\d{3}-?\d{4}")
_PREFECTURE_CITY = re.compile(r"(?:都|道|府|県).{0,8}?(?:市|区|町|村)")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    cues: dict[str, list[str]] = {}
    for entry in word_list("japanese"):
        kind, _, text = entry.partition(":")
        cues.setdefault(kind.strip(), []).append(text.strip())
    # longest first, so 代表取締役 is found before 取締役
    return {kind: tuple(sorted(texts, key=len, reverse=True)) for kind, texts in cues.items()}


def cjk_share(text: str) -> float:
    letters = [ch for ch in text if not ch.isspace()]
    return sum(1 for ch in letters if _CJK.match(ch)) / len(letters) if letters else 0.0


def is_japanese(texts: list[str]) -> bool:
    """Kana or a 〒 postcode: Chinese shares the ideographs, not these."""
    return any(_KANA.search(t) or _POSTCODE.search(t) for t in texts)


def has(kind: str, text: str) -> bool:
    return any(cue in text for cue in _cues().get(kind, ()))


def is_company(text: str) -> bool:
    return has("company", text)


def is_title(text: str) -> bool:
    return has("title", text) and not is_company(text)


def is_department(text: str) -> bool:
    core = text.strip()
    return cjk_share(core) > 0.8 and any(core.endswith(cue) for cue in _cues().get("department", ()))


def is_address(text: str) -> bool:
    return bool(_POSTCODE.search(text) or _PREFECTURE_CITY.search(text))


def looks_like_name(text: str) -> bool:
    """Two to five ideographs or kana, maybe split once by a space
    (family, given), and no company, title, department or address cue."""
    core = text.strip()
    compact = core.replace(" ", "").replace("\u3000", "")
    if not 2 <= len(compact) <= 6 or cjk_share(compact) < 1.0:
        return False
    if len(core.replace("\u3000", " ").split()) > 2:
        return False
    return not (is_company(core) or is_title(core) or is_department(core) or is_address(core))


def split_department_and_title(text: str) -> tuple[str | None, str]:
    """"営業部 部長" -> ("営業部", "部長"): Japanese cards print both on one line."""
    parts = text.replace("\u3000", " ").split()
    if len(parts) >= 2 and is_department(parts[0]) and is_title(" ".join(parts[1:])):
        return parts[0], " ".join(parts[1:])
    return None, text


def name_parts(text: str) -> NameParts:
    """Family name first; without a space the split is unknown, so the
    whole name is the family name rather than a guess."""
    parts = text.replace("\u3000", " ").split()
    if len(parts) == 2:
        return NameParts(family=parts[0], given=parts[1])
    return NameParts(family=text.strip())
