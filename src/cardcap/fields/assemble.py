"""One card's OCR page -> contacts.

Reads top to bottom: region, contact details (emails, urls, phones) by
syntax, then the free-text fields by the line labeller, then the address
block and the company fallbacks.  Pure: text in, dataclasses out.
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Contact, OcrLine, OcrPage, Phone
from ..resources import word_list
from .address import (BUILDING_NOUNS, UNIT_OPENING, ends_in_street_word, four_digit_postcode, has_locality, has_postcode, has_street, is_country_line, is_landmark,
                      is_po_box, mend_inward_code, misread_postcode_region, names_a_street, names_only_the_building, opens_with_street_type,
                      parse_address, postcode_region, region_code_of, without_country)
from . import japanese
from .emails import EmailMatch, find_emails, mend_by_names, mend_domain_by_card_words, recover_emails
from .labeller import (CardContext, LineInfo, domain_similarity, email_name_match, features, has_company_suffix,
                       line_scores, names_a_department)
from .names import (first_person, honorifics, is_a_name, is_known_name, mend_capital_i, mend_credential_i, mend_family_names,
                    mend_given_name, mend_irish_particle, mend_particles, name_shape_ok, name_tokens, only_credentials,
                    opens_with_credentials, reads_as_postnominals, split_name, stays_small, unglue_credentials,
                    without_nickname, without_pronouns)
from .phones import TAX_NUMBER_LABELS, complete_area_codes, find_phones, is_valid_phone, label_type, type_by_number
from .region import infer_regions
from .spelling import (capital_i_as_the_domain_spells, department_name_words, joined_as_the_domain, mend_address_words,
                       mend_company_words, mend_digit_slips, mend_lone_digits, mend_slips_before_labelling, mend_small_l,
                       mend_title_words, mend_towards, only_reading,
                       split_at_card_domain)
from .text import clean, digits_for_lookalikes, fold, is_all_caps, respace, smart_title, squash, strip_accents
from .lines import (PARTED_BY_A_BAR_READ_AS_I, ROLE_NOUNS, company_tail_words, domain_in_words, ends_in_a_role,
                    join_letter_spaced_words, mend_separators, name_then_company, other_language_lines, reads_as_french,
                    split_merged_columns)
from .urls import UrlMatch, domain_label, find_urls, registered_domain, unglue_sites

# Leftovers once the details are cut out of a line: labels and separators.
# "Dept. 517-555-0100": the department's own line, a label of the number, not the department's name
_DEPARTMENT_LINE_LABEL = re.compile(r"(?i)\b(?:dept|department|main|lab|reception)\.?\s*[:.]?\s*(?=\|)")
_LEFTOVER_LABEL = re.compile(
    r"(?i)\b(?:e-?mail|email|mail|web(?:site)?|site|url|www|tel(?:efone|ephone)?(?!\s+aviv)|phone|ph|fones?|fax|"
    r"mob(?:ile)?|cell?|celular|pabx|direct|office|ddi|did|whats\s*app|ramal|ext|x|"
    r"bureau|cellulaire|télécopieur|t[ée]l[ée]phone|courriel|poste)\b\.?\s*[:.]?"  # and Canada's French ones
)
# a one-letter label or an icon left of the detail cut out after it, in a row where two
# columns were read as one line: "Sarah Okafor   T +1 312...", "Oliver PembertonM +44...",
# "Nurse Unit Manager   ✉ rebecca@..."
_LETTER_LABEL_AT_END = re.compile(r"(?:(?:(?<=\s)|(?<=[a-z]))[TMPFEODCW]\s*[.:]?|\s[&✉☎✆⌂©®@•])\s*$")
_CALL_BEFORE_NUMBER = re.compile(r"(?i)\bcall(?:\s+(?:us|or\s+text|me))?\s*[:.]?\s*$")  # "Call 1-844-555-01HR"
_SEPARATORS = re.compile(r"^[\s\-–—|/•·:;,.*()]+|[\s\-–—|/•·:;,.*(]+$")

_MIN_FIELD_SCORE = {"name": -0.5, "title": 0.6, "department": 0.8, "company": 0.8}


@dataclass
class CardText:
    """A card's lines once the contact details are read: what the line
    labeller sees (also the training script's input)."""

    contact: Contact  # emails, urls and phones filled in
    infos: list[LineInfo]
    ctx: CardContext
    phones: list[tuple[Phone, int]]  # each number with the index of its line
    email_lines: dict[str, int]
    raw_lines: list[OcrLine]


_LEADING_BAR = re.compile(r"^(?:\||l|I)\s+(?=[A-Z][a-z])")
""""| Head of Graduate Recruitment", "l Senior Advisor": a rule or a card's
edge read as a bar before the line (a lone "I" before a capitalised word too,
since no line starts with the pronoun on a card)."""

_NUMBERED_PLACES = frozenset({"level", "floor", "suite", "unit", "building", "block", "gate", "stage", "platform",
                              "shop", "room", "tower", "station", "pier", "bay", "lot", "ward", "house", "road", "street",
                              "route", "highway", "box", "no", "district", "zone", "sector", "plant", "store", "studio"})


def _ampersand_read_as_8(text: str) -> str:
    """"Director of Fundraising 8 Engagement", "EMPLOYMENT 8 PENSIONS": an ampersand read as 8 between
    two words, on a line with no other digit and not after a numbered
    place's word ("Level 8 Tower", "Studio 8 Films"); or between two
    capitals ("R8D", "M8A")."""
    if sum(ch.isdigit() for ch in text) != 1:
        return text
    text = re.sub(r"(?<![\w&-])([A-Z])8([A-Z])(?![\w&-])", r"\1&\2", text)  # "Formulation R8D", "VP, M8A"
    match = re.search(r"(?<=[a-z]{3}) 8 (?=[A-Z][a-z]{2})|(?<=[A-Z]{3}) 8 (?=[A-Z]{3})", text)  # (or in capitals)
    if not match or text[: match.start()].split()[-1].lower() in _NUMBERED_PLACES:
        return text
    return f"{text[: match.start()]} & {text[match.end():]}"


_LEADING_ZERO_FOR_O = re.compile(r"(?<![\w.@/-])0(?=[a-z]{3,}\b)")
""""Director of 0perations", "0ffice": a capital O read as a zero opens a word."""

_COLUMN_GAP = re.compile(r"(?<=\S)\s{6,}(?=\S)")

_SOCIAL_HANDLES = re.compile(r"(?:[@/][\w./-]+|[\s·•|,]+)+")
""""@tillymarch · /in/tillymarch": handles, never a name or a company."""


def _set_in_lower_case(texts: list[str]) -> bool:
    """A designer's card printed all in small letters ("tilly march" / "ux +
    service design"): most lines with words have no capital at all."""
    wordy = [t for t in texts if "@" not in t and "." not in t and len(re.findall(r"[^\W\d_]{3,}", t)) >= 2]
    lower = [t for t in wordy if t == t.lower()]
    return len(lower) >= 1 and len(lower) >= 0.6 * len(wordy)


_ACRONYMS = frozenset({"ux", "ui", "hr", "it", "qa", "vp", "svp", "evp", "avp", "ceo", "cto", "cfo", "coo", "cmo", "pr",
                       "seo", "ai", "ml", "r&d", "ip", "uk", "us", "usa", "nyc"})


def _capitalise_words(text: str) -> str:
    """"maya lindqvist / product designer" -> "Maya Lindqvist / Product Designer"."""
    words = text.split(" ")
    return " ".join(w.upper() if w in _ACRONYMS else w if n and w in _LOWER_CASE_CONNECTORS else w[:1].upper() + w[1:]
                    for n, w in enumerate(words))


_TITLE_WITHOUT_NAME = 1.5
"""A title on a card whose name was not read must read clearly as one."""


def _someones_email(ctx: CardContext) -> bool:
    """An address of a person, not of a shop or a desk: its local part holds a
    known name ("sarah.okafor", "jscott"), not "info" or "vendas"."""
    for local in ctx.email_locals:
        for token in re.split(r"[._\-\d]+", local.lower()):
            if len(token) >= 3 and (is_a_name(token) or len(token) >= 5 and is_known_name(token[1:], "family_names")):
                return True
    return False


_STRAY_GLYPH = re.compile(r"[^\w\s@+]{1,2}|[\u3000-\u9fff\uff00-\uffef]{1,2}")
"""A logo or a crest read as "口" or "◎" on a card in Latin letters: nothing."""


def _join_split_lines(lines: list[OcrLine]) -> list[OcrLine]:
    """One line printed over two, in the same type right under each other:
    a name ("DEREK" over "HOLLOWAY": a known given name alone over a known
    family name alone), a word hyphenated at the line's end ("Senior Vice
    Presi-" over "dent, Inflight Services"), a phone number read in two
    pieces ("T 404" over "555 0119") or an email wrapped after its "@"."""
    out: list[OcrLine] = []
    email_locals = [squash(strip_accents(local)) for line in lines for local in re.findall(r"([\w.+-]+)@", line.text)]
    n = 0
    while n < len(lines):
        line = lines[n]
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        joined = None
        right_under = nxt is not None and 0 < nxt.box[1] - line.box[1] < 2.0 * line.height \
            and abs(nxt.box[0] - line.box[0]) < 1.5 * line.height
        if right_under and _LONE_PHONE_LABEL.fullmatch(clean(line.text)) \
                and re.match(r"[+(]?\d[\d\s().-]{6,}$", clean(nxt.text)):
            # "M" over "267.555.0183": the labels printed in a column of their own, often in smaller type
            joined = f"{clean(line.text)} {clean(nxt.text)}"
        elif right_under and abs(nxt.height - line.height) < 0.25 * line.height:
            first, second = clean(line.text), clean(nxt.text)
            if _is_lone_name(first, "given_names") and (_is_lone_name(second, "family_names")
                                                         or _lone_word_in_capitals(second)
                                                         or re.fullmatch(r"[A-Z]{2,}(?: [A-Z][a-z]+){1,2}", second)):
                # ("Cheryl" over "TAN Wei Ling": a family name in capitals before the given names)
                # "Imogen" over "PRYCE-WALLACE": the family name set in capitals is filed as a name
                second = re.sub(r"(?<=[A-Z])l(?=[A-Z])", "I", second)  # "QUINTANlLLA"
                if not first.isupper():
                    second = re.sub(r"\b[A-Z]{2,}\b", lambda m: smart_title(m.group(0)), second)
                joined = f"{first} {second}"
            elif first.endswith(",") and (only_credentials(second) or reads_as_postnominals(second)) \
                    and name_shape_ok(first[:-1]):
                joined = f"{first} {second}"  # "Monique Bellefontaine-Hart," over "MSN, RN, NE-BC": the name goes on
            elif _spelled_by_an_email(first, second, email_locals):
                joined = f"{first} {second}"  # "Agnieszka" over "Szczepańska-Mróz" at aszczepanska@: names no list knows
            elif re.search(r"[^\W\d_]{2}-$", first) and re.match(r"[a-zà-ÿ]{2}", second):
                joined = first[:-1] + second
            elif re.fullmatch(r"(?:[A-Za-z]{1,6}\.?:?\s*)?\(?\d{3}\)?", first) and re.fullmatch(r"\d{3}[\s.-]?\d{4}", second):
                joined = f"{first} {second}"  # "T 404" over "555 0119": Tesseract's sparse mode split the number
            elif re.fullmatch(r"\d{2,4}", second) and _number_completed_by(first, second):
                joined = f"{first} {second}"  # "T +44 (0)20 7946" over "0381": a number wrapped before its last group
            elif re.search(r"[\w.+'-]{2,}@$", first) and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", second):
                joined = first + second  # "chidinma.okeke@" over "clearwellhealth.com": a long address wrapped
            elif re.fullmatch(r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*,\s*[A-Z]{2}", first) \
                    and re.fullmatch(r"\d{5}(?:-\d{4})?", second):
                joined = f"{first} {second}"  # "Salt Lake City, UT" over "84116": the ZIP wrapped
            elif re.match(r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Way|Drive|Place|Square|Terrace|Crescent|Close|Quay)\b"
                          r"(?:[.,]|$)", second) and not first.endswith(",") and re.search(r"[A-Z][a-z]+$", first) \
                    and not ends_in_street_word(first) and not re.match(r"St\.?\s+[A-Z][a-z]", second):
                # (not "1145 Como Avenue" over "St. Paul, MN": the saint's city)
                joined = f"{first} {second}"  # "..., Queen Victoria" over "Road, Newcastle ...": a street broken
            elif re.search(r"(?i)[\w-]+\.[a-z]{2,}/(?:[\w-]+/)*$", first) \
                    and re.fullmatch(r"[a-z0-9][a-z0-9_-]{2,}/?", second):
                joined = first + second  # "linkedin.com/in/" over "harriet-ashworth-bell": a long address wrapped
        if joined:
            out.append(OcrLine(text=joined, box=(min(line.box[0], nxt.box[0]), line.box[1],
                                                 max(line.box[2], nxt.box[2]), line.box[3]),
                               confidence=min(line.confidence, nxt.confidence)))
            n += 2
            continue
        out.append(line)
        n += 1
    return out


def _number_completed_by(first: str, second: str) -> bool:
    """The international number ending `first` is too short, and with
    `second`'s digits after it one its country has."""
    if not re.search(r"\+\d[\d\s().-]{4,}\d$", first):
        return False
    alone, joined = find_phones(first, "US"), find_phones(f"{first} {second}", "US")
    return bool(joined) and not (alone and is_valid_phone(alone[-1].phone.number)) \
        and is_valid_phone(joined[-1].phone.number) and joined[-1].end == len(first) + 1 + len(second)


_LONE_PHONE_LABEL = re.compile(r"(?i)(?:t|m|f|p|c|d|o|tel|ph|phone|mob|mobile|cell|fax|direct|office|main)[.:]?")


def _spelled_by_an_email(first: str, second: str, email_locals: list[str]) -> bool:
    """A capitalised word alone over another that the card's email address
    spells as a person's: "krzysztof@", "aszczepanska@", "k.wroblewski@"."""
    pattern = r"[A-ZÀ-Ý][^\W\d_]+(?:[-'][A-ZÀ-Ý]?[^\W\d_]+)*"
    if not (re.fullmatch(pattern, first) and re.fullmatch(rf"(?:(?:Ó|Ní|Nic|Mac|Mc|Ua|Uí|de|van|von)\s)?{pattern}", second)):
        return False
    given, family = squash(strip_accents(first)), squash(strip_accents(second.split()[-1].split("-")[0]))
    return any(local.startswith(given) and (local == given or family[:4] in local)
               or local.startswith(given[0]) and len(family) >= 4 and family[:5] in local
               for local in email_locals if len(local) >= 4)


def _lone_word_in_capitals(text: str) -> bool:
    """"KOWALCZYK", "QUINTANlLLA" under a given name on a portrait card: a
    family name no list knows, set in capitals as such cards do, and no word
    of a title, a firm, a team or a street."""
    word = re.sub(r"(?<=[A-Z])l(?=[A-Z])", "I", clean(text))
    lower = word.lower()
    return bool(re.fullmatch(r"[A-Z]{3,}(?:[-'][A-Z]{2,})*", word)) and not any(
        lower in word_list(kind) for kind in ("title_words", "job_words", "company_words", "department_words",
                                              "street_words", "spelling_words", "company_suffixes"))


def _is_lone_name(text: str, kind: str) -> bool:
    word = clean(text)
    return bool(re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", word)) and word[0].isupper() and is_known_name(word, kind)


def read_details(page: OcrPage, *, default_region: str = "US") -> CardText | None:
    """Emails, web addresses and phones by syntax; what is left of each line
    goes to the labeller."""
    latin_card = japanese.cjk_share(" ".join(line.text for line in page.lines)) < 0.2
    raw_lines = _join_split_lines([line for line in page.lines if clean(line.text)
                                   and not (latin_card and _STRAY_GLYPH.fullmatch(clean(line.text)))])
    if not raw_lines:
        return None
    texts = [_LEADING_ZERO_FOR_O.sub("O", _ampersand_read_as_8(mend_separators(unglue_sites(clean(
        join_letter_spaced_words(line.text))))))
             for line in raw_lines]
    regions = infer_regions(texts, default_region)
    region = regions[0]

    contact = Contact()
    infos: list[LineInfo] = []
    phones: list[Phone] = []
    bare_c_labels: list[Phone] = []  # typed by a lone "C" before the number
    word_labels: list[Phone] = []  # typed by any other label
    phone_lines: list[int] = []
    email_lines: dict[str, int] = {}
    found_emails = [find_emails(text) for text in texts]
    # without the emails' domains: what the card prints as sites (not "labs.ai" inside "wei@northlake labs.ai",
    # an email with a space read into its domain)
    sites_per_line = [[site for site in find_urls(text) if not any(site.start < e.end and e.start < site.end for e in emails)]
                      for text, emails in zip(texts, found_emails)]
    emails_per_line = _emails_as_the_site_spells_them(sites_per_line, found_emails)
    printed_domains = _printed_domains(sites_per_line, emails_per_line)
    card_words = frozenset(w.lower() for text in texts for w in re.findall(r"[^\W\d_]{4,}", text))
    lowercase_card = _set_in_lower_case(texts)
    # what the card spells in its addresses, that its names and company are checked against
    card_locals = [m.address.split("@")[0] for found in emails_per_line for m in found]
    card_domains = [domain_label(host) for host in printed_domains]
    email_domains = frozenset(registered_domain(m.address.split("@")[1]) for found in emails_per_line for m in found)
    def mended(rest: str) -> str:
        # a bar read at the line's start goes, but not "l Westferry Circus": a house number 1 read as a letter
        rest = respace(rest if ends_in_street_word(rest.split(",")[0]) else _LEADING_BAR.sub("", rest))
        rest = split_at_card_domain(rest, card_locals, card_domains)
        rest = _ZERO_FOR_O_BEFORE_APOSTROPHE.sub("O", mend_digit_slips(rest))  # "Connor 0'Shaughnessy"
        rest = unglue_credentials(mend_irish_particle(rest))  # "Pádraig 0 Súilleabháin CEngMIEI"
        rest = _RANK_AND_BADGE.sub(r"\1", rest)  # "Cst. Harjit Sandhu #2231": an officer's badge number
        rest = re.sub(r"(?<= )(S|N|B|A),\s?(A|V|G|B|S)\.$", r"\1.\2.", rest)  # "Moselle Private Bank S,A.": a comma for a dot
        rest = mend_inward_code(rest, region)  # "IP1 0jx", "BS6 78L": before labelling, so the line closes the address
        rest = mend_towards(mend_given_name(mend_particles(mend_capital_i(rest))), card_locals, card_domains,
                            known=is_a_name)
        rest = mend_slips_before_labelling(mend_lone_digits(rest), is_a_name)  # after the domains had their say
        credentials_mended = mend_credential_i(rest) if re.search(r"[A-Z]{2,}[1l]\b", rest) else rest
        if credentials_mended != rest and name_shape_ok(credentials_mended):
            rest = credentials_mended  # "Imran Siddiqui MRTP1": the grade's I read as a one, before labelling
        return _capitalise_words(rest) if lowercase_card and rest == rest.lower() else rest

    for position, (line, text, emails) in enumerate(zip(raw_lines, texts, emails_per_line)):
        index = len(infos)  # a merged line may become two infos below
        spans: list[tuple[int, int]] = []
        for match in emails or recover_emails(text, printed_domains, card_words):
            if match.address not in contact.emails:
                contact.emails.append(match.address)
                contact.sources.setdefault("emails", text)
                email_lines[match.address] = index
            spans.append((match.start, match.end))
        for match in find_urls(text, email_domains):
            if _overlaps((match.start, match.end), spans):
                continue
            if match.url not in contact.urls:
                contact.urls.append(match.url)
                contact.sources.setdefault("urls", text)
            spans.append((match.start, match.end))
        for match in _phones_in_any_region(text, _regions_near(position, texts, regions), spans):
            phones.append(match.phone)
            if match.explicit_type:
                (bare_c_labels if _BARE_C_LABEL.search(text[:match.start]) else word_labels).append(match.phone)
            phone_lines.append(index)
            contact.sources.setdefault("phones", text)
            spans.append((match.start, match.end))
        rest = mended(_cut(text, spans))
        if (only_credentials(rest) or re.fullmatch(r"\S+(?:,\s*\S+)+", rest) and reads_as_postnominals(rest)
                or _ONLY_PRONOUNS.fullmatch(without_pronouns(rest))) and not spans:
            continue  # read past, like a rule: the title under it is the name's ("MBA, SHRM-CP", "she/her")
        columns = _COLUMN_GAP.split(line.text.strip()) if not spans else []
        if len(columns) > 1 and all(sum(ch.isalpha() for ch in c) >= 3 for c in columns):
            # "Darren Holt          BRAMBLEWAY": two columns' words read as one row, a column's gap between them
            pieces = [piece for column in columns for piece in split_merged_columns(mended(clean(column)), card_domains)]
        else:
            pieces = split_merged_columns(rest, card_domains)
        left, width = line.box[0], line.box[2] - line.box[0]
        total = sum(len(piece) for piece in pieces) or 1
        for n, piece in enumerate(pieces):
            share = width * len(piece) / total if len(pieces) > 1 else width
            infos.append(
                LineInfo(
                    index=len(infos), text=piece, original=text if len(pieces) == 1 else piece,
                    height=line.height, top=line.box[1], left=left, right=left + share,
                    confidence=line.confidence,
                    consumed=(sum(ch.isalpha() for ch in piece) < 2 and not has_locality(piece))  # "〒150-0002"
                    or bool(_SOCIAL_HANDLES.fullmatch(piece)),
                    details=len(spans) if n == 0 and not _column_left_of_details(line.text, text, spans) else 0,
                )
            )
            left += share

    if bare_c_labels and not word_labels and len(bare_c_labels) == len(phones):
        # "C 480.555.0115", the card's only number, no letter labels elsewhere: a handset icon read as a C more
        # often than "C" for cell (25 of the labelled cards to 10; with other labels, 13 to 70; beside an
        # unlabelled number, "& 817.555.0166" over "C 817.555.0138", the C tells the cell apart)
        for phone in bare_c_labels:
            phone.type = type_by_number(phone.number)
    contact.urls = _sites_as_the_emails_spell_them(contact.urls, email_domains)
    phones = complete_area_codes(phones, region)
    contact.phones = _dedupe_phones(phones)
    free_mail = word_list("free_mail_domains")
    domains = []
    for value in contact.emails + contact.urls:
        host = value.split("@")[-1]
        reg = registered_domain(host)
        if reg and reg not in free_mail and "@" in value or reg and "@" not in value and not _is_social(reg):
            label = domain_label(host)
            if label and label not in domains:
                domains.append(label)
    heights = [i.height for i in infos if not i.consumed] or [1.0]
    ctx = CardContext(
        emails=contact.emails, urls=contact.urls, org_domains=domains,
        email_locals=[e.split("@")[0] for e in contact.emails], region=region,
        median_height=statistics.median(heights), card_width=float(page.width or 1),
        card_height=float(page.height or 1),
    )
    contact.confidence.update(_detail_confidence(contact, raw_lines))
    return CardText(contact, infos, ctx, list(zip(phones, phone_lines)), email_lines, raw_lines)



def _regions_near(position: int, texts: list[str], regions: list[str]) -> list[str]:
    """The card's regions, the one of the office printed nearest this line
    first: on a card of offices in two countries, a number printed without
    its country code belongs to the address (postcode) beside it."""
    if len(regions) < 2:
        return regions
    for distance in range(0, 4):
        for n in (position - distance, position + distance):
            if 0 <= n < len(texts):
                region = postcode_region(texts[n])
                if region in regions:
                    return [region] + [r for r in regions if r != region]
    return regions


_BARE_C_LABEL = re.compile(r"(?:^|[\s|·•])C\s+$")


def _phones_in_any_region(text: str, regions: list[str], spans: list[tuple[int, int]]):
    """Numbers read as the card's region's; what is left of the line is
    tried as the card's other regions' numbers ("(248) 929-0791" on a card
    of Swiss and US offices)."""
    found = []
    taken = list(spans)
    read_in = [(region, find_phones(text, region)) for region in regions]
    for region, matches in read_in:
        for match in matches:
            if _overlaps((match.start, match.end), taken):
                continue
            if not is_valid_phone(match.phone.number):
                # "02 5829 3181" on a card of US and Italian offices, "06 2575 8221" on one of US and Dutch ones:
                # a number no line of the first region has is the other region's, when it is one of its lines
                match = next((other for other_region, others in read_in if other_region != region for other in others
                              if _overlaps((other.start, other.end), [(match.start, match.end)])
                              and is_valid_phone(other.phone.number)), match)
            found.append(match)
            taken.append((match.start, match.end))
    return sorted(found, key=lambda m: m.start)


def _emails_as_the_site_spells_them(sites_per_line: list[list[UrlMatch]],
                                    emails_per_line: list[list[EmailMatch]]) -> list[list[EmailMatch]]:
    """"smurphy@arnberline.ie" on a card printing www.amberline.ie: an
    email's domain with a lookalike slip ("rn" for "m", a digit for a
    letter) that the card's web address spells right."""
    sites = {registered_domain(m.url) for found in sites_per_line for m in found} - {""}
    if not sites:
        return emails_per_line
    mended_lines = []
    for found in emails_per_line:
        mended = []
        for match in found:
            local, _, domain = match.address.partition("@")
            spelled = _domain_as_spelled(domain, sites) if registered_domain(domain) == domain else None
            # "...@birkbyhartshorn.co.u" cut at the card's edge, the site "birkbyhartshorn.co.uk" whole
            spelled = spelled or _whole_domain(domain, sites)
            if spelled:
                match = EmailMatch(f"{local}@{spelled}", match.start, match.end)
            mended.append(match)
        mended_lines.append(mended)
    return mended_lines


def _sites_as_the_emails_spell_them(urls: list[str], email_domains: frozenset[str]) -> list[str]:
    """"te1vance.co.uk" on a card of @telvance.co.uk addresses: a web
    address with a lookalike slip that the card's emails spell right."""
    mended = []
    for url in urls:
        domain = registered_domain(url)
        # (a site going on after its domain, "www.kessington.com/sg", was not cut at the card's edge)
        goes_on = re.search(re.escape(domain) + r"[/?#]", url) is not None
        spelled = _domain_as_spelled(domain, email_domains) or (None if goes_on else _whole_domain(domain, email_domains))
        if spelled:
            url = url.replace(domain, spelled, 1)
        if url not in mended:
            mended.append(url)
    return mended


def _whole_domain(domain: str, references) -> str | None:
    """The one domain the card prints elsewhere of which this is the start,
    cut before its last ending ("bunyahardware.com" of "bunyahardware.com.au")."""
    whole = [r for r in references if domain and r.startswith(domain + ".")]
    return whole[0] if len(whole) == 1 else None


def _domain_as_spelled(domain: str, references) -> str | None:
    """The domain as the card spells it elsewhere: its name with one
    lookalike slip mended, when exactly one reading is among `references`."""
    label, dot, suffix = domain.partition(".")
    if not dot or domain in references:
        return None
    # only towards the cleaner spelling: "rn" is an m misread, never the reverse ("falsecreekgames.com" is
    # right beside a site read "falsecreekgarnes.c0m")
    reading = only_reading(label, lambda r: f"{r}.{suffix}" in references and len(r) <= len(label)
                           and sum(ch.isdigit() for ch in r) <= sum(ch.isdigit() for ch in label))
    if reading is None and "i" in label:
        # "cIaimwise.io" (read in small letters "ciaimwise") at @claimwise.io: a capital I and a small l are one
        # stroke; only an i is mended to an l (a dotted i is not read as an l)
        shape = re.compile("".join("[il]" if ch == "i" else re.escape(ch) for ch in label) + re.escape(dot + suffix))
        matches = [r for r in references if shape.fullmatch(r)]
        return matches[0] if len(matches) == 1 else None
    return f"{reading}.{suffix}" if reading else None


def _printed_domains(sites_per_line: list[list[UrlMatch]], emails_per_line: list[list[EmailMatch]]) -> list[str]:
    """Every domain the card prints in a web or email address."""
    domains = []
    for sites, emails in zip(sites_per_line, emails_per_line):
        hosts = [m.address.split("@")[1] for m in emails]
        hosts += [re.sub(r"^(?:https?://)?(?:www\.)?", "", m.url).split("/")[0] for m in sites]
        for host in hosts:
            if host not in domains:
                domains.append(host)
    return domains


def parse_card(page: OcrPage, *, default_region: str = "US") -> list[Contact]:
    """The contacts printed on one card (one per person; a card with no
    person still gives one contact for its business)."""
    card = read_details(page, default_region=default_region)
    if card is None:
        return []
    people = _assign_fields(card.contact, card.infos, card.ctx)
    _mend_emails(card, [_name_text(line.text) for line, _ in people] or [card.contact.name or ""])
    card.contact.card = 0
    if len(people) < 2:
        return [card.contact]
    contacts = _split_people(card.contact, people, card.infos, card.phones, card.email_lines)
    for contact in contacts:
        contact.card = 0  # one card: the scan's JSON gives it one entry (FORMAT.md), its people nested
    return contacts


_PUBLIC_SECOND_LEVEL = frozenset({"gov", "govt", "police", "nhs", "ac", "sch", "mil"})
_COUNTRY_OF_REGION = {"GB": "uk", "AU": "au", "NZ": "nz", "IN": "in", "ZA": "za", "IE": "ie", "SG": "sg", "MY": "my"}


def _with_country_ending(address: str, region: str) -> str:
    """"daniel.okeeffe@avonmead.gov" on a British card: an address cut at the
    card's edge after a public body's second-level label, which only a
    country's ending follows there (".gov.uk", ".police.uk", ".ac.uk")."""
    ending = _COUNTRY_OF_REGION.get(region)
    label = address.rsplit(".", 1)[-1].lower() if "@" in address else ""
    return f"{address}.{ending}" if ending and label in _PUBLIC_SECOND_LEVEL else address


def _mend_emails(card: CardText, names: list[str]) -> None:
    words = [[strip_accents(t.lower().strip(".,'")) for t in name_tokens(name)[0]] for name in names if name]
    printed = " ".join(squash(strip_accents(line.text)) for line in card.raw_lines if "@" not in line.text)
    for old in list(card.contact.emails):
        new = mend_domain_by_card_words(mend_by_names(_with_country_ending(old, card.ctx.region), words), printed)
        if new != old and new not in card.contact.emails:
            card.contact.emails[card.contact.emails.index(old)] = new
            card.email_lines = {new if key == old else key: line for key, line in card.email_lines.items()}


def _in_print_order(people: list[tuple[LineInfo, LineInfo | None]]) -> list[tuple[LineInfo, LineInfo | None]]:
    """Top to bottom; names side by side left to right: on one row (their
    lines overlap in height), or in two columns less than a line apart (a
    photo taken at a slant)."""
    rows: list[list[tuple[LineInfo, LineInfo | None]]] = []
    for person in sorted(people, key=lambda p: p[0].top):
        line = person[0]
        row = rows[-1] if rows else None
        beside = row and all(line.left >= other.right or line.right <= other.left for other, _ in row) \
            and line.top < min(other.top for other, _ in row) + line.height
        if row and (line.top < min(other.top + other.height for other, _ in row) - 0.5 * line.height or beside):
            row.append(person)
        else:
            rows.append([person])
    return [person for row in rows for person in sorted(row, key=lambda p: p[0].left)]


def _split_people(shared: Contact, people: list[tuple[LineInfo, LineInfo | None]], infos: list[LineInfo],
                  phones: list, email_lines: dict[str, int]) -> list[Contact]:
    """A card printing several people: each gets their own name, title,
    email and phones (the ones printed in their column, under their name);
    company, address and web site are shared."""
    people = _in_print_order(people)
    person_lines = [p for p, _ in people]

    def owner(index: int) -> int | None:
        """The person whose column this line is printed in, under their
        name; None for a block the people share (printed under all of them,
        apart from their column), which then belongs to each of them."""
        line = infos[index]
        above = [n for n, p in enumerate(person_lines) if p.top <= line.top + 1]
        if not above:
            return None
        same_column = [n for n in above if min(person_lines[n].right, line.right) - max(person_lines[n].left, line.left) > 0]
        if not same_column and len(above) > 1:
            return None
        return max(same_column or above, key=lambda n: person_lines[n].top)

    def email_owner(address: str, index: int) -> int | None:
        """An address built from one person's name is theirs wherever it is printed."""
        local = address.split("@")[0]
        named = [n for n, p in enumerate(person_lines) if email_name_match(p.text, [local]) >= 1.0]
        return named[0] if len(named) == 1 else owner(index)

    contacts = []
    for n, (name_line, title_line) in enumerate(people):
        text = _name_text(name_line.text)
        c = Contact(name=text, name_parts=split_name(text), company=shared.company, department=shared.department,
                    address=shared.address, urls=list(shared.urls))
        c.sources = {k: v for k, v in shared.sources.items() if k in ("company", "address", "urls", "department")}
        c.confidence = {k: v for k, v in shared.confidence.items() if k in ("company", "address", "urls", "department")}
        c.sources["name"] = name_line.original
        c.confidence["name"] = shared.confidence.get("name", 0.8) if n == 0 else 0.8
        if title_line is not None:
            c.title = mend_title_words(respace(smart_title(title_line.text)))
            c.sources["title"] = title_line.original
            c.confidence["title"] = 0.8
        c.emails = [e for e, i in email_lines.items() if email_owner(e, i) == n or (email_owner(e, i) is None and n == 0)]
        seen = set()
        for phone, i in phones:
            mine = owner(i)
            if (mine == n or mine is None) and phone.number not in seen:
                seen.add(phone.number)
                c.phones.append(phone)
        for key in ("emails", "phones"):
            if key in shared.confidence and getattr(c, key):
                c.confidence[key] = shared.confidence[key]
        c.notes.append(f"one of {len(people)} people printed on the same card")
        contacts.append(c)
    return contacts


def _assign_fields(contact: Contact, infos: list[LineInfo], ctx: CardContext) -> list[tuple[LineInfo, LineInfo | None]]:
    """Fills the free-text fields of `contact`; returns the people found
    (name line, title line), more than one when the card prints several."""
    live = [i for i in infos if not i.consumed]
    feats = {i.index: features(i, infos, ctx) for i in live}
    scores = line_scores(infos, ctx, feats)
    taken: set[int] = set()

    # Address first: its lines are the easiest to recognise and must not
    # become names or companies.
    registrations = {i.index for i in live if _REGISTRATION_NUMBER.search(i.text)  # tax, company, bar numbers
                     or _REGISTERED_OFFICE.search(i.text)}
    block = _address_block([i for i in live if i.index not in registrations], scores)
    if block:
        addr_lines = [i.text for i in block]
        # "Kellner Roth Whitcombe LLP · One Penn Commons, ...": the firm's legal name heading its address line
        addr_lines[0] = _LEGAL_NAME_HEADING.sub("", addr_lines[0])
        contact.address = parse_address(addr_lines, ctx.region)
        contact.sources["address"] = " | ".join(i.original for i in block)
        contact.confidence["address"] = _conf(min(scores[i.index]["address"] for i in block), block)
        taken |= {i.index for i in block}
    # landmark hints right after the address, and tax or registration numbers, are not fields
    # a registration on the title's line ("Branch Manager, NMLS #708214") leaves the title to be read
    titled = {i.index for i in live if i.index in registrations and any(
        w.lower().strip(",.;") in word_list("title_words") for w in _REGISTRATION_NUMBER.sub("", i.text).split())}
    taken |= (registrations - titled) | {i.index for i in live if is_landmark(i.text) or _BOARD_OFFICERS.search(i.text)
                                         or _PARENT_LINE.match(i.text.strip())}

    def best(field_name: str, exclude: set[int]) -> tuple[LineInfo, float] | None:
        candidates = [(i, scores[i.index][field_name]) for i in live if i.index not in exclude]
        candidates = [c for c in candidates if c[1] >= _MIN_FIELD_SCORE[field_name]
                      and not (field_name == "name" and (only_credentials(c[0].text) or _opens_with_a_role(c[0].text)
                                                         or _ASSISTANT_LINE.match(c[0].text)))]
        if not candidates:
            return None
        return max(candidates, key=lambda c: (c[1], -c[0].index))

    found = _first_printed_name(best("name", taken), live, scores, taken)
    by_email = None
    if found is None or ((_spelled_in_the_domain(found[0].text, ctx.org_domains) or _BUILDING.search(found[0].text))
                         and feats[found[0].index]["email_name"] < 0.6) or (
            feats[found[0].index]["email_name"] == 0 and not feats[found[0].index]["family_last"]
            and any(feats[i.index]["email_name"] >= 1.0 and i is not found[0] and scores[i.index]["name"] > 0
                    for i in live)):
        # "Pennywhistle" over "COFFEE HOUSE" at pennywhistlecoffee.co.uk: the
        # logo's words are no person when the email names someone else on the card;
        # nor is a building ("Ringaskiddy Business Park"), nor a line in another
        # language over the person ("Te Manatū Whakamahere Rauemi" over "Tāwhiri Ngata" of tawhiri.ngata@;
        # a line whose family name is known stays the contact: the email may be a colleague's)
        by_email = _named_by_an_email(live, feats, scores, taken | ({found[0].index} if found else set()))
        found = by_email or found
    if found is None:
        found = by_email = _named_over_a_title(live, feats, scores, taken)
    name_line, name_and_company = None, None
    if found and (found is by_email or _name_beats_alternatives(found, scores)):
        name_line, s = found
        text = _name_text(name_line.text)
        name_and_company = name_then_company(text)
        if name_and_company:
            text = name_and_company[0]
        contact.name = text
        contact.name_parts = split_name(text)
        contact.sources["name"] = name_line.original
        contact.confidence["name"] = _conf(s, [name_line])
        taken.add(name_line.index)

    # Title: prefer lines near the name.
    if name_line is not None:
        for i in live:
            if i.index not in taken and _stacked(name_line, i, gap=1.5):
                scores[i.index]["title"] += 0.6 if i.top > name_line.top else 0.3
    # A job title belongs to a person: on a card that names nobody (a shop's
    # card), a line that reads like one is a tagline ("Assistência Técnica").
    found = by_role = None
    if name_line is not None:
        # the title printed under the name beats a better-looking one elsewhere
        # (on a card of two people, that one is the other person's)
        theirs = _under_another_name(name_line, live, scores)
        found = best("title", taken | theirs)
        under = best("title", taken | theirs | {i.index for i in live
                                                 if not (i.top > name_line.top and _stacked(name_line, i, gap=1.5))})
        by_role = None if (under or found) else _titled_line_by_the_name(name_line, live, scores, taken | theirs)
        found = under or found or by_role or _weak_title_under_the_name(name_line, live, scores, taken | theirs)
    elif _someones_email(ctx):
        # the name was not read, but the card is a person's: their title is still on it
        found = best("title", taken)
        if found and (_best_label(scores[found[0].index]) != "title" or found[1] < _TITLE_WITHOUT_NAME):
            found = None
    if found and reads_as_french(found[0].text):
        found = _english_counterpart(found, live, scores, taken) or found
    title_line = title_bottom = employer = None
    # a role's noun under the name ("Dean", "Director-General") is the title however the labeller scores it,
    # when another line is clearly the company
    named_by_role = found is not None and found is by_role and (
        _company_printed_elsewhere(found[0], live, scores) or max(scores[found[0].index].values()) < 0)
    if found and (named_by_role or found[1] >= scores[found[0].index]["department"] and (
            found[1] >= scores[found[0].index]["company"] or _a_title_not_the_company(found[0], live, scores))):
        title_line, s = found
        not_the_title = (taken | {name_line.index}) if name_line else taken
        title_lines = [*_title_opening(title_line, live, not_the_title, name_line), title_line,
                       *_title_continuation(title_line, live, taken)]
        title_bottom = title_lines[-1]  # the department is printed under the title's last line
        # "..., NMLS #708214" goes; "Vice President," over "Engineering" keeps its comma
        texts = [_dot_for_a_comma(i.text) for i in title_lines[:-1]] + [title_lines[-1].text]
        pieces = [_REGISTRATION_NUMBER.sub("", t).strip(" ;" if t.rstrip().endswith(",") and n < len(texts) - 1 else " ,;")
                  for n, t in enumerate(texts)]
        # "Senior Wealth Advisor" over "Portfolio Manager": two titles, each ending in its role, are listed
        printed = "".join(piece if n == 0 else (", " if ends_in_a_role(pieces[n - 1])
                                                 and (ends_in_a_role(piece) and not piece.endswith("ing")
                                                      and len(pieces[n - 1].split()) >= 2 and len(piece.split()) >= 2
                                                      or _SECOND_ROLE.match(piece) or _a_role_and_its_team(piece))
                                                 and not pieces[n - 1].endswith(",")
                                                 and not re.match(r"(?i)(?:&|and)\s", piece) else " ") + piece
                          for n, piece in enumerate(pieces))
        printed, employer = _title_and_employer(printed, ctx.org_domains)
        department, title = _split_title_line(printed, ctx.org_domains)
        title = _QR_CAPTION.sub("", mend_title_words(respace(smart_title(title))))
        contact.title = _without_credentials_or_pronouns(_PAY_GRADE.sub("", title).rstrip(" ,;|–—-"))
        contact.title = re.sub(r"\s+(?:at|@)$", "", contact.title)  # "Senior Technical Designer at" over the studio
        contact.sources["title"] = " | ".join(i.original for i in title_lines)
        contact.confidence["title"] = _conf(s, title_lines)
        taken.update(i.index for i in title_lines)
        if department:
            contact.department = mend_title_words(department)
            contact.sources["department"] = title_line.original
            contact.confidence["department"] = contact.confidence["title"]
        taken.add(title_line.index)
    people = [(name_line, title_line)] if name_line is not None else []
    if name_line is not None:
        people += _more_people(live, feats, scores, taken, ctx)

    between = None if contact.department else (_team_between(name_line, title_line, live, scores, taken)
                                               or _team_under_the_name(name_line, title_line, live, scores, taken))
    under = broken = over = None
    found = None if contact.department else (best("department", taken)
                                             or (under := _department_under_title(title_bottom, live, scores, taken))
                                             or between
                                             or (broken := _unit_broken_over_two_lines(live, scores, taken))
                                             or (_department_by_its_name(live, feats, scores, taken) if name_line else None)
                                             or (over := _team_over_the_name(name_line, live, feats, scores, taken)))
    if found and _ends_a_logo(found[0], live, scores):
        found = None  # "COOLABAH" over "LEGAL": the firm's name, not a department
    if found and (found[0].text.rstrip().endswith(":") or len(re.findall(r"\s[|·•]\s", found[0].text)) >= 2):
        found = None  # "Corporate Office:": a heading over an address; "Air Conditioning | Electrical | Solar": services
    site = found[0].text.strip(" ,.") if found else ""
    if found and (_EMPLOYER_SITE.search(site) or _PRODUCTION_SITE.search(site)) and not _unit_before_its_site(found[0].text):
        # "Sunshine West Depot" under "Depot Operations Lead": the site, not a team (most labels); but "People
        # Team | Daventry Distribution Centre" names the team first
        found = None
    # "Shieldrock Pension Investment Board" on a card of shieldrock.ca: the employer's full name (but
    # "Kingsmere Business School" on kingsmere.ac.uk is the university's school)
    if found and _opens_with_the_domain(found[0].text, ctx.org_domains) \
            and not re.search(r"(?i)\b(?:school|college|institute|centre|center|faculty)$", found[0].text.strip(" .")):
        found = None
    if found and _ENDS_IN_LEGAL_FORM.search(found[0].text.strip()):
        found = None  # "Tallgrass Financial Group, Inc.": a legal name is the company's
    if found and found[0].details and label_type(found[0].text):
        found = None  # "Branch" left of "330.555.0131" once the number is cut out: the phone's label
    if found and re.search(r"(?i)\b(?:office|offices|hq|headquarters)$", found[0].text.strip(" .:")) \
            and _heads_an_office(found[0], live):
        # "Bristol Office" over its street: which office, not a team; the next best may be the team
        found = best("department", taken | {found[0].index})
        if found and not _named_or_placed_as_department(found[0], feats[found[0].index], _title_row(title_line, live)):
            found = None
    # (the team under a title read in one row with the name sits under the name's half; a motto is no team)
    placed_under_the_title = found is not None and found is under and not _SAYS_A_SENTENCE.search(found[0].text)
    if found and (found[1] >= scores[found[0].index]["company"] or found is over) and (
            found is between or found is broken or found is over or placed_under_the_title
            or _named_or_placed_as_department(found[0], feats[found[0].index], _title_row(title_bottom, live))):
        line, s = found
        lines = [line]
        if _ENDS_ON_A_JOINING_WORD.search(line.text.strip()):
            # "Department of Civil and" over "Environmental Engineering": a name broken after its joining word
            under = _same_size_lines_under(line, live, taken)
            lines += [min(under, key=lambda i: i.top)] if under else []
        second = _second_unit_line(lines[-1], live, scores, taken)
        joined = second is not None and not _the_parent_of(second.text, line.text)
        # ("People" over "Directorate": one name broken before its last word, no second unit)
        lone_word = joined and _LONE_UNIT_WORD.fullmatch(second.text.strip(" ."))
        unit_printed = " ".join(i.text for i in lines) + ((" " if lone_word else ", ") + second.text if joined else "")
        lines += [second] if second else []
        unit_text = mend_title_words(respace(smart_title(unit_printed)))
        _take_department(contact, _BAR_READ_AS_I.sub(" | ", unit_text), lines, _conf(s, lines), taken)

    if not contact.department:
        ward = next((i for i in live if i.index not in taken and _HOSPITAL_UNIT.fullmatch(i.text.strip())), None)
        if ward is not None:  # "Ward 23 – Respiratory Medicine": the labeller's training cards print no wards
            ward_text = mend_title_words(_WARD_NUMBER.sub(lambda m: digits_for_lookalikes(m.group(0)), ward.text.strip()))
            _take_department(contact, ward_text, [ward], _conf(max(scores[ward.index]["department"], 0.5), [ward]), taken)
    _assign_company(contact, live, scores, taken, ctx)
    if employer and (not contact.company or len(employer) > len(contact.company)
                     and squash(employer).startswith(squash(contact.company))):
        # "Lead Level Designer at Hollowpine Games" over a "HOLLOWPINE" word mark: the fuller name
        contact.company = employer
        contact.sources["company"] = contact.sources["title"]
        contact.confidence["company"] = contact.confidence["title"]
    if contact.company and contact.address and contact.address.city:
        # "THE LARKIN" / "HOTEL" / "ASHEVILLE" over an Asheville address: the logo's city line says where,
        # not who ("Wattlebird Hotel · Sydney" the same)
        city = re.escape(contact.address.city.strip())
        parts = re.split(r"\s*[|·]\s*", contact.sources.get("company", ""))
        in_domain = any(squash(contact.address.city)[:4] in squash(d) for d in ctx.org_domains)  # readforwardphilly
        if not in_domain and (len(parts) > 1 and re.fullmatch(rf"(?i){city}", parts[-1].strip())
                              or re.search(rf"(?i)\s·\s*{city}$", contact.company)):
            contact.company = re.sub(rf"(?i)\s*·?\s*{city}$", "", contact.company) or contact.company
    if contact.company and contact.address and contact.address.region:
        # "OCOTILLO COUNTY" over "ARIZONA" on a card addressed in AZ: the state, not part of the name
        parts = contact.sources.get("company", "").split(" | ")
        if len(parts) > 1 and region_code_of(parts[-1]) == contact.address.region:
            contact.company = contact.company[: -len(parts[-1])].rstrip(" ,·") or contact.company
            contact.sources["company"] = " | ".join(parts[:-1])
    if contact.company:
        contact.company = joined_as_the_domain(contact.company, ctx.org_domains)
        if contact.company.islower() and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_&]+){0,3}", contact.company):
            contact.company = _capitalise_words(contact.company)  # "serangoon digital": a wordmark in small letters
    _employer_under_the_umbrella(contact, live, taken)
    _parent_and_unit(contact, live, taken)
    _with_unit_beside(contact, live, scores, taken)
    if not contact.department and name_line is not None:
        _unit_under_the_logo(contact, name_line, live, scores, taken)
    if contact.company is None and name_line is not None and name_and_company:
        contact.company = respace(name_and_company[1])  # "Dr. Michael T. Moore Keystone Robotics"
        contact.sources["company"] = name_line.original
        contact.confidence["company"] = contact.confidence["name"]
    if contact.company is None:
        _company_spelled_by_the_domain(contact, ctx)
    if contact.department:
        contact.department = _without_the_site(contact.department, contact)
    return people


_PUBLIC_SUFFIX = re.compile(r"(?:^|\.)(?:gov|govt|go|gob|gouv|edu|ac|mil|nhs|sch|k12|police|parliament)(?:\.|$)")


_SPOKEN_ONSET = re.compile(r"[aeiouy]|[^aeiouy][aeiouy]|(?:bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kl|kn|ph|pl|pr|sc|sh|sk|sl|sm|sn|sp"
                           r"|st|sw|th|tr|tw|wh|wr)")


def _company_spelled_by_the_domain(contact: Contact, ctx: CardContext) -> None:
    """A logo no engine reads leaves the employer only in the domain
    ("redgumlabs.com.au", "tamarackhealth.ca"): its name in words, with a
    low confidence. Not a person's own domain, an acronym ("kvmfg.com"),
    or a government's or a school's, whose names the domain shortens."""
    hosts = {value.split("@")[-1].lower() for value in contact.emails + contact.urls}
    labels = {domain_label(host) for host in hosts if registered_domain(host)} & set(ctx.org_domains)
    if len(labels) != 1 or any(_PUBLIC_SUFFIX.search(host) for host in hosts):
        return
    label = labels.pop()
    letters = label.replace("-", "")
    own_names = [squash(strip_accents(w)) for w in (contact.name or "").split() if len(squash(w)) >= 4]
    if len(letters) < 6 or not letters.isalpha() or re.search(r"[^aeiouy]{5}", letters) \
            or any(name in letters for name in own_names) or is_a_name(letters):
        return  # ("hawkins.com": a family's firm, whose name has more words than its domain)
    words = " ".join(domain_in_words(part) for part in label.split("-"))
    if any(len(word) > 11 for word in words.split()) or not _SPOKEN_ONSET.match(letters):
        return  # "beaumontrowe", "granitecreekusd": words run together that no list parts; "vpassurance"
    contact.company = " ".join(word[:1].upper() + word[1:] for word in words.split())
    contact.sources["company"] = label
    contact.confidence["company"] = 0.4


_SITE_NOUNS = re.compile(r"(?i)\b(?:cent(?:er|re)|campus|office|headquarters|hq|plant|works|park|site|hub|depot"
                         r"|terminal|branch|facility|hospital)$")


def _without_the_site(department: str, contact: Contact) -> str:
    city = contact.address.city if contact.address and contact.address.city else ""
    return _unit_before_its_site(department, city) or department


def _unit_before_its_site(text: str, city: str = "") -> str | None:
    """"Oncology Business Unit · Cambridge Research Center", "Talent Acquisition · Manchester": the unit,
    then which of the employer's places it sits at (a site, a town), which the labels leave out."""
    parts = re.split(r"\s+[|·•.]\s+", text.strip())  # (a bullet read as a dot)
    department = len(parts) == 2 and names_a_department(parts[0])
    if len(parts) != 2 or not (department or _named_like_a_team(parts[0])):
        return None
    site = parts[1].strip(" .")
    words = site.split()
    if not department:
        # "Mental Health & Substance Use · Eastgate Campus": named as teams are, before a site's noun
        return parts[0] if _SITE_NOUNS.search(site) and len(words) <= 4 else None
    if _SITE_NOUNS.search(site) and len(words) <= 4 or city and fold(site) == fold(city) \
            or len(words) == 1 and fold(site) in word_list("place_words") and not names_a_department(site):
        return parts[0]
    return None


_ONLY_PRONOUNS = re.compile(r"(?i)[\s()\[\]|:]*(?:pronouns)?[\s()\[\]|:]*")
"""What is left of a line of pronouns ("she/her", "Pronouns: they/them") once they are taken out."""

_QR_CAPTION = re.compile(r"\s+(?:[|·•–—-]\s*)?(?:Scan|SCAN)\s+(?i:to|for|me|here|the|my|our)\b.*$")
"""A QR code's caption read into the title's row ("Technical Recruiter Scan to book a chat")."""
_PAY_GRADE = re.compile(r"\s*(?:[|,–—-]\s*)?\(?\b(?:Grade\s+\d{1,2}[A-Z]?|APS\s?\d|EL\s?[12]|GS-\d{1,2}|SES\s?[123]?"
                        r"|Band\s+\d[a-z]?)\)?\s*$", re.IGNORECASE)
"""A public service's pay grade after the title ("Senior Policy Adviser | Grade 7", "(APS 6)", "GS-13"):
the grade, not the job."""

_UNIT_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s*\|\s*")
_TITLE_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+|\s*\|\s*")


_AT_THE_EMPLOYER = re.compile(r"^(.+?)\s+(?:\||l|at|@)\s+([^|@]+)$")


def _title_and_employer(text: str, org_domains: list[str]) -> tuple[str, str | None]:
    """(title, employer) of a line printing both, "Staff Engineer | Quillstack",
    "Talent Partner at Northlight" (a start-up's card): the second half must
    spell the email's domain, so "Professor at Large" stays whole."""
    found = _AT_THE_EMPLOYER.match(text)
    if found and org_domains and domain_similarity(found.group(2), org_domains) >= 0.8 \
            and _has_a_title_word(found.group(1)):
        return found.group(1).strip(), found.group(2).strip()
    return text, None


_ROLE_THEN_PEOPLE_TEAM = re.compile(r"(.*\b(?:Recruiter|Coordinator|Specialist|Generalist|Sourcer|Advisor|Adviser))\s+"
                                    r"(Talent Acquisition|Human Resources|People Team|People & Culture|People Operations)$")


_ROLE_THEN_TEAM = re.compile(r"((?:\S+\s+)+?(?:Recruiter|Coordinator|Specialist|Generalist|Sourcer|Advisor|Adviser|Engineer"
                             r"|Accountant|Analyst|Manager|Director|Lead|Partner|Consultant))\s+"
                             r"((?:[A-Z][\w&-]*\s+|&\s+){0,3}(?:Team|Services|Platform|Analytics|Banking|Manufacturing"
                             r"|Assurance|Division|Department|Directorate|Practice))")
""""Staff Data Engineer Growth Analytics", "Program Director Youth Services": a role of two words or more, then
a unit ending in a unit's word, run together on one line (8 of 9 such lines in the labelled cards part them;
"Team Lead Data Engineering" leads what follows and stays whole)."""

_HEAD_OF = re.compile(r"(?:Head|Director|Lead|VP|Vice President) of [A-Z]")


def _without_credentials_or_pronouns(title: str) -> str:
    """"Clinical Research Coordinator II, CCRP", "Product Design Lead ·
    they/them": the person's credentials and pronouns beside the title
    are no part of the job."""
    title = without_pronouns(title).rstrip(" ,;|·.–—-")
    head, comma, tail = title.rpartition(",")
    while comma and head.strip() and only_credentials(tail.strip()):
        title = head.rstrip()
        head, comma, tail = title.rpartition(",")
    return title


def _split_title_line(text: str, org_domains: list[str] = ()) -> tuple[str | None, str]:
    """(department, title) of a line printing both: "Senior Recruiter |
    Human Resources", "営業部 部長", "Engineering Manager | Payments";
    (None, text) otherwise."""
    department, title = japanese.split_department_and_title(text)
    if department:
        return department, title
    # a bar or a dot parts a title from its unit ("Senior Recruiter | Human Resources"); a dash is read as part
    # of the title ("Senior Manager – Human Resources"), as the labelled cards type it 26 times to 2
    bar_read_as_i = PARTED_BY_A_BAR_READ_AS_I.fullmatch(text)
    if bar_read_as_i and ends_in_a_role(bar_read_as_i.group(1)):
        text = f"{bar_read_as_i.group(1)} | {bar_read_as_i.group(2)}"  # "Team Leader I Building Consents"
    run_together = _ROLE_THEN_PEOPLE_TEAM.match(text)
    if run_together:  # "Senior Recruiter Talent Acquisition": no labelled title runs a role into these teams
        return run_together.group(2), run_together.group(1)
    run_together = _ROLE_THEN_TEAM.fullmatch(text)
    if run_together and not run_together.group(1).endswith("Team Lead"):
        return run_together.group(2), run_together.group(1)
    team = re.fullmatch(r"(.+?),\s+((?:[A-Z][\w&-]*\s+){1,3}Team)", text)
    if team and ends_in_a_role(team.group(1)):
        return team.group(2), team.group(1)  # "Senior Software Engineer, Platform Team" ("Team Lead" is a role)
    parts = [p.strip() for p in _UNIT_SEPARATOR.split(text) if p.strip()]
    site = re.match(r"(.+?)\s+[·•—–]\s+(.+)$", text)
    if site and _EMPLOYER_SITE.search(site.group(2).strip(" .")) and ends_in_a_role(site.group(1)) \
            and not re.search(r"&|\band\b", site.group(2)):  # (not "Operations Manager – Fleet & Depot")
        return None, site.group(1)  # "Terminal Manager · Laredo Cross-Dock": which site, neither title nor team
    if len(parts) == 2:
        first, second = parts
        # "Operations Manager - Queensland": a part with a title's head word is the title, not a department
        unit = [names_a_department(p) and not any(w in word_list("title_words") for w in fold(p).split())
                for p in parts]
        if unit[1] and not names_a_department(first):
            return second, first
        if unit[0] and not names_a_department(second):
            return first, second
        if _names_a_team(second, first, org_domains) and "|" in text:
            return second, first
        if re.search(r"[|·•]", text) and (ends_in_a_role(first) or _HEAD_OF.match(first)) and len(first.split()) <= 4 \
                and not ends_in_a_role(second) \
                and not re.search(r"(?:er|or|ist|ian|ant)$", second) and not only_credentials(second) \
                and not (_opens_with_a_role(second) or _SECOND_ROLE.match(second)) and _capitalised_words(second) \
                and not any(ch.isdigit() for ch in second) \
                and not (has_company_suffix(second) or domain_similarity(second, org_domains) >= 0.6):
            return second, first  # "Principal | Transport Planning": a role, then what it works in
    # "Art Director / Brand": a slash before a team (not before a second role: "Owner / Executive Chef")
    halves = [h.strip() for h in text.split(" / ")]
    if len(halves) == 2 and halves[1] and _names_a_team(halves[1], halves[0], org_domains) and ends_in_a_role(halves[0]):
        last = fold(halves[1]).split()[-1]
        if not (last in word_list("job_words") or re.search(r"(?:er|or|ian|ist|ant)$", last)):  # "Master Plumber"
            return halves[1], halves[0]
    return None, text


def _names_a_team(text: str, title: str, org_domains: list[str]) -> bool:
    """"Payments" after "Engineering Manager |": a short capitalised name
    after a job title, with no title word and no sign of being the company
    (a legal form, a business word, the email's domain)."""
    words = text.split()
    return 1 <= len(words) <= 3 and _capitalised_words(text) and any(w in word_list("title_words") for w in fold(title).split()) \
        and not only_credentials(text) \
        and not any(w in word_list("title_words") for w in fold(text).split()) \
        and not (has_company_suffix(text) or company_tail_words(text) or domain_similarity(text, org_domains) >= 0.6)


def _title_continuation(title_line: LineInfo, live: list[LineInfo], taken: set[int]) -> list[LineInfo]:
    """"Vice President," over "Global Talent Acquisition": a title that ends
    on a comma or a joining word goes on in the line right under it, and so
    does one whose next line starts with one ("Head of Talent Acquisition"
    over "and Employer Brand"); on a portrait card a title may run over three
    lines ("Senior Manager," / "Technical Program" / "Management", "Senior" /
    "Mechatronics" / "Engineer")."""
    lines: list[LineInfo] = []
    printed, last = title_line.text, title_line
    while len(lines) < 2:
        below = [i for i in live if i.index not in taken and i is not title_line and i not in lines
                 and i.top > last.top and _stacked(last, i, gap=1.2) and i.height <= 1.3 * title_line.height]
        below = sorted(below, key=lambda i: i.top)[:1]
        if not below or not _goes_on_in(printed, below[0], title_line):
            break
        after = _nearest_stacked(below[0], live, [below[0]], gap=1.0)
        if after is not None and not after.details and _LONE_UNIT_WORD.fullmatch(after.text.strip(" .")):
            break  # "Head of Resourcing" over "People" / "Directorate": the unit's name, broken over two lines
        lines.append(below[0])
        printed, last = f"{printed} {below[0].text}", below[0]
    return lines


_BOTH_TITLES_SEEN = re.compile(r",\s")  # a title already listing two does not take a third line
# a second role printed under the first: "Head of ...", "Chair, ...", "Professor of ...", "Consultant ..."
_SECOND_ROLE = re.compile(r"(?:(?:Deputy |Associate |Assistant )?(?:Head|Chair|Director|Professor|Dean|Lead|President"
                          r"|Consultant|Country Manager)\b(?:\s+of\b|,|\s+[A-Z]))(?!\s*Office\b)")


_ENDS_ON_A_MODIFIER = re.compile(r"(?i)\b(?:integrated|clinical|global|regional|strategic|community|corporate"
                                 r"|international|national|commercial|financial|technical|medical|graduate"
                                 r"|enterprise|patient|student|customer|agricultural|industrial|environmental|residential"
                                 r"|institutional|educational|organisational|organizational|occupational"
                                 r"|operational|behavioural|behavioral)$")
"""Words that qualify what follows and end no title ("Executive" and "Digital" can: "Senior Project Executive",
"Programme Director, Digital")."""
_LONE_MODIFIERS = frozenset({"senior", "sr.", "junior", "jr.", "assistant", "deputy", "acting", "interim", "vice",
                             "regional", "general"})
"""Words that open a title and cannot be one alone: "Senior" over "Mechatronics Engineer"."""


def _a_role_and_its_team(text: str) -> bool:
    """"Group Leader, Soil Microbiology": a role of up to three words, then after a comma what it leads."""
    role, comma, _ = text.partition(",")
    return bool(comma) and 1 <= len(role.split()) <= 3 and ends_in_a_role(role.strip())


def _dot_for_a_comma(text: str) -> str:
    """"Assistant Vice President." over "Commercial Lines Underwriting": no
    title ends on a full stop after its role; that is the comma, misread."""
    text = text.rstrip()
    return text[:-1] + "," if re.search(r"[a-z]{3}\.$", text) and ends_in_a_role(text[:-1]) else text


def _goes_on_in(printed: str, below: LineInfo, title_line: LineInfo) -> bool:
    printed = _dot_for_a_comma(printed)
    if re.search(r"\b(?:Lead|Senior|Principal|Chief|Head)$", printed) \
            and re.fullmatch(r"[A-Z][a-z]{4,}(?:ist|er|or|ian)", below.text.strip()) \
            and below.text.strip().lower() in word_list("job_words") \
            and abs(below.height - title_line.height) <= 0.1 * title_line.height:
        return True  # "Clinical Lead" over "Physiotherapist": one title over two lines, its role noun alone under it
    if printed.rstrip().endswith(",") and _UNIT_OPENING.match(below.text.strip()):
        return False  # "Professor and Chair," over "Department of Computer Engineering": the unit he chairs
    # ("Head of Department:" over "Accounting & Taxation": a colon, like a comma, says the title goes on)
    if re.search(r"(?:,|:|&|\s/|\b(?:and|of|for|to|in|on|with))\s*$", printed, re.IGNORECASE):  # ("Senior Data Scientist /")
        return True  # ("Senior Lecturer in" over "Structural Engineering")
    if printed.count("(") > printed.count(")") and not any(ch.isdigit() for ch in below.text):
        return True  # "Associate Dean (Industry" over "Engagement)": the bracket is still open
    if re.search(r"\w['’]s$", printed) and _capitalised_words(below.text) and not any(ch.isdigit() for ch in below.text):
        return True  # "Team Manager – Children's" over "Social Care": a possessive ends no title
    if _ENDS_ON_A_MODIFIER.search(printed) and 1 <= len(below.text.split()) <= 4 and _capitalised_words(below.text) \
            and not any(ch.isdigit() for ch in below.text) and abs(below.height - title_line.height) <= 0.2 * title_line.height:
        return True  # "Director of Integrated" over "Behavioral Health": no title ends on its adjective
    if re.search(r"\s[-–—]$", printed) and not any(ch.isdigit() for ch in below.text):
        return True  # "Manager, Talent Acquisition –" over "Pilot Recruitment"
    if re.match(r"(?:&|and|of|for)\s+[A-Z]", below.text) and not any(ch.isdigit() for ch in below.text):
        return True
    if re.fullmatch(r"\([A-Z][^()\d]*\)", below.text.strip()):
        return True  # "Supervisory HR Specialist" over "(Recruitment & Placement)": the title's own bracket
    if ends_in_a_role(printed) and ends_in_a_role(below.text) and not below.text.rstrip().endswith("ing") \
            and 2 <= len(below.text.split()) <= 4 \
            and not any(ch.isdigit() for ch in below.text) \
            and abs(below.height - title_line.height) <= 0.1 * title_line.height \
            and _in_title_words(below.text) and not _BOTH_TITLES_SEEN.search(printed):
        return True  # "Senior Wealth Advisor" over "Portfolio Manager": a second title
    if ends_in_a_role(printed) and _SECOND_ROLE.match(below.text) and len(below.text.split()) <= 8 \
            and not any(ch.isdigit() for ch in below.text) and _capitalised_words(below.text) \
            and abs(below.height - title_line.height) <= 0.1 * title_line.height \
            and not _BOTH_TITLES_SEEN.search(printed):
        return True  # "Partner" over "Head of Commercial Litigation", "Clinical Director" over "Consultant ..."
    if ends_in_a_role(printed) and _a_role_and_its_team(below.text) and _capitalised_words(below.text) \
            and not any(ch.isdigit() for ch in below.text) \
            and abs(below.height - title_line.height) <= 0.1 * title_line.height and not _BOTH_TITLES_SEEN.search(printed):
        return True  # "Principal Research Scientist" over "Group Leader, Soil Microbiology": a second role and its team
    if printed.strip().lower() in _LONE_MODIFIERS and 1 <= len(below.text.split()) <= 3 \
            and _capitalised_words(below.text) and not any(ch.isdigit() for ch in below.text) \
            and abs(below.height - title_line.height) <= 0.2 * title_line.height:
        return True
    # "Human Resources Business" over "Partner, Manufacturing": the role opens the next line
    opening = below.text.split()[0].strip(",") if below.text.split() else ""
    if not ends_in_a_role(printed) and ends_in_a_role(opening) and "," in below.text and len(below.text.split()) <= 4 \
            and not any(ch.isdigit() for ch in below.text) \
            and abs(below.height - title_line.height) <= 0.2 * title_line.height \
            and _in_title_words(below.text):
        return True
    # "Senior Talent Acquisition" over "Partner", "Director, Talent" over "Acquisition"
    # (not "Squad Lead, Digital Payments" over "Technology": a team of two words after the comma is whole)
    return not ends_in_a_role(printed) and _wraps_a_title(below, title_line) and (
        ends_in_a_role(below.text) or len(below.text.split()) == 1 and bool(
            re.search(r"(?:,|\bof)\s*\S*$", printed)  # ("Senior Manager," / "Technical Program" / "Management")
            or "," in printed and re.search(r"(?i)(?:ment|tion)$", below.text.strip())))


def _wraps_a_title(line: LineInfo, title_line: LineInfo) -> bool:
    """One to three words of a title's vocabulary, no digits, at the title's size."""
    return (1 <= len(line.text.split()) <= 3 and not any(ch.isdigit() for ch in line.text)
            and abs(line.height - title_line.height) <= 0.2 * title_line.height
            and _in_title_words(line.text))


def _in_title_words(text: str) -> bool:
    """Every word of the line is a title's (or a team's) word."""
    return all(w.lower().strip(",.") in _title_vocabulary() for w in text.split())


@lru_cache(maxsize=1)
def _title_vocabulary() -> frozenset[str]:
    return (word_list("title_words") | word_list("job_words") | department_name_words() | ROLE_NOUNS
            | word_list("spelling_words") | {"&", "and", "of", "hr", "it"})


def _title_opening(title_line: LineInfo, live: list[LineInfo], taken: set[int],
                   name_line: LineInfo | None = None) -> list[LineInfo]:
    """"Talent Acquisition" over "Lead": a title whose first line lacks its
    role noun, read as two lines, the role alone on the second; "Assistant"
    over "Store Manager": a word that cannot be a title alone."""
    above = [i for i in live if i.index not in taken and i is not title_line and i.top < title_line.top
             and _stacked(i, title_line, gap=1.2)]
    if not above:
        return []
    line = max(above, key=lambda i: i.top)
    if line.text.strip().lower() in _LONE_MODIFIERS and abs(line.height - title_line.height) <= 0.2 * title_line.height:
        return [line]
    if re.search(r"(?:&|\band|\bof)$", line.text.strip()) and abs(line.height - title_line.height) <= 0.2 * title_line.height \
            and not any(ch.isdigit() for ch in line.text) and _capitalised_words(line.text):
        return [line]  # "Community Engagement &" over "Recruitment Officer": a title broken after its joining word
    if len(title_line.text.split()) == 1 and ends_in_a_role(title_line.text):
        return [line] if _wraps_a_title(line, title_line) and not ends_in_a_role(line.text) else []
    # "Human Resources Business" over "Partner, Manufacturing", "Manufacturing" over "Engineer II":
    # right under the name, a title's words without its role, the role opening the line below
    # ("Global Supply Chain" over "Procurement Manager" is a team over a whole title)
    words = title_line.text.split()
    first_below_name = name_line is not None and name_line.top < line.top and not any(
        name_line.top < i.top < line.top for i in live if _stacked(name_line, i, gap=1.2))
    return [line] if (first_below_name and _stacked(name_line, line, gap=1.2)
                      and ends_in_a_role(words[0].strip(","))
                      and 1 <= len(line.text.split()) <= 6 and not ends_in_a_role(line.text)
                      and not any(ch.isdigit() for ch in line.text)
                      and abs(line.height - title_line.height) <= 0.2 * title_line.height
                      and _in_title_words(line.text)) else []


def _first_printed_name(found: tuple[LineInfo, float] | None, live: list[LineInfo], scores,
                        taken: set[int]) -> tuple[LineInfo, float] | None:
    """Of several lines that read clearly as names (people printed on one
    card), the contact is the first printed, not the one whose email
    happens to be on the card."""
    if found is None:
        return None
    # "Dr. Evan Lindqvist, DDS · Dr. Mira Okafor, DMD" in small print at the foot of the practice
    # manager's card: the practice's dentists, not the card's person printed in large type
    larger = [i for i in live if i.index not in taken and scores[i.index]["name"] > 2.0
              and _best_label(scores[i.index]) == "name" and i.height >= 1.5 * found[0].height]
    if larger:
        first = _in_print_order([(i, None) for i in larger])[0][0]
        found = first, scores[first.index]["name"]
    rivals = [i for i in live if i.index not in taken and _best_label(scores[i.index]) == "name"
              and (scores[i.index]["name"] >= 4.0 and i.height >= 0.67 * found[0].height
                   # two people side by side, "James Whitford        Emily Tran": the left one is printed first
                   or i is not found[0] and _same_row(i, found[0]) and scores[i.index]["name"] > 0)]
    if found[0] not in rivals and any(_same_row(i, found[0]) for i in rivals):
        rivals.append(found[0])
    if len(rivals) < 2:
        return found
    first = _in_print_order([(i, None) for i in rivals])[0][0]
    return first, scores[first.index]["name"]


_GRADE_OPENING = re.compile(r"(?i)^(?:band|grade|level)\s+\d{1,2}[a-z]?\s+(?=[A-Z])")
""""Band 7 Senior Physiotherapist": the pay grade printed before the title (the digit is no street's)."""


def _weak_title_under_the_name(name_line: LineInfo, live: list[LineInfo], scores,
                               taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Human Resources Business" over "Partner, Manufacturing" right under
    the name: a title broken before its role scores weakly, but title is
    still the best the labeller can say of its first line."""
    below = [i for i in live if i.index not in taken and i.top > name_line.top and _stacked(name_line, i, gap=1.0)
             and not i.details]
    if not below:
        return None
    line = min(below, key=lambda i: i.top)
    line_scores_ = scores[line.index]
    if _best_label(line_scores_) != "title" or line_scores_["title"] < -1.0 \
            or any(ch.isdigit() for ch in _GRADE_OPENING.sub("", line.text)) \
            or _UNIT_OPENING.search(line.text) or only_credentials(line.text) or opens_with_credentials(line.text):
        return None  # ("School of Engineering" over the title, "B. Tech., M. Tech., Ph.D." under the name)
    return line, line_scores_["title"]


def _under_another_name(name_line: LineInfo, live: list[LineInfo], scores) -> set[int]:
    """Lines printed below a second name that sits under this one: on
    "Shari Figueroa / Dr. Peter C. Wood, Jr. / Senior Vice President" the
    title is Dr. Wood's."""
    # (a name beside this one, its box touching this one's, is on the same row: not under it)
    others = [i for i in live if i is not name_line and i.top > name_line.top and scores[i.index]["name"] >= 2.0
              and _best_label(scores[i.index]) == "name" and _stacked(name_line, i, gap=1.5)
              and not _same_row(name_line, i) and not only_credentials(i.text) and not opens_with_credentials(i.text)]
    # (nor is "BEng (Mining) FAus IMM(CP)" under the name a second person)
    theirs = set()
    if others:
        nearest = min(others, key=lambda i: i.top)
        theirs = {i.index for i in live if i.top > nearest.top}
    # "James Whitford        Emily Tran" over "Managing Director        Vice President": a line under two
    # people side by side is the one's it sits more squarely under
    beside = [i for i in live if i is not name_line and _same_row(name_line, i) and scores[i.index]["name"] > 0
              and _best_label(scores[i.index]) == "name"]
    for other in beside:
        theirs |= {i.index for i in live if i.top > name_line.top and _overlap(i, other) > _overlap(i, name_line)}
    return theirs


def _overlap(a: LineInfo, b: LineInfo) -> float:
    return min(a.right, b.right) - max(a.left, b.left)


def _department_under_title(title_line: LineInfo | None, live: list[LineInfo], scores,
                            taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Journalist" over "Wealth Management": the line right under the title,
    when department is the best the labeller can say of it, is the
    department even with a weak score (the lexicon cannot know every team)."""
    if title_line is None:
        return None
    below = [i for i in live if i.index not in taken and i.top > title_line.top
             and any(_stacked(piece, i, gap=1.0) for piece in _title_row(title_line, live))]
    if not below:
        # "Senior Technical Recruiter" / "marisol.reyes@..." / "Talent Acquisition": a second column's email
        # or phone read between them (a line that held nothing else)
        live_indices = {i.index for i in live}
        below = [i for i in live if i.index not in taken and i.top > title_line.top and _stacked(title_line, i, gap=2.5)
                 and not any(n in live_indices for n in range(title_line.index + 1, i.index))]
    if not below:
        return None
    line = min(below, key=lambda i: i.top)
    line_scores_ = scores[line.index]
    listed = [i for i in live if i.index not in taken and i is not line and i.top > line.top
              and _stacked(line, i, gap=1.0) and abs(i.height - line.height) < 0.2 * line.height
              and _best_label(scores[i.index]) != "address"
              and not (has_company_suffix(i.text) or _claimed_as(i, scores, ("company",)))  # the company's line
              and not (_names_a_unit(i.text) and _names_a_unit(line.text))  # "Centre for ..." over "School of ..."
              and not (_heads_an_office(i, live) or _names_a_school(i.text))]  # "DUBLIN" over its office's street
    if listed:
        return None  # "Criação de Campanhas / Links Patrocinados": a list of services, not a department
    if line_scores_["department"] > 0 and _best_label(line_scores_) == "department":
        return line, line_scores_["department"]
    if _unit_before_its_site(line.text) and not line.details and max(line_scores_.values()) < 0 \
            and _company_printed_elsewhere(line, live, scores, bar=0.5):
        return line, 0.0  # "Talent Acquisition · Store Support Center": a unit and its site score weakly as either
    if _best_label(line_scores_) == "department" and _named_like_a_team(line.text) and not _PUBLIC_BODY.search(line.text) \
            and line.height <= 1.05 * title_line.height and (_company_printed_elsewhere(line, live, scores, bar=0.5)
                                                             or _another_line_reads_as_company(line, live, scores)):
        # "Oncology Programs" under "Associate Director, Clinical Operations": department is the best the
        # labeller can say of it, however weakly, and another line is the company (not "... School District",
        # the body over the school)
        return line, line_scores_["department"]
    if _best_label(line_scores_) == "title" and _named_like_a_team(line.text) and not ends_in_a_role(line.text) \
            and not _A_ROLE_FOR.match(line.text) and not _PUBLIC_BODY.search(line.text) \
            and line.height <= 1.05 * title_line.height \
            and _company_printed_elsewhere(line, live, scores, bar=1.0):
        # "Developer Platform" under "Staff Software Engineer": read as title-like words, but no role ends it
        # and the title above was not continued into it
        return line, max(line_scores_["department"], 0.0)
    if _UNIT_ENDING.search(line.text.strip(" .")) and len(line.text.split()) <= 4 and not has_company_suffix(line.text) \
            and _best_label(line_scores_) in ("company", "department"):
        return line, max(line_scores_["department"], 0.0)  # "Surgical Services" under "Nurse Unit Manager"
    unclaimed = _best_label(line_scores_) in ("company", "department") or (
        _best_label(line_scores_) == "address" and not has_street(line.text) and not has_locality(line.text))
    if _OFFICE_OF.match(line.text.strip()) and _best_label(line_scores_) == "title" and line_scores_["title"] < 1.5 \
            and not line.details and _company_printed_elsewhere(line, live, scores, bar=0.5):
        # "Office of the Registrar" under "Associate Registrar": the office's holder is named in it, but a title
        # above it is the person's
        return line, max(line_scores_["department"], 0.0)
    if _UNIT_OPENING.match(line.text.strip()) and unclaimed and not any(ch.isdigit() for ch in line.text) \
            and _company_printed_elsewhere(line, live, scores, bar=0.5):
        return line, max(line_scores_["department"], 0.0)  # "School of Nursing and Midwifery" under the title
    if _named_like_a_team(line.text) and unclaimed \
            and max(line_scores_.values()) < 0.5 and _company_printed_elsewhere(line, live, scores, bar=1.0):
        # "Search & Ranking" under "Sr. Engineering Manager" on Pixelmoor's card: no label claims
        # it, the company is another line, and it is named as teams are
        return line, max(line_scores_["department"], line_scores_["company"])
    if _one_word_team(line, title_line) and ends_in_a_role(title_line.text) \
            and not _PLACE_IN_CHARGE.search(title_line.text) and unclaimed and max(line_scores_.values()) < 0 \
            and _company_printed_elsewhere(line, live, scores, bar=1.0) \
            and not _street_right_under(line, live):  # ("Edinburgh" over its office's street)
        # "Gameplay" under "Engineering Manager", "Factual" under "Series Producer": a team named in one word
        return line, max(line_scores_["department"], line_scores_["company"])
    return None


def _unit_broken_over_two_lines(live: list[LineInfo], scores, taken: set[int]) -> tuple[LineInfo, float] | None:
    """"School of Civil and" over "Environmental Engineering", "Faculty of Engineering and" over "Physical
    Sciences": half a unit's name scores weakly as anything, but its opening and its joining word say what it is."""
    for line in live:
        text = line.text.strip()
        if line.index in taken or line.details or not (_UNIT_OPENING.match(text) and _ENDS_ON_A_JOINING_WORD.search(text)):
            continue
        if max(scores[line.index].values()) > 0 and _best_label(scores[line.index]) != "department":
            continue
        if any(not i.details for i in _same_size_lines_under(line, live, taken)):
            return line, max(scores[line.index]["department"], 0.0)
    return None


def _same_size_lines_under(line: LineInfo, live: list[LineInfo], taken: set[int]) -> list[LineInfo]:
    """Free lines stacked right under `line` in its own type size: where a name broken after its joining
    word goes on."""
    return [i for i in live if i.index not in taken and i is not line and i.top > line.top
            and _stacked(line, i, gap=1.0) and abs(i.height - line.height) <= 0.2 * line.height]


def _take_department(contact: Contact, text: str, lines: list[LineInfo], confidence: float, taken: set[int]) -> None:
    contact.department = text
    contact.sources["department"] = " | ".join(i.original for i in lines)
    contact.confidence["department"] = confidence
    taken.update(i.index for i in lines)


def _second_unit_line(line: LineInfo, live: list[LineInfo], scores, taken: set[int]) -> LineInfo | None:
    """"Risk Advisory" over "Cyber & Strategic Risk", "Department of Medicine" under "Section of Hospital
    Medicine": a unit printed over two lines, a division and its team, typed as one department with ", " (as
    most labelled sets type it; not an office, site or building line under it)."""
    under = _nearest_stacked(line, [i for i in live if i.index not in taken], [line], gap=1.0)
    if under is None or under.details or abs(under.height - line.height) > 0.2 * line.height \
            or has_street(under.text) or has_locality(under.text) or has_company_suffix(under.text):
        return None
    text = under.text.strip(" .")
    if reads_as_french(text) and not reads_as_french(line.text):
        return None  # "Human Resources Branch" over "Direction générale des ressources humaines": the same unit
    if text.endswith(":") or _EMPLOYER_SITE.search(text) or _BUILDING.search(text) \
            or re.search(r"(?i)\b(?:office|offices|hq|headquarters)\b", text):
        return None  # "Central Office", "Naas Distribution Centre" over the street: where, not which team
    unit = names_a_department(text) or _names_a_unit(text) or _HOSPITAL_UNIT.fullmatch(text) \
        or _best_label(scores[under.index]) == "department" and scores[under.index]["department"] > 0
    return under if unit and not any(ch.isdigit() for ch in _HOSPITAL_UNIT.sub("", text)) else None


_LONE_UNIT_WORD = re.compile(r"(?i)directorate|division|department|branch|team|unit|group")
"""A unit's last word alone on its line: "People" over "Directorate" is one name broken before it."""
_PARENT_UNIT = re.compile(r"(?i)^(?:faculty|college)\s+of\b|\w\s+(?:directorate|division)$")


def _the_parent_of(under: str, unit: str) -> bool:
    """"Faculty of Science and Engineering" under "School of Mathematics", "Technology Division" under
    "Payments Engineering", "Department of Medicine" under "Division of Cardiology": the body the unit belongs
    to, which the person's department leaves out (25 labelled cards to 12 that join both; a faculty printed
    over its department is joined, as most labels type it)."""
    under, unit = under.strip(" .,"), unit.strip(" .,")
    section = re.match(r"(?i)(?:division|section)\s+of\b", unit)
    if _PARENT_UNIT.search(unit) and not section:
        return False  # "Infrastructure Delivery Division" over "Network Planning Branch": the larger one first
    return bool(_PARENT_UNIT.search(under)) or bool(section and re.match(r"(?i)department\s+of\b", under))


_PLACE_IN_CHARGE = re.compile(r"(?i)\b(?:branch|store|site|depot|plant|area|district|region(?:al)?|territory)\b")
"""A title over a place it runs: the word under "Branch Manager" ("Toowong") names the branch, not a team."""


def _street_right_under(line: LineInfo, live: list[LineInfo]) -> bool:
    under = _nearest_stacked(line, live, [line], gap=1.0)
    return under is not None and has_street(under.text)


_ZERO_FOR_O_BEFORE_APOSTROPHE = re.compile(r"\b0(?=['’][A-Z](?:[a-z]|[A-Z]{2}))")  # "0'Shaughnessy", "0'DONOGHUE"
_BAR_READ_AS_I = re.compile(r"(?<=[a-z]) [Il] (?=[A-Z][a-z])")
"""'Human Capital I Talent Acquisition': a bar between two units read as I (no unit's name holds a lone I)."""


def _one_word_team(line: LineInfo, title_line: LineInfo) -> bool:
    """One capitalised word of its own line (not what a phone's label leaves, nor a title's or a business's word)."""
    word = line.text.strip(" .")
    if line.details or company_tail_words(word):
        return False
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?", word)) and line.height <= 1.05 * title_line.height \
        and not has_locality(word) and not is_country_line(word) \
        and not is_known_name(word, "given_names") and not is_known_name(word, "family_names")


def _english_counterpart(found: tuple[LineInfo, float], live: list[LineInfo], scores,
                         taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Directrice, Ressources humaines" over "Director, Human Resources": of
    a title printed in both languages, the English line; the French one is
    set aside so it is taken for nothing else."""
    line = found[0]
    twins = [i for i in live if i.index not in taken and i is not line and _stacked(line, i, gap=1.0)
             and not reads_as_french(i.text) and any(w.lower().strip(",.") in word_list("title_words")
                                                     for w in i.text.split())]
    if not twins:
        return None
    twin = min(twins, key=lambda i: abs(i.top - line.top))
    taken.add(line.index)
    return twin, max(scores[twin.index]["title"], found[1])


def _titled_line_by_the_name(name_line: LineInfo, live: list[LineInfo], scores, taken: set[int]) -> tuple[LineInfo, float] | None:
    """The line right under the name (or right over it) when it starts or
    ends with a job's word and no label claims it: the labeller rarely saw
    a title with no contact line before the address ("Director, Sales" over
    "Level 3, ..."), or one carrying a number ("Store Manager #1482",
    "Branch Manager, NMLS #708214", "Shift Supervisor – 2nd Shift")."""
    near = [i for i in live if i.index not in taken and i is not name_line and _stacked(name_line, i, gap=1.0)]
    below = [i for i in near if i.top > name_line.top]
    above = [i for i in near if i.top < name_line.top]
    candidates = ([min(below, key=lambda i: i.top)] if below else []) + ([max(above, key=lambda i: i.top)] if above else [])
    for line in candidates:
        core = _TITLE_NUMBER.sub("", _REGISTRATION_NUMBER.sub("", line.text)).strip(" ,;-–—")
        best = _best_label(scores[line.index])
        if not core or any(ch.isdigit() for ch in core) or len(core.split()) > 8 or best == "name" and name_shape_ok(core) \
                or best == "address" and (scores[line.index]["address"] > 2.0 or has_street(core)
                                          or has_locality(core)):  # (a number alone lifts the address score)
            continue  # a second person's name ("Dr. Peter C. Wood, Jr."), the address
        # a role's noun at its end ("... Branch Manager") is a title's own mark, whatever the company line scores;
        # so before a dash or bar ("Engineering Manager – Data Platform") or opening "Lecturer in ..."
        head = _TITLE_SEPARATOR.split(core)[0]
        role_of = re.split(r"\s+(?:of|for)\s+", core, maxsplit=1)  # "Deputy Head of School (Research)"
        if (ends_in_a_role(core) and not has_company_suffix(core)) or _a_title_not_the_company(
                replace(line, text=core), live, scores) or head != core and ends_in_a_role(head) \
                or _ROLE_THEN_FIELD.match(core) or len(role_of) == 2 and ends_in_a_role(role_of[0]):
            return line, scores[line.index]["title"]
    return None


# "Lecturer in Mechanical Engineering", "Professor of Chemistry": a role, then its field
_ROLE_THEN_FIELD = re.compile(r"(?i)^(?:senior\s+|assistant\s+|associate\s+)?(?:lecturer|professor|reader|fellow|teacher"
                              r"|tutor|researcher|scientist|engineer|consultant|specialist)\s+(?:in|of)\s+[A-Z]")

# a store's, a shift's number after a title: "#1482", "– 2nd Shift"
_TITLE_NUMBER = re.compile(r"\s*(?:#\s?\d+\b|[-–—]\s*\d+(?:st|nd|rd|th)?\s+[A-Z][a-z]+)\s*$")


def _a_title_not_the_company(line: LineInfo, live: list[LineInfo], scores) -> bool:
    """"Director of Sales" under the name, with the company's logo above:
    it reads a little like a company ("X of Y"), but it starts or ends
    with a job's word, has no legal form, and another line is clearly the
    better company."""
    words = re.findall(r"[^\W\d_]+", line.text.lower())  # "Vice-President, ..." opens with "vice"
    titled = bool(words) and (words[0] in word_list("title_words") or words[-1] in word_list("title_words"))
    own = scores[line.index]["company"]
    return titled and not has_company_suffix(line.text) and any(
        i is not line and scores[i.index]["company"] >= own + 1.0 and scores[i.index]["company"] > 0 for i in live)


def _has_a_title_word(text: str) -> bool:
    """A title's head word ("Manager", "Member", "CEO") among the line's words, as printed."""
    return any(w.lower().strip(",.") in word_list("title_words") for w in text.split())


def _team_under_the_name(name_line: LineInfo | None, title_line: LineInfo | None, live: list[LineInfo], scores,
                         taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Director - Engineering" / "Vikram Singh Rathore" / "Cloud Infrastructure": with the title printed
    over the name, the team is the line right under the name, when no label claims it and it is named as
    teams are."""
    if name_line is None or title_line is None or title_line.top >= name_line.top:
        return None
    below = [i for i in live if i.index not in taken and i.top > name_line.top and _stacked(name_line, i, gap=1.0)]
    if not below:
        return None
    line = min(below, key=lambda i: i.top)
    line_scores_ = scores[line.index]
    if (line.details or max(line_scores_.values()) >= 1.0 or not _named_like_a_team(line.text)
            or has_street(line.text) or has_locality(line.text)
            or _has_a_title_word(line.text)
            or not _company_printed_elsewhere(line, live, scores, bar=1.0)):
        return None
    return line, max(line_scores_["department"], line_scores_["company"])


def _team_over_the_name(name_line: LineInfo | None, live: list[LineInfo], feats, scores,
                        taken: set[int]) -> tuple[LineInfo, float] | None:
    """"TREASURY" over "Graciela Ybarra-Lund", the bank's wordmark at the foot: a team printed right over
    the name, which the labeller's training cards never show, when the employer is printed elsewhere and
    not right over this line (a line under a wordmark is the rest of its name: "PENNOCK'S" / "FOOD HALLS")."""
    if name_line is None:
        return None
    above = [i for i in live if i.index not in taken and i.top < name_line.top and _stacked(i, name_line, gap=1.0)]
    if not above:
        return None
    line = max(above, key=lambda i: i.top)
    line_scores_ = scores[line.index]
    if (line.details or line.height > name_line.height or line_scores_["company"] >= 1.0
            or _best_label(line_scores_) not in ("department", "company")
            or not (_named_like_a_team(line.text) or feats[line.index].get("dept_name"))
            or feats[line.index].get("company_word") or _NHS_TRUST.fullmatch(line.text.strip(" ."))
            or has_street(line.text) or has_locality(line.text) or _has_a_title_word(line.text)
            or not _company_printed_elsewhere(line, live, scores)
            or any(i is not line and i.top < line.top and _stacked(i, line, gap=1.0)
                   and scores[i.index]["company"] >= _MIN_FIELD_SCORE["company"] for i in live)):
        return None
    return line, max(line_scores_["department"], line_scores_["company"])


def _team_between(name_line: LineInfo | None, title_line: LineInfo | None, live: list[LineInfo], scores,
                  taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Global Supply Chain" printed between the name and the title: a line
    no label claims, named as teams are, with no title's word in it."""
    if name_line is None or title_line is None or title_line.top <= name_line.top:
        return None
    between = [i for i in live if i.index not in taken and name_line.top < i.top < title_line.top
               and _stacked(name_line, i, gap=1.0) and _stacked(i, title_line, gap=1.0)]
    if len(between) != 1:
        return None
    line = between[0]
    line_scores_ = scores[line.index]
    # (its title score has had the bonus of a line near the name)
    if (max(v for k, v in line_scores_.items() if k not in ("title", "department")) >= 0 or line_scores_["title"] >= 1.0
            or not _named_like_a_team(line.text)
            or _has_a_title_word(line.text)
            or not _company_printed_elsewhere(line, live, scores)):
        return None
    return line, max(line_scores_["department"], line_scores_["company"])


_TEAM_NAME = re.compile(r"[A-Z](?:[\w'-]|&(?=[A-Z]))+(?:,?\s+(?:&|and|of|for|[A-Z](?:[\w'-]|&(?=[A-Z]))+))*")  # ("R&D")


def _named_like_a_team(text: str) -> bool:
    """"Growth & Monetization", "Identity & Access Platform": two to five
    capitalised words (with &, and, of), no digits, no company's legal form,
    nothing a motto says; or such a name with its sub-unit after a dash or a
    bar, or its short form in brackets ("Pediatric Intensive Care Unit (PICU)",
    "Commercial Banking – Mid-Atlantic Region", "Processing | Asset Reliability")."""
    text = text.strip(" .")
    if has_company_suffix(text) or _SAYS_A_SENTENCE.search(text):
        return False
    if _TEAM_NAME.fullmatch(text) is not None and 2 <= len(text.split()) <= 5:
        return True
    bracketed = _UNIT_IN_BRACKETS.fullmatch(text)
    if bracketed:
        # (not "RN, RM, BCur (UNISA)", credentials; nor "Associate Dean (Research)", a title)
        unit = bracketed["unit"]
        return (_named_like_a_team(unit) and "," not in unit and not ends_in_a_role(unit)
                and _TEAM_NAME.fullmatch(bracketed["aside"]) is not None)
    parts = [part.strip() for part in _UNIT_JOINER.split(text)]
    # (one side of two words at least: "English | Français" names the card's languages)
    return (len(parts) == 2 and all(_TEAM_NAME.fullmatch(part) and len(part.split()) <= 5 for part in parts)
            and max(len(part.split()) for part in parts) >= 2)


_UNIT_IN_BRACKETS = re.compile(r"(?P<unit>[^()]+?)\s*\((?P<aside>[^()]+)\)")
_UNIT_JOINER = re.compile(r"\s+[–—|-]\s+|\s*[–—|]\s*")
""""Human Resources – Field Staffing", "Specialty | Marine Cargo" (a hyphen only between spaces)."""


def _company_printed_elsewhere(line: LineInfo, live: list[LineInfo], scores, bar: float = 3.0) -> bool:
    return any(i is not line and scores[i.index]["company"] >= bar for i in live)


def _another_line_reads_as_company(line: LineInfo, live: list[LineInfo], scores) -> bool:
    """"Department for Regional Transport" over the name scores weakly as the company, but as nothing else."""
    return any(i is not line and not i.details and _best_label(scores[i.index]) == "company" for i in live)


# a legal footer naming the registered office, which is not where the person works
_REGISTERED_OFFICE = re.compile(r"(?i)\bregistered\s+(?:office|address)\b|\bregistered\s+in\s+[A-Z][a-z]+")
# "Chair: Margaret Ellery · Chief Executive: Dr Paul Nwosu": the organisation's board, in a footer
_BOARD_OFFICERS = re.compile(r"(?i)\b(?:chair(?:man|woman|person)?|chief\s+executive|patron)\s*:\s*(?:(?:dr|prof|sir|dame)\.?\s+)?(?-i:[A-Z][a-z]+\s+[A-Z][a-z])")
_REGISTRATION_NUMBER = re.compile(
    r"(?i)\b(?:" + TAX_NUMBER_LABELS + r")\b[\s.:#-]*(?:no\.?|nr\.?)?[\s.:]*[a-z]{0,2}\s?\d[\d\s./-]{4,}"
    r"|\bB-?BBEE\b")  # a South African empowerment rating: "B-BBEE Level 2 Contributor" (no floor)
"""'USt-IdNr. DE651406285', 'VAT No. GB 123 4567 89', 'CNPJ 98.504.167/0001-18'."""

_SAYS_DEPARTMENT = re.compile(r"(?i)\b(department|dept|division|team|directorate|branch|departamento|abteilung|"
                              r"département|dipartimento)\b|^(?:school|faculty|department|division|office) of ")


def _best_label(line_scores_: dict[str, float]) -> str:
    return max(line_scores_, key=line_scores_.get)


def _department_by_its_name(live: list[LineInfo], feats, scores, taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Legal Department" over the title, "Product Development" under a
    slogan: a line that names a department outright is one when department
    is the best the labeller can say of it, however weakly (the training
    cards mostly print the department right under the title)."""
    named = [i for i in live if i.index not in taken
             and (feats[i.index].get("dept_name") or _SAYS_DEPARTMENT.search(i.text))
             and _best_label(scores[i.index]) == "department"]
    if not named:
        return None
    line = max(named, key=lambda i: scores[i.index]["department"])
    return line, scores[line.index]["department"]


def _more_people(live, feats, scores, taken: set[int], ctx: CardContext) -> list[tuple[LineInfo, LineInfo | None]]:
    """Further people on the card: a name line that matches its own email
    address (so two emails on a card of one person do not invent a second).
    Each takes the title line printed right under it."""
    if len(ctx.emails) < 2:
        return []
    extra = []
    for line in live:
        if line.index in taken or feats[line.index]["email_name"] < 1.0 or scores[line.index]["name"] < 2.0:
            continue
        taken.add(line.index)
        below = [i for i in live if i.index not in taken and i.top > line.top and _stacked(line, i, gap=1.5)
                 and scores[i.index]["title"] >= _MIN_FIELD_SCORE["title"]]
        title = below[0] if below else None
        if title is not None:
            taken.add(title.index)
        extra.append((line, title))
    return extra


_A_ROLE_FOR = re.compile(r"(?i)(?:member|lead|minister|spokesperson|champion|advocate|chair|liaison)\s+(?:for|of|to)\s")
"""'Member for Darfield Bridge Ward', 'Lead for Digital Inclusion': a role and what it serves, not a team."""


def _title_row(title_line: LineInfo | None, live: list[LineInfo]) -> list[LineInfo]:
    """"Oluwaseun Adeyemi-Clarke  Engineering Manager", "Jonathan Whitaker-Osei, CFA | Managing Director": a
    name and title read as one row and cut in two; the team printed under the row sits under the name's half."""
    if title_line is None:
        return []
    return [title_line] + [i for i in live if i is not title_line and i.right <= title_line.left
                           and abs(i.top - title_line.top) < 0.3 * title_line.height]


def _named_or_placed_as_department(line: LineInfo, feats: dict[str, float], title_row: list[LineInfo]) -> bool:
    """A department says so ("... Department", "Human Resources") or sits
    right under the title; a service line elsewhere on the card is not one."""
    if feats.get("dept_word") or feats.get("dept_name") or feats.get("cjk_department"):
        return True
    if _SAYS_A_SENTENCE.search(line.text):
        return False  # "Every Child Can Shine": a motto under the title
    return any(line.top > piece.top and _stacked(piece, line, gap=1.0) for piece in title_row)


_SAYS_A_SENTENCE = re.compile(r"(?i)\b(?:can|will|we|our|your|you|is|are|be|every|make|makes|help|helps|let's|together)\b"
                              r"|[!?]")
"""Words a motto or slogan says and a department's name never does."""


def _name_beats_alternatives(found, scores) -> bool:
    line, s = found
    others = scores[line.index]
    return s >= max(others["company"], others["title"], others["address"]) - 0.25



def _name_text(text: str) -> str:
    # a stray mark OCR read at the line's edge ("Chris Smith \\") is no part of a name
    person = respace(without_pronouns(without_nickname(first_person(text))))
    # "SEUMAS MACNElL-BOUDREAU": a capital I read as a small l in a name set in capitals
    person = re.sub(r"\b[A-Z][A-Zl'-]{2,}\b", lambda m: m.group(0).replace("l", "I")
                    if sum(ch.isupper() for ch in m.group(0)) >= 3 else m.group(0), person)
    macs_in_capitals = {w.lower() for w in re.findall(r"\bMAC[A-Z]{3,}", person)}
    # "Muhammad Hafiz binAbdul Rahman": the space after a small particle lost
    person = re.sub(r"\b(bin|binti|bint|ap|van|von|de|del|della|da|dos|das|du|di|le|la)(?=[A-Z][a-z]{2,})", r"\1 ", person)
    person = re.sub(r"\b(?i:bint) ([ie])\b(?= [A-Z])", r"bint\1", person)  # "Nur Aisyah bint i Kamarudin": a space read inside
    person = re.sub(r"(?<=[A-Za-z] )[Bb][lI](n|nt[ie]|nti)(?= [A-Z][a-z])", r"bi\1", person)  # "Hafiz Bln Rahmat": the i read as l
    head, comma, credentials = person.partition(",")
    if comma and not is_all_caps(person):  # "JOHN SMITH, PhD": the name in capitals, the degree as printed
        person = smart_title(head) + comma + credentials
    person = re.sub(r"\bO(?=[A-Z][a-z]{2,})", "O'", person)  # "Liam OConnor": the apostrophe lost
    # "Pádraig ÓSúilleabháin", "Aoife NíBhriain": the space after an Irish particle lost (its accent tells it
    # from the O' above)
    person = re.sub(r"\b(Ó|Ní)(?=[A-ZÁÉÍÓÚ][a-záéíóú]{2,})", r"\1 ", person)
    person = re.sub(r"\b(Ma?c)l(?=[bcdfghjkmnpqrstvwxz][a-z])", r"\1I", person)  # "Maclsaac", "Mclntosh": I read as l
    person = re.sub(r"\b(Ma?c)I(?=[aeiou][a-z])", r"\1L", person)  # "MacIeod": the L read as a capital I
    person = re.sub(r"\bMc (?=[A-Z][a-z]{2,})", "Mc", person)  # "Hamish Mc Kenzie": a space read inside (not "Mac Neil")
    person = re.sub(r"\b(Assoc|Asst|Adj|Assist),(?=\s*Prof)", r"\1.", person)  # "Assoc, Prof.": a comma for the dot
    person = re.sub(r"^(Dr|Prof|Mr|Mrs|Ms|Rev),(?=\s*[A-Z][a-z])", r"\1.", person)  # "Dr, Amara Nwachukwu-Bello"
    person = re.sub(r"(?<=, )([A-Z]),\s?(?=[A-Z][a-z]{1,3}\.)", r"\1.", person)  # "P,Eng.": a comma for the dot
    person = re.sub(r"\bPrEng\b", "Pr Eng", person)  # South Africa's registered engineer, the space lost
    person = re.sub(r"\bDr\.-lng\.", "Dr.-Ing.", person)  # "Prof. Dr.-lng.": the German engineer's doctorate, I read l
    person = re.sub(r"^Prot\.(?=\s)", "Prof.", person)  # "Prot. Christopher Schmidt": an f read as t
    if comma:  # "Melissa Chau, CAlB"
        head, comma, credentials = person.partition(",")
        person = head + comma + mend_credential_i(credentials)
    else:  # "Fraser McAllister BSc MRTPl", "James Oduya Dip Cll"
        person = mend_credential_i(person)
    person = re.sub(r"\bRn(?=[aeiou][a-z]{2,})", "M", person)  # "Kenji Rnorikawa": no name opens with "Rn"
    person = mend_family_names(person)
    # "Mark Holroyd lEng MIMechE": a credential's capital I read as l ("IEng"), not an L
    person = re.sub(r"(?<= )l([A-Z][A-Za-z]{1,5})\b", lambda m: "I" + m.group(1)
                    if ("i" + m.group(1).lower()) in honorifics("suffix") else m.group(0), person)
    person = mend_small_l(person)  # ("AnneIiese" is no "Anne Iiese")
    # "BethanySzczepanski": the space lost after a given name ("McBride", "JoAnn", "DeShawn" stay whole)
    person = re.sub(r"\b([A-Z][a-z]{3,})(?=[A-Z][a-z]{4,}\b)",
                    lambda m: m.group(1) + (" " if is_known_name(m.group(1), "given_names") else ""), person)
    head, comma, credentials = person.partition(",")
    words = head.split()
    if any(w[:1].isupper() for w in words):  # "jordan Ellis": the capital OCR lost (not Quebec's "ing." after it)
        person = " ".join(w[:1].upper() + w[1:] if w[:1].islower() and not stays_small(w) else w
                          for w in words) + comma + credentials
    person = mend_small_l(smart_title(person)).strip(" \\|/_~-")
    # "MACNEIL" -> "MacNeil", "MACISAAC" -> "MacIsaac": what follows Mac is a name of its own ("MACHADO" stays "Machado")
    person = re.sub(r"\bMac([a-z]{3,})", lambda m: "Mac" + m.group(1).capitalize()
                    if m.group(0).lower() in macs_in_capitals and (is_known_name(m.group(1), "given_names")
                                                                   or is_known_name(m.group(1), "family_names"))
                    else m.group(0), person)
    # "Fiona Mac Kenzie", "Lachlan Mac Innes-Tran": a space read after "Mac" when the name is known whole
    # ("Mac Neil", "Mac Giolla" are printed apart)
    person = re.sub(r"\bMac ([A-Z][a-z]{2,})", lambda m: "Mac" + m.group(1)
                    if is_known_name("mac" + m.group(1).lower(), "family_names") else m.group(0), person)
    # "McAllister Ill", "Dunn Il, CPA": a generation in Roman numerals, its I's read as l's or 1's
    return re.sub(r"(?<=[a-z] )(?=[Il1]*[l1])[Il1]{2,3}(?=,|$)", lambda m: "I" * len(m.group(0)), person)


def _assign_company(contact: Contact, live: list[LineInfo], scores, taken: set[int], ctx: CardContext) -> None:
    free = [i for i in live if i.index not in taken]
    # "NHS" (the lozenge) over "Kirkstall Vale Teaching Hospitals" / "NHS Trust": the trust's name, not the
    # lozenge, is the employer (the email is nhs.net for every trust)
    trusts = [i for i in free if _NHS_TRUST.fullmatch(i.text.strip(" ."))]
    if trusts:
        trust = trusts[0]
        above = [i for i in free if i.top < trust.top and _stacked(i, trust, gap=0.8) and _capitalised_words(i.text)
                 and not any(ch.isdigit() for ch in i.text) and i.text.strip().upper() != "NHS"]
        head = [max(above, key=lambda i: i.top)] if above and trust.text.split()[0].upper() == "NHS" else []
        _set_company(contact, head + [trust], 0.9)
        return
    # A logo spread over consecutive lines that together spell the domain.
    if ctx.org_domains:
        best_run, best_sim = None, 0.0
        for start in range(len(free)):
            for end in range(start + 1, min(start + 4, len(free) + 1)):
                run = free[start:end]
                if any(b.index - a.index != 1 for a, b in zip(run, run[1:])) or _EMAIL_LEFTOVER.search(run[-1].text):
                    break  # (nor "O @saltspraycoffee": a handle after an icon spells the domain, it names no one)
                if len(run) > 1 and (_best_label(scores[run[-1].index]) in ("name", "title")
                                     or _SITE_OF_A_BODY.search(run[-1].text.strip(" ."))):
                    break  # "Little Acorns Early Learning Centre" over a name: more letters, not more of the logo
                sim = domain_similarity(" ".join(i.text for i in run), ctx.org_domains)
                if sim > best_sim + 0.02:
                    best_run, best_sim = run, sim
        if best_run and best_sim >= 0.8:
            run = _with_domain_head(_with_domain_tail(_with_company_tail(best_run, free, scores, live), free,
                                                      ctx.org_domains),
                                    free, ctx.org_domains)
            if len(run) == 1:
                run = [_full_legal_name(_spelled_out(run[0], free), free, live, ctx)]  # "HALDANE STERLING" over "... LLP"
            else:  # "LUMIRA" / "BIOTHERAPEUTICS" over "Lumira Biotherapeutics Pte. Ltd."
                whole = _full_legal_name(replace(run[0], text=" ".join(i.text for i in run)), free, live, ctx)
                run = run if whole.text == " ".join(i.text for i in run) else [whole]
            # only a line that spells the whole domain is sure to be the whole name:
            # "AUTO PECAS" for autopecasdominio.com.br is "Domínio Auto Peças"
            _set_company(contact, run, min(0.97 if best_sim >= 0.95 else 0.88, 0.6 + 0.4 * best_sim), ctx.org_domains)
            return
    # a line with a legal form whose best label is company is one, however weakly scored
    candidates = [(i, scores[i.index]["company"]) for i in free if (scores[i.index]["company"] >= _MIN_FIELD_SCORE["company"]
                  or (has_company_suffix(i.text) and _best_label(scores[i.index]) == "company"))
                  and not opens_with_street_type(i.text) and not _EMAIL_LEFTOVER.search(i.text)
                  and not _ONLY_A_PROFESSION.fullmatch(i.text.strip(" .,"))  # "Attorneys at Law" under the firm
                  and not _AFFILIATION.match(i.text)]
    if candidates:
        line, s = max(candidates, key=lambda c: (c[1], -c[0].index))
        line = _full_legal_name(_spelled_out(line, free), free, live, ctx)
        run = _with_domain_tail(_with_company_tail(_with_company_head([line], free, scores), free, scores, live), free,
                                ctx.org_domains)
        if len(run) > 1:  # "CUMBERLAND VALLEY" / "SAVINGS BANK" over "Cumberland Valley Savings Bank, FSB"
            whole = _full_legal_name(replace(run[0], text=" ".join(i.text for i in run)), free, live, ctx)
            run = run if whole.text == " ".join(i.text for i in run) else [whole]
        _set_company(contact, run, _conf(s, [line]), ctx.org_domains)
        return
    # The logo: the tallest remaining words, with the lines printed in the
    # same size right above or below it ("DESPACHANTE / 1000 / Milhas").
    logo = [i for i in free if _could_be_logo(i)]
    if logo:
        line = max(logo, key=lambda i: (i.height, -i.index))
        if line.height >= 1.15 * statistics.median([i.height for i in live]):
            group = _logo_group(line, logo)
            # its trade in capitals under a logo in capitals ("HARBOR & FINCH" over "CAPITAL"); with no
            # domain to vouch for it, not under a word mark: on a shop's card that is its trade or a
            # brand it sells ("Esteves" over "ESTÉTICA AUTOMOTIVA", "Liderfrio" over "BRASTEMP")
            trade = [i for i in free if i not in group and i.top > group[-1].top and i.height <= group[-1].height * 1.1
                     and is_all_caps(group[-1].text) and _second_line_of_logo(group[-1], i, scores)
                     and (company_tail_words(i.text) or _TRADE.search(i.text))]
            spelled = [i for i in free if i not in group and i.top > group[-1].top and _stacked(group[-1], i, gap=1.2)
                       and _spelled_whole_elsewhere(group, i, live)]  # ("Jerrabomberra" / "PHYSIO + PILATES")
            run = group + (trade or spelled)[:1]
            if not (trade or spelled) and ctx.org_domains:
                run = _with_domain_tail(run, free, ctx.org_domains)
            _set_company(contact, run, 0.45, ctx.org_domains)
            return
    # No company from the email domain alone: "jane@janedoe.design" is a
    # person's own site, and a logo's "Redwood Robotics" is not
    # "Redwoodrobotics".  Measured: the guess was never right (0 of 19 on
    # synthetic cards, 0 of 1 on the São Paulo photos).


_ASSISTANT_LINE = re.compile(r"(?i)^\s*(?:PA|EA|(?:executive\s+|personal\s+)?assistant|secretary)\s*[:.–—-]\s")
"""'PA: Morag Duncan +44 131 496 0574': the person's assistant, whom the card does not introduce."""
_AFFILIATION = re.compile(r"(?i)^\s*(?:(?:an?\s+)?(?:campus|member|division|subsidiary|affiliate|part|company)\s+of"
                          r"|proud(?:ly)?\s+(?:part|member)\s+of)\b")
"""'A campus of Front Range Health', 'Part of the Tallow Hospitality Group': the parent, not the employer."""


_RANK_AND_BADGE = re.compile(r"^((?:Cst|Const|Sgt|Det|Insp|Supt|Cpl|Capt|Lt|Constable|Sergeant|Detective|Deputy|Trooper"
                             r"|Officer)\.?\s+[A-Z][^#\d]*?)\s*(?:#|No\.\s?|Badge\s)\s?\d{2,6}$")
_LEGAL_NAME_HEADING = re.compile(r"^[^,·|•\d]+?(?:,\s*)?\b(?:LLP|Ltd\.?|Limited|Inc\.?|LLC|PLC|plc|Pty\.? Ltd\.?|GmbH)"
                                 r"\s*[,·|•]\s*(?=\S)")
_NHS_TRUST = re.compile(r"(?:[A-Z][\w'&-]*\s+)*NHS\s+(?:Foundation\s+)?Trust", re.IGNORECASE)


def _named_by_an_email(live: list[LineInfo], feats, scores, taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Kwame Mensah" on a card of kmensah@, "Róisín Feeney" of roisin@: a
    name no lexicon knows, scored under the bar, is still the name when
    the card's email is built from it (or one of its words) and it reads
    as nothing else."""
    # ("Associate Professor Rania Saliba" of rania.saliba@ reads as a title too: its rank is title words)
    candidates = [(i, scores[i.index]["name"]) for i in live if i.index not in taken
                  and feats[i.index]["email_name"] >= 0.6 and feats[i.index]["name_shape"]
                  and (_best_label(scores[i.index]) == "name"
                       or feats[i.index]["honorific"] and feats[i.index]["email_name"] >= 1.0)
                  and scores[i.index]["name"] > -3.0]
    return max(candidates, key=lambda c: (c[1], -c[0].index)) if candidates else None


def _opens_with_a_role(text: str) -> bool:
    """"Dean, School of Computing", "Director, Talent": a role and its comma, which no name opens with."""
    match = re.match(r"([A-Za-z]+),\s", text)
    return bool(match) and match.group(1).lower() in word_list("title_words")


def _named_over_a_title(live: list[LineInfo], feats, scores, taken: set[int]) -> tuple[LineInfo, float] | None:
    """"Ollie Brannigan" over "Head Chef" on a card whose only email is the
    kitchen's: a name no lexicon knows, in a name's shape, printed right over
    a line that is surely a title, and read as no company, is the person."""
    for line in live:
        if line.index in taken or not feats[line.index]["name_shape"] or line.details \
                or _claimed_as(line, scores, ("company", "address", "title")) or scores[line.index]["name"] < -5.0:
            continue
        below = [i for i in live if i is not line and i.top > line.top and _stacked(line, i, gap=0.8)]
        nxt = min(below, key=lambda i: i.top) if below else None
        if nxt is not None and _best_label(scores[nxt.index]) == "title" and scores[nxt.index]["title"] >= 3.0 \
                and nxt.height < line.height:
            return line, scores[line.index]["name"]
    return None


def _opens_with_the_domain(text: str, domains: list[str]) -> bool:
    first = re.match(r"[^\W\d_]{4,}", text.strip())
    return bool(first) and any(squash(d).startswith(first.group(0).lower()) for d in domains)


def _spelled_in_the_domain(text: str, domains: list[str]) -> bool:
    labels = [squash(d) for d in domains]
    return any(len(w) >= 4 and w in label for w in re.findall(r"[^\W\d_]+", text.lower()) for label in labels)


def _spelled_out(line: LineInfo, free: list[LineInfo]) -> LineInfo:
    """The logo "BHT" over "The Bank of Hartwell Trust": an abbreviation whose
    letters open the words of another line is that line's name."""
    letters = line.text.strip(" .")
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return line
    for other in free:
        # ("Mid-Valley Regional Transit Authority" for "MVRTA": each part of a hyphenated word has its letter)
        words = [w for w in re.findall(r"[^\W\d_][\w']*", other.text)
                 if w.lower() not in _LOWER_CASE_CONNECTORS and w.lower() != "the"]
        if other is not line and 2 <= len(words) <= 8 and all(w[0].isupper() for w in words) \
                and "".join(w[0] for w in words) == letters:
            return other
    return line


def _full_legal_name(line: LineInfo, free: list[LineInfo], live: list[LineInfo], ctx: CardContext) -> LineInfo:
    """The logo "CEASTEC" and the line "CEASTEC S/C LTDA.": the company is
    the one with its legal form, printed in the card's body (not a legal
    footer's small print)."""
    key = squash(line.text)
    body = 0.9 * statistics.median([i.height for i in live])
    others = [i for i in free if i is not line]
    for other in [i for i in live if i is not line]:
        # "Samudera Petroleum Berhad (199401055555)": the legal name and its registration number in brackets
        named = replace(other, text=_BRACKETED_NUMBER.sub("", other.text))
        # "Kornfeld GmbH · Torstraße 140 · 10119 Berlin": the legal name heads the address line (the
        # address took the line; its head is the company's)
        head, *rest = re.split(r"\s+[·|•]\s+", named.text)
        if rest and any(has_street(part) or has_locality(part) for part in rest) and not any(ch.isdigit() for ch in head) \
                and not _REGISTRATION_NUMBER.search(named.text):
            if other.height < 0.75 * ctx.median_height:
                continue  # (the legal name and address in a footer's small print are not the company)
            named = replace(other, text=head)
        elif other not in others:
            continue
        form = _nearest_stacked(other, others, [other], gap=0.8)
        if form is not None and _ONLY_A_LEGAL_FORM.fullmatch(form.text.strip()) and not has_company_suffix(other.text):
            named = replace(other, text=f"{named.text} {form.text.strip()}")  # "Elbkontor Logistik" / "GmbH & Co. KG"
        if key and key in squash(named.text) and has_company_suffix(named.text) \
                and (other.height >= body or _only_a_legal_name(named.text)) and len(named.text.split()) <= 8:
            return named
    return line


_ONLY_A_LEGAL_FORM = re.compile(r"(?:GmbH|AG|SE|Ltd\.?|Limited|Inc\.?|LLC|LLP|Pty\.? Ltd\.?|Pte\.? Ltd\.?)(?: & Co\.? KG)?")
_BRACKETED_NUMBER = re.compile(r"\s*\((?:\d[\d\s/-]{5,}[A-Z]?|[A-Z]{0,3}\s?\d[\d\s/-]{5,})\)\s*$")


def _only_a_legal_name(text: str) -> bool:
    """"Wandoo Minerals Limited" printed small at the foot: the labelled cards
    take a footer that is the legal name alone for the company (9 of 12),
    but not one that goes on with a registration ("... Ltd. Registered in
    England No. 08123456", 30 of 30)."""
    return not re.search(r"\d|[|·•©]|\b(?:regist|regulat|authori[sz]|licen[cs]|subsidiary|member|part\s+of|abn|acn)",
                         text, re.IGNORECASE) and bool(_ENDS_IN_LEGAL_FORM.search(text.strip()))


_ENDS_IN_LEGAL_FORM = re.compile(r"(?i)\b(?:limited|ltd\.?|inc\.?|incorporated|llc|l\.l\.c\.|llp|plc|pty\.?\s+ltd\.?|"
                                 r"pte\.?\s+ltd\.?|sdn\.?\s+bhd\.?|bhd\.?|berhad|dac|dmcc|gmbh|corp\.?|corporation|co\.)$"
                                 # continental forms, written with their dots ("S.L.", "B.V.", "K.K.")
                                 r"|(?-i:\b(?:AG|SE|SA|SAS|AB|B\.V\.|N\.V\.|S\.L\.|S\.A\.|K\.K\.|S\.p\.A\.|S\.r\.l\.))$")


_EMAIL_LEFTOVER = re.compile(r"(?i)@|^\s*e-?mail\s*:")
""""Email: alessia.morpurgo@querin": an address cut at the card's edge, no company."""


def _could_be_logo(line: LineInfo) -> bool:
    return (not _EMAIL_LEFTOVER.search(line.text) and not line.text[:1].islower() and sum(ch.isalpha() for ch in line.text) >= 2
            and len(line.text.split()) <= 6 and not has_street(line.text) and not has_locality(line.text)
            and not opens_with_street_type(line.text))


def _nearest_stacked(line: LineInfo, lines: list[LineInfo], exclude: list[LineInfo], *, gap: float,
                     over: bool = False) -> LineInfo | None:
    """The nearest of `lines` (not in `exclude`) stacked right under `line`, or right over it."""
    near = [i for i in lines if i not in exclude and (i.top < line.top if over else i.top > line.top)
            and (_stacked(i, line, gap=gap) if over else _stacked(line, i, gap=gap))]
    return (max if over else min)(near, key=lambda i: i.top) if near else None


def _stacked(a: LineInfo, b: LineInfo, *, gap: float) -> bool:
    """b sits right under (or over) a, overlapping it horizontally."""
    vertical_gap = max(b.top - (a.top + a.height), a.top - (b.top + b.height))
    overlap = min(a.right, b.right) - max(a.left, b.left)
    return vertical_gap <= gap * max(a.height, b.height) and overlap > 0


def _logo_group(anchor: LineInfo, candidates: list[LineInfo]) -> list[LineInfo]:
    group = [anchor]
    for other in sorted(candidates, key=lambda i: abs(i.index - anchor.index)):
        if other in group or len(group) >= 3:
            continue
        if other.height >= 0.6 * anchor.height and any(_stacked(g, other, gap=0.6) for g in group) \
                and not _UNIT_OPENING.search(other.text) and not _ONLY_A_PROFESSION.fullmatch(other.text.strip(" .,")) \
                and not _SITE_OF_A_BODY.search(other.text.strip(" .")) \
                and not (_INSTITUTION.search(anchor.text) and _named_like_a_team(other.text)):
            # ("Office of Policy and Planning" under a bureau, "Library & Community Learning" under a city:
            # the unit, not the rest of the body's name)
            group.append(other)
    group.sort(key=lambda i: i.index)
    if _ENDS_ON_A_JOINING_WORD.search(group[-1].text.strip()):
        # "Flores / Nossa / Senhora de / Fatima": a name broken after its joining word goes on
        under = _nearest_stacked(group[-1], candidates, group, gap=1.0)
        group += [under] if under else []
    return group


_OPENS_ON_A_JOINING_WORD = re.compile(r"(?:of|for|and|de|da|do|du|des|del|di|y|et|und|&)\s+[A-ZÀ-Ý]")
_ENDS_ON_A_JOINING_WORD = re.compile(r"(?i)(?:\b(?:of|for|and|de|da|do|dos|das|du|des|del|della|di|e|y|et|und)|\s&)$")


_UNIT_OPENING = UNIT_OPENING
_OFFICE_OF = re.compile(r"(?i)office\s+of\s+(?:the\s+)?[a-z]")  # "Office of the Registrar": UNIT_OPENING's office alone
_UNIT_ENDING = re.compile(r"(?i)\b(?:branch|directorate|division|department|services|unit)$")
_PUBLIC_BODY_WORDS = (r"city|county|state|province|government|ministry|department|university|council|authority|agency"
                      r"|commission|district|borough")
_PUBLIC_BODY = re.compile(rf"(?i)\b(?:{_PUBLIC_BODY_WORDS}|health\s+service)\b")
_PARENT_BODY = re.compile(r"(?i)^(?:u\.?\s?s\.?\s+|us\s+)?(?:department|ministry)\s+(?:of|for)\b|^(?:city|county|state|province)"
                          r"\s+of\b|\buniversity\b")


_INSTITUTION = re.compile(rf"(?i)\b(?:{_PUBLIC_BODY_WORDS}|tafe|college|institute|police|fire|hospital|health|library"
                          r"|museum|school|trust)\b")
"""Public bodies and institutions, whose cards print their units under their name."""


def _joined_as_printed(parts: list[str]) -> str:
    """Units listed with commas, but a name broken after its joining word
    ("Department of Civil and" / "Environmental Engineering") read on."""
    out = parts[0] if parts else ""
    for part in parts[1:]:
        out += (" " if _ENDS_ON_A_JOINING_WORD.search(out) else ", ") + part
    return out


def _names_a_school(text: str) -> bool:
    """"Gilmore School of Business" under "Career Management Center": the body the unit belongs to."""
    return bool(re.search(r"(?i)\b(?:school|college|faculty|university)\b", text))


def _names_a_unit(text: str) -> bool:
    """"College of Engineering", "Bureau of Land Management", "Employment
    Programs Branch": part of a larger body."""
    return bool(_UNIT_OPENING.search(text) or _UNIT_ENDING.search(text.strip(" .")))


_UNIT_WORD_AT_END = re.compile(r"(?i)\b(?:branch|directorate|division|department|unit|team|bureau|section|group|"
                               r"office|programme|program)$")


def _with_unit_beside(contact: Contact, live: list[LineInfo], scores, taken: set[int]) -> None:
    """"Office of Policy and Planning" over "Policy Analysis Branch",
    "Gigabit Delivery Unit" over "Broadband & Mobile Directorate": a unit
    printed right over or under the department, in the same type, is part
    of it; both are kept, as printed, the larger unit last."""
    if not contact.department:
        return
    sources = contact.sources.get("department", "").split(" | ")
    lines = [i for i in live if i.original in sources]
    if len(lines) != 1 or contact.sources.get("department") == contact.sources.get("title"):
        return
    line = lines[0]
    near = [i for i in live if i.index not in taken and i is not line and _stacked(line, i, gap=1.0)
            and abs(i.height - line.height) <= 0.2 * line.height]
    for other in sorted(near, key=lambda i: abs(i.top - line.top))[:1]:
        text = other.text.strip(" .,")
        if not (_UNIT_WORD_AT_END.search(text) or _UNIT_OPENING.search(text)) or _PARENT_BODY.search(text) \
                or _best_label(scores[other.index]) in ("name", "title", "address") or has_company_suffix(text) \
                or _heads_an_office(other, live):  # ("Central Office" over its street)
            continue
        pair = sorted([line, other], key=lambda i: i.top)
        contact.department = ", ".join(mend_title_words(respace(smart_title(i.text))) for i in pair)
        contact.sources["department"] = " | ".join(i.original for i in pair)
        taken.add(other.index)


def _unit_under_the_logo(contact: Contact, name_line: LineInfo, live: list[LineInfo], scores, taken: set[int]) -> None:
    """"CORBRIDGE MINERALS" / "Technical Services" / the name: the one line
    printed between the employer's name at the head of the card and the
    person's, in smaller type than both, is their unit when it is named as
    teams are (the training cards print the department under the title, so
    the labeller only half believes it here)."""
    if not contact.company or not contact.title:
        return
    # the company's own lines, or its logo at the head when the legal name is printed lower down
    company = squash(contact.company)
    heads = [i for i in live if i.original in contact.sources.get("company", "").split(" | ")
             or (i.top < name_line.top and len(squash(i.text)) >= 4 and company.startswith(squash(i.text)))]
    heads = [i for i in heads if i.top < name_line.top]
    if not heads:
        return
    last = max(heads, key=lambda i: i.top)
    between = [i for i in live if i.index not in taken and last.top < i.top < name_line.top]
    if len(between) != 1:
        return
    line = between[0]
    text = line.text.strip(" .")
    unit = _unit_before_its_site(text)  # "Supply Chain · Memphis Distribution Center": a unit at its site
    text = unit or text
    if not (_stacked(last, line, gap=1.2) and _stacked(line, name_line, gap=1.2)) \
            or line.height >= min(max(i.height for i in heads), name_line.height):
        return
    text = re.sub(r"(?<=[A-Z])l(?=[A-Z])", "I", text)  # "ENVlRONMENT": an I read as a small l
    unit_in_caps = re.sub(r"(?<=[A-Z]{3}) 8 (?=[A-Z]{3})", " & ", mend_digit_slips(text))  # ("AUDIT 8 ASSURANCE")
    if text.isupper() and _legal_name_without(heads, line, live) and 1 <= len(text.split()) <= 4 \
            and names_a_department(unit_in_caps) and _best_label(scores[line.index]) != "name":
        # "CORRAN HALE" / "TAX" over the name, the legal name "Corran Hale Advisory Pte. Ltd." printed lower down
        # (a team's word: not "MAGAZINE" or "ATTORNEYS", what the firm is)
        _take_department(contact, mend_title_words(smart_title(unit_in_caps)), [line],
                         _conf(max(scores[line.index]["department"], 0.5), [line]), taken)
        return
    if text.isupper() and not _names_a_unit(text) and (
            any(i.text.isupper() for i in heads)
            or not _a_part_names_a_department(unit_in_caps)):
        # "KESTREL" / "PHARMACEUTICALS": the logo's second line (but "Thornbury Ashe" over "WATER & ENVIRONMENT":
        # a team in capitals under a wordmark in small letters)
        return
    # (a unit and its sub-unit joined by a dash or bar: "Commercial Banking – Mid-Atlantic Region"; not a store's
    # town and street, "Ennis – Abbey Street", nor the partners of a joint venture, which read as companies)
    sub_unit = _UNIT_JOINER.search(text) and _best_label(scores[line.index]) != "company" \
        and not any(names_a_street(side) for side in _UNIT_JOINER.split(text))
    says_unit = unit or _names_a_unit(text) or _UNIT_WORD_AT_END.search(text) or sub_unit or any(
        _a_part_names_a_department(side) for side in _UNIT_JOINER.split(text))  # "Adult Social Care — Workforce ..."
    if not (says_unit and (_named_like_a_team(text) or _names_a_unit(text))) or _SAYS_A_SENTENCE.search(text) \
            or has_company_suffix(text) or _best_label(scores[line.index]) == "name" \
            or has_street(text) or has_locality(text) or _heads_an_office(line, live) \
            or _WHAT_THE_FIRM_DOES.search(text) or squash(text) in company:
        return
    _take_department(contact, mend_title_words(respace(smart_title(text))), [line],
                     _conf(scores[line.index]["department"], [line]), taken)


_UMBRELLA = re.compile(r"(?i)(?:state|government|province|commonwealth)\s+of\s+(?:the\s+)?[A-Z][\w.' -]+"
                       r"|health\s+service\s+executive|hm\s+government")
"""A government or national health service printed over the body that employs the person."""
_EMPLOYING_BODY = re.compile(r"(?i)^(?:the\s+)?(?:department|ministry|agency|office|bureau|commission|authority)\s+(?:of|for)\b"
                             r"|\b(?:hospital|agency|department|commission|authority|ministry)$")


def _a_part_names_a_department(text: str) -> bool:
    """"Property & Asset Management": one of the names joined by "&", "and" or a comma is a department's."""
    return any(names_a_department(part) for part in re.split(r"\s*(?:&|\band\b|,)\s*", text))


def _employer_under_the_umbrella(contact: Contact, live: list[LineInfo], taken: set[int]) -> None:
    """"State of Oregon" over "Department of Workforce Resources", "Health Service Executive" over "St
    Brendan's University Hospital": the body under the government's banner is the employer (the labels
    type it so). A body's name broken after a joining word goes on in the next line; one broken elsewhere
    ("Ministry of Rural" / "Water Security") is read as its first line only."""
    if not (contact.company and _UMBRELLA.fullmatch(contact.company.strip(" ."))):
        return
    umbrella = [i for i in live if i.original in contact.sources.get("company", "").split(" | ")]
    if len(umbrella) != 1:
        return
    department_sources = contact.sources.get("department", "").split(" | ")
    last = umbrella[0]
    for _ in range(2):  # (an Irish-language line may come between: "Ospidéal Ollscoile Naomh Breandán")
        below = [i for i in live if i.index not in taken and i.top > last.top and _stacked(last, i, gap=1.2)
                 and not i.details and i.original not in department_sources]
        if not below:
            return
        last = min(below, key=lambda i: i.top)
        lines = [last]
        if _ENDS_ON_A_JOINING_WORD.search(last.text.strip()):
            more = [i for i in live if i.index not in taken and i.top > last.top and _stacked(last, i, gap=1.0)
                    and not i.details and i.original not in department_sources]
            lines += [min(more, key=lambda i: i.top)] if more else []
        text = " ".join(i.text.strip() for i in lines)
        if _EMPLOYING_BODY.search(text.strip(" .")):
            contact.company = respace(smart_title(text))
            contact.sources["company"] = " | ".join(i.original for i in lines)
            taken.update(i.index for i in lines)
            return


def _parent_and_unit(contact: Contact, live: list[LineInfo], taken: set[int]) -> None:
    """A public body over its unit: "U.S. Department of the Interior" over
    "Bureau of ...", "Northfield State University" over "College of
    Engineering", "City of Port Alder" over "Planning & Development
    Services".  The body is the company; the unit (and a unit under it) the
    department."""
    if contact.company and contact.department and _UNIT_OPENING.search(contact.company) \
            and _PARENT_BODY.search(contact.department) and not _UNIT_OPENING.search(contact.department):
        contact.company, contact.department = smart_title(contact.department), contact.company
        for key in ("sources", "confidence"):
            values = getattr(contact, key)
            values["company"], values["department"] = values.get("department"), values.get("company")
        return
    public = bool(contact.company and _PUBLIC_BODY.search(contact.company))
    company_sources = contact.sources.get("company", "").split(" | ") if contact.company else []
    company_lines = [i for i in live if i.original in company_sources]
    last = max(company_lines, key=lambda i: i.top) if public and company_lines else None
    units = []
    while last is not None:
        below = [i for i in live if i.index not in taken and i not in company_lines and i not in units
                 and i.top > last.top and _stacked(last, i, gap=1.2) and _names_a_unit(i.text)]
        if not below or len(units) >= 2:
            break
        last = min(below, key=lambda i: i.top)
        units.append(last)
    if contact.department and contact.sources.get("department") == contact.sources.get("title"):
        return  # split from the title's line ("Recruiter | Human Resources"): that line is the title's
    department_sources = contact.sources.get("department", "").split(" | ") if contact.department else []
    department_lines = [i for i in live if i.original in department_sources]
    if units and department_lines and not _stacked(units[-1], department_lines[0], gap=1.2):
        return  # the department is printed elsewhere on the card
    lines = units + department_lines
    # "School of Computing" over "Faculty of Science": a unit right under the department is part of it
    while lines and len(lines) < 3:
        below = [i for i in live if i.index not in taken and i not in lines and i not in company_lines
                 and i.top > lines[-1].top and _stacked(lines[-1], i, gap=1.2) and _UNIT_OPENING.search(i.text)]
        if not below:
            break
        lines.append(min(below, key=lambda i: i.top))
    if not contact.company and len(lines) > 1 and _PARENT_BODY.search(lines[0].text) and not _UNIT_OPENING.search(lines[0].text):
        body = lines.pop(0)  # "U.S. Department of the Interior" over "Bureau of ...", no company found
        _set_company(contact, [body], contact.confidence.get("department", 0.5))
        department_lines = []
    if lines and lines != department_lines:
        contact.department = _joined_as_printed([mend_title_words(respace(smart_title(i.text))) for i in lines])
        contact.sources["department"] = " | ".join(i.original for i in lines)
        contact.confidence["department"] = contact.confidence.get("department") or contact.confidence.get("company", 0.5)
        taken.update(i.index for i in lines)


_ENDS_A_NAME = re.compile(r"(?i)\s(?:group|holdings|partners|associates|&\s*co)$")


_SITE_OF_A_BODY = re.compile(r"(?i)\b(?:campus|branch|site)$")


def _spelled_whole_elsewhere(run: list[LineInfo], other: LineInfo, live: list[LineInfo]) -> bool:
    """"Portage Trust" over "WEALTH MANAGEMENT", whose footer says "Portage
    Trust Wealth Management is a division of ...": the card spells the logo
    and the short line under it as one name elsewhere."""
    whole = squash(" ".join(i.text for i in run) + other.text)
    return len(other.text.split()) <= 3 and not any(ch.isdigit() for ch in other.text) and any(
        i not in run and i is not other and whole in squash(i.text) for i in live)


def _with_company_tail(run: list[LineInfo], free: list[LineInfo], scores, live: list[LineInfo] = ()) -> list[LineInfo]:
    """"BELTIS" over "IT Solutions": a smaller line right under the name
    that carries a company word or legal suffix belongs to the name."""
    last = run[-1]
    under = _nearest_stacked(last, free, run, gap=1.0)
    if under and _ENDS_ON_A_JOINING_WORD.search(last.text.strip()):
        return run + [under]  # "GEORGIA DEPARTMENT OF" over "LABOR STANDARDS": a name broken after a joining word
    if under and _OPENS_ON_A_JOINING_WORD.match(under.text.strip()) and not any(ch.isdigit() for ch in under.text) \
            and under.height <= last.height * 1.1:
        return run + [under]  # "Westlake Institute" over "for Biomedical Research": broken before its joining word
    if has_company_suffix(last.text) or _ENDS_A_NAME.search(last.text.strip(" .,")):
        # the legal form ends the name: "CARLIER S.A.R.L." under which "Trusted advisors" is a slogan;
        # so does a group's word: "Brightwell Insurance Group" over its unit "Claims Technology"
        return run
    for other in free:
        if other in run or _SITE_OF_A_BODY.search(other.text.strip(" .")):
            continue  # (not "Nelson Campus" under "TASMAN SOUTHERN" / "UNIVERSITY": where, not who)
        if _unit_of_an_institution(other.text, " ".join(i.text for i in run)):
            continue  # "Bukit Serene Polytechnic" over "School of Engineering": the school is its unit
        under = other.top > last.top and _stacked(last, other, gap=1.2) and other.height <= last.height * 1.1
        if under and _second_line_of_logo(last, other, scores) and not _legal_name_without(run, other, live):
            return run + [other]
        if under and _spelled_whole_elsewhere(run, other, live):
            return run + [other]
        if not (company_tail_words(other.text) or _KIND_OF_BODY.search(other.text)) or not _capitalised_words(other.text) \
                or _TAGLINE.search(other.text) or _a_profession_apart(other.text):
            continue
        if _best_label(scores[other.index]) == "department" and not (has_company_suffix(other.text)
                                                                      or _KIND_OF_BODY.search(other.text)):
            continue  # "Brightwell Insurance Group" over "Claims Technology": the unit, not the name's tail
        if _names_a_unit(other.text) and _PUBLIC_BODY.search(" ".join(i.text for i in run)):
            continue  # "City of Port Alder" over "Planning & Development Services": its department
        if re.search(r"(?i)\b(?:division|directorate)$", other.text.strip(" .")):
            continue  # "COBALT RIDGE AEROSPACE" over "Space Systems Division": the unit, for all its company word
        beside = _same_row(last, other) and 0 <= other.left - last.right < 1.5 * last.height \
            and all(w.lower().strip(".,") in word_list("company_suffixes") for w in other.text.split())
        if beside or under:  # "CSP Pharma" beside "Corp.", letter-spaced into two boxes
            return run + [other]
    return run


# What kind of body the name is, printed under it: "AIREDALE" / "BUILDING SOCIETY", "DYFFRYN" / "Housing Association"
_KIND_OF_BODY = re.compile(r"(?i)\b(?:building society|credit union|housing association|communications|children's trust"
                           r"|community services(?: society)?|local health district|(?:regional )?medical cent(?:er|re))\b"
                           r"|^(?:(?:elementary|primary|middle|high|secondary|grammar|community|unified)\s+school(?:\s+district)?"
                           r"|(?:long-term\s+)?care\s+home|nursing\s+home|hospital|hotel|(?:aged|community|home)\s+care"
                           r"|co-?operative|dairies|civil)$")


def _legal_name_without(run: list[LineInfo], other: LineInfo, live: list[LineInfo]) -> bool:
    """"CORRAN HALE" over "TAX" on a card whose footer or body prints "Corran Hale Advisory Pte. Ltd.": the
    firm's full name opens with the logo and leaves the second line out, so that line is its unit."""
    logo = squash(" ".join(i.text for i in run))
    words = [squash(w) for w in other.text.split() if len(squash(w)) >= 3]
    if not words or company_tail_words(other.text.split()[-1]):
        return False  # ("Golden Crumb" over "BAKERY": its trade, whatever the legal name leaves out)
    return any(squash(i.text).startswith(logo) and has_company_suffix(i.text)
               and not any(w in squash(i.text) for w in words)  # ("ASSET MANAGEMENT" in "... Asset Managernent Ltd")
               for i in live if i not in run and i is not other)


_TEACHING_BODY = re.compile(r"(?i)\b(?:university|polytechnic|college|institute\s+of\s+technology)\b")


def _unit_of_an_institution(line: str, institution: str) -> bool:
    """"School of Engineering", "Doctoral College" under a university or polytechnic: a unit, not more of its name."""
    line = line.strip(" .")
    if not _TEACHING_BODY.search(institution):
        return False
    if _UNIT_OPENING.match(line):
        return True
    named_college = re.fullmatch(r"(?:[A-Z][a-z]+ ){1,3}(?:College|School|Institute)", line)
    return bool(named_college) and "university" in institution.lower()  # (a college's own name may end in College)


def _with_company_head(run: list[LineInfo], free: list[LineInfo], scores) -> list[LineInfo]:
    """"CUMBERLAND VALLEY" over "SAVINGS BANK", "MACQUARIE PLAINS" over
    "REGIONAL COUNCIL": a logo over two lines whose second carries the
    business words; the line over it, as big and in the same case, is the
    start of the name."""
    first = run[0]
    if not company_tail_words(first.text) or len(run) > 1:
        return run
    line = _nearest_stacked(first, free, run, gap=0.8, over=True)
    if line is None:
        return run
    if not 1 <= len(line.text.split()) <= 3 or any(ch.isdigit() for ch in line.text) \
            or is_all_caps(line.text) != is_all_caps(first.text) or line.height < 0.95 * first.height \
            or _claimed_as(line, scores, ("name", "title", "address")) or _TAGLINE.search(line.text) \
            or has_company_suffix(line.text) or not _capitalised_words(line.text):
        return run  # ("TALL PINES" over "HEATING & COOLING, LLC" reads weakly as a name: no one's)
    if _unit_of_an_institution(first.text, line.text):
        return [line]  # "Bukit Serene Polytechnic" over "School of Engineering": the institution, not its school
    return [line] + run


def _words_and_initials(text: str) -> tuple[list[str], str]:
    """A logo line's words in small letters, and their initials without the joining words."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    return words, "".join(w[0] for w in words if w not in _LOWER_CASE_CONNECTORS)


def _with_domain_head(run: list[LineInfo], free: list[LineInfo], domains: list[str]) -> list[LineInfo]:
    """"CANTERBURY PLAINS" over "LOGISTICS" on a card of cplogistics.co.nz:
    the line over the run whose initials (or letters) open the domain before
    the run's letters is the start of the name."""
    line = _nearest_stacked(run[0], free, run, gap=0.8, over=True)
    if line is None:
        return run
    words, initials = _words_and_initials(line.text)
    if not 1 <= len(words) <= 4 or not _capitalised_words(line.text):
        return run
    if re.search(r"(?i)\b(?:of|for)$", line.text.strip()):
        return [line] + run  # "UNIVERSITY OF" over "LOXLEY": a name broken after its joining word
    tail = squash(" ".join(i.text for i in run))
    for label in (squash(d) for d in domains):
        if tail and label.endswith(tail) and label[: len(label) - len(tail)] in (initials, squash(line.text)) \
                and len(label) > len(tail):
            return [line] + run
    return run


def _with_domain_tail(run: list[LineInfo], free: list[LineInfo], domains: list[str]) -> list[LineInfo]:
    """"Fairhaven" over "HOME GOODS" on a card of fairhavenhome.com,
    "Meadowlark" over "CONSULTING GROUP" (meadowlarkcg.com): the smaller
    line under the logo is the rest of the name when the domain goes on,
    after the logo's letters, with one of its words or its initials (a unit
    or a slogan there is not in the domain: "Brightwell Insurance Group" over
    "Claims Technology" at brightwellins.com)."""
    last = run[-1]
    below = [i for i in free if i not in run and i.top > last.top and _stacked(last, i, gap=0.8)
             and i.height <= last.height * 1.05]
    if not below:
        return run
    line = min(below, key=lambda i: i.top)
    words, initials = _words_and_initials(line.text)
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in line.text) or not _capitalised_words(line.text):
        return run
    head = squash(" ".join(i.text for i in run))
    _, head_initials = _words_and_initials(" ".join(i.text for i in run))
    for label in (squash(d) for d in domains):
        rest = label[len(head):] if head and label.startswith(head) else ""
        # ("WILLOW CREEK" over "FIREPROTECTION DISTRICT" at willowcreekfire.org: the domain goes on with a word's start)
        if rest and (any(len(w) >= 3 and (rest.startswith(w) or len(rest) >= 4 and w.startswith(rest)) for w in words)
                     or len(initials) >= 2 and rest == initials or any(len(w) >= 4 and rest == w for w in words)):
            return run + [line]
        # "TRI-COUNTY" over "REGIONAL AIRPORT" at flytcra.org: the initials of the whole name in the domain
        if len(head_initials + initials) >= 4 and head_initials + initials in label:
            return run + [line]
    return run


def _reads_as_nothing_else(line_scores_: dict[str, float]) -> bool:
    return line_scores_["name"] < _MIN_FIELD_SCORE["name"] and line_scores_["title"] < _MIN_FIELD_SCORE["title"] \
        and line_scores_["address"] < 0


def _ends_a_logo(line: LineInfo, live: list[LineInfo], scores) -> bool:
    above = [i for i in live if i is not line and i.top < line.top and _stacked(i, line, gap=0.8)]
    if not above:
        return False
    logo = max(above, key=lambda i: i.top)
    if _best_label(scores[logo.index]) == "company" and squash(logo.text + line.text) and any(
            squash(logo.text + line.text) in squash(i.text) for i in live if i is not logo and i is not line):
        return True  # "Portage Trust" over "WEALTH MANAGEMENT", a footer saying "Portage Trust Wealth Management ..."
    return _best_label(scores[logo.index]) == "company" and logo.height >= line.height * 0.9 \
        and _second_line_of_logo(logo, line, scores)


_TAGLINE = re.compile(r"(?i)^(?:an?|the)\s|\b(?:certified|member|subsidiary|part\s+of|division\s+of|group\s+company"
                      r"|excellence|everyone|everybody|together|tomorrow|future|innovation|integrity|passion|trusted"
                      r"|caring|beyond|better)\b")
""""Engineering Excellence", "A Ranganathan Group Company", "Certified B
Corporation" under the company: a tagline, a parent group or a label,
not the rest of its name."""


def _second_line_of_logo(last: LineInfo, other: LineInfo, scores) -> bool:
    """"COOLABAH" over "LEGAL", "HOLLIS WARD" over "RECRUITMENT": a logo set
    in capitals over two lines, the second one or two words, close under
    the first and no bigger, which reads as nothing else (a name, a title,
    an address)."""
    words = re.sub(r"(?<=[A-Z])&(?=[A-Z])", " & ", other.text).split()  # "TIMBER&BUILD": the spaces lost
    if len(words) == 3 and words[1] == "&" and is_all_caps(other.text) and is_all_caps(last.text):
        words = [words[0], words[2]]  # "HALSALL" over "TIMBER & BUILD": two words of the name in capitals
    if len(words) > 2 and all(len(w) == 1 for w in words):
        words = ["".join(words)]  # letter-spaced: "B I O L O G I C S"
    elif len(words) == 3 and words[1].lower() in ("&", "and") and _TRADE.search(other.text):
        words = [words[0], words[2]]  # "HEATING & COOLING", "PLUMBING & HEATING": a trade of two
    if not (_stacked(last, other, gap=0.8) and _reads_as_nothing_else(scores[other.index])
            and other.height >= 0.4 * last.height) or _a_profession_apart(other.text):
        # (a brand's name in small print is no part of the logo; nor is a profession set under it: the
        # labelled cards type "Thackray Wood" over "SOLICITORS", "Dunleavy Ortiz" over "CERTIFIED PUBLIC
        # ACCOUNTANTS")
        return False
    if other.text.islower() and (is_all_caps(last.text) or last.text.islower()):
        # "NORTHLANE" over "communications", "kindred" over "insurance": a trade in small letters under the
        # logo (two such words under a word in small letters say what it does: "fernweh" / "design studio")
        most = 2 if is_all_caps(last.text) else 1
        return 1 <= len(words) <= most and all(w.isalpha() for w in words) and company_tail_words(other.text)
    if is_all_caps(last.text) and _capitalised_words(other.text) and 1 <= len(words) <= 3 and all(
            w.lower() in word_list("company_words") or w.lower() in word_list("company_suffixes") for w in words):
        return True  # "MAPLESHORE" over "Financial Group": business words only, the rest of the name
    if _INSTITUTION_NAMED.fullmatch(other.text.strip(" .")) and len(words) <= 5 and not _UNIT_OPENING.search(other.text) \
            and other.height >= 0.5 * last.height:
        return True  # "THE HALVERSON" over "MUSEUM OF ART", "WAITEMATĀ HAWKS" over "RUGBY FOOTBALL CLUB"
    if not is_all_caps(other.text):
        return False
    if is_all_caps(last.text):
        # ("CO-OPERATIVE"; "KOWALCZYK BROS." over "SUPPLY C0.": a legal form's O read as a zero)
        return 1 <= len(words) <= 2 and all(re.sub(r"(?<=[A-Z])0", "O", w.rstrip(".")).replace("-", "").isalpha()
                                            for w in words)
    # a word mark in mixed case over a smaller line in capitals, "Sweetbay" over
    # "FAMILY DENTISTRY": the trade it names, not a unit ("HUMAN RESOURCES",
    # "SCHOOL OF MEDICINE")
    return ((_capitalised_words(last.text) or last.text.islower()) and other.height <= 0.8 * last.height
            and 1 <= len(words) <= 3
            and all(w.isalpha() for w in words) and not names_a_department(other.text)
            and not _UNIT_OPENING.search(other.text))


_INSTITUTION_NAMED = re.compile(r"(?i)(?:museum|gallery|library|society|association|club|academy)\s+(?:of|for)\s+[\w&' ]+"
                                r"|(?:[\w&'-]+\s+){0,3}(?:museum|gallery|society|association|club)")
"""What a museum, club or society is, set under its name: the rest of that name ("Museum of Art & History",
"Rugby Football Club"); a university's school or faculty is a unit, not this."""
_AGENCY_KIND = re.compile(r"(?i)(?:creative|digital|design|brand(?:ing)?|marketing|advertising|content)\s+"
                          r"(?:agency|studio|collective)")
""""Kettle & Kite" over "CREATIVE AGENCY", "harakeke" over "DESIGN STUDIO": the
kind of firm, which the labelled cards leave out of its name (7 of 7)."""
_TRADE = re.compile(r"(?i)^(?:electrical|electric|plumbing|heating|cooling|roofing|landscaping|landscapes|painting"
                    r"|joinery|carpentry|glazing|flooring|paving|fencing|mechanical|automotive|motors|hvac|removals"
                    r"|cleaning|builders|building|construction)(?:\s+(?:&|and)\s+\w+)?$")
"""A trade set under a tradesman's name in capitals: "CURRAWONG" over "ELECTRICAL"."""
_PROFESSIONS = r"solicitors|attorneys|lawyers|accountants|barristers|notaries|engineers"
_PROFESSION = re.compile(rf"(?i)\b(?:{_PROFESSIONS})\b")
_ONLY_A_PROFESSION = re.compile(rf"(?i)(?:(?:certified|chartered|consulting)\s+(?:public\s+)?)?(?:{_PROFESSIONS})"
                                r"(?:\s+(?:at|&)\s+law|\s+&\s+\w+)?")
# (the labelled cards keep "Architects" in the firm's name: "Kavanagh Doyle Architects", 4 of 4)
_NAMED_WITH_THE_FIRM = re.compile(r"(?i)lawyers|attorneys")


def _a_profession_apart(text: str) -> bool:
    """"SOLICITORS", "ATTORNEYS AT LAW", "Chartered Accountants" under the
    partners' names: what the firm is, which the labelled cards leave out of
    its name; but "Lawyers" or "Attorneys" alone is part of it, as Australian,
    New Zealand and South African firms print it ("Tallowood Lawyers", 5 of 5
    cards; "Ndlovu Pillay Attorneys"). The kind of agency or studio is left
    out the same way ("CREATIVE AGENCY")."""
    return bool(_PROFESSION.search(text)) and not _NAMED_WITH_THE_FIRM.fullmatch(text.strip(" .")) \
        or bool(_AGENCY_KIND.fullmatch(text.strip()))


_WHAT_THE_FIRM_DOES = re.compile(rf"(?i)\b(?:{_PROFESSIONS}|executive search|chartered practice)\b")
"""Under a firm's logo, what the whole firm does ("Executive Search", "Chartered Accountants"), not a unit."""


_LOWER_CASE_CONNECTORS = frozenset({"and", "of", "the", "for", "y", "e", "et", "und", "de", "da", "do", "di", "van", "von"})


def _capitalised_words(text: str) -> bool:
    """A company's words are capitalised ("IT Solutions", "& Partners");
    a slogan's are not ("Engineering excellence since 1987")."""
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)  # ("Co-operative Ltd": one word)
    return bool(words) and all(w[0].isupper() or w.lower() in _LOWER_CASE_CONNECTORS for w in words)


def _same_row(a: LineInfo, b: LineInfo) -> bool:
    overlap = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    return overlap > 0.5 * min(a.height, b.height)



_CAPITAL_I_READ_L = re.compile(r"(?<=[A-Z])l(?=[A-Z]{1,}\b)|(?<=\b[A-Z0-9]{2})l(?=[A-Z])")


_GOVERNMENT_SIGNATURE = re.compile(r"(?i)(?:the\s+)?government\s+of\s+(?:the\s+)?[a-z][\w .'-]{2,30}"
                                   r"|(?:australian|nsw|queensland|victorian?|tasmanian|federal|state|provincial)\s+government")


def _set_company(contact: Contact, lines: list[LineInfo], confidence: float, domains: list[str] = ()) -> None:
    # a body's name in both languages: the English ("International Wetlands Secretariat" over
    # "Secrétariat international des zones humides")
    foreign = other_language_lines([i.text for i in lines]) if len(lines) > 1 else set()
    lines = [i for n, i in enumerate(lines) if n not in foreign]
    if len(lines) > 1 and any(not _GOVERNMENT_SIGNATURE.fullmatch(i.text.strip(" .")) for i in lines):
        # "NSW Government" over "Western Harbour Local Health District": the government's signature heads
        # its body's card, and the labelled cards type the body alone (20 of 20)
        lines = [i for i in lines if not _GOVERNMENT_SIGNATURE.fullmatch(i.text.strip(" ."))]
    # "LAURENTIDE" over "Laurentide Bank Financial Group": the logo's word again at the head of the full name
    lines = [i for n, i in enumerate(lines)
             if not (n + 1 < len(lines) and strip_accents(squash(lines[n + 1].text)).startswith(strip_accents(squash(i.text)))
                     and squash(i.text))]  # ("BELAIR" over "Bélair Biosciences Inc.": the accent lost in capitals)
    texts = [capital_i_as_the_domain_spells(i.text, domains) for i in lines]  # (before capitals become small)
    texts = [_CAPITAL_I_READ_L.sub("I", t) for t in texts]  # "RIMU & RElD", "3SPlRE": an I read l among capitals
    texts = [re.sub(r"(?<=\w) Al$", " AI", t) for t in texts]  # "LOAMWISE Al": AI, its I read l (no firm ends in Al)
    texts = [re.sub(r"(?<=[A-Z]{2})&(?=[A-Z]{2})", " & ", t) for t in texts]  # "TIMBER&BUILD": the spaces lost
    if any(not is_all_caps(t) and t != t.lower() for t in texts):  # "Fairhaven" over "HOME GOODS": "Fairhaven Home Goods"
        texts = [smart_title(t) if is_all_caps(t) and len(squash(t)) > 4 else t for t in texts]
    contact.company = _without_leading_mark(_without_monogram(_mend_legal_form(mend_company_words(respace(
        smart_title(" ".join(texts)))))))
    contact.sources["company"] = " | ".join(i.original for i in lines)
    contact.confidence["company"] = round(confidence, 2)


def _without_leading_mark(company: str) -> str:
    """"4 Sunfield Electric Cooperative": a logo's mark read as a digit or a
    sign before the name's words is no part of it."""
    if re.match(r"^[A-Z+*]\s+[a-z]{3,}(?:\s+[a-z]+)*$", company):
        return company[2:]  # "A inkstack", "O helixa": a symbol read as a capital before a lower-case word mark
    return re.sub(r"^[^\w\s]*\d?[^\w\s]*\s+(?=[A-Z][a-z]+\s+[A-Z])", "", company) if re.match(r"^\S\s", company) else company


def _without_monogram(company: str) -> str:
    """"PK Padilla & Kim Corp.": a logo's monogram read on the company's line
    is not part of its name.  Only capitals that are exactly the initials
    of the words after them."""
    first, _, rest = company.partition(" ")
    before, _, last = company.rpartition(" ")
    if before and 2 <= len(last) <= 4 and last.isalpha() and last[0].isupper():
        # "Allison-Sanders AS": the monogram beside the name, after it (each part of a double name an initial)
        parts = [p for p in re.findall(r"[^\W\d_]+", before) if p.lower() not in _LOWER_CASE_CONNECTORS]
        if len(parts) >= 2 and "".join(p[0] for p in parts).upper() == last.upper():
            return before
    if not (2 <= len(first) <= 4 and first.isalpha() and first.isupper()):
        return company
    words = [w for w in re.findall(r"[^\W\d_][\w'.-]*", rest) if w.lower() not in _LOWER_CASE_CONNECTORS]
    initials = "".join(w[0] for w in words[:len(first)])
    return rest if len(words) >= 2 and initials == first else company


_DIGIT_FOR_LETTER = (str.maketrans({"1": "l", "0": "o", "5": "s"}), str.maketrans({"1": "i", "0": "o", "5": "s"}))


def _mend_legal_form(company: str) -> str:
    """"Maple Logistics S.r.1.": a legal form with a digit OCR read for a
    letter is written as the form it is."""
    company = re.sub(r"\bPtv(?=\)|\.?\s+Ltd\b)", "Pty", company)  # "(Ptv) Ltd": a y read as v
    company = re.sub(r"\bE[lI]REL[lI]\b", "EIRELI", company)  # "Araújo ElRELI": a Brazilian form's I read as l
    company = re.sub(r"\b(L)i?rni(ted)\b", r"\1imi\2", company, flags=re.IGNORECASE)  # "Lirnited": an m read as rn
    company = re.sub(r"\b(Inc|Corp|Ltd|Co)\,$", r"\1.", company)  # "Tidewater Shipyards, Inc,": a comma for the dot
    # "SDN, BHD.": Malaysia's private limited, its dot read as a comma (and kept in capitals by smart_title)
    company = re.sub(r"(?i)\bsdn([.,]?)\s*bhd\b", lambda m: f"Sdn{'.' if m.group(1) else ''} Bhd", company)
    words = company.split(" ")
    for n, word in enumerate(words):
        if not (any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word)):
            continue
        for table in _DIGIT_FOR_LETTER:
            mended = word.translate(table)
            if mended.lower() in word_list("company_suffixes"):
                words[n] = mended[0].upper() + mended[1:] if word[0].isdigit() else mended  # "1nc." -> "Inc."
                break
    return " ".join(words)


_SUBPREMISE = re.compile(r"(?i)\b(suite|ste|floor|fl|level|lvl|sala|andar|unit|piso|etage|stock|bldg|building"
                         r"|mail\s*stop|mail\s*code|ms(?=\s+[\w-]*\d))\b")  # US offices' "Mail Stop HDQ-4W", "MS 406"


def _address_block(live: list[LineInfo], scores) -> list[LineInfo]:
    """The first office's address: a street line and the locality lines
    printed with it.  Lines are followed down the card by geometry (the
    line stacked right under the last one), so a second column read in
    between does not cut the block; the block ends at a line without
    address evidence or at the next office's street or postcode.  A
    country printed after the address belongs to it."""
    # a street line whose words the labeller also knows elsewhere ("1200 N Division St") scores low, but no
    # other label beats address on it
    live = [i for i in live if not _HIRING_LINE.search(i.text)  # "Hiring 1st & 2nd year apprentices!"
            and not _AWARD_OR_DISTRICT.search(i.text)  # "2025 Top Workplaces Winner, Central Ohio"
            and not re.search(r"[?!]", i.text)  # "Reporting a fire? Always dial 999": a sentence
            and not _HOSPITAL_UNIT.fullmatch(i.text.strip())  # "Unit 4B – Cardiac Surgery": a ward, not a flat
            and not _KIND_OF_BODY.fullmatch(i.text.strip(" ."))  # "BUILDING SOCIETY" under "AIREDALE"
            and not _NUMBERED_SITE.match(i.text.strip())]  # "Store #2037 · Brier Creek": which store
    starts = [i for i in live if (scores[i.index]["address"] > 0.5 and (has_street(i.text) or has_locality(i.text))
                                  or _best_label(scores[i.index]) == "address" and has_street(i.text))
              and not is_country_line(i.text)
              and not _a_site_alone(i.text)]
    if not starts:
        return []
    street_start = next((i for i in starts[1:] if has_street(i.text)), None)
    if street_start and (not has_street(starts[0].text) or _STORE_NUMBER.match(starts[0].text)) \
            and not has_postcode(starts[0].text) and any(
            _best_label(scores[i.index]) in ("name", "title") for i in live if starts[0].index < i.index < street_start.index):
        starts = starts[1:]  # "Store #2147 · Tempe, AZ" over the name: which store; the street and ZIP further down
    upright = _upright(live)
    first = _first_office(starts[0], starts) if upright else starts[0]
    # a locality line read before its street ("30036 Cádiz" over "Ronda ...") is
    # followed by it: the street is put first below
    block = [first]
    seen_street = has_street(first.text) and not names_only_the_building(first.text)  # "Unit 23" over "120 Clayton Court"
    country = None
    while len(block) < 5:
        last = block[-1]
        below = [i for i in live if i not in block and i.top > last.top and _stacked(last, i, gap=1.2)] if upright else []
        if not below:
            position = live.index(last)
            below = [i for i in live[position + 1: position + 2] if not (upright and _in_other_column(i, block))
                     or i is _next_in_the_row(last, live)]
        if not below:
            break
        nxt = min(below, key=lambda i: i.top)
        if is_landmark(nxt.text) and not has_locality(nxt.text):
            break  # ("Near Luz Church, Mylapore, Chennai - 600 004": India prints its landmark in the address)
        if is_country_line(nxt.text):
            country = nxt  # printed last: it ends the address
            break
        street, locality = has_street(nxt.text), has_locality(nxt.text)
        has_its_postcode = any(has_postcode(i.text) for i in block)  # (the block grows only at the loop's end)
        if street and locality and any(has_locality(i.text) or _ends_in_city_and_four_digits(i.text) for i in block):
            if seen_street:
                break  # "Station: 8400 Ridgeline Road, ..., GA 30830" over "Corporate: 900 Spring St NW, ...": two offices
            if not any(ch.isdigit() for i in block for ch in i.text):
                # "Home-based · Charlotte, NC" over "Headquarters: 4020 Emperor Blvd, Durham, NC 27703": where
                # the person works, then the address to write to
                block, seen_street = [nxt], True
                continue
        if street and seen_street and not any(has_locality(i.text) for i in block) \
                and all(_premises_only(i.text) and not _holds_a_numbered_street(i.text) for i in block):
            seen_street = False  # "Studio 4, Hope Mill" over "113 Pollard Street": the premises, then its street
        if seen_street and _is_city_then_four_digits(nxt.text):
            # "Marshbury 5547": New Zealand and South Africa print the city, then 4 digits
            street, locality = False, True
        if street and seen_street and not locality and not _SUBPREMISE.search(mend_address_words(nxt.text)) \
                and not (is_po_box(nxt.text) and not any(has_postcode(i.text) or _ends_in_city_and_four_digits(i.text)
                                                         for i in block)) \
                and not (_building_then_locality(nxt, block, live) and not re.match(r"\d", nxt.text)):
            break  # the next office's address (a PO box before the city is this one's; a tower under the street is)
        closed = has_its_postcode or is_po_box(nxt.text) and (
            any(_is_city_then_four_digits(i.text) for i in block[1:])  # ("Christchurch 8042" over "Private Bag 4800")
            # ("Level 7, 25 Lambton Quay, Wellington 6011" over "PO Box 5550, Wellington 6140": the postal address)
            or _ends_in_city_and_four_digits(block[0].text))
        if (seen_street or any(_premises_only(i.text) for i in block)) and closed \
                and (street or has_postcode(nxt.text) or is_po_box(nxt.text)):
            break  # the postcode closed this address; a new street, postcode or PO box is another office's
        if (seen_street or has_its_postcode) and _POSTAL_HEADING.match(nxt.text):
            # "Physical: R510 ..." over "Postal: Private Bag X5055, ...": the street address is the one
            # (also a visiting address whose street no word list knows: "Lindholmspiren 5, 417 56 Göteborg")
            break
        if has_its_postcode and _HEADED_OFFICE.match(nxt.text):
            break  # "Distribution Centre: Unit 7, ..." under "Dublin 12, D12 K5R8": another site, headed
        if seen_street and has_its_postcode and _heads_an_office(nxt, live):
            break  # "London" over "25 Savile Row, London W1S 2ER": the next office's heading
        if nxt.details and not (street or locality):
            break  # "24-hour Control Centre +852 3555 0100": what a phone's label leaves is no address
        if _continues_the_address(last, nxt):
            block.append(nxt)
            continue
        if not (street or locality or _SUBPREMISE.search(nxt.text) and len(nxt.text) < 30 and len(nxt.text.split()) > 1):
            # ("Unit" alone: what a phone label "Unit 816-555-0170" leaves of its line)
            # a city printed alone ("Emilie Ville") counts when its postcode follows it, and so does a building
            # under the street ("Asia Square Tower 1" over "Singapore 018960")
            # "Block C, 2nd Floor" / "Woodlands Office Park" / "20 Woodlands Drive": premises over premises
            # over the street
            premises_then_street = all(_premises_only(i.text) for i in block) and _premises_only(nxt.text) \
                and len(nxt.text.split()) <= 5 and _street_follows(nxt, live)
            # "Sy. No. 64, HITEC City, Madhapur" between the tower and "Hyderabad - 500 081": a line the labeller
            # reads as address, printed between the block and its locality
            between = _best_label(scores[nxt.index]) == "address" and not nxt.details and _locality_follows(nxt, block, live) \
                and not has_its_postcode
            if not (_building_then_locality(nxt, block, live, city=True) or premises_then_street or between):
                break
        block.append(nxt)
        seen_street = seen_street or street
    block = _with_street_over_po_box(block, live, upright, scores)
    if not seen_street and not any(has_locality(i.text) for i in block):
        return []
    if not seen_street and len(block) == 1 and not any(ch.isdigit() for ch in block[0].text) \
            and not (names_a_street(block[0].text.split(",")[0]) and block[0].text.count(",") >= 2):
        # "Austin, TX" alone says where the person works, not where to write; "Tsing Yi Terminal Road, Tsing Yi,
        # New Territories, Hong Kong" is an address with no number
        return []
    if not seen_street:
        block = _with_named_street(block, live, upright, scores)
    if country is None and not upright:
        # read in no clear order: the country may come just before the block
        position = live.index(min(block, key=lambda i: i.index))
        if position and is_country_line(live[position - 1].text):
            country = live[position - 1]
    block = _without_place_heading(block)
    block = _with_building_name(block, live, scores)
    # reading order (it follows the card's own axes), but the street before
    # its locality and the country last, as every postal convention prints it
    ordered = sorted(block, key=lambda i: i.index)
    street_part = [i for i in ordered if not (has_locality(i.text) and not has_street(i.text))]
    return street_part + [i for i in ordered if i not in street_part] + ([country] if country else [])


_PARENT_LINE = re.compile(r"(?i)(?:an?\s+(?:proud\s+)?(?:part|member|division|subsidiary)|(?:proud\s+)?(?:part|member))"
                          r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")  # (not "Division of Surgery": a unit)
""""Part of Calloway Health", "A member of the Harbour Group": the parent the employer belongs to, no field
(the company is the employer's own name, even when the parent's domain is on the card)."""
_AWARD_OR_DISTRICT = re.compile(r"(?i)\b(?:awards?|winner|finalist|top\s+workplaces?|best\s+places\s+to\s+work)\b"
                                r"|\bdistrict\s+no\.?\s*\d")
"""An award's line ("... Excellence Awards", "Top Workplaces Winner") and a numbered school district
("Tamarack Valley School District No. 414"): a year or a number, a comma and a region, but no address."""
_POSTAL_HEADING = re.compile(r"(?i)(?:postal|mailing|mail|post)(?:\s+address)?\s*:")
_HEADED_OFFICE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}:\s+\S")


def _continues_the_address(last: LineInfo, nxt: LineInfo) -> bool:
    """"13B, Idowu Taylor Street," over "Off Ozumba Mbadiwe Avenue," over
    "Victoria Island, Lagos.": a line that ends in a comma goes on in the
    next, and so does a street over the one it is off (Nigeria, Kenya,
    India)."""
    if nxt.details or any(ch.isdigit() for ch in nxt.text) or len(nxt.text.split()) > 6:
        return False
    return last.text.rstrip().endswith(",") and not re.search(r"(?i)\b(?:ltd|limited|plc|inc)\b", nxt.text) \
        or bool(_OFF_A_STREET.match(nxt.text)) and names_a_street(nxt.text.rstrip(" ,."))


_OFF_A_STREET = re.compile(r"(?i)off\s+[A-Z]")


def _holds_a_numbered_street(text: str) -> bool:
    """"Level 7, 25 Lambton Quay, Wellington 6011": premises and a numbered street on one line."""
    return any(has_street(part) and re.match(r"\s*\d", part) and not _SUBPREMISE.search(part) for part in text.split(","))


def _with_street_over_po_box(block: list[LineInfo], live: list[LineInfo], upright: bool, scores) -> list[LineInfo]:
    """"Crescent Road West, Palm Jumeirah" over "P.O. Box 555123, Dubai":
    where mail goes to a box (the Gulf, East Africa), the street is printed
    over it without a number."""
    first = min(block, key=lambda i: i.index)
    if not is_po_box(first.text):
        return block
    line = _line_above(first, block, live, upright)
    if line is None or line.details or _claimed_as(line, scores, ("name", "title")) or len(line.text.split()) > 8 \
            or any(ch.isdigit() for ch in line.text):
        return block
    return [line] + block if any(names_a_street(part) for part in line.text.split(",")) else block


def _without_place_heading(block: list[LineInfo]) -> list[LineInfo]:
    """"Store #0412 - Troy, MI" over "2750 W Big Beaver Rd" / "Troy, MI 48084":
    a place with no postcode printed before the street, when the address
    ends in its own locality with one, heads the address rather than being
    part of it."""
    streets = [i.index for i in block if has_street(i.text)]
    if not streets or not any(has_postcode(i.text) and not has_street(i.text) and i.index > min(streets)
                              for i in block):
        return block
    localities = [i.text.lower() for i in block if has_postcode(i.text) and i.index > min(streets)]
    return [i for i in block if not (i.index < min(streets) and not has_postcode(i.text) and not has_street(i.text)
                                     and (has_locality(i.text) or any(i.text.strip().lower() in t for t in localities)))]
    # ("Großenhain" over "Samuel-Dowerg-Ring 48" / "53695 Großenhain": the city alone, then again in its locality)


_HOSPITAL_UNIT = re.compile(r"(?:(?:Ward|Unit|Pod)\s+[0-9lIO]{1,3}[A-Z]?(?:\s+(?:North|South|East|West))?"
                            r"|[A-Z][\w.']+(?:\s[A-Z][\w.']+)?\s+Ward)\s*[–—-]\s*[A-Z][^\d]{3,}"
                            r"|[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}\s+Unit\s*[–—-]\s*\d{1,2}\s*(?:North|South|East|West)"
                            rf"|(?![\w\s&-]*\b(?:{BUILDING_NOUNS}),)"
                            r"[A-Z][\w-]+(?:\s(?:&\s)?[A-Z][\w-]+){0,3},\s+(?:Unit|Ward)\s+[0-9lIO]{1,3}[A-Z]?"
                            # "Acute Medical Unit (Ward 14)"
                            r"|[A-Z][\w-]+(?:\s(?:&\s)?[A-Z][\w-]+){0,3}\s+\((?:Unit|Ward)\s*[0-9lIO]{1,3}[A-Z]?\)")
"""A hospital's ward or unit and its specialty: "Ward 23 – Respiratory Medicine", "Unit 4B – Cardiac Surgery",
"St. Brigid's Ward – Acute Medicine", "Ward 4 North – General Medicine", "Cardiac Step-Down Unit – 5 West",
"Inpatient Surgery, Unit 7B"."""
_WARD_NUMBER = re.compile(r"(?<=Ward )[0-9lIO]{1,3}|(?<=Unit )[0-9lIO]{1,3}(?=[A-Z]?\s)")
_HIRING_LINE = re.compile(r"(?i)\b(?:now\s+)?hiring\b|\$\d|/hr\b|!\s*$")


def _building_then_locality(line: LineInfo, block: list[LineInfo], live: list[LineInfo], city: bool = False) -> bool:
    """A building (or, with city=True, a city alone) whose next line is the
    locality; a place alone may also sit over another ("Dore" / "Sheffield" /
    "S17 3NF", "Mount Eden" / "Auckland 1024": a locality and its post town)."""
    nxt = _nearest_stacked(line, [i for i in live if i not in block], [line], gap=1.2) \
        or _next_in_the_row(line, [i for i in live if i not in block])
    if nxt is None:
        return False
    if has_locality(nxt.text) or _is_city_then_four_digits(nxt.text):
        return bool(_BUILDING.search(mend_address_words(line.text).strip(" ,"))) or city and _could_be_city(line.text)
    if not (city and _could_be_city(line.text) and _could_be_city(nxt.text)):
        return False
    last = _nearest_stacked(nxt, [i for i in live if i not in block], [line, nxt], gap=1.2)
    return last is not None and (has_locality(last.text) or _is_city_then_four_digits(last.text))


def _next_in_the_row(line: LineInfo, lines: list[LineInfo]) -> LineInfo | None:
    """"60 Dwane Street | Peadar Ville | D89 WE5E": the piece printed right after this one on its row
    (one line parted at its separators; not the next column)."""
    right = [i for i in lines if i is not line and _same_row(line, i) and 0 <= i.left - line.right < 0.5 * line.height]
    return min(right, key=lambda i: i.left) if right else None


def _locality_follows(line: LineInfo, block: list[LineInfo], live: list[LineInfo]) -> bool:
    nxt = _nearest_stacked(line, [i for i in live if i not in block], [line], gap=1.2)
    return nxt is not None and has_locality(nxt.text)


def _street_follows(line: LineInfo, live: list[LineInfo]) -> bool:
    position = live.index(line)
    nxt = live[position + 1] if position + 1 < len(live) else None
    return nxt is not None and has_street(nxt.text) and bool(re.match(r"\d", nxt.text))


def _premises_only(text: str) -> bool:
    """"Studio 4, Hope Mill", "County Administration Center, Room 204", "Wascana Valley Hospital, 4B West":
    a building and its part, with no numbered street."""
    if names_only_the_building(text) or bool(_BUILDING.search(text.strip(" ,"))) and not re.match(r"\d", text):
        return True
    # "Halloran Technical Center, Mail Drop TC-4120", "Cromarty Building, Lab 1.07": each part a premises
    parts = [part.strip() for part in text.split(",") if part.strip()]
    return len(parts) > 1 and not re.match(r"\d", text) and all(_BUILDING.search(part) for part in parts)


def _heads_an_office(line: LineInfo, live: list[LineInfo]) -> bool:
    """A place's name alone (one or two words, or "... Office") right over a street line."""
    words = line.text.strip(" .:").split()
    if not 1 <= len(words) <= 3 or any(ch.isdigit() for ch in line.text):
        return False
    if len(words) == 3 and words[-1].lower() not in ("office", "offices", "hq"):
        return False
    position = live.index(line)
    return position + 1 < len(live) and has_street(live[position + 1].text)


_CITY_THEN_FOUR_DIGITS = re.compile(r"[A-ZÀ-ÝĀ-ſ][a-zà-ÿĀ-ſ]+(?:(?:[ -]|,\s)[A-ZÀ-ÝĀ-ſ][a-zà-ÿĀ-ſ]+){0,3},?\s+\d{4}")  # ("Hāwera 4672")
_NOT_A_CITY = frozenset({"since", "est", "established", "founded", "box", "room", "gate", "ext", "extension", "pier",
                         "dock", "door", "route", "highway", "exit", "po", "private", "bag"})


def _ends_in_city_and_four_digits(text: str) -> bool:
    """"112 Lockerbie Road, Morrinsville 3300": the street's own locality, so
    a PO box under it is a second address."""
    parts = text.rsplit(",", 1)
    return len(parts) == 2 and has_street(parts[0]) and _is_city_then_four_digits(parts[1].strip())


def _is_city_then_four_digits(text: str) -> bool:
    """"Marshbury 5547", "Cape Town 8001", "Illovo, Sandton, 2196", "Auckland
    1010, New Zealand", but not "Suite 1200" or "Since 1987";
    only right under a street line."""
    text = mend_small_l(without_country(text).strip(" ."))  # "New PIymouth 4310"
    text = re.sub(r"(?<=[A-Za-z])1(?=[a-z])", "l", text)  # "I1lovo": a one read inside a word
    text = re.sub(r"(?<=[a-z])0(?=[a-z])", "o", text)  # "Sandt0n": a zero
    text = re.sub(r"(?<=[a-z]{3})(\d{4})$", r" \1", text)  # "Tauranga3110": the space lost
    text = re.sub(r"(?<=\s)[0-9OlISB]{4}$", lambda m: four_digit_postcode(m.group(0)), text)
    # ("Hamilton 32O4": a letter O read for the postcode's zero; "Te Puke 318l": an l for its one)
    text = re.sub(r"^RD\s?\d{1,2}\s+(?=[A-Z])", "", text)  # "RD 1 Te Puke 3181": New Zealand's rural delivery round
    return bool(_CITY_THEN_FOUR_DIGITS.fullmatch(text)) and not _SUBPREMISE.search(text) \
        and not {w.lower() for w in re.findall(r"[^\W\d_]+", text)} & _NOT_A_CITY


# "Oudezijds Kolk 5", "Spui 21": a street named without a street word, the
# house number after the name, as printed where the postcode precedes the city
_NUMBER_THEN_NAME = re.compile(r"\d{1,5}[A-Za-z]?\s(?:[NSEW]{1,2}\.?\s)?[A-ZÀ-Ý][^\W\d_]+(?:[ '-][A-ZÀ-Ý][^\W\d_]+){0,2}")
_NAME_THEN_NUMBER = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:[ '-][^\W\d_]+){0,3}\s\d{1,4}[a-zA-Z]?")
_NUMBER_THEN_NAME_AND_UNIT = re.compile(_NUMBER_THEN_NAME.pattern + r"(?:,?\s*(?:#|(?:suite|ste|unit|apt)\.?\s*#?)\w{1,5})?",
                                        re.IGNORECASE)


def _with_named_street(block: list[LineInfo], live: list[LineInfo], upright: bool, scores) -> list[LineInfo]:
    """A locality "1012 AB Amsterdam" with no street line: the line printed
    right above it, when it reads as a name and a house number, is the street."""
    first = min(block, key=lambda i: i.index)
    code_region = misread_postcode_region(first.text)
    if not code_region and not has_postcode(first.text) \
            and not (has_locality(first.text) and re.search(r"\d{4}|\b\d{3} [\dOl]{3}\b", first.text)):
        # ("Quezon City 1101", "Mumbai - 400 051": a postcode no pattern of has_postcode's knows)
        return block
    # "postcode city" localities (NL, DE, FR, ES, IT, PT...) print "Kolk 5";
    # UK and US ones "20 Bishopsgate", "1 Poultry"
    shape = _NUMBER_THEN_NAME if code_region else _NAME_THEN_NUMBER

    def street(line: LineInfo | None) -> bool:
        if line is None or line.details or _claimed_as(line, scores, ("title",)) or (
                _claimed_as(line, scores, ("name",)) and is_known_name(line.text.split()[-1], "family_names")):
            return False  # "Jo Park" over "Analyst": a person, not "Park" the street ("Sir John Rogerson's Quay" is)
        text = line.text.strip(" ,")
        if shape.fullmatch(text) or _NUMBER_THEN_NAME_AND_UNIT.fullmatch(text):
            # ("437 Robert Pain #718" over "Alexanderville, MI 17590": a street word misread)
            return not _reads_as_a_slogan(text)
        # ... and Irish and British streets often have no number: "Sir John Rogerson's Quay", "Mill Lane,
        # Thornbury", "Ashcombe General Hospital, Downton Road"
        # ... nor do streets over a locality elsewhere: "PDSA Building, C.P. Garcia Avenue" over "Diliman,
        # Quezon City 1101", "Jalan Universiti Perdana" over "43600 Bangi"
        if not (code_region or not _claimed_as(line, scores, ("company",))
                or _company_printed_elsewhere(line, live, scores)):
            return False
        if _premises_only(text) and len(text.split()) <= 8 and not _reads_as_a_slogan(text):
            return True  # "Coquet Building, Sandyford Road", "Harbour Office, Fish Quay": no number on either
        return not any(ch.isdigit() for ch in text) and 2 <= len(text.split()) <= 6 \
            and any(names_a_street(part) and not _reads_as_a_slogan(part) for part in text.split(","))

    def town(line: LineInfo | None) -> bool:
        if line is None or line.details:
            return False
        text = mend_address_words(line.text)
        if not (_could_be_city(text) and len(text.split()) <= (3 if re.search(r"\bCo\. [A-Z]", text) else 2)):
            return False
        # (a town the labeller takes weakly for a title: "Tiverton")
        known_town = fold(text).lower() in word_list("place_words") and scores[line.index]["title"] < 1.0
        return not _claimed_as(line, scores, ("name", "company") if known_town else ("name", "title", "company"))

    line = _line_above(first, block, live, upright)
    if street(line):
        return [line] + block
    towns: list[LineInfo] = []
    while code_region and town(line) and len(towns) < 3:
        # "Salisbury" over "Wiltshire SP2 8BJ": the town on its own line, the street above it; a village over its
        # town ("Bampton Road, Oakford" / "Tiverton" / "Devon EX16 9HB")
        towns.insert(0, line)
        line = _line_above(line, block, live, upright)
        if street(line) or code_region == "IE" and line is not None and not line.details \
                and _premises_only(line.text) and not any(ch.isdigit() for ch in line.text):
            return [line] + towns + block  # ("Ringaskiddy Business Park" / "Ringaskiddy, Co. Cork" / an Eircode)
    if code_region == "IE" and len(towns) >= 2 and any(re.search(r"\bCo\. [A-Z]", mend_address_words(i.text)) for i in towns):
        return towns + block  # "Kilbrack" / "Doneraile" / "Co. Cork" / an Eircode: a townland, a village, no street
    return block


def _claimed_as(line: LineInfo, scores, labels: tuple[str, ...]) -> bool:
    """The labeller reads the line as one of these, and is sure of it."""
    best = _best_label(scores[line.index])
    return best in labels and scores[line.index][best] > 0


def _line_above(line: LineInfo, block: list[LineInfo], live: list[LineInfo], upright: bool) -> LineInfo | None:
    if upright:
        return _nearest_stacked(line, live, block, gap=1.0, over=True)
    position = live.index(line)
    return live[position - 1] if position else None


_SLOGAN_WORDS = frozenset({"hour", "hours", "day", "days", "year", "years", "offices", "locations", "worldwide"})


def _reads_as_a_slogan(text: str) -> bool:
    """"24 Hour Service", "3 Offices Worldwide": a number and words, but no street."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    vocabulary = _SLOGAN_WORDS | word_list("company_words") | word_list("title_words") | word_list("department_names")
    return bool(words & vocabulary)


def _upright(live: list[LineInfo]) -> bool:
    """Lines wider than tall: the boxes follow the text, so "under" and
    "beside" mean what they say.  A card read sideways gives tall boxes
    whose geometry says nothing about reading order."""
    ratios = [i.height / max(1.0, i.right - i.left) for i in live]
    return bool(ratios) and statistics.median(ratios) < 1.0


def _in_other_column(line: LineInfo, block: list[LineInfo]) -> bool:
    """On an upright card an address's lines share a column (left, centred
    or right aligned, they overlap); a line beside all of them is another column's."""
    return all(line.right <= i.left or line.left >= i.right for i in block)


def _first_office(first: LineInfo, starts: list[LineInfo]) -> LineInfo:
    """Offices printed side by side are read left to right: the first office
    is the left one, even when OCR read the right column's line first."""
    if not has_street(first.text):
        return first
    level = [i for i in starts if has_street(i.text) and (i.right <= first.left)
             and abs(i.top - first.top) <= 1.5 * max(i.height, first.height)]
    return min(level, key=lambda i: i.left) if level else first


_BUILDING = re.compile(r"(?i)\b(?:house|buildings?|tower|centre|center|court|plaza|park|hall|chambers|place|lodge|works|floor|complex|wharf"
                       r"|processing\s+plant|manufacturing\s+plant|granary|barn|cottage|manor|farm|quarry"
                       r"|treatment\s+plant|depot|library|headquarters|offices|support\s+office|(?:estate|farm|site|harbour|port)\s+office|power\s+station"
                       r"|infirmary|hospital|clinic|campus|exchange|studios|mill|wing|annexe?"
                       r"|pavilion|stadium|arena|commons|lighthouse|warehouse|boathouse|gatehouse)$"
                       r"|^(?:block|blk|unit|floor|level|suite|shop|room)\s+\w{1,4}\b"
                       r"|^(?:ground|lower|upper|first|second|third|\d{1,2}(?:st|nd|rd|th))\s+floor\b"
                       r"|\b(?:ground|lower|upper|garden|basement|concourse|mezzanine)\s+level$"
                       r"|\b(?:building|bldg|block|tower|wing|room|rm|shop|suite|unit|level|floor|hall|station|zone"
                       r"|mail\s*(?:stop|drop|code|station)|msc?)\s+[\w-]{1,7}$|\blab\s+(?=[\w.-]*\d)[\w.-]{1,7}$"
                       r"|\bfloor\s+\d+\s+\([^)]*\)$"
                       r"|^c/o\s")


_SITE_CODE = r"[A-Z]{2,4}\d{1,2}"  # "DFW4", "SEA7"
_PRODUCTION_SITE = re.compile(r"(?i)^(?:[A-Z][\w.'-]+\s+){1,3}(?:plant|workshop|bakery)$")
""""Guelph Plant", "Rustenburg Workshop", "Stourton Bakery" on its own line: where the person works (11 labels to 2
leave such a plant out of the department); unlike the other sites it may end a title ("Maintenance Superintendent
– Fixed Plant"), so it is only checked on a line of its own."""
_EMPLOYER_SITE = re.compile(r"(?i)\b(?:depot|terminal|yard|hub|gin|quarry|mine|site|elevator|cross-dock|dc"
                            r"|(?:distribution|fulfil+ment|logistics|sortation)\s+cent(?:er|re))"
                            rf"(?:\s+(?-i:{_SITE_CODE}))?$")  # ("Fulfillment Center DFW4": the site's code)
"""The employer's site ("Kewdale Depot", "Memphis Distribution Center", "Mangatoki Manufacturing Site"): which
of its places, neither a team (most labels say so; five older cards type it as the department, and a bank's or
an agency's branch is typed as one) nor, over a numbered street, part of the postal address ("Marsh Lane
Depot" over an unnumbered "Marsh Lane" is)."""


def _a_site_alone(text: str) -> bool:
    """"Fulfillment Center DFW4", "SEA7 Fulfillment Center": which of the employer's sites, with no house
    or unit number ("Unit 3, The Cider Yard" is premises)."""
    return bool(_EMPLOYER_SITE.search(text.strip(" ,."))) \
        and not any(ch.isdigit() for ch in re.sub(rf"\b{_SITE_CODE}\b", "", text))


_NUMBERED_SITE = re.compile(r"(?i)(?:store|branch|distribution\s+cent(?:er|re)|dc|warehouse|depot|location)\s*(?:#|no\.?)?"
                            r"\s*(?=[\dO]*\d)[\dO]{1,5}\b(?!\s*[,-]?\s*\d)")
"""'Store #0412', 'Branch O417', 'Distribution Center #14' opening a line: which of the employer's sites, not
the address printed under it (a shop's number in a mall, 'Shop 2041, Level 2', is part of its address)."""
_STORE_NUMBER = re.compile(r"(?i)(?:store|branch|shop)\s*(?:#|no\.?)\s*\d+\b")
"""'Store #0412 · Bend, Oregon' over the name: which store, not the address printed under it."""


_UNIT_AFTER_THE_BUILDING = re.compile(r"(?i)\S,\s*(?:(?:unit|suite|level|floor|room|rm|block|shop|wing)\s*#?[\w.,-]{1,7}"
                                      r"|#\d{1,3}-\d{1,4}|(?:ground|lower|upper|first|second|third|\d{1,2}(?:st|nd|rd|th))\s*floor)$")
"""'Ashworth Building, Room E1.12', 'Bayview Pavilion, 6th Floor', 'Marinagate Tower 1, #30-01': a line
that ends in a unit is premises, whatever its first words name."""


_UNIT_LINE = re.compile(r"(?i)^(?:block|blk|unit|floor|level|suite|shop|room|c/o|(?:ground|lower|upper|first|second|third"
                        r"|\d{1,2}(?:st|nd|rd|th))\s+floor)\b")


def _with_building_name(block: list[LineInfo], live: list[LineInfo], scores) -> list[LineInfo]:
    """"Quantum House" printed above "197 Megan Ways" belongs to the address,
    and so do up to two more such lines over it ("Level 3, Cavell Wing" /
    "St Aldhelm's Hospital" / "Beckett Street"); "Adventure Works" there is
    the company, as the labeller says."""
    def line_over(line: LineInfo) -> LineInfo | None:
        above = [i for i in live if i not in block and i.top < line.top and _stacked(i, line, gap=1.0)]
        return max(above, key=lambda i: i.top) if above else None

    def part_of_premises(line: LineInfo | None) -> bool:
        # "St Aldhelm's Hospital": a saint's name, not a street; "Eastside CIinic", "Base Hospita1": lookalike slips;
        # "Corporate Headquarters", "Houston Headquarters": which office, a heading ("Region 2 Headquarters" is a site)
        heading = re.fullmatch(r"(?i)([^\W\d_]+)\s+(?:headquarters|hq)", line.text.strip(" ,:")) if line else None
        if heading and (heading.group(1).lower() in ("corporate", "global", "world", "group", "company")
                        or any(heading.group(1).lower() in i.text.lower() for i in block)):
            return False
        if line is not None and _EMPLOYER_SITE.search(line.text.strip(" ,.")) \
                and any(ch.isdigit() for ch in min(block, key=lambda i: i.index).text):
            return False  # "Kewdale Depot" over "55 Miles Road": which of the employer's sites, not the postal address
        if line is not None and _UNIT_AFTER_THE_BUILDING.search(line.text.strip()) and not line.details:
            return True
        # ("Loxley House, Western Bank": the building, then a street no word list knows)
        return line is not None and any(_BUILDING.search(mend_address_words(text).strip(" ,"))
                                        for text in (line.text, line.text.split(",")[0])) \
            and len(line.text.split()) <= 7 \
            and (not has_street(line.text) or not any(ch.isdigit() for ch in line.text)
                 and bool(re.match(r"(?i)st\.?\s", line.text)))

    while len(block) < 8:
        line = line_over(min(block, key=lambda i: i.index))
        if not part_of_premises(line):
            break
        # a unit, floor or room line is never the company; a named building may be, unless such a line is over it
        unit_over = part_of_premises(line_over(line)) and _UNIT_LINE.match(line_over(line).text)
        # "Kororoit Hospital" over "210 Ballarat Road" may read as a company, unless another line is clearly one
        if not (_UNIT_LINE.match(line.text) or _UNIT_AFTER_THE_BUILDING.search(line.text.strip()) or unit_over
                or _site_under_a_logo(line, live, scores)
                or scores[line.index]["address"] >= scores[line.index]["company"] - 1.0
                or _company_printed_elsewhere(line, live, scores) and _best_label(scores[line.index]) != "name"):
            break
        block = [line] + block
    return block


def _site_under_a_logo(line: LineInfo, live: list[LineInfo], scores) -> bool:
    """"Scarborough Bay Hospital" in body type over "Anzac Avenue", on a card
    whose logo at the top ("Bramble Bay / Hospital and Health Service") is
    the employer: the hospital is the site, part of the address."""
    return any(i.top < line.top and i.height >= 1.3 * line.height and _best_label(scores[i.index]) == "company"
               for i in live if i is not line)


def _could_be_city(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 1 <= len(words) <= 4 and not any(ch.isdigit() for ch in text) and text[:1].isupper()


def _column_left_of_details(printed: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """"Head of Product      liam@orbitus.io": two columns OCR read as one
    row (a column's gap in the printed line), the left one words of its
    own, not a label of the details."""
    if not spans or not re.search(r"\S\s{3,}\S", printed):
        return False
    left = _LETTER_LABEL_AT_END.sub("", text[: min(start for start, _ in spans)]).rstrip(" :.")
    last = left.rpartition(" ")[2]
    if last.isalpha() and label_type(last) or re.fullmatch(r"(?i)e-?mail|mail|web|site|url", last):
        left = left.rpartition(" ")[0]  # "Liam Fitzgerald          Mob:0491 572 549"; not the D of "R&D"
    return sum(ch.isalpha() for ch in left) >= 4  # "VP R&D"


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    out, cursor = [], 0
    for start, end in sorted(spans):
        out.append(_LETTER_LABEL_AT_END.sub("", _CALL_BEFORE_NUMBER.sub("", text[cursor:start])))
        out.append(" | ")
        cursor = max(cursor, end)
    out.append(text[cursor:])
    rest = "".join(out)
    rest = _LEFTOVER_LABEL.sub(" ", _DEPARTMENT_LINE_LABEL.sub(" ", rest))
    pieces = [p.strip() for p in rest.split("|")]
    pieces = [_SEPARATORS.sub("", p) for p in pieces]
    rest = " - ".join(p for p in pieces if sum(ch.isalnum() for ch in p) >= 2)
    return clean(rest)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _dedupe_phones(phones):
    seen, out = set(), []
    for phone in phones:
        if phone.number not in seen:
            seen.add(phone.number)
            out.append(phone)
    return out


def _is_social(domain: str) -> bool:
    """facebook.com/acme, acme.blogspot.com: the site is not the employer."""
    return domain.split(".")[0] in word_list("hosting_domains")


def _conf(score_value: float, lines: list[LineInfo]) -> float:
    """Confidence from the labeller's margin and the OCR's own confidence."""
    label_conf = 1 / (1 + math.exp(-(score_value - 0.5)))
    ocr_conf = min(i.confidence for i in lines) if lines else 1.0
    return round(max(0.0, min(1.0, label_conf * ocr_conf)), 2)


def _detail_confidence(contact: Contact, raw_lines) -> dict[str, float]:
    """Emails, phones and urls are syntax-checked: their confidence is the
    OCR's confidence on the line they came from."""
    out = {}
    by_text = {clean(line.text): line.confidence for line in raw_lines}
    for key in ("emails", "phones", "urls"):
        source = contact.sources.get(key)
        if source is not None:
            out[key] = round(by_text.get(source, 0.9), 2)
    return out
