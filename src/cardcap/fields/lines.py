"""What OCR ran together on one line, taken apart again.

Two columns printed on one baseline come back as one line ("Maple
Financial Corp. ANGELA K. THOMAS"); letter-spaced print comes back with
no spaces ("KESTRELCAPITALULC") or with a space after every letter
("R I V E R S T O N E").  The labeller needs each field on its own line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import word_list
from . import japanese
from .labeller import has_company_suffix
from .names import NAME_PARTICLES, first_name_token, honorifics, is_known_name, name_shape_ok, name_tokens
from .spelling import department_name_words

_MERGED_AT_SUFFIX = re.compile(r"^(.*?\b(?:Inc|Corp|Ltd|Limited|LLC|LLP|PLC|ULC|GmbH|AG|SAS|SARL|S\.?A|Ltda|Pty\.? Ltd|BV|NV|SL|SRL"
                               r"|S\.r\.l|S\.p\.A|Co)\.?)\s+(.+)$", re.IGNORECASE)
_GLUED_AT_SUFFIX = re.compile(r"^(.*?\b(?:Inc|Corp|Ltd|Limited|LLC|LLP|PLC|GmbH|Pty\.? Ltd)\.?)(\d.+)$", re.IGNORECASE)
_MERGED_AT_CAPS = re.compile(r"^(.*[a-zà-ÿ].*?)\s+((?:[A-ZÀ-Ý][A-ZÀ-Ý'.-]+\s+){1,3}[A-ZÀ-Ý][A-ZÀ-Ý'.-]+)$")
_POSTCODE_THEN_COMPANY = re.compile(
    r"^(.*\d.*\b(?:\d{4,5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))(?:\s+|(?=[A-ZÀ-Ý][\w&'.-]{2,}\s))([A-ZÀ-Ý][\w&'.-]*(?:\s+[\w&'.-]+){0,4})$")
_GLUED_HONORIFIC = re.compile(r"(?<=[a-zà-ÿ])(?=(?:Dr|DR|dr|Mr|MR|Mrs|MRS|Ms|MS|Prof|PROF)\.\s*[A-ZÀ-Ý])")
_GLUED_CAPITALS = re.compile(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý]{3,}\b)")
_MERGED_NAME_THEN_COMPANY = re.compile(r"^((?:[A-ZÀ-Ý][a-zà-ÿ'.-]+\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'-]+)\s+([A-ZÀ-Ý][A-ZÀ-Ý&,.'\s-]+)$")
_MERGED_CAPS_NAME_THEN_COMPANY = re.compile(r"^((?:[A-ZÀ-Ý][A-ZÀ-Ý'.-]+\s+){1,3}[A-ZÀ-Ý][A-ZÀ-Ý'-]+)\s+([A-ZÀ-Ý][a-zà-ÿ].*)$")
# "Watts-Barnett, Corp·Dr. Kimberly Phillips": two boxes read as one row, a dot (or the gap) read as a middle dot
_DOT_BEFORE_HONORIFIC = re.compile(r"(?<=[^\W\d_])·(?=(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|MS|Prof|PROF)\.?\s*[A-ZÀ-Ý])")
_MERGED_AT_HONORIFIC = re.compile(r"^(.*?\S)\s+((?:Dr|Mr|Mrs|Ms|Prof)\.\s*\S.*)$", re.IGNORECASE)


# a "|" or "·" between two details read as a letter or digit: "T 303 555 0187 1 M 303 555 0188"
_BAR_AFTER_NUMBER = re.compile(r"(?<=\d) [lI1] (?=[A-Z][a-z]{0,5}\.?:?\s?[+(]?\d|[\w.+-]+@)")
# ... or between a title's role and its department: "Associate Director I Building Consultancy"
_BAR_AFTER_ROLE = re.compile(r"\b(Director|Manager|Lead|Partner|Head|Officer|Engineer|Consultant|Recruiter) "
                             r"[lI1] (?=[A-Z][a-z])")


def mend_separators(text: str) -> str:
    """The bars and dots OCR read as "l", "I" or "1" between two details
    or after a title's role, put back as "|"."""
    text = re.sub(r"(?<=[A-Za-z]) l (?=[A-Z])", " | ", text)  # "EMEA Operations l Country Manager": no word is "l"
    # "PO Box 1184 I Fremantle WA 6959" (not "1300 I Street NW", Washington's streets named by a letter)
    text = re.sub(r"(?<=\d) [lI] (?=[A-Z][a-z]{2,})(?!(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Way)\b)", " | ", text)
    return _BAR_AFTER_ROLE.sub(r"\1 | ", _BAR_AFTER_NUMBER.sub(" | ", text))


ROLE_NOUNS = frozenset({
    "manager", "director", "officer", "partner", "lead", "leader", "head", "engineer", "developer", "recruiter",
    "specialist", "generalist", "consultant", "analyst", "coordinator", "administrator", "assistant", "associate",
    "advisor", "adviser", "executive", "president", "vp", "svp", "evp", "avp", "founder", "owner", "scientist",
    "designer", "architect", "accountant", "attorney", "counsel", "supervisor", "superintendent", "principal",
    "professor", "nurse", "physician", "technician", "representative", "agent", "planner", "buyer", "controller",
    "strategist", "producer", "editor", "trainer", "instructor", "teacher", "ceo", "cto", "cfo", "coo", "cio", "cmo",
    "chro", "intern", "clerk", "secretary", "treasurer", "chair", "dean", "fellow", "researcher", "lecturer",
    "programmer", "auditor", "economist", "paralegal", "solicitor", "barrister", "pharmacist", "therapist",
    "surveyor", "inspector", "investigator", "liaison", "sourcer", "recruiting", "headteacher", "headmaster",
    "headmistress", "captain", "chaplain", "midwife", "dentist", "veterinarian", "steward", "foreman", "chancellor",
    "provost", "registrar"})
"""The nouns a job title ends with: a line that ends without one may go on in the next."""


def ends_in_a_role(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return False
    # "Director-General", "Vice-Chancellor": a hyphenated role
    last = text.lower().split()[-1] if text.split() else ""
    return words[-1] in ROLE_NOUNS or bool(_PROFESSIONAL.search(words[-1])) \
        or "-" in last and any(part in ROLE_NOUNS for part in re.findall(r"[^\W\d_]+", last))


# "Physiotherapist", "Gastroenterologist", "Optometrist", "Paediatrician": a clinician's role
_PROFESSIONAL = re.compile(r"(?:ologist|therapist|iatrist|metrist|ician|surgeon|hygienist|dietitian|paramedic)$")


# Words only French print, for Canadian cards that give each line in both languages
_FRENCH_WORDS = frozenset({
    "de", "des", "du", "la", "le", "les", "et", "à", "ressources", "humaines", "gestionnaire", "directeur",
    "directrice", "ingénierie", "ingénieur", "ingénieure", "conseiller", "conseillère", "recrutement",
    "développement", "logistique", "ltée", "plateforme", "infonuagique", "affaires", "adjoint", "adjointe",
    "génie", "partenaire", "talents", "données", "solutions", "gestion", "principale", "chef", "équipe",
    "ministère", "gouvernement", "emploi", "santé", "sécurité", "services", "cellulaire", "bureau", "poste",
    "aux", "employés", "générale"})
# (which English prints too: each counts half, so "People Services" is not French and "Services aux employés" is)
_SHARED_WITH_ENGLISH = frozenset({"services", "solutions", "bureau", "chef", "poste"})


def reads_as_french(text: str) -> bool:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    french = sum((0.5 if w in _SHARED_WITH_ENGLISH else 1) for w in words if w in _FRENCH_WORDS)
    # (words English never prints, however few: "Banque Laurentide-Huron")
    return french >= 1 and french * 2 >= len(words) or any(w in ("ltée", "ingénierie", "infonuagique", "banque")
                                                           for w in words)


# Words of the other language on bilingual cards in Spanish (US), Welsh and Irish (UK, Ireland): never English
_OTHER_LANGUAGE_WORDS = frozenset({
    "directora", "enfermería", "salud", "centro", "comunitario", "comunitaria", "recursos", "humanos", "gerente",
    "jefa", "jefe", "coordinadora", "coordinador", "servicios", "del", "los", "las", "y",
    "cymdeithas", "tai", "pennaeth", "pobl", "ffôn", "rheolwr", "cyfarwyddwr", "adnoddau", "dynol", "prifysgol",
    "cyngor", "swyddog", "ysgol", "canolfan", "gwasanaethau", "uwch", "bartner", "busnes", "cymraeg",
    "príomhoide", "bainisteoir", "stiúrthóir", "oifigeach", "roinn", "seirbhís", "sláinte", "feidhmeannacht",
    "ospidéal", "údarás", "iompair", "acmhainní", "daonna"})


def _reads_as_another_language(text: str) -> bool:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    other = sum(w in _OTHER_LANGUAGE_WORDS for w in words)
    return reads_as_french(text) or bool(words) and other * 2 > len(words)


# Small words English never prints, in the names of French, German, Dutch and Nordic bodies
_FOREIGN_JOINING_WORDS = frozenset({"des", "du", "aux", "et", "für", "und", "voor", "för", "och", "og", "af"})


def _foreign_name_of_a_body(text: str) -> bool:
    """"Secrétariat international des zones humides", "Myndigheten för
    kustövervakning": a joining word of another language and a letter
    English does not use."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    return any(w in _FOREIGN_JOINING_WORDS for w in words) and any(re.search(r"[à-öø-ÿ]", w) for w in words)


def other_language_lines(texts: list[str]) -> set[int]:
    """Which of several lines name a body in another language, when some do not
    (not by the word lists alone: "Services" and "Solutions" are French too)."""
    other = {n for n, text in enumerate(texts) if _foreign_name_of_a_body(text)}
    return other if len(other) < len(texts) else set()


def english_half(text: str) -> str | None:
    """"Engineering Manager | Gestionnaire, ingénierie", "Atlantic Logistics
    Ltd. / Logistique Atlantique Ltée", "Head of People | Pennaeth Pobl":
    a bilingual line's English half."""
    bar_read_as_i = PARTED_BY_A_BAR_READ_AS_I.fullmatch(text)
    if bar_read_as_i:  # "People Services I Services aux employés"
        text = f"{bar_read_as_i.group(1)} | {bar_read_as_i.group(2)}"
    for separator in (" | ", " / ", " · "):
        if separator in text:
            first, second = (part.strip() for part in text.split(separator, 1))
            first_other = _reads_as_another_language(first)
            if first and second and first_other != _reads_as_another_language(second):
                return second if first_other else first
    return None


def split_merged_columns(text: str, domain_labels: list[str] = ()) -> list[str]:
    """OCR reads two columns printed on one baseline as one line:
    "Maple Financial Corp. ANGELA K. THOMAS", "Fernandez & Guibert STÉPHANE
    TEIXEIRA", "Summit TechnologiDR. RICHARD ROACH".  Split where a
    company's legal form, a change to capitals or an honorific is followed
    by what reads as a person's name; otherwise keep the line.
    domain_labels: the names of the card's web and email domains."""
    text = english_half(text) or text
    text = _DOT_BEFORE_HONORIFIC.sub(" · ", text)
    text = unglue_words(unglue_name(_GLUED_CAPITALS.sub(" ", _GLUED_HONORIFIC.sub(" ", rejoin_gapped_name(
        join_spaced_letters(text)))), domain_labels))
    text = _short_legal_form_parted(text, domain_labels)
    parts = text.replace("\u3000", " ").split()
    if len(parts) == 2 and japanese.cjk_share(text) > 0.5:  # "山田太郎 株式会社東京システム開発"
        for name, company in (parts, parts[::-1]):
            if japanese.looks_like_name(name) and japanese.is_company(company):
                return parts
    pieces = [p.strip() for p in re.split(r"\s+[|·•]\s+", text) if p.strip()]
    if len(pieces) > 1 and (any(name_shape_ok(p) and _first_word_is_given_name(p) for p in pieces)
                            or _name_no_list_knows(pieces[0]) and all(_names_a_job(q) for q in pieces[1:])):
        # "Jane Doe | Recruiter": a name shares its line with the title (a name no list knows, "Jarrah Bush |
        # Talent Partner", when the other side is a job)
        return pieces
    bar_read_as_i = PARTED_BY_A_BAR_READ_AS_I.fullmatch(text)
    if bar_read_as_i and name_shape_ok(bar_read_as_i.group(1)) and _names_a_job(bar_read_as_i.group(2)) \
            and (_first_word_is_given_name(bar_read_as_i.group(1)) or _name_no_list_knows(bar_read_as_i.group(1))):
        return [bar_read_as_i.group(1), bar_read_as_i.group(2)]  # "Hope Lane I Talent Partner": the bar read as I
    for separator in (", ", " / ", " — ", " – ", " - ", "—", "–"):
        head, found, tail = text.partition(separator)
        if found and name_shape_ok(head) and (_first_word_is_given_name(head) or separator.strip() in ("—", "–")
                                              and _name_no_list_knows(head)) and _names_a_job(tail):
            # "Jane Doe, Senior Recruiter", "Maya Lindqvist / Product Designer", "Rafael Domínguez — Staff Engineer"
            # (its dash read as a hyphen: "Brooke Rlvers - Site Manager"; the spaces round it lost:
            # "Mireille Tremblay-Osei–Chief of Staff")
            return [head, tail.strip()]
    split = _name_then_title(text) or _credentials_then_title(text)
    if split:
        return split  # "Caleb Whitaker Recruiter", "Nadia Hussain HR Director"
    company = _company_the_domain_spells_at_the_end(text, domain_labels)
    if company and name_shape_ok(text[:-len(company)]) and _first_word_is_given_name(text[:-len(company)].strip()):
        return [text[:-len(company)].strip(), company]  # "DR. BETH HOLMES LYNCH & CHAVEZ" on lynch-chavez.com
    for pattern in (_MERGED_NAME_THEN_COMPANY, _MERGED_CAPS_NAME_THEN_COMPANY):
        match = pattern.match(text)  # "Amy Pearce STEVENSON & JOHNSON LIMITED", "RAYMOND ROBINSON Bluefield Partners PLC"
        if match and name_shape_ok(match.group(1)) and _first_word_is_given_name(match.group(1)) \
                and has_company_suffix(match.group(2)):
            return [match.group(1), match.group(2)]
    for pattern in (_MERGED_AT_SUFFIX, _MERGED_AT_CAPS, _MERGED_AT_HONORIFIC):
        match = pattern.match(text)
        if not match:
            continue
        head, tail = match.group(1).strip(" ,|-"), match.group(2).strip()
        if all(w.lower().strip(".") in honorifics("prefix") | {"the"} for w in head.split()):
            continue  # "The Rev. Dr. Adaeze ...": honorifics in a row open one name
        names_a_company = company_tail_words(head) or has_company_suffix(head)  # "Monarch Ventures MARCELO ANDRADE"
        # an honorific inside the line opens a second name: "Summit Technologi DR. RICHARD ROACH, P.ENG."
        if head and name_shape_ok(tail) and _first_word_is_given_name(tail) \
                and (names_a_company or pattern is _MERGED_AT_HONORIFIC or not name_shape_ok(text)):
            return [head, tail]
    # "PIONEER TECHNOLOGIES LTD 157 Sullivan Terrace, ...": the company beside its address
    # (also with the space lost: "PINNACLE LIMITED782 Whangawhaka Trail, ...")
    match = _MERGED_AT_SUFFIX.match(text) or _GLUED_AT_SUFFIX.match(text)
    if match and re.match(r"\d{1,5}[A-Za-z]?\s+[A-ZÀ-Ý]", match.group(2)) and re.search(r"[a-zà-ÿ]{3}", match.group(2)):
        return [match.group(1).strip(" ,"), match.group(2)]
    # "..., NS G9M4J4 Granite Group Inc.": an address's postcode, then the company (also run together:
    # "FM 46134CRESCENT ENERGY INC", two boxes OCR read as one)
    match = _POSTCODE_THEN_COMPANY.match(text)
    if match and has_company_suffix(match.group(2)):
        return [match.group(1), match.group(2)]
    return [text]


def _company_the_domain_spells_at_the_end(text: str, domain_labels: list[str]) -> str | None:
    """The last one to four words of the line when, their spaces and signs
    dropped, they spell one of the card's domains and are set apart from
    what comes before ("LYNCH & CHAVEZ" on lynch-chavez.com, "KeystoneVentures"
    on keystoneventures.org)."""
    labels = {re.sub(r"[^a-z0-9]", "", label.lower()) for label in domain_labels} - {""}
    words = text.split()
    for size in range(1, min(4, len(words) - 2) + 1):
        tail = " ".join(words[-size:])
        head = " ".join(words[:-size])
        # set apart from the name as another box is: in capitals beside a name that is not, glued in camel case,
        # or joined with "&" ("Mary Jo Tillman" at tillman.com, "Te Whare Wānanga o Kahurangi" stay whole)
        apart = tail.isupper() != head.isupper() or "&" in tail or re.search(r"[a-z][A-Z]", tail)
        if re.sub(r"[^a-z0-9]", "", tail.lower()) in labels and len(tail) >= 4 and apart:
            return tail
    return None


PARTED_BY_A_BAR_READ_AS_I = re.compile(r"(.+?[a-z])\s[Il]\s([A-Z][a-z].*)")
"""Two parts of a line and the bar between them read as I or l ("Hope Lane I Talent Partner", "Team Leader I
Building Consents"): no word of a name, title or unit is a lone I (use with fullmatch)."""


_SHORT_LEGAL_FORMS = ("AG", "KG", "SA", "SE", "BV", "NV", "AB", "AS", "OY", "LP", "CO")


def _short_legal_form_parted(text: str, domain_labels: list[str]) -> str:
    """"MONARCHAG" on a card of monarch.com: the domain's name and a legal form
    of two letters, run together (too short to part without the domain)."""
    for word in text.split():
        for form in _SHORT_LEGAL_FORMS:
            head = word[: -len(form)]
            if word.isupper() and word.endswith(form) and len(head) >= 3 and head.lower() in domain_labels:
                text = text.replace(word, f"{head} {form}")
    return text


def name_then_company(text: str) -> list[str] | None:
    """"Dr. Michael T. Moore Keystone Robotics", "Stella Fernandes Lumen Labs
    S.A.": a name ending in a known family name, then a company of two words
    or more ending in a business word or legal form, in natural capitals.
    Applied to the chosen name line only, after labelling: splitting every
    line so before labelling moved the labeller's weights for the worse on
    the São Paulo cards."""
    words = text.split()
    last = words[-1].lower().strip(".,") if words else ""
    if not (last in word_list("company_words") or has_company_suffix(text)) or text.isupper():
        return None  # capitals: _MERGED_NAME_THEN_COMPANY and friends decide
    for size in range(2, min(4, len(words) - 2) + 1):  # a company of two words or more, a name of two or more
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if not words[-size][:1].isupper() or head.endswith(",") \
                or not all(w[:1].isupper() or w.lower() in ("&", "and", "of") for w in words[-size:]):
            continue  # "Scott, Bennett and Davies PLC" is one company
        tokens = name_tokens(head)[0]
        if name_shape_ok(head) and _first_word_is_given_name(head) and len(tokens) >= 2 \
                and is_known_name(tokens[-1], "family_names"):
            return [head, tail]
    return None


_CAMEL_JOIN = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?: \.)?(?!\S)")


def join_spaced_letters(text: str) -> str:
    """Letter-spaced print that OCR read letter by letter ("R I V E R S T O N E",
    "J u n i p e r", "N o v a L t d a .") is one word again; unglue_words
    may then split it at a business word."""
    return _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)


def join_letter_spaced_words(text: str) -> str:
    """"M A R I S O L   D E   L A   C R U Z": letter-spaced words that OCR
    read letter by letter, the wider gaps between them kept as it returns
    them, are "MARISOL DE LA CRUZ" (read before spaces are collapsed, when
    the gaps still tell the words apart)."""
    groups = re.split(r"\s{2,}", text.strip())
    if len(groups) > 1 and all(re.fullmatch(r"(?:[^\W\d_] )+[^\W\d_]", g) for g in groups):
        return " ".join(g.replace(" ", "") for g in groups)
    return text


def rejoin_gapped_name(text: str) -> str:
    """A letter-spaced name in capitals read with its gaps in the wrong
    places ("JOSH UA PEMB U RY", "NI N A CALD E R", "ANJALI PA REKH"): when two or more
    fragments of one or two letters are left and the letters together are
    a known given name of three letters or more and at least three more
    letters (a known family name preferred), they are that name."""
    tokens = text.split()
    fragments = [t for t in tokens if len(t) <= 2 and t.isalpha()]
    if len(tokens) < 3 or not fragments or not all(t.isalpha() and t.isupper() for t in tokens) \
            or any(len(t) >= 2 and t.lower() in NAME_PARTICLES for t in tokens):  # "MARY DE LA CRUZ"
        return text
    letters = "".join(tokens).lower()
    given, family = word_list("given_names"), word_list("family_names")
    rest = "".join(tokens[1:]).lower()
    if tokens[0].lower() in given and rest in family and not any(t.lower() in family for t in tokens[1:]):
        return f"{tokens[0]} {rest.upper()}"  # "ANJALI PA REKH"
    if len(fragments) < 2:
        return text
    cuts = [n for n in range(len(letters) - 3, 2, -1) if letters[:n] in given]
    if not cuts:
        return text
    known = [n for n in cuts if letters[n:] in family]
    cut = (known or cuts)[0]
    return f"{letters[:cut].upper()} {letters[cut:].upper()}"


def unglue_words(text: str) -> str:
    """Letter-spaced print that OCR read without its spaces: a company whose
    last words are a known business word or legal form ("KESTRELCAPITALULC"
    -> "KESTREL CAPITAL ULC", "IRONBRIDGECONSULTING"), and two known title
    words or a given and a family name in camel case ("AssociateDirector",
    "JessicaBradford")."""
    return " ".join(_unglue_word(word) for word in text.split(" "))


def _unglue_word(word: str) -> str:
    form = next((f for f in _dotted_legal_forms() if word.lower().endswith(f)
                 and _fits_before(_TRAILING_LETTERS.search(word[: -len(f)]).group(0))), None)
    if form:  # "CONTOURS.R.L." -> "CONTOUR S.R.L."
        return f"{_unglue_word(word[: -len(form)])} {word[-len(form):]}"
    stop = "." if word.endswith(".") and word.count(".") == 1 else ""  # "DESIGNLTDA."
    word = word[: len(word) - len(stop)]
    if len(word) < 7 or not word.isalpha():
        return word + stop
    camel = _CAMEL_JOIN.split(word)
    if len(camel) == 2:
        left, right = (part.lower() for part in camel)
        titles, given, family = word_list("title_words"), word_list("given_names"), word_list("family_names")
        if (left in _title_vocabulary() and right in titles) or (left in given and right in family) \
                or (len(left) >= 3 and right in word_list("company_suffixes")):
            return " ".join(camel) + stop  # "NovaLtda.", "LiuCorp.", but "SoftBank" and "SunPower" are brands
        return word + stop
    if not (word.isupper() or word.islower()):
        return word + stop
    endings = _business_endings()
    pieces: list[str] = []
    rest = word
    while rest.lower() not in _CLOSED_COMPOUNDS:  # "LIFESCIENCES" is one word, not "LIFE SCIENCES"
        ending = next((e for e in endings if rest.lower().endswith(e) and _fits_before(rest[: -len(e)])), None) \
            or next((e for e in _AMBIGUOUS_ENDINGS if rest.lower().endswith(e)
                     and rest[: -len(e)].lower() in word_list("company_words")), None)  # "ASSOCIATESCORP"
        if ending is None:
            break
        pieces.insert(0, rest[-len(ending):])
        rest = rest[: -len(ending)]
    return (" ".join([rest, *pieces]) if pieces else word) + stop


def domain_in_words(label: str) -> str:
    """A domain's name with its business words parted ("redgumlabs" ->
    "redgum labs", "quillbrookrobotics" -> "quillbrook robotics"); a word
    like "labs" or "bank" is parted here too, as a domain has no "outlaw"."""
    ending = next((e for e in _AMBIGUOUS_ENDINGS if label.endswith(e) and _fits_before(label[: -len(e)])
                   and label[: -len(e)].isalpha()), None)
    if ending:
        return f"{_unglue_word(label[: -len(ending)])} {ending}"
    return _unglue_word(label)


_TRAILING_LETTERS = re.compile(r"[^\W\d_]*$")


@lru_cache(maxsize=1)
def _dotted_legal_forms() -> tuple[str, ...]:
    """Legal forms spelled with full stops ("s.r.l.", "b.v."), longest first."""
    return tuple(sorted((f for f in word_list("company_suffixes") if f.count(".") >= 2), key=len, reverse=True))


def _fits_before(rest: str) -> bool:
    """What is left before a business word is a word of its own: four letters
    or more ("outlaw" is not "out law"), or an acronym without vowels ("XF")."""
    return len(rest) >= 4 or (len(rest) >= 2 and not set(rest.lower()) & set("aeiouy"))


@lru_cache(maxsize=1)
def _title_vocabulary() -> frozenset[str]:
    """Words that start a job title: title heads, Faker's job words, department words ("Business Analyst")."""
    return frozenset(word_list("title_words") | word_list("job_words") | department_name_words())


_AMBIGUOUS_ENDINGS = frozenset({"law", "bank", "media", "group", "labs", "inc", "corp", "company"})
"""Business words that end ordinary words too ("outlaw", "multimedia", "since")."""


_CLOSED_COMPOUNDS = frozenset({"lifesciences", "biosciences", "geosciences", "neurosciences", "biotherapeutics",
                               "biopharma", "biosystems", "biomedical", "healthcare", "medtech", "fintech", "agritech",
                               "edtech", "proptech", "infotech", "infosystems", "ecosystems", "transports",
                               "microsystems", "microelectronics", "nanosystems", "geosystems", "telesystems"})
"""Business words written as one word that end in another ("Saptagiri Lifesciences", not "Life Sciences";
"Vaigai Infosystems"; "TRANSPORTS BORÉAL" is no "TRAN SPORTS")."""


@lru_cache(maxsize=1)
def _business_endings() -> tuple[str, ...]:
    """Business words and legal forms a letter-spaced company may end in, longest first."""
    return tuple(sorted((w for w in word_list("company_words") | word_list("company_suffixes") | _CLOSED_COMPOUNDS
                         if w.isalpha() and len(w) >= 3 and w not in _AMBIGUOUS_ENDINGS), key=len, reverse=True))


def unglue_name(text: str, domain_labels: list[str] = ()) -> str:
    """A name printed in spaced capitals often comes back from OCR as one
    word ("KIMBERLYRIVERS"); split it where a known given name is followed
    by a known family name.  Only on short lines, so a company's one-word
    logo ("BRIGHTSTONE") is left alone unless both halves are names; never
    a word the card's domain spells ("LAURENTIAN HYDRO" at laurentianhydro.ca,
    not Lauren Tian)."""
    words = text.split()
    if not 1 <= len(words) <= 2:
        return text
    given, family = word_list("given_names"), word_list("family_names")
    out = []
    for word in words:
        core = word.strip(".,")
        if len(core) >= 7 and core.isalpha() and (core.isupper() or core[1:].islower()) \
                and core.lower() not in given and core.lower() not in family \
                and not any(core.lower() in label for label in domain_labels):
            lower = core.lower()
            # 4+ letters each ("Analist" is no "Ana List"); 5+ for the family name of a word in natural
            # capitals, which is more often a place or a firm ("Glenmore", "Wilhelminakade")
            shortest_family = 4 if core.isupper() else 5
            cuts = [n for n in range(len(lower) - shortest_family, 3, -1) if lower[:n] in given and lower[n:] in family]
            if cuts:
                word = word.replace(core, f"{core[:cuts[0]]} {core[cuts[0]:]}")
        out.append(word)
    return " ".join(out)


def _name_no_list_knows(text: str) -> bool:
    """"Jarrah Bush", "T. Beauregard McAllister Ill": shaped as a name, with
    no word a title, job, team or business would use."""
    return name_shape_ok(text) and not any(w.lower().strip(".,") in _work_vocabulary() for w in text.split())


@lru_cache(maxsize=1)
def _work_vocabulary() -> frozenset[str]:
    return (word_list("title_words") | word_list("job_words") | word_list("department_words")
            | word_list("company_words") | word_list("company_suffixes"))


def _names_a_job(text: str) -> bool:
    """A job title ("Senior Recruiter", "Partner"), not a degree or a
    name suffix ("PhD", "Jr.", "MBA, PMP")."""
    words = [w.lower().strip(".,()") for w in text.split()]
    suffixes = honorifics("suffix")
    return bool(words) and not any(w.replace(".", "") in suffixes for w in words) \
        and any(w in word_list("title_words") for w in words)


def _name_then_title(text: str) -> list[str] | None:
    """A name and the title printed beside it on one baseline, with no
    separator: the name's words first (a known given name), then words
    that open a title ("Recruiter", "HR Director", "Plant Manager")."""
    words = text.split()
    for cut in (2, 3):
        if len(words) <= cut:
            continue
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        opener = words[cut].strip(".,")
        known_name = _first_word_is_given_name(head) or is_known_name(words[cut - 1], "family_names")
        if words[cut - 1].lower() in _FIRST_WORDS_OF_A_ROLE:
            continue  # "Whanau Case Manager", "FSS Case Manager II": a role of two words, not a surname before it
        if (name_shape_ok(head) and known_name and "," not in head and _names_a_job(tail)
                and not re.search(r",\s*\d", tail)  # "Q The Coach House, 12 Hanover Quay": a pin, then a street
                and (opener.lower() in word_list("title_words") or opener.lower() in word_list("job_words")
                     or opener.isupper() and 2 <= len(opener) <= 4)  # "HR Director", "VP Sales"
                and not any(w.lower().strip(".,") in word_list("title_words") or w.lower().strip(".,") in word_list("job_words")
                            for w in words[:cut])):
            return [head, tail]
    return None


def _credentials_then_title(text: str) -> list[str] | None:
    """"Yesenia Castellanos, DDS Owner & Lead Dentist": a name, its
    credentials, then the title on the same row."""
    head, comma, tail = text.partition(", ")
    words = tail.split()
    suffixes = honorifics("suffix")
    count = 0
    while count < len(words) and words[count].strip(".,").replace(".", "").lower() in suffixes:
        count += 1
    rest = " ".join(words[count:])
    if comma and count and rest[:1].isupper() and name_shape_ok(head) and _first_word_is_given_name(head) \
            and _names_a_job(rest) and words[count].strip(".,").lower() in word_list("title_words") | word_list("job_words"):
        return [f"{head}, {' '.join(words[:count]).rstrip(',')}", rest]
    return None


# Words that make a role with the noun after them and are surnames too ("Case", "Account", "Branch", "Store")
_FIRST_WORDS_OF_A_ROLE = frozenset({"case", "account", "project", "store", "branch", "program", "programme", "product",
                                    "plant", "shift", "site", "client", "office", "practice", "field", "floor"})


def _first_word_is_given_name(text: str) -> bool:
    tokens, _, _ = name_tokens(text)
    return bool(tokens) and is_known_name(first_name_token(tokens), "given_names")


def company_tail_words(text: str) -> bool:
    """A short line with a business word or legal form: "IT Solutions", "Corp."."""
    words = [w.lower().strip(".,") for w in text.split()]
    return bool(words) and len(words) <= 4 and any(
        w in word_list("company_words") or w in word_list("company_suffixes") for w in words
    )
