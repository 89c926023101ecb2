"""OCR's one-letter slips in job titles, mended towards the title lexicons.

On photos RapidOCR often gets one letter of a title word wrong ("Senior
Produet Manager", "Associate Directon", "Benior UX Designer").  A title
is built from a small vocabulary, so a word that is not in it but is one
commonly confused letter away from exactly one of its words is that
word.  Only words of five letters or more are touched (shorter ones have
too many neighbours), and never a word the vocabularies know, an acronym
or a word with digits.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..resources import word_list
from .text import strip_accents

_WORD = re.compile(r"[^\W_]+")
MIN_LENGTH = 5


# the short ampersand acronyms of titles and units, their & read as an 8 (postcodes such as "B8V" are not among them)
_AMPERSAND_READ_AS_8 = re.compile(r"\b(?:R8D|P8L|M8A|Q8A|L8D|D8I|A8E|H8S|T8D)\b")


def mend_title_words(title: str) -> str:
    title = re.sub(r"(?<=[a-z]{3})(of|and|for)(?=[A-Z][a-z])", r" \1 ", title)  # "HeadofDigital Services"
    title = re.sub(r"\b(of|and|for)(?=[A-Z][a-z]{2,})", r"\1 ", title)  # "Head ofPeople"
    # "Staff Software Engi neer", "Mar keting": when the second half is no word and the whole is
    title = _rejoin_split_words(title, lambda head, tail: head + tail in _known_words()
                                and tail not in _known_words() and len(tail) >= 3)
    # "Engineer Il", "Analyst lll": a level in Roman numerals, its I's read as l's or 1's
    title = re.sub(r"(?<=[A-Za-z] )(?=[Il1]*[l1])[Il1]{2,3}$", lambda m: "I" * len(m.group(0)), title)
    # "Data & Al", "Al Platform": AI with its I read as l (no title or team names a person Al)
    title = re.sub(r"(?:(?<=&\s)|(?<=\bData\s)|(?<=\band\s)|(?<=\bof\s)|(?<=\bfor\s)|(?<=[|,/–-]\s)|^)Al\b(?!['-])", "AI", title)
    title = mend_capital_i_in_acronyms(title)  # "GlS & Remote Sensing"
    title = re.sub(r"\b(HR|IT|QA|UX|UI|VP|PR|HSE|EHS|SVP|EVP|AVP)(?=[A-Z][a-z]{3,})", r"\1 ", title)  # "HRManager"
    title = re.sub(r"\bC([EFTIOMPR])0\b", r"C\1O", title)  # "Office of the CT0": a chief's O read as a zero
    # "Press Line4", "Ward12": the space before a line's or a ward's number lost
    title = re.sub(r"\b(Line|Shift|Ward|Team|Unit|Crew|Bay|Zone|Cell)(?=\d{1,2}\b)", r"\1 ", title)
    title = _AMPERSAND_READ_AS_8.sub(lambda m: m.group(0).replace("8", "&"), title)  # "Associate Director - R8D"
    title = _WORD.sub(lambda m: _mend_word(m.group(0)), mend_small_l(title))  # "HR GeneraIist"
    return _WORD.sub(lambda m: _w_read_as_vv(m.group(0)), mend_lone_digits(title))  # "Digital Channe1s"


def mend_slips_before_labelling(text: str, is_a_name: Callable[[str], bool]) -> str:
    """"Human Resourc es", "HR GeneraIist", "Foundatlon Trust": a title's,
    team's or company's word OCR split or misread, mended before the line is
    labelled (the labeller knows "Resources", not "Resourc es").  Never a
    word a name list knows."""
    vocabulary = _known_words()
    text = _rejoin_split_words(text, lambda head, tail: head + tail in vocabulary and (
        tail not in vocabulary and len(tail) >= 3 or head not in vocabulary and len(head) >= 4))
    return _WORD.sub(lambda m: m.group(0) if is_a_name(m.group(0)) else _mend_lookalike(m.group(0)), mend_small_l(text))


def _thin_stroke_readings(word: str) -> set[str]:
    return {word[:n] + other + word[n + 1:] for n, letter in enumerate(word) if letter in "ilt"
            for other in "ilt" if other != letter}


def _mend_lookalike(word: str) -> str:
    lower = word.lower()
    if len(word) < 6 or not word.isalpha() or not lower.isascii() or lower in _known_words():
        return word
    for vocabulary in (department_name_words(), word_list("department_words"), word_list("title_words"),
                       word_list("company_words")):
        near = {r for r in lookalike_readings(lower) | _thin_stroke_readings(lower) if r in vocabulary}
        if len(near) == 1:
            return _same_case(near.pop(), word)
        if near:
            return word
    return word


def mend_capital_i_in_acronyms(text: str) -> str:
    """"GlS", "MLlS", "CAlB": a capital I read as a small l between capitals
    (no word prints a lone small l inside capitals)."""
    return re.sub(r"\b[A-Z]+l[A-Z]+\b", lambda m: m.group(0).replace("l", "I"), text)


def _rejoin_split_words(text: str, joins: Callable[[str, str], bool]) -> str:
    """A space OCR put inside a word: each word in small letters is joined
    to the one before it when `joins` (given both in small letters) says so."""
    out: list[str] = []
    for word in text.split(" "):
        if out and out[-1].isalpha() and word.isalpha() and word == word.lower() and joins(out[-1].lower(), word):
            out[-1] = out[-1] + word
            continue
        out.append(word)
    return " ".join(out)


def close_compass_bracket(text: str) -> str:
    """"Bandra (East, Mumbai 400051": an Indian suburb's side, the bracket's close lost."""
    return re.sub(r"\((East|West|North|South|E|W)(?=,)", r"(\1)", text)


def mend_company_words(company: str) -> str:
    """"Kootenay Peaks Cred it Union": a space OCR put inside a word of a
    company's name, when one half is no word and the whole is one;
    "Counci1": a digit read for a letter, when one reading is a word."""
    company = re.sub(r"(?<=[A-Za-z]) 8 (?=[A-Z])", " & ", company)  # "Blue Mesa Power 8 Light": an ampersand read as 8
    vocabulary = _known_words()  # the company words among them
    company = _rejoin_split_words(company, lambda head, tail: len(head) >= 3 and head + tail in vocabulary
                                  and not (head in vocabulary and tail in vocabulary))
    return " ".join(_mend_company_word(word, vocabulary) for word in company.split(" "))


def _mend_company_word(word: str, vocabulary: frozenset[str]) -> str:
    word = _mend_m_read_as_rn(_w_read_as_vv(mend_lone_digits(_mend_digit_in_word(word, vocabulary))), vocabulary)
    lower = word.lower()
    if len(word) >= 5 and word.isalpha() and lower.isascii() and lower not in vocabulary:
        # "Teachlng Hospitals", "Dlstrict": an i read as l (or back) in a common word
        known = [r for r in _thin_stroke_readings(lower) if r in vocabulary]
        if len(known) == 1:
            return _same_case(known[0], word)
    return _parted_common_words(word) or word  # "HousingTrust"


def mend_lone_digits(text: str) -> str:
    return _WORD.sub(lambda m: _letter_for_a_lone_digit(m.group(0)), text)


def _letter_for_a_lone_digit(word: str) -> str:
    """"St0kes", "Chi1dren's", "Channe1s": one 0 or 1 inside a word's letters is
    the O or the l it looks like (an i when only that makes a known word);
    a code's digits ("B2B", "Web3", "4Front") are never inside its letters."""
    match = re.fullmatch(r"([^\W\d_]{2,})([01])([^\W\d_]+)", word)
    if not match or len(match.group(1)) + len(match.group(3)) < 4:
        return word
    head, digit, tail = match.groups()
    capital = head[-1].isupper() and (tail[:1].isupper() or len(head) > 1 and head[-2].isupper())
    if digit == "0":
        return head + ("O" if capital else "o") + tail
    if (head + "i" + tail).lower() in _known_words() and (head + "l" + tail).lower() not in _known_words():
        return head + ("I" if capital else "i") + tail
    return head + ("L" if capital else "l") + tail


def _w_read_as_vv(word: str) -> str:
    """"Carrovv", "KŌVVHAI": a w read as two v's (English keeps vv only before
    a y: "savvy", "divvy")."""
    if word.lower() in _known_words() or not re.search(r"(?i)[^\W\d_]vv(?!y)", word):
        return word
    return re.sub(r"(?i)(?<=[^\W\d_])vv(?!y)", lambda m: "W" if m.group(0).isupper() else "w", word)


def _parted_common_words(word: str) -> str | None:
    """"ProductDesign", "HousingTrust": two capitalised common words with the
    space between them lost ("SoftBank", "SunPower" are no two such words)."""
    glued = re.fullmatch(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,})", word)
    if glued and all(part.lower() in _known_words() for part in glued.groups()):
        return f"{glued.group(1)} {glued.group(2)}"
    return None


def _mend_m_read_as_rn(word: str, vocabulary: frozenset[str]) -> str:
    """"Prairielink Cornmunications": an m read as "rn" in a company's
    common word, when the word is none and one m makes it one (a brand's
    own word, "Cornerstone", "Fernwood", reads as nothing else)."""
    lower = word.lower()
    if len(word) < 6 or "rn" not in lower or not word.isalpha() or lower in vocabulary:
        return word
    readings = {lower[:n] + "m" + lower[n + 2:] for n in range(len(lower) - 1) if lower.startswith("rn", n)}
    known = [r for r in readings if r in vocabulary]
    return _same_case(known[0], word) if len(known) == 1 else word


_JOINERS_AND_FORMS = frozenset({"y", "e", "et", "and", "&", "de", "da", "do", "di", "du", "von", "van", "of", "the",
                                "sa", "nv", "bv", "ag", "ab", "as", "oy", "srl", "spa", "sl", "llc", "ltd", "inc", "co"})


def joined_as_the_domain(company: str, domain_labels: list[str]) -> str:
    """"Red wood", "Northwin d" on a card of redwood.io, northwind.com: a
    space OCR put inside the company's one-word name, which its domain
    spells whole; "EDGEWATE INSURANCE" at edgewaterins.com: a word's last
    letter lost, that the domain spells before the next word."""
    labels = {re.sub(r"[^a-z0-9]", "", label.lower()) for label in domain_labels}
    company = _words_as_the_domain_spells_them(company, labels)
    words = company.split(" ")
    if len(words) >= 3 and max(map(len, words)) <= 3 and "".join(words).lower() in labels and "".join(words).isalpha():
        return "".join(words)  # "O r bi t" at orbit.net: a letter-spaced logo read with its gaps misplaced
    for size in (3, 2):
        for n in range(len(words) - size + 1):
            piece = words[n:n + size]
            joined = "".join(piece)
            # not "Kestrel Design", nor a logo in small letters or capitals ("blue fern", "TIDEPOOL creative")
            broken = piece[0][:1].isupper() and not piece[0].isupper() \
                and any(w[:1].islower() or len(w) <= 2 and w.isalpha() for w in piece[1:]) \
                and not any(w.lower().strip(".,") in _JOINERS_AND_FORMS or w.lower() in word_list("company_suffixes")
                            for w in piece[1:])  # not "Studio 54", "Blanca y Nadal", "Dumont SA"
            if broken and re.sub(r"[^a-z0-9]", "", joined.lower()) in labels and not any(
                    re.sub(r"[^a-z0-9]", "", w.lower()) in labels for w in piece) and joined.isalnum():
                return joined_as_the_domain(" ".join(words[:n] + [joined] + words[n + size:]), domain_labels)
    return _parted_after_the_domain(company, labels)


def _parted_after_the_domain(company: str, labels: set[str]) -> str:
    """"Saltwiremedia" at saltwire.media: a letter-spaced logo joined into
    one word, the domain's name then a business word, is two words again."""
    if not company.isalpha():
        return company
    for label in labels:
        rest = company[len(label):]
        if len(label) >= 3 and company.lower().startswith(label) and len(rest) >= 3 \
                and rest.lower() in word_list("company_words"):
            return f"{company[:len(label)]} {rest.capitalize() if company[:1].isupper() else rest}"
    return company


def capital_i_as_the_domain_spells(text: str, labels) -> str:
    """"Iumenkit", "talIyhouse", "JARRAHDAIE" at lumenkit.io, tallyhouse.com,
    jarrahdalesteel.com.au: a capital I where the domain (in small letters,
    so never misread so) has an l."""
    labels = {re.sub(r"[^a-z0-9]", "", label.lower()) for label in labels}

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        pattern = "".join("[il]" if ch == "I" else re.escape(ch.lower()) for ch in word)
        found = {m.group(0) for label in labels for m in re.finditer(pattern, label)} - {word.lower()}
        if len(found) != 1:
            return word
        spelled = found.pop()
        return "".join(("L" if word.isupper() else "l") if ch == "I" and spelled[k] == "l" else ch
                       for k, ch in enumerate(word))
    return re.sub(r"[^\W\d_]*I[^\W\d_]*", lambda m: mend(m) if len(m.group(0)) >= 5 else m.group(0), text)


def _words_as_the_domain_spells_them(company: str, labels: set[str]) -> str:
    words = company.split(" ")
    for n, word in enumerate(words):
        lower = word.lower()
        if len(lower) < 5 or not lower.isalpha():
            continue
        following = words[n + 1].lower()[:3] if n + 1 < len(words) and len(words[n + 1]) >= 3 else ""
        if following.isalpha() and not any(lower + following in label for label in labels):
            # the last letter lost: "edgewate" + "r" before the next word's start ("ins...") in the domain
            found = {m.group(1) for label in labels for m in re.finditer(re.escape(lower) + r"([a-z])" + following, label)}
            if len(found) == 1:
                letter = found.pop()
                words[n] = word + (letter.upper() if word.isupper() else letter)
                continue
        words[n] = capital_i_as_the_domain_spells(word, labels)
    # (any other letter confused for a similar one is not mended here: the domain is as often the
    # misread one, "Attas Financial" at attasfinancial.co.uk for Atlas)
    return " ".join(words)


def _mend_digit_in_word(word: str, vocabulary: frozenset[str]) -> str:
    if len(word) < 4 or not any(ch.isdigit() for ch in word) or sum(ch.isalpha() for ch in word) < 3:
        return word
    mended = only_reading(word.lower(), vocabulary.__contains__)
    return _same_case(mended, word) if mended else word


def mend_digit_slips(text: str) -> str:
    """"Deputy Metro Ed1tor": a title's or team's word with a one or zero read inside its letters, mended
    before the line is labelled (the labeller knows "Editor", not "Ed1tor")."""
    return re.sub(r"\b[A-Za-z]{2,}[01][A-Za-z]{2,}\b", lambda m: _mend_word(m.group(0)), text)


def _mend_word(word: str) -> str:
    lower = word.lower()
    if lower in ("0f", "0n", "0r"):
        return "o" + lower[1]  # "Director 0f Talent"
    if len(word) < 4:
        return word
    if any(ch.isdigit() for ch in word) or "vv" in lower:
        # "Pe0ple", "6rowth", "Softvvare": lookalikes that make no word
        mended = only_reading(lower, lambda r: r in _known_words() and not any(ch.isdigit() for ch in r))
        if mended is None:
            return word
        return mended.capitalize() if word[:1].isdigit() and not word.isupper() else _same_case(mended, word)
    folded = strip_accents(lower)
    if folded != lower and folded.isascii() and folded in _known_words():
        return _same_case(folded, word)  # "Sénior": an accent read into an English title
    if len(word) < MIN_LENGTH or not lower.isascii() or lower in _known_words() or (word.isupper() and len(word) <= 5):
        return word
    camel = re.fullmatch(r"([A-Z][a-z]{2,})([A-Z]{2,4})", word)
    if camel and camel.group(1).lower() in _known_words():
        return f"{camel.group(1)} {camel.group(2)}"  # "SeniorHR"
    parted = _parted_common_words(word)  # "ProductDesign"
    if parted:
        return parted
    teams = department_name_words()  # not title words: "Headteacher" is one word
    glued = [n for n in range(4, len(lower) - 3) if lower[:n] in teams and lower[n:] in teams]
    if len(glued) == 1 and word.isalpha():  # "Talentacquisition": the space lost in small letters
        head, tail = word[:glued[0]], word[glued[0]:]
        return f"{head} {tail[0].upper() + tail[1:] if head[:1].isupper() else tail}"
    # a first or last letter lost ("ecruiting", "Manage"), or an m read as "rn" / an h as "li"
    for vocabulary in _vocabularies():
        # (never a vowel or a plural's "s" added at the end: "Generalist" is no "Generalista",
        # "Solution Architect" no "Solutions Architect")
        near = {w for w in vocabulary if len(w) == len(lower) + 1
                and (w[1:] == lower or w[:-1] == lower and w[-1] not in "aeious")}
        near |= {r for r in lookalike_readings(lower) if r in vocabulary}
        if len(near) == 1:
            mended = near.pop()
            if mended[1:] == lower:  # the first letter was lost with its capital
                return mended.upper() if word.isupper() else mended.capitalize()
            return _same_case(mended, word)
        if near:
            return word
    # a letter confused for a similar one: only towards English words, as Faker's job words of seven
    # locales would turn "Derivatives" into Portuguese "Derivativos"
    for vocabulary in (word_list("title_words"), word_list("job_words_en"), department_name_words(),
                       word_list("department_words"), word_list("spelling_words")):
        near = {candidate for candidate in _confusions(lower) if candidate in vocabulary}
        if len(near) == 1:
            return _same_case(near.pop(), word)
        if near:
            return word
    return word


_CONFUSED: dict[str, str] = {}
for _pair in ("ce", "cg", "eo", "co", "ao", "il", "it", "lt", "ft", "rn", "nu", "bh", "sb"):
    _CONFUSED[_pair[0]] = _CONFUSED.get(_pair[0], "") + _pair[1]
    _CONFUSED[_pair[1]] = _CONFUSED.get(_pair[1], "") + _pair[0]
"""Letters OCR mistakes for each other on small or blurred print."""


def _vocabularies() -> tuple[frozenset[str], ...]:
    # the curated heads first
    return (word_list("title_words"), word_list("job_words"), department_name_words(), word_list("department_words"),
            word_list("spelling_words"))


def _confusions(word: str) -> set[str]:
    """Every spelling one confusable letter away: only substitutions, since
    a letter added or dropped turned right words into other languages' words
    ("Project" -> "Projet", "Generalist" -> "Generalista").  An "m" read as
    "rn" ("Managernent") is a lookalike reading, tried before these."""
    return {word[:n] + other + word[n + 1:] for n, letter in enumerate(word) for other in _CONFUSED.get(letter, "")}


def _same_case(mended: str, printed: str) -> str:
    if printed.isupper():
        return mended.upper()
    if printed[:1].isupper():
        return mended[:1].upper() + mended[1:]
    return mended


@lru_cache(maxsize=1)
def department_name_words() -> frozenset[str]:
    """"acquisition", "resources": the words of the department names."""
    return frozenset(word for phrase in word_list("department_names") for word in phrase.split())


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words a title may hold that are spelled right as they are."""
    return frozenset(word_list("title_words") | word_list("job_words") | word_list("department_words")
                     | department_name_words() | word_list("company_words") | word_list("spelling_words"))


# What OCR reads for what, in words of names and companies: digits for the
# letters they look like, letter pairs for one letter and back.
_LOOKALIKE_DIGITS = {"5": "s", "8": "b", "1": "il", "6": "g", "0": "o"}
_LOOKALIKE_PAIRS = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("vv", "w"),
                    ("w", "vv"), ("ri", "n"), ("n", "ri"))


def mend_towards(text: str, references: list[str], domains: list[str] = (),
                 known: Callable[[str], bool] | None = None) -> str:
    """Words of a card line mended towards what the same card prints in its
    email and web addresses: "Ernma Thornton" with emma.thornton@,
    "5terling & Sage" with sterlingsage.com, "ascadia Transit" with
    cascadiatransit.ca.  A word changes only when it is not in any of those
    addresses and exactly one lookalike reading of it is, and (with `known`)
    not when the word is known and its reading, in no domain, is not:
    "SAMUEL" stays with sarnuel@, the address misread.  A lost first
    letter is only put back from a domain: an address's first letter is as
    often an icon run into it ("Ejohn.lewis@")."""
    domains = [d.lower() for d in domains if d]
    refs = [r.lower() for r in references if r] + domains
    if not refs:
        return text
    # "Shonda Gai ther" with sgaither@: a space OCR put inside a capitalised word (its second half in small
    # letters and no small word of its own: "Montes de Oca", "Hands Across the Valley" stay)
    text = re.sub(r"\b([A-Z][^\W\d_]+) (?!(?:and|the|for|del|der|den|des|van|von|with)\b)([a-z]{3,})\b",
                  lambda m: m.group(1) + m.group(2) if any((m.group(1) + m.group(2)).lower() in ref for ref in refs)
                  and not any(m.group(2) in ref.split(".") for ref in refs) else m.group(0), text)

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if match.start() == 0 and not any(ref.startswith(lower) for ref in refs):
            # the line's first letter lost: "ascadia Transit" for cascadiatransit.ca
            lost = {ref[0] for ref in domains if ref[1:].startswith(lower) and ref[:1].isalpha()}
            if len(lost) == 1:
                letter = lost.pop()
                return (letter + word).upper() if word.isupper() else letter.upper() + word
        if any(lower in ref for ref in refs):
            return word
        mended = only_reading(lower, lambda v: len(v) >= 4 and any(v in ref for ref in refs))
        if mended is None or known is not None and known(lower) and not known(mended) \
                and not any(mended in domain for domain in domains):
            return word
        if word.isupper():
            # "UNIVERSITY OF VVEARMOUTH" at wearmouth.ac.uk; but "KINGSMEAD" stays at kingsrneadlaw.co.uk
            # (no capital M is read from "RN": the address is the misread one)
            return word if "rn" in mended and mended.replace("rn", "m") == lower else mended.upper()
        if word[:1].isdigit() or len(mended) != len(word):
            return mended.capitalize() if word[1:] == word[1:].lower() and not word[:1].islower() else mended
        return _same_case(mended, word)

    return re.sub(r"[^\W_]{4,}", mend, text)


def mend_small_l(text: str) -> str:
    """"SaIt Lake City", "BIoomsbury", "GabrielIa": a small l read as a capital I
    inside a word of small letters (not after Mc or Mac: "McIntyre")."""
    text = re.sub(r"(?<=[A-Za-zÀ-ÿ][a-zß-ÿ])II(?=[a-zß-ÿ]|\b)", "ll", text)  # "WeIIington", "CampbeII": a double l
    text = re.sub(r"(?<!Mc)(?<!Mac)(?<=[A-Za-zÀ-ÿ][a-zß-ÿ])I(?=[a-zß-ÿ])", "l", text)  # "MaoIáin"
    return re.sub(r"\b([A-Z])I(?=[a-z]{3,})", r"\1l", text)


_CAPITAL_OF_DIGIT = {"0": "O", "1": "I", "5": "S", "6": "G", "8": "B"}
_PLACE_WORDS = frozenset({"level", "floor", "room", "suite", "unit", "tower", "building", "block", "house", "plaza",
                          "hospital", "clinic", "library", "central", "campus", "station", "industrial",
                          "centre", "center", "office", "singapore", "malaysia", "india", "kenya", "nigeria",
                          "philippines", "australia", "canada", "ireland", "london", "dublin", "dubai"})


_NUMBER_AFTER_PLACE = re.compile(r"(?i)\b((?:level|floor|suite|unit|berth|room|shop|gate|pier|bay|lot|block|building"
                                 r"|platform|store|tower)\s+#?)((?=[lIO\d]*[lO\d])(?=[lIO\d]{2,4}\b)[lIO\d]+|l(?=,|$))\b")
_DIGIT_OF_LETTER = str.maketrans("lIO", "110")


def mend_arabic_article(text: str) -> str:
    """"AI Maryah Island", "AI Barsha": the Arabic article's small l read as a capital I."""
    return re.sub(r"\bAI(?=[\s-][A-Z][a-z])", "Al", text)


def mend_address_words(text: str) -> str:
    """"Leve1 12", "F1oor 3", "Roorn 1203", "Singap0re 138669": a word of an
    address with one lookalike slip (a digit inside letters, "rn" for "m"),
    mended when exactly one reading is a street's, a unit's or a place's
    word; "Fl oor": a space inside one."""
    def place_word(word: str) -> bool:
        return word in _PLACE_WORDS or word in word_list("street_words") or word in word_list("place_words")

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if word[0] == "0" and word[1:].isalpha() and word[1:].islower():
            return "O" + word[1:]  # "0ttawa": a capital O read as a zero
        if re.fullmatch(r"[A-Z]?[a-z]{3,}I", word):
            return word[:-1] + "l"  # "LeveI 3", "CanaI Wharf": a small l read as a capital I at the word's end
        if re.fullmatch(r"[A-Z]I[a-z]+", word):
            return word[0] + "l" + word[2:]  # "BIvd", "FIoor", "AIi": a capital then a small l read as I
        slipped = (any(ch.isdigit() for ch in word) and sum(ch.isalpha() for ch in word) >= 3) or "rn" in lower \
            or "vv" in lower
        if place_word(lower):
            return word
        if not slipped:
            # "Keamey": a town's "rn" read as "m", the other way round (only that reading: many words have an m;
            # not in short words: "Hung Hom" is no "Horn")
            readings = {lower[:n] + "rn" + lower[n + 1:] for n, ch in enumerate(lower) if ch == "m"}
            towns = [r for r in readings if r in word_list("place_words")] if word[:1].isupper() and len(word) >= 5 else []
            return (towns[0].upper() if word.isupper() else towns[0].capitalize()) if len(towns) == 1 else word
        mended = only_reading(lower, place_word)
        if mended is None:
            # "I1lovo", "Wi1shire": a lone one inside a word's small letters is an l, whatever place it names
            return re.sub(r"(?<=[A-Za-z])1(?=[a-z])", "l", word) if re.fullmatch(r"[A-Z]?[A-Za-z]+1[a-z]{2,}", word) else word
        if len(mended) != len(word):
            return mended.capitalize() if word[:1].isupper() else mended
        return _same_case(mended, word)

    def rejoin(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        return head + tail if place_word((head + tail).lower()) and not place_word(tail) else match.group(0)

    text = re.sub(r"\b([A-Za-z]{1,8}) ([a-z]{2,8})\b", rejoin, text)  # "Fl oor 5"
    text = re.sub(r"(?<=[a-z])0(?=[a-z])", "o", re.sub(r"(?<=[a-z])1(?=[a-z])", "l", text))  # "Princet0n"
    text = re.sub(r"(?<=[a-z]{3}l)1\b", "l", text)  # "Clerkenwel1": the last of a double l
    # "Q 1650 Hollis St", "V Ty Hafren": the pin icon (not "V Street NW", a street named by its letter)
    # ("V Farm 1023, Annandale Road": a farm's or a plot's number after the pin)
    text = re.sub(r"^[QV]\s+(?=[\dlI]\d*,?\s+(?:[A-Z]|(?:rue|via|calle|avenida|av\.?|avenue|boulevard|boul\.?|chemin|route)\s)"
                  r"|(?:Level|Floor|Suite|Unit|Building|Studio|Shop|Office)\s+\w|No\.?\s+\d"
                  r"|(?!(?:Street|St|Avenue|Ave|Road|Rd)\b)[A-Z][a-zŷ]+\s+(?:[A-Z]|\d))", "", text)
    # "l Westferry Circus", "l2 Charlotte Square": the house number's 1 read as a letter
    text = re.sub(r"^[lI](?=\d{0,3}[a-z]? [A-Z][a-z])", "1", text)
    text = re.sub(r"\bSth(?=\s+(?:Floor|Flr|Fl)\b)", "5th", text)  # "Sth Floor" (not "Sth Melbourne", South)
    # "loth Floor", "l2th Street": a 1 read as l, a 0 as o, in an ordinal before a floor or street word
    text = re.sub(r"\b[lI1][oO0-9](?=th\s+(?:Floor|Fl\b|Street|St\b|Avenue|Ave\b))",
                  lambda m: m.group(0).translate(str.maketrans("lIoO", "1100")), text)
    text = re.sub(r"\b(of|the|and)(?=[A-Z][a-z]{3,})", r"\1 ", text)  # "Avenue of theAmericas": the space lost
    # "425 Ist Street SW", "lst Floor": first, its 1 read as a letter
    text = re.sub(r"(?<=\d )[lI]st(?=\s+(?:Floor|Fl\b|Street|St\b|Avenue|Ave\b|Road|Rd\b))|\b[lI]st(?=\s+(?:Floor|Fl)\b)",
                  "1st", text)
    text = re.sub(r"\bP(\.?\s?)0(\.?\s?)(?=Box\b)", r"P\1O\2", text)  # "P.0. Box": the O of Post Office read as 0
    text = re.sub(r"\bC0\.(?=\s?[A-Z][a-z])", "Co.", text)  # "C0. Cork": an Irish county's "Co."
    text = re.sub(r"\bOuay\b", "Quay", text)  # "Fish Ouay": the Q's tail lost
    text = re.sub(r"\b0N(?=\s*[A-Z][\dOl][A-Z]\s?[\dOl][A-Z][\dOl]\b)", "ON", text)  # "Toronto 0N M5X 1A9": Ontario
    # "Box l7", "PO Box 55O": lookalikes in a box's number (at least one digit read right)
    text = re.sub(r"(?<=\bBox )(?=[\dlIO]*\d)[\dlIO]{2,6}(?=[A-Z]?\b)",  # ("RR 2 Box l47A")
                  lambda m: m.group(0).translate(str.maketrans("lIO", "110")), text)
    text = re.sub(r"^(\d+)B(\d+)(?= \w)", r"\g<1>8\2", text)  # "4B50 Broadmoor Ave": the house number's 8 read B
    text = re.sub(r"(?i)\b(unit|suite|level|floor|block|room|shop)(?=\d)", r"\1 ", text)  # "Unit4"
    text = re.sub(r"\b5te\b(?=\.?\s*\d)", "Ste", text)  # "5te 114": the S of Suite's abbreviation read 5
    text = re.sub(r"(?<=\d )5t\b(?=\.?\s+[A-Z][a-z])", "St", text)  # "88 5t Georges Terrace": Saint's S read 5
    text = re.sub(r"\bN0\.(?=\s*\d)", "No.", text)  # "Plot N0. 55": the o of No. read as a zero
    text = re.sub(r"\b5A(?=\s+\d{4}$)|\bN5W(?=\s*\d{4}$)", lambda m: m.group(0).replace("5", "S"), text)  # "Angaston 5A 5353"
    text = mend_arabic_article(text)
    text = re.sub(r"\b8ox\b", "Box", re.sub(r"\b([Bb])0x\b", r"\1ox", text))  # "P.O. B0x 555412", "GPO 8ox 1563"
    # "Bth Floor", "l8th Floor", "S6th St": an ordinal's 8 read as B, its 1 as l, the compass letter glued to it
    text = re.sub(r"\bBth\b", "8th", text)
    text = re.sub(r"(?<=\d )([NSEW])(?=[A-Z][a-z]{2,})", r"\1 ", text)  # "222 WAdams St": the compass point glued on
    text = re.sub(r"\bRD(?=\d{1,2}\b)", "RD ", text)  # "RD2": New Zealand's rural delivery round, its space lost
    text = re.sub(r"^(\d[\dO]*O[\dO]*)(?= [A-Z][a-z])", lambda m: m.group(1).replace("O", "0"), text)  # "2OO Main Street"
    text = re.sub(r"(?<=\d )[lI1]{2}(?= (?:Street|St|Avenue|Ave)\b)", "11", text)  # "5920 ll Street SE": a numbered street
    text = close_compass_bracket(text)
    text = re.sub(r"(?i)\b(Suite|Ste)(\.?\s+\d{1,2}) (\d{2})(?=\s*(?:,|$))", r"\1\2\3", text)  # "Suite 11 00,": a space read in
    text = re.sub(r"\b([A-Z])(Block|Wing|Tower|Sector)\b", r"\1 \2", text)  # "C-24, GBlock": the space lost
    text = re.sub(r"(?<=[a-z] )Il(?=,|\s*$)", "II", text)  # "Brgy. Sambag Il", "Wuse Il": a Roman two, its I read l
    text = re.sub(r"(?<=\d/)S\b", "5", text)  # "Jalan Setia 3/S": a Malaysian street's number, its 5 read S
    text = re.sub(r"\b([A-Z])8([A-Z])(?=\s+[A-Z][a-z])", r"\1&\2", text)  # "V8A Waterfront" (not "V8A 1B2", a postcode)
    # "14 Quay Street I Spinningfields": the bar between two parts of an address read as I
    text = re.sub(r"(?i)\b(street|road|avenue|lane|place|square|quay|way|drive|parade|terrace)\s+[Il|]\s+(?=[A-Z])",
                  r"\1, ", text)
    text = re.sub(r"(?<=\d)(st|nd|rd|th)(?=Floor\b)", r"\1 ", text)  # "6thFloor": the space lost
    text = re.sub(r"\b[lI](\d(?:st|nd|rd|th))\b", r"1\1", text)
    text = re.sub(r"\b([NSEW])(\d{1,3}(?:st|nd|rd|th))\b", r"\1 \2", text)
    # "CEP11576074", "1476 -Sala 427": the spaces around a Brazilian postcode's label and a dash lost
    text = re.sub(r"(?<=\w) -(?=[A-ZÀ-Ý][a-zà-ÿ])", " - ", re.sub(r"\bCEP(?=\d)", "CEP ", text))
    # "Bldg. 4l", "Room 2.3l", "N2l4", "Station 3l": a number's 1 read as a small l; "BIdg." its l as a capital I
    text = re.sub(r"(?<=\d)l(?=\d|\b)", "1", re.sub(r"\bBIdg\b", "Bldg", text))
    # "Room 2,14", "Room E1,12": a dot read as a comma
    text = re.sub(r"(?i)\b(room|rm)\s+([A-Z]?\d{1,2}),(\d{2,3})\b", r"\1 \2.\3", text)
    text = re.sub(r"^\d\s+(?=(?:Level|Suite|Unit|Floor|Lvl)\s+\d)", "", text)  # "9 Level 5": a pin icon read as 9
    # "Level 15. Sikka Tower 2": the comma after a unit's number read as a full stop
    text = re.sub(r"(?i)\b(level|floor|suite|unit|room)\s+(\d{1,4})\.\s+(?=[A-Z])", r"\1 \2, ", text)
    text = re.sub(r"\b([A-Z][a-z]+\d+)l\b", r"\g<1>1", text)  # "Hub7l": a number's 1 read as l
    # "MIDC Chakan Phase Il", "Sector lI": a Roman two or three with a small l for a capital I
    text = re.sub(r"(?i)\b(phase|sector|stage|block|wing|tower)\s+(?=[Il1]{2,3}\b)([Il1]+)\b",
                  lambda m: f"{m.group(1)} {'I' * len(m.group(2))}", text)
    # "Berth ll", "Level l2", "Unit lO": a unit's number with its digits read as letters
    text = _NUMBER_AFTER_PLACE.sub(lambda m: m.group(1) + m.group(2).translate(_DIGIT_OF_LETTER), text)
    text = mend_small_l(text)  # "SaIt Lake City", "BIoomsbury"
    # "8oundary Street", "5tation Road": a capital read as a digit (an ordinal has two letters: "8th")
    text = re.sub(r"\b[01568](?=[a-z]{4,}\b)", lambda m: _CAPITAL_OF_DIGIT[m.group(0)], text)
    return re.sub(r"[^\W_]{3,}", mend, text)


def split_at_card_domain(text: str, locals_: list[str], domains: list[str]) -> str:
    """A word run into the company's name with the space lost between them:
    "DR. FRÉDÉRIQUE LEBLANCGRANITE SARL" on a card of fleblanc@granite.fr.
    The word splits only where one half is the card's domain name and the
    other is in one of its addresses, so "Biotech" stays whole beside
    tech.com."""
    names = {d.lower() for d in domains if len(d) >= 4 and d.isalpha()}
    locals_ = [re.sub(r"[^a-z]", "", strip_accents(local.lower())) for local in locals_]
    if not names or not locals_:
        return text

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        bare = strip_accents(word.lower())
        if len(bare) != len(word):
            return word
        for name in names:
            for cut in (len(word) - len(name), len(name)):
                head, tail = bare[:cut], bare[cut:]
                if name not in (head, tail) or not _in_an_address(tail if head == name else head, locals_):
                    continue
                # in print of mixed case the company's name starts with a capital ("LeblancGranite")
                if word.isupper() or word[cut - 1].islower() and word[cut].isupper():
                    return f"{word[:cut]} {word[cut:]}"
        return word

    return re.sub(r"[^\W\d_]{7,}", split, text)


def _in_an_address(part: str, locals_: list[str]) -> bool:
    return len(part) >= 3 and any(part in local for local in locals_)


def only_reading(word: str, accept: Callable[[str], bool]) -> str | None:
    """The one lookalike reading of a word that `accept` takes; None when
    no reading or several are."""
    found = {reading for reading in lookalike_readings(word) if accept(reading)}
    return found.pop() if len(found) == 1 else None


def read_so_in_capitals(word: str, reading: str) -> bool:
    """Whether a given name printed in capitals could be the reading
    misread: a digit for a letter, or W as VV; "li" for "h", "ri" for "n",
    "rn" for "m" are slips of small letters ("GARIEP" is no "Ganep")."""
    return len(reading) == len(word) or reading == word.replace("vv", "w")


def lookalike_readings(word: str) -> set[str]:
    """Only the lookalikes that make an impossible word (a digit inside one,
    "rn" for "m"): single-letter swaps ("Port"/"Part") also turn right words
    into a misread address's spelling."""
    readings = set()
    for n, ch in enumerate(word):
        for letter in _LOOKALIKE_DIGITS.get(ch, ""):
            readings.add(word[:n] + letter + word[n + 1:])
    for digit, letters in _LOOKALIKE_DIGITS.items():
        if word.count(digit) >= 2 and re.search(rf"[^\W\d_]{digit}|{digit}[^\W\d_]", word):
            readings.update(word.replace(digit, letter) for letter in letters)  # "prairiemi11foods": a double l
    for printed, read in _LOOKALIKE_PAIRS:
        start = word.find(printed)
        while start != -1:
            readings.add(word[:start] + read + word[start + len(printed):])
            start = word.find(printed, start + 1)
        if word.count(printed) >= 2 and len(printed) > len(read):
            readings.add(word.replace(printed, read))  # "Prograrnrne": every m of the word read as "rn"
    for match in re.finditer(r"q(?!u)", word):  # "Manaqer": a g's tail lost (English has no q without u)
        readings.add(word[:match.start()] + "g" + word[match.end():])
    return readings - {word}
