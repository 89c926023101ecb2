"""Email addresses: a permissive pattern, then email-validator's syntax check.

Syntax only: cardcap never touches the network, so no DNS lookups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

from .names import is_a_name
from .spelling import only_reading
from .urls import domain_label, is_public_suffix, mend_capital_i_in_host, public_suffix_is, registered_domain

# OCR inserts stray spaces around "@" and dots; allow them, then drop them
# ("lighthouse. fr": after the last dot only before a lower-case ending); not after a lone letter, which is an
# icon before a handle ("O @fernweh.studio": Instagram's).
_EMAIL = re.compile(
    r"(?<![\w.+-])([\w.+'-]+)(?:(?<=[\w.+'-]{2})\s)?@\s?([\w-]+(?:\s?\.\s?[\w-]+)*(?:\.[A-Za-z]{2,24}|\.\s[a-z]{2,6}))(?![\w-])",
    re.UNICODE,
)


@dataclass(frozen=True)
class EmailMatch:
    address: str
    start: int
    end: int


# "ann@acmecom": the dot before a generic ending dropped (the line keeps its length)
_DOTLESS_ENDING = re.compile(r"(@[a-z0-9-]{3,})(com|net|org)\b(?!\.)", re.IGNORECASE)
# "wallacer@kestrelenergy com": the dot before a generic ending read as a space
_SPACED_ENDING = re.compile(r"(@[a-z0-9-]{3,})\s(?=(?:com|net|org)(?![\w.@-]))", re.IGNORECASE)
# "ciara. byrne@", "l patel@": a space OCR put inside the address, after a dot or an initial
_SPLIT_LOCAL = re.compile(r"(?<![\w.@-])(?!(?i:e|m|t|w|em|ma[il1|]{1,2}|mal|email|e-mail|tel|web)[._]\s)([\w-]+[._]|[a-df-ln-z])\s"
                          r"(?=[\w.+'-]+\s?@)")


# "fboateng@lodestar policy.org": a space inside the domain's name, before its first dot
_SPLIT_DOMAIN = re.compile(r"(@[A-Za-z0-9-]{2,})\s(?=[A-Za-z0-9-]{2,}(?:\.[A-Za-z]{2,24})+(?![\w.-]))")


_COMMA_FOR_DOT = re.compile(r"(?<=[a-z]),(?=[a-z][\w.+'-]*@)|(?<=@)([\w.-]+),(?=(?:com|net|org|edu|gov|co|ac|ie|uk|ca|au|io|ai|nz"
                            r"|sg|za|in|dev|app|tech|design|studio|agency|me|us|de|fr|nl|se|dk|fi|es|it|br|mx|hk|my|ph"
                            r"|ae|ng|ke|no|pl|cz|sk|at|ch|be|lu|pt|eu)\b(?!@)|[a-z]{2,6}\.[a-z]{2,3}\b(?![\w.-]*@))", re.IGNORECASE)
# ("owen@gov,sk.ca": a comma before a label that another ending follows)


def _comma_read_for_dot(line: str) -> str:
    """"kendra,hollis-grant@", "lena@hahndorfridge,com.au": a comma read for
    a dot inside one address (not the comma between two), same length."""
    def mend(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1) + "."
        token_start = max(line.rfind(" ", 0, match.start()), line.rfind("\t", 0, match.start())) + 1
        return "." if "@" not in line[token_start:match.start()] else ","
    return _COMMA_FOR_DOT.sub(mend, line)


def _mended_for_matching(line: str) -> tuple[str, list[int]]:
    """The line with the space inside an address dropped, a missing dot
    put back and a comma read for a dot mended, and for each of its
    characters the position it came from, so the matches still point into
    the printed line."""
    line = _comma_read_for_dot(line)  # same length: positions hold
    text, origin = [], []
    drop = {m.end(1) for m in _SPLIT_LOCAL.finditer(line)} | {m.end(1) for m in _SPLIT_DOMAIN.finditer(line)}
    add = {m.end(1) for m in _DOTLESS_ENDING.finditer(line) if "." not in m.group(1)}
    spaced = {m.end(1) for m in _SPACED_ENDING.finditer(line)}  # the space becomes the dot
    drop |= spaced
    add |= spaced
    for n, ch in enumerate(line):
        if n in add:
            text.append(".")
            origin.append(n)
        if n not in drop:
            text.append(ch)
            origin.append(n)
    origin.append(len(line))
    return "".join(text), origin


# "IG @stridewell.app", "X @acme": a social handle after its network's label is no address
_SOCIAL_LABEL = re.compile(r"(?i)^(?:ig|insta(?:gram)?|x|tw(?:itter)?|fb|tiktok|threads|bsky)$")


def find_emails(line: str) -> list[EmailMatch]:
    found = []
    line, origin = _mended_for_matching(line)
    for match in _EMAIL.finditer(line):
        if _SOCIAL_LABEL.match(match.group(1)) and re.match(r"[\w.+'-]+\s@", match.group(0)):
            continue
        local = repair_local_part(match.group(1).strip("."))
        if local.isupper():  # printed in capitals ("E: MKONEILL@ACME.COM"): addresses are written lower-case
            local = local.lower()
        domain = repair_domain(mend_capital_i_in_host(re.sub(r"\s", "", match.group(2)).strip(".")).lower())
        candidate = f"{local}@{domain}"
        try:
            valid = validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        found.append(EmailMatch(valid.normalized, origin[match.start()], origin[match.end() - 1] + 1))
    return found


# Characters OCR confuses in a domain ending: ".le" is ".ie", ".lo" is ".io".
_SUFFIX_SWAPS = (("l", "i"), ("i", "l"), ("1", "l"), ("0", "o"), ("rn", "m"), ("vv", "w"), ("c0", "co"), ("oo", "co"))


def repair_domain(domain: str) -> str:
    """A domain whose ending is no public suffix, mended by the usual OCR
    confusions when exactly one mending gives a real suffix: the last label
    (".le" is ".ie"), the one before a country code ("keystone.corn.br" is
    ".com.br"), a stray letter after a generic ending ("acme.comw"), or a
    label run into it ("simpson.co.ukweb")."""
    head, _, tail = domain.rpartition(".")
    if not head:
        return domain
    if not is_public_suffix(tail):
        mended = {tail.replace(a, b) for a, b in _SUFFIX_SWAPS if a in tail}
        mended = [t for t in mended if is_public_suffix(t)]
        if len(mended) == 1:
            return f"{head}.{mended[0]}"
        if len(tail) == 4 and tail[:3] in _GENERIC_ENDINGS:
            return f"{head}.{tail[:3]}"
        for label in _LABELS_AFTER:  # "simpson.co.ukweb": the next column's "Web" label run in
            if tail.endswith(label) and is_public_suffix(tail[: -len(label)]):
                return f"{head}.{tail[: -len(label)]}"
        return domain
    rest, _, second = head.rpartition(".")
    if rest and len(tail) == 2 and not public_suffix_is(f"{second}.{tail}"):
        mended = {second.replace(a, b) for a, b in _SUFFIX_SWAPS if a in second}
        mended = [m for m in mended if public_suffix_is(f"{m}.{tail}")]
        if len(mended) == 1:
            return f"{rest}.{mended[0]}.{tail}"
    return domain


_GENERIC_ENDINGS = frozenset({"com", "net", "org", "edu", "gov"})
_LABELS_AFTER = ("web", "www", "tel", "fax", "mob", "phone", "mobile", "email", "mail", "site")


def repair_local_part(local: str) -> str:
    """"j.mIller" in an otherwise lower-case address is "j.miller": a capital
    I inside an address is rare in print, a misread l is common.  A leading
    "I" is left alone ("Info@")."""
    head, tail = local[:1], local[1:]
    rest = tail.replace("I", "")
    if "I" in tail and rest == rest.lower() and any(ch.isalpha() for ch in rest):
        return head + tail.replace("I", "l")
    return local


_EMAIL_LABELLED = re.compile(r"(?i)(?:^|\s)(?:e-?mail|email|mail|e)\s*[:.]\s*(\S+)|(?:^|[|·•]|\s[lI])\s*E\s+(\S+)")
"""("T 0161 496 0734 | E oliver...": a bare E after a bar, or a bar read as l, labels the address too)"""


# What OCR reads for "@": one character on a line labelled as email
# ("E: annogacme.com"), or a pair no word contains anywhere ("ann(aacme.com").
_AT_MISREADS_LABELLED = ("(a)", "(a", "(@", "©", "®", "@", "(", "o", "0", "a", "g", "q")
_AT_MISREADS_ANYWHERE = ("(a)", "(a", "(@", "©", "®")
_TOKEN = re.compile(r"\S+")


def recover_emails(line: str, known_domains: list[str], card_words: frozenset[str] = frozenset()) -> list[EmailMatch]:
    """An address whose "@" OCR misread, kept only when its domain is one the
    card prints elsewhere (its web address or another email) or, after an
    email label ("E: p.montigkestrel.it"), one named by a word of the card
    ("KESTREL ENGINEERING").  card_words: the card's words, lower-case."""
    if "@" in line:
        return []
    candidates = []
    for m in _EMAIL_LABELLED.finditer(line):
        group = 1 if m.group(1) else 2
        candidates.append((m.start(group), m.group(group), _AT_MISREADS_LABELLED,
                           known_domains + _named_domains(m.group(group), card_words)))
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(line)]
    candidates += [(start, token, _AT_MISREADS_ANYWHERE, known_domains) for start, token in tokens]
    # an "@" lost outright, only where the token can be no site ("www.", a scheme, a path)
    candidates += [(start, token, ("",), known_domains) for start, token in tokens
                   if not re.match(r"(?i)(?:https?:|www\.)", token) and "/" not in token]
    found: list[EmailMatch] = []
    for start, token, misreads, domains in candidates:
        token = token.rstrip(".,;")
        email = _mend_at(token, domains, misreads)
        if email and misreads == ("",):
            if not _names_someone(email.split("@")[0], card_words):
                continue
            email = _at_read_as_a(email, card_words)
        end = start + len(token)
        if email and not any(start < f.end and f.start < end for f in found):
            found.append(EmailMatch(email, start, end))
    return found


ROLE_MAILBOXES = frozenset({"info", "hello", "contact", "office", "sales", "careers", "jobs", "admin", "enquiries",
                            "reception", "hr", "recruitment", "team", "studio", "recruiting", "talent", "people",
                            "hiring"})


def _at_read_as_a(email: str, card_words: frozenset[str]) -> str:
    """"harpreet.sandhuafvrta.ca" on Harpreet Sandhu's card: the "a" before
    the domain is the "@" misread, not the end of the mailbox, when without
    it the mailbox ends on a word the card prints and with it does not."""
    local, _, domain = email.partition("@")
    words = [w for w in card_words if len(w) >= 4]
    if local.endswith("a") and any(local[:-1].lower().endswith(w) for w in words) \
            and not any(local.lower().endswith(w) for w in words):
        return f"{local[:-1]}@{domain}"
    return email


def _names_someone(local: str, card_words: frozenset[str]) -> bool:
    """"ksullivan" on Kevin Sullivan's card: what was before an "@" lost
    outright ("ksullivanredwoodnetworks.io" beside redwoodnetworks.io) holds
    a word the card prints, or is a role's mailbox; "bigriverstone.com" is
    another site, not big@riverstone.com."""
    local = local.lower()
    return local in ROLE_MAILBOXES or any(len(word) >= 4 and word in local for word in card_words)


def _named_domains(token: str, card_words: frozenset[str]) -> list[str]:
    """The domains a token may end in whose name is a word of the card."""
    named = []
    lower = token.lower().rstrip(".,;")
    for n in range(1, len(lower)):
        domain = lower[n:]
        if "." in domain and domain_label(domain) in card_words and registered_domain(domain) == domain:
            named.append(domain)
    return named


def _mend_at(token: str, known_domains: list[str], misreads: tuple[str, ...]) -> str | None:
    for domain in sorted(known_domains, key=len, reverse=True):
        if not token.lower().endswith(domain):
            continue
        head = token[: len(token) - len(domain)]
        for misread in misreads:
            if misread == "" and not re.fullmatch(r"[\w.+'-]*[^\W_]", head):
                continue  # "careers.", "my-": what is left ends as a subdomain would, not as a mailbox
            if len(head) > len(misread) and head.endswith(misread):
                try:
                    local = head[: len(head) - len(misread)]
                    return validate_email(f"{local}@{domain}", check_deliverability=False).normalized
                except EmailNotValidError:
                    continue
    return None


def mend_by_names(address: str, names: list[list[str]]) -> str:
    """The address with a misread first character put right, when only the
    mended form starts with a name printed on the card: "Imarty@" for Laurent
    Marty is "lmarty@" (l read as I), "Ebetty.chan@" for Betty Chan is
    "betty.chan@" (an envelope icon or an "E" label run into it); digits
    read for letters inside the family name ("harriet.e11ingham@").
    names: each person's name as lower-case, accent-free words."""
    address = _one_slip_from_a_name(address, names)  # "marityn@" for Marilyn Green
    local, _, domain = address.partition("@")
    # "harriet.e11ingham@" for Harriet Ellingham: l's and o's read as 1's and 0's inside the name
    lettered = re.sub(r"(?<=[a-z])[10]+(?=[a-z])|(?<=[a-z.])[10]+(?=[a-z]{2})|(?<=[a-z]{3})[10](?=[._-])",
                      lambda m: m.group(0).replace("1", "l").replace("0", "o"), local)
    if lettered != local and _holds_a_whole_name(lettered, names):
        return f"{lettered}@{domain}"
    # "kenji.rnorikawa@" for Kenji Morikawa, "krnontgomery@" for Kate Montgomery: an m read as "rn" in the name
    for found in re.finditer("rn", local):
        unrn = local[:found.start()] + "m" + local[found.end():]
        if _holds_a_whole_name(unrn, names) and not _holds_a_whole_name(local, names):
            return f"{unrn}@{domain}"
    name_words = {word for words in names for word in words}
    if local[:1] in ("1", "|") and local[1:].lstrip("._-") in name_words:
        # "1brandvold@" for Lucia Brandvold, "1.herrmann@" for Luis Herrmann: the initial read as a one
        return f"l{local[1:]}@{domain}"
    if len(local) < 3 or _starts_with_a_name(local, names):
        return address
    variants = []
    if local[0] == "I":
        variants.append("l" + local[1:])
    if local.startswith("rn"):
        variants.append("m" + local[2:])  # "rnthorsen@" for Maya Thorsen: her m read as "rn"

    initials = {word[0] for words in names for word in words if word}
    # "m.kreutz@" for Matthias Kreutz is an initial and a surname, not an icon
    # ("aethan.pagliaro@" for Ethan Pagliaro: an @ icon read as an "a")
    icon = local[0] in "EeMmAa@©®" and len(local) > 3 and local[1] not in "._-"
    if icon and local[0].lower() not in initials:
        variants.append(local[1:].lstrip(".:"))
    for variant in variants:
        # ("Ian.pham@" on Ngoc Lan Pham's card: a middle name before the dot is as good as the given name)
        # ("apeggy.macisaac@" on Margaret "Peggy" MacIsaac's card: the family name after the dot)
        if _starts_with_a_name(variant, names) or len(names) == 1 and any(
                part in name_words for part in re.split(r"[._-]", variant) if len(part) >= 3):
            return f"{variant}@{domain}"
    rest = local[1:]
    if icon and (rest in ROLE_MAILBOXES or _starts_with_a_name(rest, [words[:1] for words in names])):
        # "astudio@": the icon before a team's mailbox; "aarjun.menon@" for Arjun Menon: the letter is his
        # initial, but what follows it is his whole given name
        return f"{rest}@{domain}"
    return address


def _one_slip_from_a_name(address: str, names: list[list[str]]) -> str:
    """"marityn@" on Marilyn Green's card: a part of the address that no name
    list knows, one letter away from a name the card prints that a list
    knows, is that name (two readings of the same letters; the known one
    wins); not a team's mailbox ("hello@" on Aisha Bello's card)."""
    local, _, domain = address.partition("@")
    pieces = re.split(r"([._-])", local)
    for n, piece in enumerate(pieces):
        if len(piece) < 5 or not (piece.isalpha() and piece.islower()) or piece in ROLE_MAILBOXES \
                or is_a_name(piece):
            continue
        near = {word for words in names for word in words if len(word) == len(piece) and word.isalpha() and word.isascii()
                and sum(a != b for a, b in zip(word, piece)) == 1
                and is_a_name(word)}
        if len(near) == 1:
            pieces[n] = near.pop()
    return "".join(pieces) + "@" + domain


def _holds_a_whole_name(local: str, names: list[list[str]]) -> bool:
    """The family name inside the address, or the address is the given name alone ("samuel@")."""
    bare = re.sub(r"[^a-z]", "", local.lower())
    # (either half of a double-barrelled name: "kim.ramirez@" for Kim Ramírez-Takahashi)
    return any(len(words) > 1 and (any(len(part) >= 4 and part in bare for part in {words[-1], *words[-1].split("-")})
                                   or len(words[0]) >= 4 and bare == words[0])
               for words in names)


def _starts_with_a_name(local: str, names: list[list[str]]) -> bool:
    bare = re.sub(r"[^a-z]", "", local.lower())
    for words in names:
        words = [re.sub(r"[^a-z]", "", w) for w in words]  # ("takahashi-brandt" as the address spells it)
        words = [w for w in words if w]
        if not words:
            continue
        first, last = words[0], words[-1]
        starts = {first + last, first[0] + last, first + last[0], last + first[0], first, last} if len(words) > 1 else {first}
        if any(len(s) >= 3 and bare.startswith(s) for s in starts):
            return True
    return False


def mend_domain_by_card_words(address: str, printed: str) -> str:
    """"ypierce@nvfood8ank.org" on a card that prints FOOD BANK,
    "@be1airbio.ca" under "Bélair Biosciences": a lookalike slip inside the
    domain's name (a digit for a letter, "rn" for "m"), mended when the
    letters around the mended one are printed elsewhere on the card.
    printed: the card's other lines, squashed to small letters and digits."""
    local, _, domain = address.partition("@")
    label, dot, suffix = domain.partition(".")
    if not dot or not re.search(r"[0-9]|rn|vv", label) or label in printed:
        return address  # (the card's web address spells it so too: "fernbrookortho.com" beside a logo read "fembrook")

    def printed_around_the_slip(reading: str) -> bool:
        start = next((n for n, (a, b) in enumerate(zip(label, reading)) if a != b), min(len(label), len(reading)))
        tail = next((n for n, (a, b) in enumerate(zip(label[::-1], reading[::-1])) if a != b), 0)
        window = reading[max(0, start - 3): len(reading) - tail + 3]
        return len(window) >= 5 and window in printed

    reading = only_reading(label, lambda r: not any(ch.isdigit() for ch in r) and printed_around_the_slip(r))
    return f"{local}@{reading}.{suffix}" if reading else address
