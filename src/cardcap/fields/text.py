"""Text helpers shared by the field parsers.

OCR engines, RapidOCR especially, drop spaces around punctuation
(`Av.Itaquera,2365-Jd.`, `DR.KELLY FOCHT`), and print ALL-CAPS cards as
they are; these helpers undo what can be undone without guessing.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


# typographic ligatures a designer's font prints and OCR returns as one character ("ﬁona.grant@")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


def clean(text: str) -> str:
    """NFC, ligatures spelled out, no control characters, single spaces, stripped."""
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Comparison key: NFKC, case-folded, punctuation and spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


def squash(text: str) -> str:
    """Comparison key that also ignores the spaces OCR drops or adds."""
    return fold(text).replace(" ", "")


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def respace(text: str) -> str:
    """Put back the space OCR dropped after a comma or a period that ends an
    abbreviation ("Av.Itaquera,2365" -> "Av. Itaquera, 2365"), never inside
    numbers, emails or web addresses."""
    if "@" in text or re.search(r"\b(?:www\.|https?://)", text, re.I):
        return text
    text = re.sub(r",(?:\s*,)+", ",", text)  # "Vice President,, Talent": a comma read twice
    text = re.sub(r",(?=[^\s\d])|(?<=\D),(?=\d)", ", ", text)
    # "Av.Itaquera", "DR.KELLY": an abbreviation (1-4 letters) glued to a capitalised word.
    # (not Canada's "P.Eng.", "P.Geo.": one credential)
    text = re.sub(r"\b(?!P\.(?:Eng|Geo|Ag|Log|Tech)\.)([A-Za-z]{1,4}\.)(?=[A-ZÀ-Ý][a-zà-ÿA-ZÀ-Ý])", r"\1 ", text)
    # "Singapore639098": a city glued to its postcode
    text = re.sub(r"\b(Singapore|SINGAPORE)(?=\d{6}\b)", r"\1 ", text)
    # "Cardinal Rail Ltd10 Temple Back": a legal form glued to the house number after it
    text = re.sub(r"\b(Ltd|LTD|Inc|INC|LLC|PLC|plc|GmbH|Corp|CORP|Pty)(\.?)(?=\d)", r"\1\2 ", text)
    # "12ºandar" -> "12º andar": an ordinal glued to the next word
    text = re.sub(r"(?<=\d[º°ª])(?=[^\W\d_])", " ", text)
    # "EletrônicaADACHI": a lower-case word glued to an ALL-CAPS one (but "EsthetiCar" stays)
    text = re.sub(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý]{3,}\b)", " ", text)
    # "Papadopoulos &Byrne", "Talent& Culture": a space lost on one side of an ampersand (not "R&D", "AT&T")
    text = re.sub(r"(?<=\s)&(?=[A-Z][a-z])|(?<=[a-z])&(?=\s)", " & ", text)
    return _SPACES.sub(" ", text).strip()


_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def digits_for_lookalikes(token: str) -> str:
    """"l4" -> "14", "2O" -> "20": a token known to be a number, its lookalike letters read as digits."""
    return token.translate(_DIGIT_LOOKALIKES)


def fix_digit_lookalikes(text: str) -> str:
    """"OII37-000" -> "01137-000": letters that OCR reads for digits inside
    tokens that are mostly digits (postcodes, house numbers)."""
    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        return digits_for_lookalikes(token) if sum(ch.isdigit() for ch in token) >= 2 else token
    return re.sub(r"(?<![A-Za-z])[0-9OIl]{3,}(?:-[0-9OIl]{2,})?(?![A-Za-z])", fix, text)


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


_SMALL_WORDS = {
    "and", "of", "the", "for", "de", "da", "do", "das", "dos", "e", "y", "del", "la", "le",
    "van", "von", "der", "den", "di", "du", "des", "et", "und", "em", "a", "in", "at", "on",
}


def smart_title(text: str) -> str:
    """Natural capitalisation for ALL-CAPS print ("CHRIS SALCEDO" -> "Chris Salcedo").

    Leaves mixed-case text alone: the card's own capitalisation is the truth.
    Keeps short all-consonant tokens such as "IT", "HR", "LLC" as acronyms.
    """
    if not is_all_caps(text):
        return text
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        core = word.strip(".,;:()&/-")
        lower = word.lower()
        if i > 0 and core.lower() in _SMALL_WORDS and not (len(core) == 1 and word.endswith(".")):  # "JOHN A. SMITH"
            out.append(lower)
        elif core.lower() in _honorific_words():
            out.append(_cap_word(lower))
        elif core.lower() in _LEGAL_FORMS:
            out.append(word.replace(core, _LEGAL_FORMS[core.lower()]))
        elif _looks_like_acronym(core):
            out.append(word)
        else:
            out.append(_cap_word(lower))
    return " ".join(out)


# Legal forms written their own way, whatever the card's capitals: "SAS", not "Sas".
_LEGAL_FORMS = {form.lower(): form for form in (  # as matched: without a final dot
    "AG", "BV", "GmbH", "KG", "LLC", "LLP", "LP", "NV", "PLC", "SA", "SAS", "SARL", "S.A", "S.A.R.L", "S.A.S",
    "S.L", "SL", "SpA", "S.p.A", "Srl", "S.r.l", "ULC", "AB", "A/S", "Oy", "K.K", "S/A", "S/C", "EIRELI",
    "Co-operative", "Co-op",  # (not "Co-Operative": the prefix is no name of its own)
    "Ltd", "Pty", "Ltda",  # (no acronyms, though their capitals have no vowel)
)}


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    from .names import honorifics  # here: names imports this module

    return honorifics("prefix") - {"m"}


def _looks_like_acronym(core: str) -> bool:
    if len(core) <= 1:
        return False
    if re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]", core):
        return True  # "U.S.", "U.K.": initials with their dots
    vowels = sum(ch in "AEIOUYÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜ" for ch in core)
    return (len(core) <= 4 and vowels == 0) or core in {"IT", "HR", "AI", "UX", "UI", "QA", "SA", "AG", "BV", "NV"}


def _cap_word(lower: str) -> str:
    # capitalise after hyphens and apostrophes too: "o'brien" -> "O'Brien", "jean-luc" -> "Jean-Luc"; not a
    # possessive's s ("PENNOCK'S" -> "Pennock's")
    parts = re.split(r"([-'’])", lower)
    out = "".join(p if p in ("-", "'", "’") or (p == "s" and i == len(parts) - 1 and i > 0 and parts[i - 1] in "'’")
                  else p[:1].upper() + p[1:] for i, p in enumerate(parts))
    # "MCDONALD" -> "McDonald": Mc names capitalise the name after the prefix
    return re.sub(r"\bMc([a-z])(?=[a-z]{2})", lambda m: "Mc" + m.group(1).upper(), out)


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
