"""Postal addresses: which lines hold one, and its structured parts.

A card's address is one block of consecutive lines: a street line (a
house number beside a street word), then locality lines (city, state,
postcode).  Multi-office cards keep the first office only.  Landmark
hints in parentheses ("(próximo ao Metrô)") are not part of the address.
"""
from __future__ import annotations

import re
from functools import lru_cache

import usaddress

from . import japanese
from ..model import Address
from ..resources import word_list
from .region import POSTCODE_PATTERNS
from .text import clean, fix_digit_lookalikes, respace, smart_title

_WORD = re.compile(r"[^\W\d_]+\.?|\d+[º°ªa-z]?", re.UNICODE)
# a trailing "(...)" is a landmark hint, except a province code: "Asuni (MC)"
_PARENTHETICAL = re.compile(r"\s*[-–]?\s*\((?![A-Z]{2}\)\s*$)[^)]*\)?\s*$")
_LANDMARK = re.compile(r"^\s*\(?\s*(?:pr[óo]x(?:imo|\.)|perto|near|next to|opposite|across from|em frente|ao lado)\b", re.I)
_LEADING_LABEL = re.compile(
    r"^\s*(?:[•·*-]\s*)?(?:address|addr|endere[çc]o|end|adresse|anschrift|direcci[óo]n|lojas?|office|offices|"
    r"sede|hq|headquarters)\s*[:.]\s*",
    re.I,
)
_US_STATES = set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
_BR_STATES = set("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
_CITY_STATE = re.compile(r"\b([^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*)\s*[,-]\s*([A-Z]{2})\b\.?")
_PO_BOX = re.compile(r"\b(?:p\.?\s*o\.?\s*box|postfach|caixa postal|cx\.?\s*postal|apartado)\b", re.I)


def street_words() -> frozenset[str]:
    return word_list("street_words")


@lru_cache(maxsize=1)
def _street_endings() -> tuple[str, ...]:
    return tuple(w[1:] for w in street_words() if w.startswith("-"))


def _has_street_word(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    streets, endings = street_words(), _street_endings()
    return any(w in streets or w.rstrip(".") in streets or w.endswith(endings) for w in words if not w[0].isdigit())


_COUNTRY_LINE = re.compile(
    r"(?i)usa|u\.s\.a|united states(?: of america)?|uk|united kingdom|england|scotland|wales|ireland|"
    r"canada|australia|new zealand|deutschland|germany|österreich|austria|schweiz|suisse|switzerland|"
    r"france|españa|spain|italia|italy|nederland|the netherlands|netherlands|belgi[eë]|belgique|belgium|"
    r"portugal|brasil|brazil|méxico|mexico"
)


def is_country_line(text: str) -> bool:
    return bool(_COUNTRY_LINE.fullmatch(text.strip(" .,")))


def has_street(text: str) -> bool:
    """A street word next to a number: "4001 1st Ave", "Rua Cruzeiro, 406"."""
    words = [w.lower() for w in _WORD.findall(text)]
    has_number = any(w[0].isdigit() for w in words)
    streets = street_words()
    endings = _street_endings()
    has_word = any(w in streets or w.rstrip(".") in streets or w.endswith(endings) for w in words)
    return (has_number and has_word) or bool(_PO_BOX.search(text))


def postcode_region(text: str) -> str | None:
    for region, pattern in POSTCODE_PATTERNS.items():
        if pattern.search(text):
            return region
    return None


def has_locality(text: str) -> bool:
    """City/state/postcode evidence: "Redmond, WA 98052", "São Paulo - SP",
    "10115 Berlin", "London, W2 6BD"."""
    if postcode_region(text) or _COUNTRY_LINE.fullmatch(text.strip(" .,")) or japanese.is_address(text):
        return True
    # "10115 Berlin", "75002 Paris": a postcode before the city, on a line with no street
    if (re.search(r"(?:^|[,·|-]\s*)\d{4,5}\s+[A-ZÀ-Ý][a-zà-ÿ]+", text) and not re.search(r"\d{6,}", text)
            and not _has_street_word(text)):
        return True
    for match in _CITY_STATE.finditer(text):
        if match.group(2) in _US_STATES | _BR_STATES:
            return True
    return False


def address_evidence(text: str) -> float:
    score = 0.0
    if has_street(text):
        score += 2.0
    if has_locality(text):
        score += 1.5
    if re.search(r"\b(?:suite|ste|floor|fl|andar|sala|piso|etage|unit|bldg|building)\b", text, re.I):
        score += 0.5
    return score


def strip_hints(text: str) -> str:
    """Drop labels, bullets and trailing landmark hints from an address line."""
    text = _LEADING_LABEL.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _PARENTHETICAL.sub("", text)
    return clean(text.strip(" -–|•·,;/"))


def is_landmark(text: str) -> bool:
    return bool(_LANDMARK.search(text))


def parse_address(lines: list[str], region: str) -> Address:
    """Structured parts of an address block whose lines are in print order."""
    parts = [_ordinals(respace(fix_digit_lookalikes(strip_hints(line)))) for line in lines]
    parts = [p for p in parts if p]
    text = ", ".join(smart_title(p) for p in parts)
    address = Address(text=text, country=region or None)
    street_lines = [p for p in parts if has_street(p)]
    if street_lines:
        address.street = smart_title(_street_only(street_lines[0]))
    _fill_locality(address, text, region)
    return address


def _ordinals(text: str) -> str:
    """OCR reads the ordinal sign as a degree sign: "n° 36" is "nº 36"
    (número), "17° andar" is "17º andar"."""
    return re.sub(r"(?<=\b[nN])°|(?<=\d)°(?!\s*[CF]\b)", "º", text)


def _street_only(line: str) -> str:
    return line.split(" - ")[0].strip(" ,") if " - " in line else line


def _fill_locality(address: Address, text: str, region: str) -> None:
    if region == "JP" or "〒" in text:
        m = re.search(r"〒\s?(\d{3})-?(\d{4})", text)
        if m:
            address.postcode = f"{m.group(1)}-{m.group(2)}"
        address.country = "JP"
        return
    if POSTCODE_PATTERNS["US"].search(text) or (region == "US" and has_locality(text)):
        _fill_us(address, text)
        return
    if region == "GB" or POSTCODE_PATTERNS["GB"].search(text):
        m = POSTCODE_PATTERNS["GB"].search(text)
        if m:
            address.postcode = m.group(0)
            before = [p.strip() for p in text[: m.start()].split(",") if p.strip()]
            if before:
                address.city = before[-1]
            address.country = "GB"
            return
    if region == "BR" or POSTCODE_PATTERNS["BR"].search(text):
        m = re.search(r"(\d{5})-?(\d{3})", text)
        if m:
            address.postcode = f"{m.group(1)}-{m.group(2)}"
        sm = re.search(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*)\s*[-,/]\s*([A-Z]{2})\b\.?\s*$", text)
        if sm and sm.group(2) in _BR_STATES:
            address.region = sm.group(2)
            city = sm.group(1).strip()
            if city.lower() not in ("cep",):
                address.city = city
        address.country = "BR"
        return
    m = re.search(r"\b(\d{4,5})\s+([^\W\d_][^\W\d_ -]*)", text)
    if m:
        address.postcode, address.city = m.group(1), m.group(2).strip()


def _fill_us(address: Address, text: str) -> None:
    """US addresses through usaddress, datamade's CRF tagger."""
    try:
        tags, _ = usaddress.tag(text)
    except usaddress.RepeatedLabelError:
        return
    street_keys = [k for k in tags if k.startswith(("AddressNumber", "StreetName", "Occupancy", "USPSBox", "SubaddressType", "SubaddressIdentifier", "BuildingName"))]
    if street_keys:
        address.street = " ".join(tags[k] for k in street_keys).strip(" ,")
    address.city = tags.get("PlaceName", "").strip(" ,") or None
    address.region = tags.get("StateName", "").strip(" ,.") or None
    address.postcode = tags.get("ZipCode") or None
    address.country = "US"
