"""Person names: is this line a name, and what are its parts.

nameparser does the splitting (prefixes, particles like "van der",
suffixes like "Jr." and "PhD"); the lexicons say how name-like a line is.
"""
from __future__ import annotations

import re

from nameparser import HumanName

from . import japanese
from ..model import NameParts
from ..resources import word_list
from .spelling import lookalike_readings, mend_capital_i_in_acronyms, only_reading, read_so_in_capitals
from .text import is_all_caps, smart_title

_TOKEN = re.compile(r"[^\s]+")


def honorifics(kind: str) -> frozenset[str]:
    return frozenset(
        entry.split(":", 1)[1].strip().replace(".", "")
        for entry in word_list("honorifics")
        if entry.startswith(kind + ":")
    )


def _bare(token: str) -> str:
    return token.strip(".,;:()®™").replace(".", "").lower()  # ("CFP®", "CLU®": the mark is no part of it)


# a qualification with its country or body in brackets: "CA(SA)", "CPA(Aust.)", "CA (Z)"
# ... or its field or class: "BEng(Hons)", "BSc(Eng)", "CNeoN(C)"
_QUALIFIED_POSTNOMINAL = re.compile(r"([A-Z][A-Za-z]{1,5})\(([A-Z][A-Za-z.]{0,11})\)")
_SPACED_QUALIFICATION = re.compile(r"\b([A-Z]{2,5})\s+(\([A-Z][A-Za-z.]{0,11}\))(?=\s*$|\s*,)")  # "CA (Singapore)"
_DEGREE_IN_A_SUBJECT = re.compile(r"\s+(?:[BM](?:Sc|A|Com|Eng|Ed|Tech|Pharm)|MBChB|BDS|BChD)\.?(?:\s*\(Hons\))?"
                                  r"(?:\s+[A-Z][a-z]+){1,2}\s*\([A-Z][A-Za-z]{1,7}\)\s*$")
""""Riaan van der Merwe BSc Physio (UCT)": a degree, its subject and the
university in brackets after the name, as South African and British
clinicians print them (the subject is in no list of credentials)."""
_SOUTH_AFRICAN_REGISTRATION = re.compile(r"\b(Pr)\.?\s(Eng)\b\.?")
""""Pieter van der Merwe, Pr Eng": a registered engineer, the credential printed in two words."""
_SPACED_HONOURS = re.compile(r"\b([A-Z][A-Za-z]{1,5})\s+(\((?:Hons|Hon|Eng)\.?\))")  # "BEng (Hons) PhD"


def _qualified_postnominal(token: str) -> bool:
    match = _QUALIFIED_POSTNOMINAL.fullmatch(token)
    return bool(match) and (sum(ch.isupper() for ch in match.group(1)) >= 2
                            or _bare(match.group(1)) in honorifics("suffix"))


_NICKNAME = re.compile(r"(?<=\S)\s+(?:''|[\"“”'‘’(])\s*([A-Z][a-z]{1,11})\s*(?:''|[\"“”'‘’)])(?=\s+\S|(?<=\))[A-Z])"
                       r"|(?<=\S)\s+[\"“”]([A-Z]{2,3})[\"“”](?=\s+\S)")  # ('Dwayne "DJ" Metcalf': initials in quotes)
_NOT_NICKNAMES = frozenset({"pty", "ret", "retd", "hons", "jr", "sr"})


def without_nickname(text: str) -> str:
    """'Yonatan "Yoni" Levi', 'Theodore (Ted) Lachance': the name as an
    address book files it, without the nickname printed inside it (also with
    the space after the bracket lost: "Xiaoling (Lynn)Chen-Hartmann")."""
    text = _NICKNAME.sub(lambda m: m.group(0) if m.group(1) and (m.group(1).lower() in _NOT_NICKNAMES
                                                                 or m.group(1).lower() in word_list("company_suffixes"))
                         else "" if m.string[m.end():m.end() + 1].isspace() else " ", text)
    text = _HONORIFIC_AFTER.sub("", text)
    given = _GIVEN_NAME_AFTER.search(text)
    if given and len(text[:given.start()].split()) >= 2 and is_known_name(given.group(1), "given_names"):
        text = text[:given.start()]
    return text


_HONORIFIC_AFTER = re.compile(r"\s*\((?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\)\s*$")
""""Folasade Oluwaseun Adeyemi (Mrs.)": how to address her, as Nigerian cards print it, no part of the name."""
_GIVEN_NAME_AFTER = re.compile(r"\s+\(([A-Z][a-z]{1,11})\)\s*$")
""""Lim Chee Wah (Jason)": the English given name a Singaporean or Malaysian goes by, printed after the
name (a known given name only: "CA (Singapore)" is a credential's country)."""


# (the slash read as l, I or 1: "(theylthem)"; the bracket closed with a brace: "(she/her}")
_PRONOUNS = re.compile(r"\s*[(\[{|]?\s*\b(?:she|he|they|ze|xe)\s*[/lI1]\s*(?:her|him|them|thern|hers|his|theirs|zir|xem)"
                       r"(?:\s*/\s*\w+)?\s*[)\]}]?\s*$", re.IGNORECASE)


def without_pronouns(text: str) -> str:
    """Pronouns printed after a name ("Alex Morgan (they/them)") are not part of it."""
    return _PRONOUNS.sub(" ", text).rstrip()


def nickname_of(text: str) -> str | None:
    """'Yoni' of 'Yonatan "Yoni" Levi': the name the person goes by (their
    email is often built from it)."""
    match = _NICKNAME.search(text)
    return match.group(1) if match and match.group(1) and match.group(1).lower() not in _NOT_NICKNAMES else None


# the second half of a German degree ("Dr.-Ing.", "Dipl.-Kfm.", "Dr. med."): a prefix only after the first
_DEGREE_FIELDS = frozenset({"ing", "kfm", "kff", "inf", "oec", "psych", "phys", "chem", "biol", "jur", "med", "vw", "wirt"})


def _is_prefix(token: str, prefixes: frozenset[str]) -> bool:
    bare = _bare(token)
    if bare in prefixes:
        return True
    head, _, field = bare.partition("-")
    return head in prefixes and field in _DEGREE_FIELDS


_RANKS_OF_PROFESSOR = frozenset({"associate", "assistant", "adjunct", "emeritus", "clinical", "honorary", "visiting"})


_POSTNOMINAL_SHAPE = re.compile(r"[A-Z][A-Za-z]{0,6}(?:[-+][A-Z]{1,3})?\.?®?")  # ("BD+C": LEED's building design)


def _only_postnominals(tail: str, suffixes: frozenset[str]) -> bool:
    """What follows a name's comma is its grades: each one a known grade or
    shaped like one (two capitals or more: "BScN", "NPD-BC"), one at least known."""
    tokens = tail.replace(",", " ").split()
    return bool(tokens) and any(_bare(t) in suffixes or _qualified_postnominal(t) for t in tokens) and all(
        _bare(t) in suffixes or _qualified_postnominal(t)
        or (_POSTNOMINAL_SHAPE.fullmatch(t) and sum(ch.isupper() for ch in t) >= 2) for t in tokens)


def name_tokens(text: str) -> tuple[list[str], bool, bool]:
    """The tokens of a name line without honorifics or a nickname, and
    whether it had a prefix / suffix."""
    text = _SPACED_HONOURS.sub(r"\1\2", _SPACED_QUALIFICATION.sub(r"\1\2", text))
    text = _DEGREE_IN_A_SUBJECT.sub("", without_pronouns(without_nickname(text)))
    text = _SOUTH_AFRICAN_REGISTRATION.sub(r"\1\2", text)
    prefixes, suffixes = honorifics("prefix"), honorifics("suffix")
    had_prefix = had_suffix = False
    head, comma, tail = text.partition(",")
    if comma and _only_postnominals(tail, suffixes):
        text, had_suffix = head, True  # "Farah Haddad-Singh, RN, BScN, MN, CHE": some grades no list knows
    tokens = _TOKEN.findall(text.replace(",", " , "))
    tokens = [t for t in tokens if t != ","]
    if len(tokens) > 3 and tokens[0].lower() in _RANKS_OF_PROFESSOR and _bare(tokens[1]) in ("professor", "prof"):
        tokens.pop(0)  # "Associate Professor Rania Saliba": the rank goes with the prefix
    if len(tokens) > 2 and tokens[0] == "The" and _is_prefix(tokens[1], prefixes):
        tokens.pop(0)  # "The Rev. Dr. Adaeze ...", "The Hon. ...": the article goes with the prefix
    while tokens and _is_prefix(tokens[0], prefixes) and len(tokens) > 1:
        tokens.pop(0)
        had_prefix = True
    while tokens and (_bare(tokens[-1]) in suffixes or _qualified_postnominal(tokens[-1])) and len(tokens) > 1:
        tokens.pop()
        had_suffix = True
    return tokens, had_prefix, had_suffix


def unglue_credentials(text: str) -> str:
    """"Pádraig Ó Súilleabháin CEngMIEI": two known grades read as one word
    are two again."""
    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            if tail[:1].isupper() and _bare(head) in honorifics("suffix") and _bare(tail) in honorifics("suffix"):
                return f"{head} {tail}"
        return word
    return re.sub(r"(?<=\s)[A-Z][A-Za-z]{3,9}\b", lambda m: m.group(0) if _bare(m.group(0)) in honorifics("suffix")
                  else split(m), text)


_ZERO_FOR_O_PARTICLE = re.compile(r"(?<=[a-zà-ÿ]{2} )0(?= [A-ZÀ-Ý][a-zà-ÿ]{2,})")


def mend_irish_particle(text: str) -> str:
    """"Pádraig 0 Súilleabháin": the Irish particle Ó read as a zero between
    two words of a name (with its fada when the name keeps its others); not
    on a line with other digits or an address's words ("Level 0 Tower")."""
    if re.search(r"\d", _ZERO_FOR_O_PARTICLE.sub("", text)) or re.search(
            r"(?i)\b(?:suite|unit|level|floor|room|box|no|building|block|lot|plot|bay|gate|platform)\s+0\b", text):
        return text
    return _ZERO_FOR_O_PARTICLE.sub("Ó" if re.search(r"[áéíóúÁÉÍÓÚ]", text) else "O", text)


def mend_credential_i(text: str) -> str:
    """"CEng MlEI", "Melissa Chau, CAlB", "M1ET", "Dip Cll": a credential's capital I read as a small l or a
    one, put right when the mended word is a known credential."""
    def mend(match: re.Match[str]) -> str:
        mended = match.group(0).replace("l", "I").replace("1", "I")
        return mended if _bare(mended) in honorifics("suffix") else match.group(0)
    return re.sub(r"\b[A-Z][A-Zl1]*[l1][A-Zl1]*\b", mend, mend_capital_i_in_acronyms(text))


def reads_as_postnominals(text: str) -> bool:
    """"MBA, CMPM": grades, one at least known, the rest shaped like them."""
    return _only_postnominals(text, honorifics("suffix"))


def only_credentials(text: str) -> bool:
    """"MSc | Chartered MCIPD", "MBA, PMP", "B.Arch MRIAI" printed under the
    name: degrees and memberships, no name nor any field of their own (they
    would push the title out)."""
    suffixes = honorifics("suffix")
    text = mend_credential_i(text)  # "CEng MlEI"
    text = re.sub(r"(?<=[A-Za-z])\s*\([A-Z][A-Za-z. ]{0,15}\)", "", text)  # "Master Mariner (FG)", "FAusIMM (CP)"
    parts = [p.strip(" .") for p in re.split(r"[|,/•·]", text.replace("B. ", "B.")) if p.strip(" .")]
    return bool(parts) and all(p.replace(".", "").lower() in suffixes
                               or all(_bare(t) in suffixes for t in p.split()) for p in parts)


def opens_with_credentials(text: str) -> bool:
    """"BEng (Mining) FAus IMM(CP)", "MBA, CPA": a line of degrees, which no name opens with."""
    words = text.split()
    return bool(words) and _bare(words[0]) in honorifics("suffix") and len(_bare(words[0])) >= 2


_WELSH_PATRONYMICS = frozenset({"ap", "ab"})
"""'son of' inside a Welsh name ("Rhys ap Gwilym"), in small letters only ("LEED AP" is a credential)."""


def stays_small(word: str) -> bool:
    """A word of a name printed in small letters: a particle ("van", "binti"),
    the Welsh "ap", an Arabic "al-Haddad" or "d'Souza"."""
    return word.lower() in NAME_PARTICLES or word in _WELSH_PATRONYMICS \
        or bool(re.match(r"(?:al|el|ad|as|ud|d)[-'’][A-ZÀ-Ý]", word))


def name_shape_ok(text: str) -> bool:
    """Two to five words of letters, each capitalised: the shape of a name."""
    tokens, _, _ = name_tokens(text)
    if not 2 <= len(tokens) <= 5:
        return False
    for token in tokens:
        core = token.strip(".,'")
        if not core or any(ch.isdigit() for ch in core):
            return False
        if not re.fullmatch(r"[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?", core) and core.lower() not in NAME_PARTICLES:
            return False  # ("s/o", "a/l": the Malay and Singapore "son of")
        if len(core) > 1 and not core[0].isupper() and not stays_small(core) \
                or core in _WELSH_PATRONYMICS and token in (tokens[0], tokens[-1]):
            return False
    return tokens[-1].lower() not in NAME_PARTICLES and tokens[0].lower() not in NAME_PARTICLES


_PEOPLE_SEPARATOR = re.compile(r"\s+(?:/|&|and|e|y|und|et)\s+")


def first_person(text: str) -> str:
    """"Eliete / Ana Paula", "Guilherme e Esteves": two people on one line;
    the first is this contact.  A line without such a split is returned as is."""
    parts = _PEOPLE_SEPARATOR.split(text)
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        first = parts[0].split()[0] if parts[0].split() else ""
        if is_known_name(first, "given_names"):
            return parts[0].strip()
    return _first_of_two_side_by_side(text)


def _first_of_two_side_by_side(text: str) -> str:
    """"Amber Morrison Anthony Miller, Jr.", "Agathe EtzoldLuciano Mude": two
    people printed side by side and read as one line; split where a known
    given name follows a known family name ("Anna Maria Luisa Rossi" stays
    whole: Maria is a given name)."""
    unglued = re.sub(r"(?<=[a-z]{2})(?<!Mac)(?<!Mc)(?=[A-Z][a-z]+\s+[A-Z])", " ", text)  # (not "MacGregor")
    # the names before the credentials ("Priscilla Soh Li Ting, CA (Singapore)"; "..., Jr." goes with the second)
    tokens = unglued.partition(",")[0].split()
    if len(tokens) < 4 or not is_known_name(tokens[0], "given_names"):
        return text
    if is_known_name(tokens[-1], "given_names") and not is_known_name(tokens[-1], "family_names") \
            or len(tokens) == 4 and len(tokens[2]) <= 4 and len(tokens[3]) <= 4:
        # "Jolene Lim Wei Ling", "Grace Lim Hui Min": a Western given name before the Chinese name,
        # whose given name of two syllables ends it
        return text
    for k in range(2, min(4, len(tokens) - 1)):
        if is_known_name(tokens[k], "given_names") and is_known_name(tokens[k - 1], "family_names") \
                and _bare(tokens[k]) not in honorifics("suffix") \
                and not is_known_name(tokens[k - 1], "given_names") and tokens[k - 1][:1].isupper() \
                and tokens[k][:1].isupper() and tokens[k + 1][:1].isupper():
            return " ".join(tokens[:k])
    return text


def is_known_name(token: str, kind: str) -> bool:
    """In the "given_names" or "family_names" list, or hyphenated with a
    part that is ("Mary-Jane", "Smith-Jones", "Jean-Baptiste")."""
    names = word_list(kind)
    word = token.lower().strip(".,")
    return word in names or ("-" in word and any(len(part) >= 2 and part in names for part in word.split("-")))


def is_a_name(token: str) -> bool:
    """In either list, given or family names (a name read alone may be either)."""
    return is_known_name(token, "given_names") or is_known_name(token, "family_names")


_LOWER_L_WORD = re.compile(r"(?<![^\s(\[\"'])l([a-z]{2,})\b")
# no word starts with a small l and then one of these: "lnvestor", "lT", "lBM"
_L_BEFORE_CONSONANT = re.compile(r"(?<![^\s(\[\"'])l(?=[bcdfgjkmnpqrstvwxzBCDFGJKMNPQRSTVWXZ])(\w+)")
_L_ABBREVIATIONS = frozenset({"ltd", "lb", "lbs", "lvl", "lt", "ltda"})


def mend_capital_i(text: str) -> str:
    """"lan Campos", "228 lan Valleys", "Via llaria": in sans-serif type a
    capital I and a small l are the same stroke, and OCR often picks l.  A
    word with a small l where the line's other words are capitalised is put
    right when only the I form is a known name, or when no word could start
    that way ("lnvestor Relations", "lT Manager")."""
    if not any(word[:1].isupper() for word in text.split()):
        return text
    if is_all_caps(text):  # "UNIVERSITY 0F": a zero for the O of a joining word in capitals
        text = re.sub(r"(?<=\s)0([FN])\b", r"O\1", text)
    text = _L_BEFORE_CONSONANT.sub(
        lambda m: m.group(0) if m.group(0).rstrip(".") in _L_ABBREVIATIONS else "I" + m.group(1), text)

    def mend(match: re.Match[str]) -> str:
        word, mended = match.group(0), "I" + match.group(1)
        known_as_is = is_a_name(word)
        known_mended = is_a_name(mended)
        return mended if known_mended and not known_as_is else word

    return _LOWER_L_WORD.sub(mend, text)


def mend_particles(text: str) -> str:
    """"Nur Farhana bintl Zulkifli", "Vinod a/1 Subramaniam", "Rajan s/0 Pillai":
    the Malay and Singapore "daughter of" / "son of" with a lookalike slip;
    the Arabic "al-" likewise, and a zero for the O opening a family name in
    capitals ("0NG Boon Keat")."""
    text = re.sub(r"(?<=[a-z] )bint[lI1|](?= [A-Z])", "binti", text)
    text = re.sub(r"(?<=[a-z] )([ad])/[1I|](?= [A-Z])", r"\1/l", text)
    text = re.sub(r"(?<=[a-z] )aI-(?=[A-Z][a-z])", "al-", text)  # "Yusuf aI-Haddad": the l of al- read as I
    # "0NG Boon Keat": a family name in capitals opening on a zero for its O
    text = re.sub(r"^0(?=[A-Z]{1,}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$)", "O", text)
    return re.sub(r"(?<=[a-z] )([sd])/0(?= [A-Z])", r"\1/o", text)


def mend_given_name(text: str) -> str:
    """"Sarnuel Okoro", "Steplianie", "Andrevv", "6regory Hale": a line's
    first word that is no known given name, but exactly one of its lookalike
    readings ("rn" for "m", "li" for "h", "vv" for "w", a digit for a letter)
    is, is that name."""
    match = re.match(r"[^\W_]{4,}(?=\s+[A-ZÀ-Ý])", text)
    if not match or is_a_name(match.group(0)):
        return text
    word = match.group(0)
    mended = only_reading(word.lower(), lambda r: is_known_name(r, "given_names")
                          and (not word.isupper() or read_so_in_capitals(word.lower(), r)))  # not "GARIEP" -> "GANEP"
    if mended is None:
        return text
    return (mended.upper() if word.isupper() else mended.capitalize()) + text[match.end():]


def mend_family_names(person: str) -> str:
    """"Thandeka Mkhlze": a word after the first that is no known name, but
    exactly one lookalike reading of which ("rn" for "m", a small l for an
    i) is a known family name (a rare name no list knows stays as read)."""
    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        if is_a_name(word) or _bare(word) in honorifics("suffix"):
            return word
        lower = word.lower()
        small_l = {lower[:n] + "i" + lower[n + 1:] for n, ch in enumerate(lower) if ch == "l" and n}
        found = {r for r in small_l | lookalike_readings(lower) if is_known_name(r, "family_names")}
        if len(found) != 1:
            return word
        mended = found.pop()
        return mended.upper() if word.isupper() else mended.capitalize()
    head, comma, rest = person.partition(",")
    return re.sub(r"(?<=\s)[A-Z][a-z]{3,}\b", mend, head) + comma + rest


def first_name_token(tokens: list[str]) -> str:
    """The given name of "J. Robert Oppenheimer" is Robert: leading initials
    are skipped when a name follows them."""
    for token in tokens[:-1]:
        if not re.fullmatch(r"[^\W\d_]\.?", token):
            return token
    return tokens[0] if tokens else ""


def last_name_token(tokens: list[str]) -> str:
    for token in reversed(tokens):
        if token.lower() not in NAME_PARTICLES:
            return token
    return tokens[-1] if tokens else ""


NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "do", "dos", "das", "di", "del", "della", "la", "le", "du",
                            "bin", "binti", "binte", "al", "y", "e", "s/o", "d/o", "a/l", "a/p"})
"""Words inside a name that stay in small letters ("Ana van der Berg", the Welsh "Rhys ap Gwilym")."""


def split_name(text: str) -> NameParts:
    if japanese.cjk_share(text) > 0.5:
        return japanese.name_parts(text)
    words = smart_title(text).split()
    prefixes = honorifics("prefix")
    peeled = 0  # "Dipl.-Kfm.": degrees nameparser does not know
    while peeled < len(words) - 2 and _is_prefix(words[peeled], prefixes):
        peeled += 1
    name = HumanName(" ".join(words[peeled:]))
    return NameParts(
        prefix=" ".join(words[:peeled] + ([name.title] if name.title else [])) or None,
        given=name.first or None,
        middle=name.middle or None,
        family=name.last or None,
        suffix=name.suffix or None,
    )
