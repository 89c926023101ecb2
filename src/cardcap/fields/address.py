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
from .names import honorifics, is_known_name
from .region import AU_STATES, POSTCODE_PATTERNS
from .spelling import close_compass_bracket, mend_address_words, mend_arabic_article
from .text import clean, digits_for_lookalikes, fix_digit_lookalikes, respace, smart_title

_WORD = re.compile(r"[^\W\d_]+\.?|\d+[º°ªa-z]?", re.UNICODE)
# a trailing "(...)" is a landmark hint, except a province code or a side of town: "Asuni (MC)", "Bandra (E)",
# "Bandra (East)"
_PARENTHETICAL = re.compile(r"\s*[-–]?\s*\((?![A-Z]{1,2}\)\s*$)(?!(?:East|West|North|South)\)\s*$)"
                            r"(?![^)]*\b(?:[Ww]ing|[Ff]loor|[Bb]uilding|[Bb]lock)\))[^)]*\)?\s*$")
# (but not "Floor 3 (East Wing)": part of the premises)
_LANDMARK = re.compile(r"^\s*\(?\s*(?:pr[óo]x(?:imo|\.)|perto|near|next to|opposite|across from|em frente|ao lado)\b", re.I)
_LEADING_LABEL = re.compile(
    r"^\s*(?:[•·*-]\s*)?(?:address|addr|endere[çc]o|end|adresse|anschrift|direcci[óo]n|lojas?|office|offices|"
    r"sede|hq|headquarters|mailing(?:\s+address)?|postal(?:\s+address)?|physical(?:\s+address)?|street\s+address)"
    r"\s*[:.]\s*"
    r"|^\s*(?:[^\W\d_][\w'-]*\s+){1,2}(?:office|hq|headquarters)\s*:\s*"  # "Singapore HQ:", "Corporate Office:"
    r"|^\s*(?:[^\W\d_][\w'-]*\s+){0,2}support\s+cent(?:er|re)\s*:\s*"  # a retailer's "Store Support Center:"
    # the site an address is, as a heading: "Site: Warrawanda Hub, ...", "Works: Plot No. E-55, ..."
    r"|^\s*(?:site(?:\s+compound)?|plant|works|depot|yard|mine|station|factory|warehouse|campus|corporate"
    r"|regd\.?\s+office)\s*:\s*",  # (India's "Regd. Office:", the registered office, heading the address)
    re.I,
)
_US_STATES = set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
    # USPS codes of the territories and freely associated states, and the military "states"
    + "AS FM GU MH MP PR PW VI AA AE AP".split()
)
_BR_STATES = set("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
_CITY_STATE = re.compile(r"\b([^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*)\s*[,-]\s*([A-Z]{2})\b\.?")
# Dutch postcodes: four digits (no leading 0) and two letters, SA/SD/SS never
# issued; the city follows ("2694 RR Meerkerk", OCR often drops the space)
_NL_POSTCODE_CITY = re.compile(r"(?:^|[,·|]\s*)[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\s+[^\W\d_]")
# Portuguese postcodes: four digits, hyphen, three digits, then the city ("1250-096 Lisboa")
_PT_POSTCODE_CITY = re.compile(r"(?:^|[,·|]\s*)\d{4}-\d{3}\s+[^\W\d_]")
# Dublin's postal districts ("Dublin 2", "Dublin 6W") and Irish county lines ("Co. Kildare")
_IE_COUNTIES = (r"Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford"
                r"|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|Wexford|Wicklow"
                r"|Antrim|Armagh|Down|Fermanagh|Derry|Londonderry|Tyrone")
# "Dublin 4", "Co. Cork", "Moanbaun, Ballyhale, Co, Kilkenny,": a townland and a town before the county
_IE_LOCALITY = re.compile(rf"\bDublin\s+(?:[1-9]|1[0-8]|2[024]|6W)\b|^(?:Co\.?|County)\s+[A-Z][a-z]+$"
                          rf"|,\s*(?:Co[.,]?|County)\s+(?:{_IE_COUNTIES}),?$")
# a postcode before the city: "10115 Berlin", "75002 Paris", "28013 Madrid", "20121 Milano"
# ("00-838 Warsaw", "186 00 Prague": Poland's code has a dash, Czechia's and Sweden's a space)
# ("O191 Oslo": a letter O for a zero, with three digits left)
_POSTCODE_BEFORE_CITY = re.compile(r"(?:^|[,·|-]\s*)(?:\d{4,5}|\d{2}-\d{3}|\d{3} \d{2}|(?=[\dO]{4,5}\s)(?=(?:O*\d){3})[\dO]{4,5})"
                                   r"\s+[A-ZÀ-Ý][a-zà-ÿ]+")
_PO_BOX = re.compile(r"\b(?:p\.?\s*o\.?\s*b[o0]x|postfach|caixa postal|cx\.?\s*postal|apartado|gpo\s+box"
                     r"|(?:private|locked)\s+bag\s+[A-Z]?\d+|p\.?\s?m\.?\s?b\.?\s+\d+"
                     r"|(?-i:(?:^|(?<=,\s))RD\s?\d{1,2}))\b", re.I)
"""Also South Africa's "Private Bag X555", Australia's "Locked Bag 4", Nigeria's
"P.M.B. 5555" (private mail bag), New Zealand's rural delivery round "RD 2"
(a line of its own, or after a comma: not the "Rd" of a road)."""


def street_words() -> frozenset[str]:
    return word_list("street_words")


@lru_cache(maxsize=1)
def _street_endings() -> tuple[str, ...]:
    return tuple(w[1:] for w in street_words() if w.startswith("-"))


def ends_in_street_word(text: str) -> bool:
    """"Sir John Rogerson's Quay", "Harcourt St.": the last word names a street."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(text)]
    return bool(words) and (words[-1] in street_words() or words[-1].endswith(_street_endings()))


def _has_street_word(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    streets, endings = street_words(), _street_endings()
    return any(w in streets or w.rstrip(".") in streets or w.endswith(endings) for w in words if not w[0].isdigit())


_COUNTRY_LINE = re.compile(
    r"(?i)usa|u\.s\.a|united states(?: of america)?|uk|united kingdom|england|scotland|wales|ireland|"
    r"canada|australia|new zealand|deutschland|germany|österreich|austria|schweiz|suisse|switzerland|"
    r"france|españa|spain|italia|italy|nederland|the netherlands|netherlands|belgi[eë]|belgique|belgium|"
    r"portugal|brasil|brazil|méxico|mexico|india|singapore|south africa|malaysia|"
    r"united arab emirates|u\.?a\.?e|nigeria|kenya|ghana|philippines|hong kong(?: sar)?|pakistan|sri lanka|"
    r"saudi arabia|qatar|bahrain|kuwait|oman|egypt|israel|japan|china|indonesia|thailand|vietnam|"
    r"sweden|norway|denmark|finland|poland|czech republic|luxembourg"
)


def is_country_line(text: str) -> bool:
    return bool(_COUNTRY_LINE.fullmatch(text.strip(" .,")))


_TRAILING_COUNTRY = re.compile(r",\s*(?:" + _COUNTRY_LINE.pattern.removeprefix("(?i)") + r")\.?\s*$", re.IGNORECASE)


def without_country(text: str) -> str:
    """"Auckland 1010, New Zealand" -> "Auckland 1010"."""
    return _TRAILING_COUNTRY.sub("", text)


# India's six-digit PIN ("Bengaluru - 560 103", "Hyderabad, Telangana 500081"), Singapore's postcode
_CITY_THEN_SIX_DIGITS = re.compile(
    r"(?:(?:Phase|Sector)\s+[\dIVX]{1,3}[A-Z]?,\s+)?"  # "Phase 1, Hinjewadi, Pune 411057", "Sector 54, Gurugram, ..."
    r"(?!(?:Suite|Unit|Floor|Level|Room|Box|Plot|Sector|Phase|Tel|Fax|Call|Since|Est)\b)"
    r"(?:(?:Tal|Taluka|Dist|Distt|Teh|Tq)\.?\s+[A-Z][a-z]+,?\s+)?"  # "Tal. Khed, Pune - 410 501": the taluka first
    # ("Koramangala 4th Block, Bengaluru – 560 034": a block's ordinal inside the place's name)
    # ("Bandra (East), Mumbai 400 051", "Andheri (E)": the side of the suburb)
    r"(?:[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)))*(?: ?\((?:East|West|North|South|[EWNS])\))?,?\s+){1,3}"
    r"[-–]?\s*(?:[1-9]\d{2}\s?\d{3}"
    r"|(?<=Singapore )\d{6})"
    r"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?")  # "..., Hyderabad – 500078, Telangana": the state after the PIN
# "Karnataka, India", "Dubai, United Arab Emirates", "Victoria Island, Lagos State, Nigeria": places and
# the country, printed under the street
_STATE_THEN_COUNTRY = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)*){0,3},\s*(?i:"
                                 + _COUNTRY_LINE.pattern.removeprefix("(?i)") + r")")
# "Opp. Horniman Circle Garden, Fort, Mumbai - 400 001", "Gurugram, Haryana - 122 OO3": an Indian city, a dash
# and the PIN end the line, whatever comes before
_IN_PIN_AT_END = re.compile(r"(?:^|,\s*)[A-Z][a-z]+(?: [A-Z][a-z]+)*\s+[-–]\s*[1-9][\dO]{2}\s?[\dO]{3}"
                            r"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?$")
# "#05-12 Crescent Point, Singapore 486015": Singapore's six digits end any line
_SG_POSTCODE = re.compile(r"\bSingapore\s*[-–]?\s*\d{6}$")
# "Taguig City 1634", "Makati City 1226": a Philippine city and its four-digit postcode
_PH_CITY_POSTCODE = re.compile(r"(?:[A-Z][a-zñ]+,\s*)?(?:[A-Z][a-zñ]+ )+City,?\s+\d{4}(?:,\s*Metro Manila)?")
# ("Diliman, Quezon City 1101": the district first; "Filinvest City,Alabang, Muntinlupa City 178l": more of them)
_PH_CITY_AT_END = re.compile(r"(?:^|,\s*)(?:[A-Z][a-zñ]+ )+City\s+\d{4}(?:,\s*Metro Manila)?$")


_POSTCODE_GLUED_TO_CITY = re.compile(r"^(\d{4,6})(?=[A-Z][a-z]{2,})")  # "13600Prai, Pulau Pinang"
_CITY_GLUED_TO_GB_POSTCODE = re.compile(r"(?<=[a-z]{3})(?=[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$)")  # "GatesheadNE11 0QF"


_SPELLED_HOUSE_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
""""One Microsoft Way", "Two Harbor Place": US office addresses spell small numbers."""


_TWENTY_FOUR_SEVEN = r"24[/lI1]7\b"
"""24/7, also with its slash read as l, I or 1 ("2417 Dispatch")."""
_ROUND_THE_CLOCK = re.compile(rf"\s*{_TWENTY_FOUR_SEVEN}")
_FOUNDING_YEAR = re.compile(r"(?i)\b(?:since|est\.?|established|founded|seit|desde|depuis|dal)\s+(?:in\s+)?[\dlI]\d{3}\b"
                           r"|(?<=[^\W\d_]\s)(?:19|20)\d{2}$"
                           rf"|\b(?:24|12)[-\s]?(?:hours?|hrs?|h)\b|\b{_TWENTY_FOUR_SEVEN}")
""""Estate Agents since 1987", "Alberta's Top Employers 2025", "24-hour Control Centre": a tagline's
or an award's year is not a house number."""


_US_CITY_STATE_ZIP = re.compile(r"[A-Za-z][A-Za-z .'-]*,?\s+[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?")


_TYPE_PRINTED_FIRST = frozenset({"rua", "av", "av.", "avenida", "avda.", "alameda", "travessa", "tv.", "praça", "rodovia",
                                 "rod.", "estrada", "calle", "carrera", "paseo", "rue", "jalan", "jln", "jln.", "lorong",
                                 "persiaran", "lebuh", "lebuhraya"})


def opens_with_street_type(text: str) -> bool:
    """"Av. Ita" (an avenue's name cut by the card's edge), "Rua Murutinga":
    a street whose type comes first is a street even without its number,
    never a company's name."""
    words = text.split()
    return len(words) >= 2 and words[0].lower() in _TYPE_PRINTED_FIRST


_PREMISES_WORDS = frozenset({"unit", "suite", "floor", "level", "building", "tower", "shop", "block", "plot", "lot"})
_HOSPITAL_WARD = re.compile(r"(?i)ward\s+\d+[A-Z]?\b(?!\s*(?:st|rd|road|street|ave)\b)")


_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


def names_a_street(text: str) -> bool:
    """"Corniche Road West", "Off Waiyaki Way", "Rua Augusta": a street's
    name without its number, as cards print it over a PO box."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(text)]
    if len(words) >= 3 and words[-1] in _COMPASS_WORDS:
        words = words[:-1]
    if words and words[-1].endswith("s") and words[-1][:-1] in street_words():
        words[-1] = words[-1][:-1]  # "Cnr Murray & Cliff Streets": a corner of two
    return bool(words) and (words[-1] in street_words() or words[-1].endswith(_street_endings())
                            or opens_with_street_type(text))


# premises with their number or letter: "Unit 4", "Plot No. D-14", "Building KA", "G Block", "4th Floor"
_DESIGNATED_PREMISES = re.compile(
    r"(?i)\b(?:unit|suite|ste|floor|level|building|tower|shop|block|plot|lot|flat)\b\.?\s*(?:no\.?\s*|#\s*)?"
    r"(?-i:(?=[A-Z0-9]{1,4}\b|[A-Z]?\d))"
    r"|(?-i:\b(?:[A-Z]|\d+(?:st|nd|rd|th)?))\s+(?:block|floor|tower|wing)\b")


_SHIFT_OR_CREW = re.compile(r"(?i)\b(?:[A-D]\s+(?:shift|crew)|(?:shift|crew|team)\s+[A-D1-9]\b|fifo|dido|roster"
                            r"|nights|(?:day|night|swing|graveyard|late|early|back)\s+shift)\b")


_PRODUCTION_LINE = re.compile(r"(?i)\b(?:press|production|assembly|packing|packaging|bottling|filling|canning|moulding"
                              r"|molding|paint|weld(?:ing)?|extrusion|stamping)\s+line\s*\d")
UNIT_OPENING = re.compile(r"(?i)^(?:college|school|faculty|department|dept\.?|bureau|office|division|centre|center|"
                          r"institute)\s+(?:of|for)\b")
"""A unit's name opening its line: "Office of the CTO", "School of Mathematics"."""


@lru_cache(maxsize=8192)
def has_street(text: str) -> bool:
    """A street word next to a number: "4001 1st Ave", "Rua Cruzeiro, 406"; also once OCR's lookalike slips in
    its words are mended ("No. 8, JaIan Tun Razak", "1701 W Muhammad AIi BIvd").  Cached: the assembler asks it
    of the same lines many times, and the mended retry is the costly part."""
    if _has_street(text):
        return True
    mended = mend_address_words(text)
    return mended != text and _has_street(mended)


def _has_street(text: str) -> bool:
    if _US_CITY_STATE_ZIP.fullmatch(text.strip()):
        return False  # "Salt Lake City, UT 84116", "Palm Beach, FL 33480": the ZIP is no house number
    if _HOSPITAL_WARD.match(text):
        return False  # "Ward 24 – Acute Medical Unit": where a nurse works in the hospital, not a street
    if _SHIFT_OR_CREW.search(text):
        return False  # "Station DEN | B Crew 14:00–22:30", "Nights · Team 2 Armley Vale TMD": when and with whom
    if _PRODUCTION_LINE.search(text) or UNIT_OPENING.match(text) and "," not in text:
        return False  # "Press Line 4": where in the plant; "Office of the CT0": a unit (and OCR's zero after "CT")
    # (a postcode's letters are no street word: "Newcastle upon Tyne NE1 8ST" has no "St"; its digits stay)
    unlettered = _LETTERED_POSTCODE.sub(lambda m: re.sub(r"[A-Z]+", " ", m.group()), text)
    words = [w.lower() for w in _WORD.findall(_FOUNDING_YEAR.sub(" ", unlettered))]
    has_number = any(w[0].isdigit() for w in words) or (len(words) >= 3 and words[0] in _SPELLED_HOUSE_NUMBERS)
    streets = street_words()
    endings = _street_endings()
    found = [w for w in words if w in streets or w.rstrip(".") in streets or w.endswith(endings)]
    if found and len(words) >= 3 and all(w in _PREMISES_WORDS for w in found) and not _DESIGNATED_PREMISES.search(text):
        # "4 West Medical-Surgical Unit", "Cardiac Step-Down Unit, 4 West": a named unit;
        # "Unit 4", "Plot C-21, G Block" are premises
        found = []
    return (has_number and bool(found)) or bool(_PO_BOX.search(text)) or bool(_SLASH_HOUSE_NUMBER.search(text))


_LETTERED_POSTCODE = re.compile("|".join(POSTCODE_PATTERNS[region].pattern for region in ("GB", "CA", "IE")))


# "Pernerova 697/35", "Karlova 2/14a": Czech and Slovak streets, often a bare name, carry the
# land-register number and the house number parted by a slash
_SLASH_HOUSE_NUMBER = re.compile(r"^(?!.*\b24/(?:7|365)\b)[A-ZÀ-Ž][a-zà-ž]{3,}(?:\s[A-Za-zÀ-ž]+)?\s\d{1,4}/\d{1,4}[a-z]?$")


def is_po_box(text: str) -> bool:
    return bool(_PO_BOX.search(text))


def postcode_region(text: str) -> str | None:
    for region, pattern in POSTCODE_PATTERNS.items():
        if pattern.search(text):
            return region
    return None


def has_locality(text: str) -> bool:
    """City/state/postcode evidence: "Redmond, WA 98052", "São Paulo - SP",
    "10115 Berlin", "London, W2 6BD", "Dallas, Texas 75201", "Bengaluru -
    560 103", "Singapore 048616", "Auckland 1010, New Zealand"."""
    if _ROUND_THE_CLOCK.match(text):
        return False  # "2417 Dispatch": a 24/7 line with its slash read as 1, not a postcode and its town
    text = _CITY_GLUED_TO_GB_POSTCODE.sub(" ", _POSTCODE_GLUED_TO_CITY.sub(r"\1 ", close_compass_bracket(text)))
    text = _with_region_codes(_mend_state_code(text))
    if postcode_region(text) or _COUNTRY_LINE.fullmatch(text.strip(" .,")) or japanese.is_address(text):
        return True
    if _CA_PROVINCE_THEN_CODE.search(text) and POSTCODE_PATTERNS["CA"].search(_mend_postcode(text, "CA")):
        return True  # "Ottawa, ON K2T lB6": a Canadian code with a letter read for a digit
    if re.search(r"[A-Z]{1,2}[\dlIO][A-Z\d]?\s+[\dOIl][A-Z]{2}$", text) and postcode_region(_mend_postcode(text, "GB")) == "GB":
        return True  # "Newcastle upon Tyne NEI 2PQ": a British code with a letter read for a digit
    if re.search(rf"\b(?:{_AU_STATE})\s+(?=[0-9O]{{4}}\b)\d*O", text) \
            and postcode_region(_mend_postcode(text, "AU")) == "AU":
        return True  # "Perth WA 60O0"
    if re.search(r"\b[AC-FHKNPRTV-Y][0-9OIl]{2} [0-9AC-FHKNPRTV-YO]{4}\b", text) \
            and postcode_region(_mend_postcode(text, "IE")) == "IE":
        return True  # "Co. Cork P43 EOW8": an Eircode with an O read for its zero
    if _STATE_THEN_COUNTRY.fullmatch(text.strip(" .,")) and not _holds_a_title_word(text) \
            or _CITY_THEN_SIX_DIGITS.fullmatch(fix_digit_lookalikes(without_country(text)).strip(" .,")) \
            or _PH_CITY_POSTCODE.fullmatch(without_country(text).strip(" .,")) \
            or _IN_PIN_AT_END.search(without_country(text).strip(" .,")) \
            or _SG_POSTCODE.search(text) \
            or _PH_CITY_AT_END.search(fix_digit_lookalikes(without_country(text)).strip(" .,")) \
            or _STATE_THEN_COUNTRY.fullmatch(mend_arabic_article(text).strip(" .,")) and not _holds_a_title_word(text):
        return True
    if _names_with_credentials(text):
        return False  # "Olumide Adebayo, MD, FRCPC": Maryland is a doctor's degree here
    # "10115 Berlin", "75002 Paris": a postcode before the city, on a line with no street
    if _has_postcode_before_city(text):
        return True
    if _IE_LOCALITY.search(text.strip(" ,")):
        return True
    for match in _CITY_STATE.finditer(text):
        if match.group(2) in _US_STATES | _BR_STATES:
            return True
    return False


def _holds_a_title_word(text: str) -> bool:
    """"Country Manager, Kenya", "Head of Sales, India": a title for a country, not a place."""
    return any(word.lower() in word_list("title_words") for word in re.findall(r"[^\W\d_]+", text))


def _names_with_credentials(text: str) -> bool:
    """"Jane Smith, MD", "Olumide Adebayo, MD, FRCPC", "MSN, RN, NE-BC" but
    not "Baltimore, MD" or "Ocean City, MD"."""
    head, _, tail = text.partition(",")
    credentials = [c.strip(" .").replace(".", "").lower() for c in tail.split(",")]
    printed = [c.strip(" .") for c in tail.split(",")]
    # "..., RN, BScN, MHA", "..., DNP, RN, NPD-BC": a list of letters, one of them known, is a list of degrees
    letters = len(credentials) >= 2 and any(c in honorifics("suffix") for c in credentials) \
        and all(re.fullmatch(r"[A-Z][A-Za-z.-]{1,7}", c) and sum(ch.isupper() for ch in c) >= 2 for c in printed)
    if not tail or any(ch.isdigit() for ch in text) or not (letters or all(c in honorifics("suffix") for c in credentials)):
        return False
    words = head.replace(".", " ").split()
    return len(credentials) >= 2 or head.strip(" .").replace(".", "").lower() in honorifics("suffix") \
        or bool(words) and (words[0].lower() in honorifics("prefix") or is_known_name(words[0], "given_names"))


def _has_postcode_before_city(text: str) -> bool:
    if not (_POSTCODE_BEFORE_CITY.search(text) or _NL_POSTCODE_CITY.search(text) or _PT_POSTCODE_CITY.search(text)):
        return False
    return not re.search(r"\d{6,}", text) and not _has_street_word(text)


def misread_postcode_region(text: str) -> str | None:
    """The country of a postcode, also when OCR slipped a letter for a digit
    in it ("Co. Cork P43 EOW8", "RGl 3BZ", "K1A OB1")."""
    return postcode_region(text) or next(
        (region for region in ("IE", "GB", "CA", "AU") if postcode_region(_mend_postcode(text, region)) == region), None)


def has_postcode(text: str) -> bool:
    """A postcode, the last part of an address in every country cardcap
    reads: "SW1A 1AA", "WA 98052", "10115 Berlin", "2694 RR Meerkerk"."""
    return bool(misread_postcode_region(text)) or _has_postcode_before_city(text)  # ("Ingham QLD 485O")


def address_evidence(text: str) -> float:
    score = 0.0
    if has_street(text):
        score += 2.0
    if has_locality(text):
        score += 1.5
    if re.search(r"\b(?:suite|ste|floor|fl|andar|sala|piso|etage|unit|bldg|building)\b", text, re.I):
        score += 0.5
    return score


# a location-pin icon read as a "0" before the line ("0 Unit 4", "0 141 bis, rue ..."):
# no street number is 0; or read as a letter or sign before the house number or the
# building ("O 16, rue ...", "O IDA Business Park", "Q Leopoldstraße 244"; Washington's "O Street" stays)
_PIN_ICON = re.compile(r"^\s*(?:0\s+(?=\S)|[OoQ©®@•]\s+(?=\d|[A-ZÀ-Ý])(?!St(?:reet)?\b)"
                       r"|V\s+(?=\d{1,5}\s+(?:[NSEW]\.?\s+)?[A-ZÀ-Ý][a-z])"
                       r"|9\s+(?=\d{2,5}\s+[A-ZÀ-Ý]|No\.?\s))")  # "9 1650 Dodge Street", "9 No. 42": the pin read as a 9
# ("V 9850 N Michigan Rd": a pin read as V before a house number and a street's compass point)


_TRAILING_HOURS = re.compile(r"(?i)\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:\s*[-–]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)?"
                             r"\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\b.*$")


def strip_hints(text: str) -> str:
    """Drop labels, bullets, icons, trailing landmark hints and opening hours
    ("412 N College Ave Wed-Sat 7am-3pm") from an address line."""
    text = _TRAILING_HOURS.sub("", _PIN_ICON.sub("", _LEADING_LABEL.sub("", text)))
    previous = None
    while previous != text:
        previous = text
        text = _PARENTHETICAL.sub("", text)
    return clean(text.strip(" -–|•·,;/"))


def is_landmark(text: str) -> bool:
    return bool(_LANDMARK.search(text))


# "Ottawa: 45 O'Connor Street", "Production Office: Stage 5, ...", "Headquarters: 12 ...": the office's
# heading run into its street or unit
BUILDING_NOUNS = ("House|Building|Tower|Centre|Center|Court|Plaza|Hall|Chambers|Park|Place|Wharf|Mill|Works|Campus"
                  "|Pavilion|Estate")
"""The last word of a named building ("Quantum House", "Bayview Pavilion"), as printed (capitalised)."""

_OFFICE_HEADING = re.compile(r"^(?:(?:Remote|Hybrid)(?:[- ]first)?\s+[|·•]\s+)?"  # "Remote-first · HQ: 600 Congress Ave"
                             # (not a building's name: "Quantum House · 22 Brett Meadow")
                             rf"(?![A-Za-z]+ (?:{BUILDING_NOUNS})\b)"
                             r"(?:HQ|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [Oo]ffice| \d{1,2})?)(?::\s+|\s+[|·•]\s+)"
                             r"(?=\d|(?:Stage|Suite|Unit|Level|Floor|Building|Block|Room|Shop)\b)")


_NAMED_SITE_HEADING = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Base|Office|Site|Depot|Yard|Headquarters):\s+(?=[A-Z0-9])")
"""Which of the employer's places, headed with a colon before its address ("Blyth Base:", "Perth Office:")."""


def _without_office_heading(line: str) -> str:
    """The line without its office's heading; but "Unit 7 · 215 Hannah Lodge"
    and "Stumpfallee 2 | 72590 Holzminden" open with the premises and the
    street, not a heading."""
    heading = _OFFICE_HEADING.match(line)
    if heading is None:
        named = _NAMED_SITE_HEADING.match(line)  # "Blyth Base: Bates Terminal, Blyth NE24 3PB"
        return line[named.end():] if named else line
    words = heading.group(0).strip(" :|·•")
    if words.split()[0].lower() in _PREMISES_WORDS or _has_street(words):
        return line
    return line[heading.end():]


# "Cardiff: Bute House, ... Cardiff CF10 5FQ", "MELBOURNE  Level 8, ..., Melbourne VIC 3000": the office's
# city as a heading before its address, which names the city again
_CITY_HEADING = re.compile(r"^([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)(:\s*|\s+)(?=\S.*\b\1\b)", re.IGNORECASE)


def _without_city_heading(line: str) -> str:
    heading = _CITY_HEADING.match(line)
    if heading and (":" in heading.group(2) or heading.group(1).isupper() and len(heading.group(1)) >= 4
                    and heading.group(1) not in line[heading.end():]):  # (not "Melbourne Central, ..., Melbourne")
        return line[heading.end():]
    return line


# "Eircode: D01 K7W3", "Postcode: SW1A 2AA": the label before a postcode is not printed address
_POSTCODE_LABEL = re.compile(r"(?i)\b(?:eircode|post\s?code|zip(?:\s?code)?|postal\s+code)\s*:\s*(?=[A-Z0-9])")
# "#O3-12": a Singapore unit's floor and number, with a letter O read for a zero
_UNIT_NUMBER = re.compile(r"#[O0-9lI]{1,3}-[O0-9lI]{1,4}\b")
# "Portion l2 of the farm ...", "811 No. l Road": a lot's or a road's number with a letter read for a digit
_NUMBERED_PLACE = re.compile(r"(\b(?:[Nn]o\.?|NO\.?|[Pp]ortion|[Ll]ot|LOT|[Pp]lot|[Ee]rf|[Ss]tand)\s+)"
                             r"([0-9lI]*\d[0-9lIO]*|[lI])\b")
# "12-2O Quarry Road": a house range whose second number has a letter read for a digit
_HOUSE_RANGE = re.compile(r"(?<![\w-])(\d{1,4}[-–])([0-9lIO]*[lIO][0-9lIO]*)(?=\s+[A-Z])")
# "Lab l.07", "Room 2O4": a room's number with a letter read for a digit
_ROOM_NUMBER = re.compile(r"(?i)\b((?:room|rm|lab|suite|ste|level|floor|bldg)\.?\s+[A-Z]?)(?=[0-9lIO.-]*\d)([0-9lIO][0-9lIO.-]{1,6})\b")


def parse_address(lines: list[str], region: str) -> Address:
    """Structured parts of an address block whose lines are in print order."""
    # parts printed on one line between separators: "Unit 4 | 81 Davies Lane | Lake Conor EX2E 1AF"
    pieces = [piece for line in lines
              for piece in _SEPARATOR.split(_without_office_heading(_without_city_heading(close_compass_bracket(line))))]
    parts = [_mend_postcode(_ordinals(respace(fix_digit_lookalikes(mend_address_words(strip_hints(p))))), region)
             for p in pieces]
    parts = [_POSTCODE_LABEL.sub("", _without_office_heading(p)) for p in parts]
    parts = [_UNIT_NUMBER.sub(lambda m: m.group(0).translate(_TO_DIGIT), p) for p in parts]
    parts = [re.sub(rf"\bCo,\s+(?={_IE_COUNTIES})", "Co. ", p) for p in parts]  # "Co, Kilkenny": a comma for the dot
    parts = [_ROOM_NUMBER.sub(lambda m: m.group(1) + m.group(2).translate(_TO_DIGIT), p) for p in parts]
    parts = [_HOUSE_RANGE.sub(lambda m: m.group(1) + digits_for_lookalikes(m.group(2)),
                              _NUMBERED_PLACE.sub(lambda m: m.group(1) + digits_for_lookalikes(m.group(2)), p))
             for p in parts]
    parts = [re.sub(r"\b(Hwy|HWY|Highway|Rte|Route)(?=\d)", r"\1 ", p) for p in parts]  # "Old Hwy40": the space lost
    parts = [_unglue_words(p) for p in parts if p]
    last_word = re.search(r"([^\W\d_]+)\.$", parts[-1]) if parts else None
    if last_word and len(last_word.group(1)) >= 4 and re.search(r"(?i)[aeiou]", last_word.group(1)) \
            and last_word.group(1).lower() not in street_words():  # ("Cres.", "Terr.")
        parts[-1] = parts[-1][:-1]  # "Victoria Island, Lagos.": a full stop, not an abbreviation's ("Blvd.", "Ave.")
    text = ", ".join(_title_address(p) for p in parts)
    address = Address(text=text, country=region or None)
    streets = [n for n, p in enumerate(parts) if has_street(p)]
    if streets:
        n = streets[0]
        street = _street_only(parts[n])
        if _UNIT_ONLY.fullmatch(street) and n + 1 in streets:  # "Unit 4" over "81 Davies Lane"
            street = f"{street}, {_street_only(parts[n + 1])}"
        address.street = _title_address(street)
    elif len(parts) > 1 and re.search(r"\d", parts[0]) and not has_locality(parts[0]):
        address.street = _title_address(parts[0])  # "Oudezijds Kolk 5" over "1012 AL Amsterdam"
    _fill_locality(address, text, region)
    return address


_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_CA_PROVINCES = set("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
_AU_STATE = "|".join(sorted(AU_STATES))  # as a regex alternation
_REGION_CODES = _US_STATES | _BR_STATES | _CA_PROVINCES | AU_STATES
_ORDINAL = re.compile(r"^(\d+)(ST|ND|RD|TH)(\W*)$")


_COUNTRY_ABBREVIATIONS = frozenset({"USA", "US", "UK", "UAE", "U.S.A.", "U.K.", "U.A.E.", "NZ", "RSA", "KSA", "PRC"})


def _title_address(part: str) -> str:
    """smart_title for an address printed in capitals ("620 8TH AVENUE",
    "NEW YORK, NY 10018"), word by word: a postcode keeps its capitals
    ("W1 2AB"), so does a state or province code before a postcode or at
    the end ("NY", "ON", not "Ny", "on"); an ordinal is "8th"; a street
    abbreviation is "St", not "ST"."""
    titled = smart_title(part)
    if titled == part:
        return part
    printed, words = part.split(" "), titled.split(" ")
    for n, (word, title) in enumerate(zip(printed, words)):
        core = word.strip(".,;:()-")
        following = printed[n + 1] if n + 1 < len(printed) else ""
        if _ORDINAL.match(word):
            words[n] = _ORDINAL.sub(lambda m: m.group(1) + m.group(2).lower() + m.group(3), word)
        elif any(ch.isdigit() for ch in word):
            words[n] = word
        elif core in _REGION_CODES and (not following or any(ch.isdigit() for ch in following)) \
                or core == "CEP" and following[:1].isdigit() or core in _COUNTRY_ABBREVIATIONS:
            words[n] = word  # (and "USA", "UK", "UAE": a country's letters, not "Usa")
        elif n and re.fullmatch(r"[AC-FHKNPRTV-Y]\d{2}|D6W", printed[n - 1]) \
                and re.fullmatch(r"[0-9AC-FHKNPRTV-Y]{4}", core):
            words[n] = word  # "D89 WEXE": an Eircode's second half may have no digit
        elif core.isupper() and core.lower() in street_words():
            words[n] = title.replace(core, core.capitalize())
    return " ".join(words)


# a British postcode at the line's end: the outward code, a space and the sector's digit, then the unit's letters
_GB_INWARD_LETTERS = re.compile(r"(\b[A-Z]{1,2}\d[A-Z\d]? \d)([A-Za-z0-9]{2})$")
_INWARD_LETTERS = str.maketrans({"8": "B", "5": "S", "0": "O", "1": "I"})


def mend_inward_code(text: str, region: str) -> str:
    """"East Samborough IP1 0jx": a British postcode's last two letters read
    in lower case; on a British card, "Bristol BS6 78L": one read as a digit."""
    def mend(match: re.Match[str]) -> str:
        letters = match.group(2)
        if letters.islower() and letters.isalpha():
            return match.group(1) + letters.upper()
        if region == "GB" and re.fullmatch(r"[A-Z0-9]*\d[A-Z0-9]*", letters):
            return match.group(1) + letters.translate(_INWARD_LETTERS)
        return match.group(0)
    text = _GB_INWARD_LETTERS.sub(mend, text)
    if region == "GB":  # "Birmingham B24 BNB": the inward code's digit read as the letter it looks like
        text = _GB_INWARD_DIGIT.sub(lambda m: m.group(1) + m.group(2).translate(_TO_DIGIT) + m.group(3), text)
    return text


_GB_INWARD_DIGIT = re.compile(r"(\b[A-Z]{1,2}\d[A-Z\d]? )([BSOIZ])([A-Z]{2})$")


_GB_MISREAD = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s+([OIl])([A-Z]{2})$")
_CA_MISREAD = re.compile(r"\b([A-Z0-9Il]{3})\s?([A-Z0-9Il]{3})$")  # position fixes the reading: "3TZ" is "3T2"
def four_digit_postcode(code: str) -> str:
    """"318l", "B042", "32O4": a four-digit postcode (New Zealand, South Africa) with a digit or two
    read as the letters they look like; not "120B", a house's letter."""
    digits = sum(ch.isdigit() for ch in code)
    if code[-1] in "SB" or not (digits >= 3 or (digits >= 2 and not set(code) & set("lISB"))):
        return code
    return code.translate(_TO_DIGIT)


_TO_DIGIT = str.maketrans({"O": "0", "I": "1", "l": "1", "Z": "2", "S": "5", "B": "8"})
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B"})


_US_STATE_MISREAD = re.compile(r"\b([A-Z][1l0]|[10][A-Z])(?=\s+\d{5}(?:-\d{4})?$)")


def _mend_state_code(text: str) -> str:
    """"Lake Raymondhaven, M1 33091": a state code before a ZIP code with a
    1 or 0 read for its I or O ("MI", "OH")."""
    def fix(m: re.Match[str]) -> str:
        code = m.group(1).replace("1", "I").replace("l", "I").replace("0", "O")
        return code if code in _US_STATES else m.group(1)
    # "Sydney NSVV 2000", "Perth VVA 6000": an Australian state's W read as two V's
    text = re.sub(r"\b(NS)?VV(A)?(?=\s+[0-9O]{4}\b)", lambda m: f"{m.group(1) or ''}W{m.group(2) or ''}", text)
    text = re.sub(r"\bOLD(?=\s+[0-9O]{4}\b)", "QLD", text)  # "Newstead OLD 4006": Queensland's Q read as an O
    # "Port William, NH40178": the space between the state and its ZIP code lost
    text = re.sub(r"(?<=, )([A-Z]{2})(?=\d{5}(?:-\d{4})?$)", lambda m: m.group(1) + " " if m.group(1) in _US_STATES
                  else m.group(1), text)
    return _US_STATE_MISREAD.sub(fix, text)


_CA_PROVINCE_THEN_CODE = re.compile(r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Manitoba"
                                    r"|New Brunswick|Newfoundland(?: and Labrador)?|Nova Scotia|Ontario|Prince Edward Island"
                                    r"|Quebec|Québec|Saskatchewan|Yukon)\)?\s+[A-Z0-9Il]{3}\s?[A-Z0-9Il]{3}$")


def _mend_postcode(text: str, region: str) -> str:
    """OCR's letter-for-digit slips inside a postcode whose country fixes
    which places hold digits: the UK inward code is a digit and two letters
    ("PR3V OFL" -> "PR3V 0FL"), the Canadian code alternates letter, digit
    ("K1A OB1" -> "K1A 0B1").  Only the unambiguous slips (O/0, I/l/1), and
    only when the mended code then has the country's shape."""
    if region == "GB" and not POSTCODE_PATTERNS["GB"].search(text):
        # "RGl 3BZ", "M3 3AVV": the outward code's digit, the inward code's letters ("VV" is a W)
        text = re.sub(r"\b([A-Z]{1,2})([lIO])(?=[A-Z\d]?\s+\d[A-Z]{2}$)", lambda m: m.group(1) + m.group(2).translate(_TO_DIGIT),
                      text)
        text = re.sub(r"(?<=\s\d)([A-Z]?)VV([A-Z]?)$", lambda m: f"{m.group(1)}W{m.group(2)}"
                      if len(m.group(1) + m.group(2)) == 1 else m.group(0), text)
        m = _GB_MISREAD.search(text)
        if m:
            return text[: m.start(2)] + m.group(2).translate(_TO_DIGIT) + text[m.end(2):]
    if region == "GB":
        text = _CITY_GLUED_TO_GB_POSTCODE.sub(" ", text)
        # "Solihull 891 3QW": the outward code's first letter read as a digit (no outward code opens with one)
        text = re.sub(r"(?<=\s)([85])(\d{1,2}\s+\d[A-Z]{2})$", lambda m: {"8": "B", "5": "S"}[m.group(1)] + m.group(2), text)
        # "EH1O 4EX": the outward code's second digit read as a letter O
        text = re.sub(r"\b([A-Z]{1,2}\d)O(?=\s+\d[A-Z]{2}$)", r"\g<1>0", text)
        # "LS1S 8ZB": or as an S, where no outward code ends on a letter ("W1S", "EC1A" do)
        text = re.sub(r"\b(?!EC|SW|WC|NW|SE)([A-Z]{2}\d)S(?=\s+\d[A-Z]{2}$)", r"\g<1>5", text)
        # "G72GF": the space between the outward and the inward code dropped
        text = re.sub(r"(?<=[\s,])([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$", r"\1 \2", text)
    if region == "IN":
        text = re.sub(r"(?<=[-–]\s)[1-9][\dO]{2}\s?[\dO]{3}\b", lambda m: m.group(0).replace("O", "0"), text)
    if region == "CA":
        text = re.sub(r"(?<=\s)([A-Z]\d[A-Z])(\d[A-Z]\d)$", r"\1 \2", text)  # "Winnipeg MB R2X2Z5": the space lost
        text = re.sub(r"(?<=, )0N(?=\s+[A-Z][\dOIl][A-Z])", "ON", text)  # "Ottawa, 0N K2P 1L4": Ontario's O read as a zero
        # "NS B2W 6I4": no Canadian postcode holds an I; the letter printed there is an L read as one
        text = re.sub(r"\b([A-Z]\d[A-Z]) (\d)I(\d)$", r"\1 \2L\3", re.sub(r"\b([A-Z]\d)I(?= \d[A-Z]\d$)", r"\1L", text))
    if region == "CA" and not POSTCODE_PATTERNS["CA"].search(text):
        m = _CA_MISREAD.search(text)
        if m:
            code = m.group(1) + m.group(2)
            mended = "".join(ch.translate(_TO_LETTER if n % 2 == 0 else _TO_DIGIT) for n, ch in enumerate(code))
            mended = mended.replace("I", "L")  # (no Canadian postcode holds an I: a 1 or l there is an L)
            if re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d", mended) and mended != code:
                return f"{text[: m.start()]}{mended[:3]} {mended[3:]}"
    if region == "IE":
        # "DO2 HW77", "V94 E6TO", "TI2 X8K4": no Eircode holds the letter O; its places hold a zero (and the
        # routing key's two places hold digits)
        text = re.sub(r"\b([AC-FHKNPRTV-Y])([0-9OIl]{2}) ([0-9AC-FHKNPRTV-YO]{4})\b",
                      lambda m: f"{m.group(1)}{m.group(2).translate(_TO_DIGIT)} {m.group(3).replace('O', '0')}", text)
    if region in ("AU", "NZ", "ZA"):
        # "Bathurst NSW2795", "Tauranga3110": the space before the four-digit postcode lost
        text = re.sub(rf"\b({_AU_STATE}|[A-Z][a-z]{{2,}})(\d{{4}})$", r"\1 \2", text)
    if region == "AU":
        text = _mend_state_code(text)  # "Sydney NSVV 2000"
        # "Perth WA 60O0": a letter O read for a zero of the four-digit postcode after the state
        text = re.sub(rf"\b({_AU_STATE})(\s+)([0-9O]{{4}})\b",
                      lambda m: m.group(1) + m.group(2) + m.group(3).replace("O", "0"), text)
    if region in _POSTCODE_FIRST_REGIONS:
        # "O191 Oslo", "6O329 Frankfurt": a letter O for a zero of the postcode before the city
        text = re.sub(r"(?:(?<=^)|(?<=, ))(?=[\dO]{4,5}\s+[A-ZÀ-Ý][a-zà-ÿ])(?=(?:O*\d){3})[\dO]{4,5}\b",
                      lambda m: m.group(0).replace("O", "0"), text)
    if region in ("CZ", "SK", "SE"):
        text = re.sub(r"(?:(?<=^)|(?<=, ))(\d{3})(\d{2})(?=\s+[A-ZÀ-Ý])", r"\1 \2", text)  # "18600 Prague 8" is "186 00"
    if region in ("NZ", "ZA"):
        # "Christchurch B042", "Sandton, 2l96": the four digits after the town, one read as the letter it looks like
        text = re.sub(r"([a-z],?\s?)([\dOIlSB]{4})$", lambda m: m.group(1) + four_digit_postcode(m.group(2)), text)
    if region == "IE":
        # "Co. Cork P43XW55": the space inside the Eircode lost
        text = re.sub(r"\b([AC-FHKNPRTV-Y]\d[\dW])([\dAC-FHKNPRTV-Y]{4})$", r"\1 \2", text)
    if region == "US":
        text = _mend_state_code(text)
        # "Savannah, GA 314 01": a space inside the ZIP code
        text = re.sub(r"\b([A-Z]{2}) (\d{3}) (\d{2})$", lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)}"
                      if m.group(1) in _US_STATES else m.group(0), text)
        # "WA 9B004": a ZIP code is five digits, so a letter in it is the digit it looks like
        text = re.sub(r"\b([A-Z]{2}) ((?=[\dOIlSBZ]{5}\b)(?=(?:\D*\d){3})[\dOIlSBZ]{5})\b",
                      lambda m: f"{m.group(1)} {m.group(2).translate(_TO_DIGIT)}" if m.group(1) in _US_STATES
                      else m.group(0), text)
        # "NY31795": the state code and the ZIP code run together
        text = re.sub(r"\b([A-Z]{2})(\d{5}(?:-\d{4})?)$", lambda m: f"{m.group(1)} {m.group(2)}"
                      if m.group(1) in _US_STATES else m.group(0), text)
    return text


# Countries whose postcode is printed before the city ("10115 Berlin", "0191 Oslo")
_POSTCODE_FIRST_REGIONS = frozenset({"DE", "AT", "CH", "FR", "BE", "LU", "NL", "DK", "NO", "SE", "FI", "IS", "ES", "IT",
                                     "PT", "PL", "CZ", "SK", "HU", "GR", "HR", "SI", "EE", "LV", "LT", "BR", "MX"})


def _unglue_words(text: str) -> str:
    """"NorthElizabethfort", "744Mccarthy Street", "Ste202": OCR dropped the
    space between two capitalised words, after the house number or before a
    unit's number.  Only after
    three or more lower-case letters ("LoneTree"), so "McBride", "MacArthur",
    "LaSalle" and "DeKalb" stay whole."""
    text = re.sub(r"\b(\d{1,5})(?=[A-Z][a-z]{2,})", r"\1 ", text)
    # "80 Collins StMelbourne": the city run into the street word
    text = re.sub(r"\b(St|Rd|Ave|Dr|Ln|Blvd|Hwy|Pl|Ct|Tce|Pde|Cres)\.?(?=[A-Z][a-z]{2,})", r"\g<0> ", text)
    text = re.sub(r"\b(Street|Avenue|Road|Drive|Boulevard|St|Ave|Rd|Blvd)(?=(?:NW|NE|SW|SE)\b)", r"\1 ", text)  # "StreetNW"
    # "Ste202", "Building3", "Level6": a unit's word run into its number
    text = re.sub(r"\b(Suite|Ste|Unit|Level|Floor|Building|Bldg|Room|Shop|Lot)(?=\d)", r"\1 ", text)
    return re.sub(r"\b([A-Z][a-z]{3,})(?=[A-Z][a-z]{2,})", r"\1 ", text)


def _ordinals(text: str) -> str:
    """OCR reads the ordinal sign as a degree sign: "n° 36" is "nº 36"
    (número), "17° andar" is "17º andar"."""
    return re.sub(r"(?<=\b[nN])°|(?<=\d)°(?!\s*[CF]\b)", "º", text)


_UNIT_ONLY = re.compile(r"(?i)(?:unit|suite|ste|level|lvl|floor|fl|flat|apt|sala|andar|piso|etage|stock)\.?\s*#?\w{1,5}")


_SUBPREMISE_PART = re.compile(
    r"(?i)\b(?:(?:unit|suite|ste|level|lvl|floor|fl|flat|apt|room|bldg|building|mail\s*stop|mail\s*code|ms)\.?\s*#?[\w-]{1,6}"
    r"|\d{1,3}(?:st|nd|rd|th)\s*(?:floor|fl\.?))\b"
    r"|#\d{1,3}-\d{1,4}\b|\b(?:\d{1,3}|G|UG|LG)/F\b")  # Hong Kong floors: "12/F", "G/F"


def names_only_the_building(line: str) -> bool:
    """"Unit 23", "City Hall, 2nd Floor", "Unit 7, The Woodstock Exchange":
    the part of a building, or the building, printed over its street (UK,
    Australian, South African cards).  The street line under it is the same
    address, not another office's."""
    rest = _SUBPREMISE_PART.sub(" ", line)
    return rest != line and not has_street(rest)


def _street_only(line: str) -> str:
    """The street of a line that may go on with its locality: "Rua X, 12 -
    Centro", "Friedrichstraße 68, 10117 Berlin", "141 bis, rue Y, 39380 Z"."""
    if " - " in line:
        return line.split(" - ")[0].strip(" ,")
    pieces = line.split(", ")
    while len(pieces) > 1 and has_locality(pieces[-1]) and not has_street(pieces[-1]):
        pieces.pop()
    return ", ".join(pieces).strip(" ,")


def region_code_of(text: str) -> str | None:
    """"ARIZONA" -> "AZ", "Nova Scotia" -> "NS": a state's or province's name alone."""
    return _REGION_NAMES.get(text.strip(" ,.").lower())


_REGION_NAMES = {
    # US states and DC
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "district of columbia": "DC", "florida": "FL", "georgia": "GA",
    "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY",
    "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
    "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA", "rhode island": "RI",
    "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT",
    "virginia": "VA", "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
    # Canadian provinces and territories
    "alberta": "AB", "british columbia": "BC", "manitoba": "MB", "new brunswick": "NB",
    "newfoundland and labrador": "NL", "nova scotia": "NS", "northwest territories": "NT", "nunavut": "NU",
    "ontario": "ON", "prince edward island": "PE", "quebec": "QC", "québec": "QC", "saskatchewan": "SK", "yukon": "YT",
    # Australian states and territories
    "new south wales": "NSW", "victoria": "VIC", "queensland": "QLD", "western australia": "WA",
    "south australia": "SA", "tasmania": "TAS", "australian capital territory": "ACT", "northern territory": "NT",
}
_REGION_NAME = re.compile(
    r"(?i)(?:(?<=[,\s])|^)(" + "|".join(sorted(map(re.escape, _REGION_NAMES), key=len, reverse=True))
    + r")(?=\s+(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*(?:,|$))")
"""A state or province spelled out before its postcode: "Toronto, Ontario M5J 2J5"."""


def _with_region_codes(text: str) -> str:
    """"Toronto, Ontario M5J 2J5" -> "Toronto, ON M5J 2J5", as the postcode patterns know it."""
    return _REGION_NAME.sub(lambda m: _REGION_NAMES[m.group(1).lower()], text)


def _fill_locality(address: Address, text: str, region: str) -> None:
    # parsed with the codes the patterns know; address.text keeps what is printed
    text = _with_region_codes(text)
    if region == "JP" or "〒" in text:
        m = re.search(r"〒\s?(\d{3})-?(\d{4})", text)
        if m:
            address.postcode = f"{m.group(1)}-{m.group(2)}"
        address.country = "JP"
        return
    if POSTCODE_PATTERNS["US"].search(text) or (region == "US" and has_locality(text)):
        _fill_us(address, text)
        return
    if (region == "GB" or POSTCODE_PATTERNS["GB"].search(text)) and _postcode_after_city(address, text, "GB"):
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
    if region == "CA" or POSTCODE_PATTERNS["CA"].search(text):
        m = re.search(rf"({_PLACE}),?\s+([A-Z]{{2}})\s+([A-Z]\d[A-Z])\s?(\d[A-Z]\d)\b", text)
        if m:
            address.city, address.region = m.group(1).split(", ")[-1], m.group(2)
            address.postcode = f"{m.group(3)} {m.group(4)}"
            address.country = "CA"
            return
    if region in ("AU", "NZ") or POSTCODE_PATTERNS["AU"].search(text):
        # "Surry Hills NSW 2010"; New Zealand prints no state: "Auckland 1010"
        # "Melbourne, VIC 3000": the state and postcode may follow the city after a comma
        m = re.search(rf"({_PLACE}?),?\s+(?:({_AU_STATE})\s+)?(\d{{4}})\s*$", ", ".join(text.split(", ")[-2:]))
        if m and (m.group(2) or region == "NZ"):
            address.city, address.region, address.postcode = m.group(1), m.group(2), m.group(3)
            address.country = region if region in ("AU", "NZ") else "AU"
            return
    if (region == "IE" or POSTCODE_PATTERNS["IE"].search(text)) and _postcode_after_city(address, text, "IE"):
        return
    m = re.search(rf"\b([1-9]\d{{3}})\s?([A-Z]{{2}})\s+({_PLACE})", text)
    if m and (region == "NL" or not re.search(r"\b\d{5}\b", text)):
        address.postcode, address.city = f"{m.group(1)} {m.group(2)}", m.group(3)
        address.country = "NL"
        return
    m = re.search(rf"\b(\d{{4}}-\d{{3}}|\d{{4,5}})\s+({_PLACE})(?:\s*\(([A-Z]{{2}})\))?", text)
    if m:
        address.postcode, address.city = m.group(1), m.group(2).strip()
        if m.group(3):
            address.region = m.group(3)  # an Italian province: "20121 Milano (MI)"


# a place name: words joined by spaces, hyphens or apostrophes ("Robert-sur-Guibert",
# "San Marzano di San Giuseppe", "L'Aquila")
_PLACE = r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*"


def _postcode_after_city(address: Address, text: str, country: str) -> bool:
    """UK and Irish localities: the city ("London", "Dublin 2") is the part
    printed before the postcode.  False when the text has no such postcode."""
    m = POSTCODE_PATTERNS[country].search(text)
    if not m:
        return False
    address.postcode = m.group(0)
    before = [p.strip() for p in text[: m.start()].split(",") if p.strip()]
    if before and not has_street(before[-1]):
        address.city = before[-1]
    address.country = country
    return True


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
