"""Phone numbers: found with libphonenumber's matcher, typed from the
labels printed beside them, normalised to E.164.

Cards often print the area code once ("Fones 11 2082-2399/2646-6123") or
not at all ("2294-9484" on a São Paulo card): a number too short to be
valid inherits the area code of a valid number on the same card; with no
area code anywhere it is kept as country code + printed digits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from ..model import Phone
from .text import digits

# Label words, longest first so "tel/fax" wins over "tel". Stored as data
# so new languages are a table edit, not a code change.
_LABELS: list[tuple[str, str]] = [
    (r"tel\.?\s*/\s*fax|fone\s*/\s*fax|ph(?:one)?\s*/\s*fax|t\s*/\s*f", "work"),
    # ("Téléc.": Canada's French abbreviation; "Fax2Email": South Africa's fax-to-email numbers)
    (r"fax\s*(?:2|to)\s*e-?mail|e-?fax|fax|facsimile|telefax|t[ée]l[ée]c(?:opieur)?|f|ファックス", "fax"),
    (r"mob(?:ile|il)?|cell(?:ular|phone)?|cel(?:ular)?|handy|portable|port|gsm|m|c|whats\s*app|wa|hp|h/p|handphone|"
     r"text(?:\s+us)?|sms|cellulaire|"
     r"tim|vivo|claro|nextel|oi|携帯|携帯電話", "mobile"),
    (r"home|res(?:idence)?|casa|priv(?:at|ate)?|h", "home"),
    # a teletypewriter line for deaf callers is no one's desk phone ("TTY 711", "Textphone 020 ...")
    (r"pa[gq]er|beeper|bleep|tty(?:\s*/\s*relay)?|tdd|textphone|minicom", "other"),
    (r"tel(?:ephone|efone|efon|éfono|éphone)?|ph(?:one)?|p|t|o|office|off|direct|dir|d|"
     r"main|work|w|fone|fones|pabx|phone\s*number|switchboard|b|business|ramal|did|ddi|dl|bureau|branch|store|"
     r"desk|toll[\s-]?free|free\s?phone|free\s?call|call|電話|代表|直通",
     "work"),
]
_LABEL_RE = re.compile(
    # "Mob;", "m,"; not the last letter of "R&D" or "R8D" before a number
    # (nor the last letter of an accented word: "Téléc.")
    r"(?<![^\W_]|&)(" + "|".join(f"(?:{pat})" for pat, _ in _LABELS) + r")\s*[.:;,]?\s*[:.]?\s*$",
    re.IGNORECASE,
)

TAX_NUMBER_LABELS = (r"vat|tva|iva|ust-?id-?nr|ust-?id|steuer-?nr|st-?nr|abn|acn|gst|ein|tax\s*id|siren|siret|kvk|btw"
                     r"|nif|cif|cnpj|company\s*(?:no|number)|hrb|(?:reg[il1]stered\s+)?charity(?:\s*(?:n[o0]|number))?|rcn|chy"
                     r"|npi|nmls(?:\s*id)?|(?:state\s+)?bar\s*(?:no|number|#)|licen[cs]e(?:\s*(?:no|number|#))?|dea"
                     r"|us\s?dot(?:\s*(?:no|number|#))?"  # a carrier's US Department of Transportation number
                     r"|npo|pbo|cin|uen|gstin|sebi"  # South African non-profits, Indian and Singapore companies
                     r"|ukprn|cslb|dir\s*#"  # a UK training provider's number, California contractors' licences
                     r"|mc|nsc|cvor|qbcc"  # carriers' numbers (US motor carrier, Canadian safety codes), QLD builders
                     r"|crd|gmc|nmc|hcpc|gphc"  # a broker's FINRA number, UK clinicians' registers
                     r"|hpcsa|practice\s*(?:no|number)|roc"  # South African clinicians and practices, Arizona contractors
                     # European company registers and tax numbers: Polish, Czech, Nordic, Luxembourg, Belgian
                     r"|krs|nip|regon|i[čc]o|di[čc]|org\.?\s*nr|cvr|y-tunnus|business\s*id|r\.?c\.?s\.?|hra|kbo")
"""Labels of tax and company registration numbers (a regex alternation, case-insensitive)."""
_NOT_PHONE_CONTEXT = re.compile(
    r"(?<![^\W\d_])(?:〒|cep|zip|postcode|postal|cnpj|cpf|crea|crm|oab|id|reg|n[º°o]\.?|nr\.?|cx\.?\s*postal|"
    r"p\.?\s*o\.?\s*b[o0]x|b[o0]x|bag\s+x?|p\.?\s?m\.?\s?b\.?|suite|ste|sala|andar|floor|fl|tel\s+aviv(?:-yafo)?|lic[.,]?\s*#?\s*[a-z]{0,3}-?)\s*[.:#]?\s*$"
    # tax and company numbers, often with the country's letters run in: "USt-IdNr. DE327639453"
    r"|(?<![^\W\d_])(?:" + TAX_NUMBER_LABELS + r")\s*[.:#]?\s*(?:id\s*)?(?:reg(?:istration|istered)?\.?\s*)?(?:no\.?|nr\.?)?\s*[:.]?\s*(?:[a-z]{2,3})?\s*$",
    re.IGNORECASE,
)
# a Malaysian company number after the name, "(1234567-X)"
_COMPANY_NUMBER_TAIL = re.compile(r"-[A-Z]\)")
# "13750 96 Ave", "10180 101 Street NW": a house number and a numbered street (Edmonton, Surrey)
_STREET_SUFFIXES = r"st|street|ave|avenue|rd|road|blvd|dr|drive|way"
_STREET_AFTER = re.compile(rf"(?:[A-Z](?=\s))?\s*(?:{_STREET_SUFFIXES})\b", re.IGNORECASE)  # ("19890 92A Avenue")
_ORDINAL_AFTER = re.compile(r"(?i)(?:st|nd|rd|th)\b")  # "20526 59th Place S": a house number and a numbered street
# "24/7" read as the start of the number after it; "24h" as a home label
_ROUND_THE_CLOCK = re.compile(r"(?i)\b24\s?(?:[/x×]\s?7|h(?:rs?|ours?)?|-hour)\b")
_HOUSE_NUMBER_BEFORE = re.compile(r"[^\W\d_](?:,\s*|[^\W\d_]{2}\s+)$")
_CITY_AFTER = re.compile(r"^\s+[A-ZÀ-Ý][a-zà-ÿ]")
_LABEL_AFTER = re.compile(r"^\s*[(\[]\s*([^\W\d_][^()\[\]\d]{0,15}?)\s*[)\]]"
                          r"|^\s+(mobile|cell|office|fax|direct|home|work)\b(?=\s*(?:$|[|,·•;/]))", re.UNICODE | re.IGNORECASE)
"""A label printed after the number, in brackets: "(mobile)", "(office)", "[fax]"."""
# "x204", "ext. 12", Portuguese "ramal", German "Durchwahl"/"DW", French "poste"
_EXTENSION = re.compile(r"^\s*[,(]?\s*(?:x|ext\.?|extn\.?|extension|ramal|r\.|durchwahl|dw\.?|poste)\s*[:.]?\s*(\d{1,6})\)?",
                        re.IGNORECASE)


@dataclass(frozen=True)
class PhoneMatch:
    phone: Phone
    start: int
    end: int
    explicit_type: bool  # a label on the card said which type


# a digit read for a letter inside a label word: "Mobi1e", "0ffice", "Ce11"
_MISREAD_LABEL = re.compile(r"\b[A-Za-z]+[01][A-Za-z01]*\b|\b[01]+[A-Za-z][A-Za-z01]*\b")
_LETTERS_OF = str.maketrans("01", "ol")


def label_type(prefix: str) -> str | None:
    """The phone type named by the label that ends `prefix`, if any."""
    prefix = re.sub(r"(?<=[a-z])II?\b|(?<=[a-z])I(?=[a-z])", lambda m: "l" * len(m.group(0)),
                    prefix.rstrip(" -|•·"))  # "CeII.", "MobiIe": small l's read as capital I's
    unmisread = _MISREAD_LABEL.sub(lambda m: m.group(0).translate(_LETTERS_OF), prefix)  # "Mobi1e", "0ffice", "M0b"
    # (the mended label first: "M0b:" is no "b:" for business)
    match = (_LABEL_RE.search(unmisread) if unmisread != prefix else None) or _LABEL_RE.search(prefix)
    if not match:
        return None
    word = match.group(1).lower()
    # a lone letter is only a label when set off like "T:" or "M " at a boundary
    for pattern, kind in _LABELS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return kind
    return None


# letters OCR read for digits between digits: "4l5-555-0166", "415-555-O166", "7700 9OO 123", "087 S55 0163"
_LETTER_FOR_DIGIT = re.compile(r"(?<=\d)[OolISB]{1,3}(?=[-. ]?\d)|(?<=\d[-. ])[OolISB]{1,3}(?=\d)"
                               r"|(?<=[(:])O(?=\d{2})|(?<=[(:] )O(?=\d{2})"  # "Mob: (O86) 555 0190"
                               r"|(?<=\+\d{3} )[lI](?= \d{3})|(?<=\(0\))[lI](?= ?\d{3})"  # "+353 (0)l 555 0186": Dublin's 1
                               r"|(?<=[A-Za-z.:;] )O(?=\d{3,})"  # "Mob O7700 900 274": the trunk 0 read as O
                               r"|(?<=\+\d\d \()O(?=\))"  # "+44 (O)7700": the bracketed trunk 0
                               r"|(?<=\d\d)[lIO]{1,2}(?=$|[\s|·,;)])")  # "7946 086l", "555-01OO": the last digits
_DIGIT_OF = str.maketrans("OolISB", "001158")
_ZA_COMPANY_NUMBER = re.compile(r"\b(?:19|20)\d{2}/\d{6}/\d{2}\b")
# "1-844-555-01HR": a toll-free number's last group half digits, half keypad letters (same length once dialled)
_MIXED_VANITY = re.compile(r"(?<=\b8[0-8]{2}[-. ]\d{3}[-. ])(?=\d*[A-Z])[0-9A-Z]{4}\b")
_ICON_ZERO = re.compile(r"(?:^|(?<=\s))0(?=\s+0\d)"
                        r"|^0(?=\s+\(?[2-9]\d\d\)?[\s.-]?\d{3}[\s.-]?\d{4}\b)")  # "0 647 555-0118": a handset icon
# "864.555,0157", "0113 496,0742": a comma read for the dot or space before a number's last group
_COMMA_IN_NUMBER = re.compile(r"(?<=\d{3}[. -]\d{3}),(?=\d{4}\b)|(?<=\d{3}\) \d{3}),(?=\d{4}\b)|(?<=\b\d{3}),(?=\d{3}[. -]\d{4}\b)")
"""A dot read as a comma inside a number: "757.555,0109", "757,555.0109"."""


_STANDARDS = re.compile(r"(?i)\b(?:ISO|IATF|OHSAS|AS/NZS)\s*\d{4,5}(?:[:-]\d{4})?"
                        r"(?:\s*(?:/|,|&|and|\+)\s*\d{4,5}(?:[:-]\d{4})?)*")
"""Management standards a firm is certified to: their numbers read together look like a phone's."""


def find_phones(line: str, region: str) -> list[PhoneMatch]:
    """Every phone number in one OCR line, with its type."""
    results: list[PhoneMatch] = []
    cursor = 0
    # "Ce11", "Ce1l", "Te1": a label whose l's were read as 1's, put right first (same length), or its digits
    # would be read as the number's start
    line = re.sub(r"(?i)\b(ce)[1lI|]{2}\b|\b(te)[1I|]\b", lambda m: (m.group(1) or m.group(2)) + "l" * (len(m.group(0)) - 2), line)
    line = re.sub(r"\bDD[1l]\b", "DDI", line)  # "DD1 03 555 0127": the direct-dial label's I read as a one
    line = _LETTER_FOR_DIGIT.sub(lambda m: m.group(0).translate(_DIGIT_OF), line)  # same length: spans hold
    line = _MIXED_VANITY.sub(lambda m: phonenumbers.convert_alpha_characters_in_number(m.group(0)), line)
    line = _ICON_ZERO.sub(" ", line)  # "0 0491 570 334": a phone icon read as a zero
    line = _COMMA_IN_NUMBER.sub(".", line)
    line = _ROUND_THE_CLOCK.sub(lambda m: " " * len(m.group(0)), line)  # "Fleet Control (24/7) 03 5550 2900"
    line = _STANDARDS.sub(lambda m: " " * len(m.group(0)), line)  # "ISO 9001 / 14001 / 45001": certified standards
    line = re.sub(r"(?<![^\W\d_])([Nn])0(?=\.?\s*\d)", r"\1o", line)  # "charity n0. 1155555": "no." read "n0."
    line = re.sub(r"(?<![^\W\d_])([Bb])0(?=[xX]\b)", r"\1o", line)  # "P.O. B0x 555412": the box's number
    for match in PhoneNumberMatcher(line, region, leniency=Leniency.POSSIBLE):
        raw = match.raw_string
        if len(digits(raw)) < 7 or match.start < cursor:  # (inside a pair already read: "... 0132 / 0133")
            continue
        before = line[cursor:match.start]
        if (_NOT_PHONE_CONTEXT.search(line[: match.start]) or _ORDINAL_AFTER.match(line, match.end)
                or _is_radio_id(line, match.start, match.end)
                or _COMPANY_NUMBER_TAIL.match(line, match.end)
                or (len(digits(raw)) <= 8 or re.fullmatch(r"\d{1,5}-\d{3,6}\s\d{1,3}", raw.strip()))
                and _STREET_AFTER.match(line, match.end)  # ("200-10123 99 Street NW": unit, house, numbered street)
                or _is_unit_and_house_number(line, match.start, raw, match.end)):
            cursor = match.end
            continue
        if _OPENING_HOURS.search(line) and re.search(r"(?<!\d)\d{1,2}[.:]\d{2}(?!\d)", raw):
            cursor = match.end  # "Mon–Fri 8.00–5.30 | Sat 8.00–12.00": opening hours
            continue
        bare = raw.strip("() ")
        if re.fullmatch(r"[1-9]\d{5,7}", bare) and re.search(r"\(\s*" + bare + r"\s*\)", line):
            cursor = match.end  # "Registered charity in England & Wales (1184467)": a bare number in brackets
            continue
        if any(m.start() < match.end and match.start < m.end() for m in _ZA_COMPANY_NUMBER.finditer(line)):
            cursor = match.end  # "Reg. No. 1998/012345/06": a South African company number, not a phone
            continue
        if _looks_like_date_or_postcode(raw) or (re.fullmatch(r"\d{1,4}\s+\d{4,5}", raw.strip())
                                                 and _HOUSE_NUMBER_BEFORE.search(line[: match.start])
                                                 and label_type(before) is None
                                                 and _CITY_AFTER.match(line[match.end:])):
            # "Borgo Ficino, 110 25017 Joannis", "Regina-Ullrich-Platz 108  84276 Schwäbisch Hall":
            # a house number, a postcode, a city
            cursor = match.end
            continue
        kind = label_type(before)
        number = match.number
        if kind == "work" and re.search(r"(?:^|\s)[Oo0]\s*$", before) and _type_by_number(number) == "mobile":
            kind = None  # "O 0491 570 159": a phone icon read as an O, before a number only a mobile has
        if kind == "mobile" and re.search(r"(?:^|\s)[Cc]\s*$", before) \
                and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE:
            kind = None  # "C 0113 496 0572": a handset icon read as a C, before a number no mobile has
        end = match.end
        shared = re.search(r"(?<=\d)/\d{2,4}$", raw)
        if shared and not phonenumbers.is_valid_number(number):
            # "+91 22 5550 1820/21": two lines sharing all but their last digits, read as one number
            head = _parsed(raw[: shared.start()], region)
            if head is not None and phonenumbers.is_valid_number(head):
                number, end = head, match.start + shared.start()
                raw = raw[: shared.start()]
        vanity = _VANITY_TAIL.match(line[match.end:])
        if vanity:  # "1-888-555-HIRE": the letters are digits on the keypad
            number = _vanity_number(raw + vanity.group(0), region)
            if number is None:
                cursor = match.end + vanity.end()
                continue
            end += vanity.end()
        ext = _EXTENSION.match(line[match.end:])
        if ext:
            number.extension = number.extension or ext.group(1)
            end += ext.end()
        text = line[match.start:end].strip()
        after = _LABEL_AFTER.match(line[end:])
        label_after = after and (after.group(1) or after.group(2))
        # "+1 650 555 0124 (mobile)", "(971) 555-0108 mobile", "937-555-0177 cell"
        if label_after and label_type(label_after) and (kind is None or not before.strip()):
            kind = label_type(label_after)
            end += after.end()
        e164 = _e164(number)
        results.append(
            PhoneMatch(
                Phone(number=e164, type=kind or _type_by_number(number), text=text,
                      extension=number.extension or None),
                match.start,
                end,
                explicit_type=kind is not None,
            )
        )
        cursor = end
        pair = _SECOND_OF_A_PAIR.match(line, end)
        tail = digits(pair.group(1)) if pair else ""
        if pair and not number.extension and 2 <= len(tail) < len(str(number.national_number)):
            # "+91 22 5555 0132 / 0133", "(02) 8555-0123 / 8555 0178": a second line that differs in its last digits
            second = e164[: len(e164) - len(tail)] + tail
            results.append(PhoneMatch(Phone(number=second, type=kind or _type_by_number(number),
                                            text=line[match.start:pair.end()].strip()),
                                      pair.start(1), pair.end(), explicit_type=kind is not None))
            cursor = pair.end()
    return results


_VANITY_TAIL = re.compile(r"-?[A-Z]{2,7}\b")
_OPENING_HOURS = re.compile(r"(?i)\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day)?\b|\bopen\b|\bhours\b")
_SECOND_OF_A_PAIR = re.compile(r"\s*/\s*(\d{2,4}(?:[\s-]\d{3,4})?)(?![\d\s-]*\d)")


def _parsed(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _vanity_number(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    number = _parsed(phonenumbers.convert_alpha_characters_in_number(text), region)
    return number if number is not None and phonenumbers.is_valid_number(number) else None


def type_by_number(e164: str) -> str:
    """The type an unlabelled number gets (see _type_by_number)."""
    try:
        return _type_by_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return "work"


def _type_by_number(number: phonenumbers.PhoneNumber) -> str:
    """An unlabelled number is the office's, unless its digits can only be a
    mobile's (UK 07..., India 9..., Australia 04...).  US and Canadian numbers
    never tell."""
    return "mobile" if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE else "work"


_NAMED_STREET_AFTER = re.compile(rf"\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:{_STREET_SUFFIXES}"
                                 r"|cres|crescent|pl|place|lane|ln|ct|court|hwy|highway)\b"
                                 r"|\s+(?-i:[A-Z][a-z]+)(?:way|gate)\b", re.IGNORECASE)  # ("300-4720 Kingsway")


def _is_unit_and_house_number(line: str, start: int, raw: str, end: int) -> bool:
    """"#300 - 1090 Homer St": a Canadian unit and house number before the street's name."""
    unit_first = line[:start].rstrip().endswith("#") or re.fullmatch(r"\d{1,5}\s*[-–—]\s*\d{1,6}", raw.strip())
    return bool(unit_first) and bool(_NAMED_STREET_AFTER.match(line, end))


def _is_radio_id(line: str, start: int, end: int) -> bool:
    """Nextel-style radio IDs ("ID 45*8*12146") are not dialable numbers."""
    return "*" in line[max(0, start - 1): end + 1]


def _looks_like_date_or_postcode(raw: str) -> bool:
    stripped = raw.strip()
    return bool(
        re.fullmatch(r"\d{5}-\d{3}", stripped)  # Brazilian CEP
        or re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", stripped)
        or re.fullmatch(r"\d{5}-\d{4}", stripped)  # US ZIP+4
    )


def is_valid_phone(e164: str) -> bool:
    """A number some line of its country has (not merely the right length)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False


def _e164(number: phonenumbers.PhoneNumber) -> str:
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    # too short to be valid: the country code and the digits as printed
    return f"+{number.country_code}{number.national_number:0{_national_len(number)}d}"


def _national_len(number: phonenumbers.PhoneNumber) -> int:
    return len(str(number.national_number)) + (number.number_of_leading_zeros or 0) * int(
        bool(number.italian_leading_zero)
    )


def complete_area_codes(found: list[Phone], region: str) -> list[Phone]:
    """Give numbers printed without an area code the one printed beside them."""
    area = None
    out = []
    for phone in found:
        try:
            number = phonenumbers.parse(phone.number, region)
        except phonenumbers.NumberParseException:
            out.append(phone)
            continue
        if phonenumbers.is_valid_number(number):
            nsn = phonenumbers.national_significant_number(number)
            ndc_len = phonenumbers.length_of_national_destination_code(number)
            if ndc_len:
                area = (number.country_code, nsn[:ndc_len])
            out.append(phone)
            continue
        if area and area[0] == number.country_code:
            candidate = f"+{area[0]}{area[1]}{phonenumbers.national_significant_number(number)}"
            try:
                completed = phonenumbers.parse(candidate, None)
            except phonenumbers.NumberParseException:
                completed = None
            if completed is not None and phonenumbers.is_valid_number(completed):
                out.append(Phone(number=phonenumbers.format_number(completed, PhoneNumberFormat.E164),
                                 type=phone.type, text=phone.text))
                continue
        out.append(phone)
    return out


def country_codes_in(text: str) -> list[str]:
    """Regions of numbers printed with an explicit +country code."""
    regions = []
    # "+44 20..." or "0044 20...": the 00 prefix only at the start of a number
    for match in re.finditer(r"(?:(?<![\w-])\+|(?:^|(?<=[\s(:]))00(?=\d{1,3}[\s(]))\s?(\d{1,3})", text, re.M):
        if not match.group(0).startswith("+") and text[: match.start()].rstrip(" ")[-1:].isdigit():
            continue  # "(02) 4251 0070": the last digits of a number, not a 00 prefix
        for length in (1, 2, 3):
            code = match.group(1)[:length]
            region = phonenumbers.region_code_for_country_code(int(code))
            if region != "ZZ":
                regions.append(region)
                break
    return regions
