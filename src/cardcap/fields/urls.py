"""Web addresses as printed: lower-case, no trailing slash.

A dotted word is only a web address when its ending is a real public
suffix (tldextract's bundled Public Suffix List, never fetched), so OCR
run-togethers like "Av.Itaquera" or "Jd.Samara" are not taken for sites.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import tldextract

from ..resources import word_list

_URL = re.compile(
    r"(?<![\w@.-])((?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
    r"(?::\d{2,5})?(?:/[\w\-./%~+#?=&]*)?)(?![\w@-])",
    re.IGNORECASE,
)
_NOT_A_SITE_TAIL = re.compile(r"[.,;:)]+$")


@dataclass(frozen=True)
class UrlMatch:
    url: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() keeps it offline: only the snapshot shipped in the wheel.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def is_public_suffix(label: str) -> bool:
    """Whether a last domain label ('com', 'ie', 'br') is a real ending."""
    return bool(label) and bool(_extractor()(f"example.{label}").suffix)


def public_suffix_is(labels: str) -> bool:
    """Whether 'com.br' or 'co.uk' is itself a public suffix ('corn.br' is not)."""
    return _extractor()(f"example.{labels}").suffix == labels


def registered_domain(host_or_url: str) -> str:
    """'https://www.acme.co.uk/jobs' -> 'acme.co.uk' ('' when not a site)."""
    parts = _extractor()(host_or_url)
    if not parts.suffix or not parts.domain:
        return ""
    return f"{parts.domain}.{parts.suffix}".lower()


def domain_label(host_or_url: str) -> str:
    """'www.acme.co.uk' -> 'acme': the part people recognise as the name
    ('gumbarra.nsw.gov.au' -> 'gumbarra': a state's government domain is
    registered under the state's, whose name is not the body's)."""
    parts = _extractor()(host_or_url)
    if parts.suffix == "gov.au" and parts.domain in _AU_STATES and parts.subdomain:
        return parts.subdomain.rsplit(".", 1)[-1].lower()
    return parts.domain.lower()


_AU_STATES = frozenset({"nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"})


# A capital I in a host printed in lower case is a misread l; at a label's
# start only before letters that follow l but hardly a word-initial I
# ("Iighthouse", "Ih-technologies"; "Ipsos", "Intel" stay).
_I_FOR_L = re.compile(r"(?<=[a-z0-9-])I|(?<![A-Za-z0-9-])I(?=[aeiuyh])")


def mend_capital_i_in_host(host: str) -> str:
    """'Ih-technologies.com' -> 'lh-technologies.com', 'fieIdhouse.org' ->
    'fieldhouse.org'; a host with other capitals is left as printed."""
    if "I" not in host:
        return host
    rest = host.replace("I", "")
    if rest != rest.lower() or not any(ch.isalpha() for ch in rest):
        return host
    return _I_FOR_L.sub("l", host)


# "www cascadetrustbank com": the dots of a site read as spaces
_SPACED_SITE = re.compile(r"(?i)\bwww\s+([a-z0-9-]{2,63})\s+((?:co\s+|com\s+)?(?:com|org|net|edu|gov|biz|info|io|co|ca|ie|uk|au|nz))\b")
# "wwwacme.com", "www.acme,com": the dot after "www" lost, a comma read for the dot before the ending
# "vvww.acme.com": Tesseract reads each w of "www" as two v's
_VV_WWW = re.compile(r"(?i)(?<![\w.])(?:vv|w){3}(?=\.[a-z0-9-]{2,}\.)")
_WWW_WITHOUT_DOT = re.compile(r"(?i)(?<![\w.])www(?=[a-z0-9-]{3,}\.[a-z]{2,24}\b)")
# "https://redwoodnetworksio": the one dot of a site's name lost before its ending
_DOTLESS_SITE = re.compile(r"(?i)(\b(?:https?://(?:www\.)?|www\.)[a-z0-9-]{3,63}?)(com|net|org|io)\b(?![.\w])")
# "inlinkedin.com/in/maya": LinkedIn's "in" icon run into the address; "lnkedin", "linkedln": a letter misread
_LINKEDIN = re.compile(r"(?i)(?<![\w.])(?:in)?(?:l[il1]nked[il1]n|lnkedin|[il1]{1,2}nkedin|linkedn)(?=\.com/)")
# "karrawong.c0m.au", "acme.0rg": a zero read for the o of a generic ending
_ZERO_IN_ENDING = re.compile(r"(?i)(?<=[a-z0-9-])\.(?:c0m?|0rg)(?=\b|\.)")
# "calendly.corn/tessa": Tesseract's "rn" for the m of ".com"
_RN_IN_COM = re.compile(r"(?i)(?<=[a-z0-9-]\.co)rn(?=/|\b)")
# "www .acme.ie", "marchbank .co.uk": a space OCR put before a dot of the address
_SPACE_BEFORE_DOT = re.compile(r"(?i)(?<=\bwww) (?=\.[a-z0-9-]{2,}\.[a-z]{2,})|(?<=[a-z0-9-]{3}) (?=\.(?:co\.uk|com\.au|co\.nz|"
                               r"com|org|net|io|co|ca|ie|uk|au|nz|de|fr)\b(?![\w-]))")
# "brolgalabs. com.au": a space OCR put after the dot before the ending
_SPACE_AFTER_DOT = re.compile(r"(?<=[a-z]{3})\.\s(?=(?:com|org|net|co|gov|edu|ac)(?:\.[a-z]{2})?\b(?![\w-]))")
# "linkedin.com/in/ bobbykaczmarek": a space after a profile path's slash
_SPACE_AFTER_PROFILE_PATH = re.compile(r"(?i)(?<=linkedin\.com/in/)\s+(?=[a-z0-9-]{3,})")
# "www.northfold.gov. uk/jobs": a space OCR put after the dot of a two-part ending
_SPACE_IN_ENDING = re.compile(r"(?i)([a-z0-9-]\.(?:gov|co|com|org|ac|net|edu|nhs|govt))\.\s(?=(?:uk|au|nz|za|in|sg|ie|br)\b)")
# "orcid,org/0000-...", "aldgatemet.ac,uk/doctoral-college": a comma for a dot before an ending that a path follows
_COMMA_BEFORE_A_PATH = re.compile(r"(?i)(?<![\w@.,-])[a-z0-9-]{2,63}(?:[.,][a-z0-9-]{2,63})*?[.,](?:com|org|net|edu|gov|ac|co)"
                                  r"(?:[.,][a-z]{2})?(?=/[\w-])")
_COMMA_FOR_DOT = re.compile(r"(?i)(\bwww\.[a-z0-9-]{2,63}),(?=(?:com|net|org|co|ca|ie|uk|au|nz|io)\b)")
_GLUED_SITE = re.compile(r"(?<=[^\s/@(<])(?=(?:https?://|www\.))", re.IGNORECASE)
# "Brooklyn, NY 11201lanternlabs.co": a bare site run into the ZIP code before it
_SITE_AFTER_NUMBER = re.compile(r"(?:(?<=\s\d{4})|(?<=\s\d{5})|(?<=\s\d{6}))(?=[a-z][a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b(?!@))")
_ICON_BEFORE_SITE = re.compile(r"(?:(?<=\s)|^)[@©®](?=www\.)", re.IGNORECASE)
_DOUBLED_DOMAIN = re.compile(r"@((?:[\w-]+\.)+?[a-z]{2,24}?)(\1)(?![\w.-])", re.IGNORECASE)


_CAPITALS_AFTER_DOMAIN = re.compile(r"(@[\w-]+(?:\.[\w-]+)*?\.[a-z]{2,24})(?=[A-Z]{2,})")


@lru_cache(maxsize=1)
def _hosting_lookalikes() -> list[tuple[re.Pattern[str], str]]:
    """"calendiy.com", "instagrarn.com", "calendly,com": a well-known host
    with an l/i/1 or m/rn slip, or a comma for its dot (only names of six
    letters or more: a short one could be another site)."""
    out = []
    for host in sorted(word_list("hosting_domains")):
        if len(host) < 6:
            continue
        spelled = "".join("[li1I]" if ch in "li" else "(?:m|rn)" if ch == "m" else re.escape(ch) for ch in host)
        out.append((re.compile(rf"(?i)(?<![\w.-]){spelled}[.,](?=com\b)"), f"{host}."))
    return out


def _mend_hosting_sites(line: str) -> str:
    for pattern, host in _hosting_lookalikes():
        line = pattern.sub(host, line)
    return line


def unglue_sites(line: str) -> str:
    """Separate a web address OCR ran into its neighbour across a column gap:
    "251-901-0608www.acme.net", "NY 11201acme.co", "ann@acme.comwww.acme.com", "www acme com", "acme .co.uk",
    "ann@acme.ioacme.io", "ann@acme.comACME BIO", and an "@" icon read
    before "www.acme.net"."""
    line = _SPACE_BEFORE_DOT.sub("", line)
    line = _SPACE_IN_ENDING.sub(r"\1.", line)
    line = _SPACE_AFTER_DOT.sub(".", line)
    line = _SPACE_AFTER_PROFILE_PATH.sub("", line)
    line = _VV_WWW.sub("www", line)
    line = _SPACED_SITE.sub(lambda m: f"www.{m.group(1)}.{'.'.join(m.group(2).split())}", line)
    line = _WWW_WITHOUT_DOT.sub("www.", line)
    line = _COMMA_FOR_DOT.sub(r"\1.", line)
    line = _COMMA_BEFORE_A_PATH.sub(lambda m: m.group(0).replace(",", "."), line)
    line = _DOTLESS_SITE.sub(r"\1.\2", line)
    line = _ZERO_IN_ENDING.sub(lambda m: m.group(0).replace("0", "o"), line)
    line = _RN_IN_COM.sub("m", line)
    line = _LINKEDIN.sub("linkedin", line)
    line = _mend_hosting_sites(line)
    line = _ICON_BEFORE_SITE.sub("", line)
    line = _GLUED_SITE.sub(" ", line)
    line = _SITE_AFTER_NUMBER.sub(" ", line) if "@" not in line else line
    line = _CAPITALS_AFTER_DOMAIN.sub(r"\1 ", line)  # "ann@acme.comACME BIO"
    return _DOUBLED_DOMAIN.sub(r"@\1 \2", line)


def find_urls(line: str, known_domains: frozenset[str] = frozenset()) -> list[UrlMatch]:
    """known_domains: registered domains the card prints in email addresses;
    the same domain printed bare ("acme.co") is the company's site even
    where a bare word with that ending would not be."""
    for domain in known_domains:
        # "bluecrestair,com/careers", "www.kijani elimu.org" on a card whose emails spell the
        # domain: a comma read for a dot, a space inside its name (the line keeps its length, the
        # space moved after the address, so the spans hold)
        if "," in line:
            spelled = r"[.,]".join(map(re.escape, domain.split(".")))
            line = re.sub(rf"(?i)(?<![\w.,-]){spelled}(?![\w-])", domain, line)
        label, _, rest = domain.partition(".")
        for cut in range(2, len(label) - 1) if " " in line else ():
            spaced = f"{label[:cut]} {label[cut:]}.{rest}"
            at = line.lower().find(spaced)
            if at != -1 and (at == 0 or not line[at - 1].isalnum()):
                line = line[:at] + domain + " " + line[at + len(spaced):]
                break
    found = []
    for match in _URL.finditer(line):
        raw = _NOT_A_SITE_TAIL.sub("", match.group(1))
        path_start = raw.find("/", raw.find("://") + 3 if "://" in raw else 0)
        host_end = path_start if path_start != -1 else len(raw)  # (a path's capitals are the site's own)
        lowered = (mend_capital_i_in_host(raw[:host_end]) + raw[host_end:]).lower()
        explicit = lowered.startswith(("http://", "https://", "www."))
        host = re.sub(r"^https?://", "", lowered).split("/")[0].split(":")[0]
        parts = _extractor()(host)
        if not parts.domain and parts.suffix in _SUFFIXES_THAT_ARE_SITES and "/" in raw:
            found.append(UrlMatch(lowered.rstrip("/"), match.start(), match.start() + len(raw)))  # "gov.uk/dfe"
            continue
        if not parts.suffix or not parts.domain or not parts.is_private and parts.suffix == "":
            continue
        if not explicit and registered_domain(host) not in known_domains:
            # a bare "name.tld" needs a plausible name and a lower-case print, or a path
            short_social = f"{parts.domain}.{parts.suffix}" in _SHORT_SOCIAL_SITES and "/" in raw
            if (len(parts.domain) < 3 and not short_social) or (raw[0].isupper() and "/" not in raw):
                continue
            if parts.suffix in _SUFFIXES_THAT_ARE_WORDS and "/" not in raw and not parts.subdomain:
                continue
        found.append(UrlMatch(lowered.rstrip("/"), match.start(), match.start() + len(raw)))
    return found


# Profiles on sites whose name is too short to tell from a word: "x.com/mgagnon"
_SHORT_SOCIAL_SITES = frozenset({"x.com", "fb.com", "t.me", "wa.me"})

# Public suffixes that are also a government's own site, printed with a path
_SUFFIXES_THAT_ARE_SITES = frozenset({"gov.uk", "gov.au", "govt.nz", "gov.ie", "gov.sg", "gov.za", "nhs.uk"})

# Public suffixes that are also common words or abbreviations on cards
# ("Ltda.com" is rare; "Dr.Smith", "Jd.Samara" are common).
_SUFFIXES_THAT_ARE_WORDS = frozenset({"dr", "st", "ave", "jd", "sp", "tv", "in", "me", "co"})
