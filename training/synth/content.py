"""What a synthetic card says: people, company, phones, address, in a locale's habits.

Everything is drawn from one `random.Random` and one seeded Faker per card, so a
card's content depends only on its seed.  The label written to labels.json is
built here too, from the same values that get printed, so the two cannot drift.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class LocaleStyle:
    region: str
    weight: float
    language: str
    tlds: tuple[str, ...]
    legal_suffixes: tuple[str, ...]
    country_name: str


# English locales carry most of the weight: the cards we are judged on are mostly
# English-language interviewer cards.
LOCALES: dict[str, LocaleStyle] = {
    "en_US": LocaleStyle("US", 30, "en", ("com", "com", "com", "io", "co", "net", "org"),
                         ("Inc.", "LLC", "Corp.", "Inc", "Co.", "LLP"), "USA"),
    "en_GB": LocaleStyle("GB", 11, "en", ("co.uk", "co.uk", "com", "uk"),
                         ("Ltd", "Ltd.", "Limited", "PLC", "LLP"), "United Kingdom"),
    "en_CA": LocaleStyle("CA", 7, "en", ("ca", "com"), ("Inc.", "Ltd.", "Corp.", "ULC"), "Canada"),
    "en_AU": LocaleStyle("AU", 6, "en", ("com.au", "com.au", "com"), ("Pty Ltd", "Pty. Ltd.", "Ltd"), "Australia"),
    "en_IE": LocaleStyle("IE", 2, "en", ("ie", "com"), ("Ltd", "Limited", "DAC"), "Ireland"),
    "en_NZ": LocaleStyle("NZ", 2, "en", ("co.nz", "nz", "com"), ("Ltd", "Limited"), "New Zealand"),
    "de_DE": LocaleStyle("DE", 6, "de", ("de", "de", "com"), ("GmbH", "AG", "GmbH & Co. KG", "e.K.", "KG"), "Deutschland"),
    "de_CH": LocaleStyle("CH", 2, "de", ("ch", "com"), ("AG", "GmbH", "SA"), "Schweiz"),
    "fr_FR": LocaleStyle("FR", 5, "fr", ("fr", "fr", "com"), ("SAS", "SARL", "S.A.", "SA"), "France"),
    "es_ES": LocaleStyle("ES", 4, "es", ("es", "com"), ("S.L.", "S.A.", "SL"), "España"),
    "pt_BR": LocaleStyle("BR", 6, "pt", ("com.br", "com.br", "com"), ("Ltda.", "Ltda", "S.A.", "ME", "EIRELI"), "Brasil"),
    "it_IT": LocaleStyle("IT", 4, "it", ("it", "com"), ("S.r.l.", "S.p.A.", "Srl", "SpA"), "Italia"),
    "nl_NL": LocaleStyle("NL", 4, "nl", ("nl", "nl", "com"), ("B.V.", "BV", "N.V."), "Nederland"),
}

PHONE_LABELS = {
    # Per card one "style" is picked; each style maps a phone kind to its printed prefix.
    "en": [
        {"work": "T:", "mobile": "M:", "fax": "F:"},
        {"work": "T", "mobile": "M", "fax": "F"},
        {"work": "Tel:", "mobile": "Mobile:", "fax": "Fax:"},
        {"work": "Tel.", "mobile": "Mob.", "fax": "Fax"},
        {"work": "Phone:", "mobile": "Cell:", "fax": "Fax:"},
        {"work": "Phone", "mobile": "Mobile", "fax": "Fax"},
        {"work": "P:", "mobile": "C:", "fax": "F:"},
        {"work": "P", "mobile": "C", "fax": "F"},
        {"work": "O:", "mobile": "M:", "fax": "F:"},
        {"work": "Office:", "mobile": "Cell:", "fax": "Fax:"},
        {"work": "Direct:", "mobile": "Mobile:", "fax": "Fax:"},
        {"work": "Office", "mobile": "Mob", "fax": "Fax"},
        {"work": "tel:", "mobile": "mob:", "fax": "fax:"},
        {"work": "Tel", "mobile": "Cell", "fax": "Fax"},
    ],
    "de": [
        {"work": "Tel.:", "mobile": "Mobil:", "fax": "Fax:"},
        {"work": "Telefon", "mobile": "Mobil", "fax": "Telefax"},
        {"work": "T", "mobile": "M", "fax": "F"},
        {"work": "Tel.", "mobile": "Handy", "fax": "Fax"},
    ],
    "fr": [
        {"work": "Tél. :", "mobile": "Mob. :", "fax": "Fax :"},
        {"work": "Tél :", "mobile": "Port. :", "fax": "Fax :"},
        {"work": "T.", "mobile": "M.", "fax": "F."},
    ],
    "es": [
        {"work": "Tel.:", "mobile": "Móvil:", "fax": "Fax:"},
        {"work": "Teléfono:", "mobile": "Móvil:", "fax": "Fax:"},
        {"work": "T.", "mobile": "M.", "fax": "F."},
    ],
    "pt": [
        {"work": "Tel.:", "mobile": "Cel.:", "fax": "Fax:"},
        {"work": "Fone:", "mobile": "Celular:", "fax": "Fax:"},
        {"work": "Tel:", "mobile": "Cel:", "fax": "Fax:"},
    ],
    "it": [
        {"work": "Tel.", "mobile": "Cell.", "fax": "Fax"},
        {"work": "T.", "mobile": "M.", "fax": "F."},
    ],
    "nl": [
        {"work": "T", "mobile": "M", "fax": "F"},
        {"work": "Tel:", "mobile": "Mobiel:", "fax": "Fax:"},
    ],
}

ALL_LEGAL_SUFFIXES = tuple(sorted({s for style in LOCALES.values() for s in style.legal_suffixes}, key=lambda s: (-len(s), s)))

LEGAL_TAIL = re.compile(
    r"(\s+(&\s+Co\.?\s*)?(" + "|".join(re.escape(s) for s in ALL_LEGAL_SUFFIXES + (
        "S.L.N.E", "e Hijos", "e figli", "GesbR", "OHG", "KGaA", "mbH", "GbR", "AG", "KG", "Co.", "S.C.", "S.A.S.",
        "S.p.a.", "s.r.l.", "Group", "PLC", "Limited")) + r")\.?)+$")

LANGUAGE_OF_REGION = {style.region: style.language for style in LOCALES.values()}

GENERIC_MAILBOXES = {
    "en": ("info", "hello", "contact", "office", "careers", "jobs"),
    "de": ("info", "kontakt", "office", "bewerbung"),
    "fr": ("contact", "info", "accueil"),
    "es": ("info", "contacto", "hola"),
    "pt": ("contato", "atendimento", "vendas"),
    "it": ("info", "contatti"),
    "nl": ("info", "contact"),
}


def read_word_list(name: str) -> list[str]:
    """Word lists live in data/ so non-programmers can extend them."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    return tuple(read_word_list(name))


@lru_cache(maxsize=None)
def faker_for(locale: str) -> Faker:
    # Creating a Faker costs ~15 ms; reseeding a cached one per card is cheap.
    fake = Faker(locale)
    if locale == "it_IT":
        # Faker builds its Italian city list from a set: its order, and so the city a seed picks,
        # changed with each process's string hashing (the same seed gave other towns run to run)
        for provider in fake.get_providers():
            if isinstance(getattr(provider, "cities", None), list):
                provider.cities = sorted(provider.cities)
    return fake


def ascii_fold(text: str) -> str:
    """E-mail local parts and domains are ASCII even when the name is not."""
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


@dataclass
class Phone:
    kind: str            # work | mobile | fax, as the label file types it
    e164: str
    printed: str         # the digits as printed, without the label prefix
    prefix: str | None   # "Tel:" etc.; None when unlabelled or shown with an icon
    icon: str | None = None


@dataclass
class Person:
    name: str                      # natural capitalisation, honorifics included as printed
    given: str
    family: str
    title: str | None
    department: str | None
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)


@dataclass
class Office:
    heading: str | None            # e.g. "London Office"; None on single-office cards
    address_lines: list[str]
    phones: list[Phone] = field(default_factory=list)


@dataclass
class CardContent:
    locale: str
    region: str
    language: str
    people: list[Person]
    company: str | None            # None when only an unreadable logo stands for it
    company_in_logo_only: bool
    domain: str
    urls_printed: list[str]
    generic_email: str | None
    offices: list[Office]
    tagline: str | None
    other_lines: list[str]
    label_case: str                # how phone prefixes are cased on this card
    notes: list[str] = field(default_factory=list)

    def all_phones(self) -> list[Phone]:
        phones = [p for person in self.people for p in person.phones]
        return phones + [p for office in self.offices for p in office.phones]

    def label(self) -> dict:
        """The labels.json record, following FORMAT.md section 1."""
        lead = self.people[0] if self.people else None
        emails = [e for person in self.people for e in person.emails]
        if self.generic_email:
            emails.append(self.generic_email)
        address = ", ".join(self.offices[0].address_lines) if self.offices else None
        return {
            "region": self.region,
            "name": lead.name if lead else None,
            "title": lead.title if lead else None,
            "department": lead.department if lead else None,
            "company": self.company if not self.company_in_logo_only else None,
            "emails": emails,
            "phones": [{"number": p.e164, "type": p.kind} for p in self.all_phones()],
            "address": address,
            "urls": [normalise_url(u) for u in self.urls_printed],
            "extra_people": [p.name for p in self.people[1:]],
            "script": "latin",
            "legible": True,  # the photo decides: generate.legible
            "notes": " ".join(self.notes),
        }


def normalise_url(printed: str) -> str:
    """FORMAT.md: urls as printed, lower-case, without a trailing slash."""
    return printed.strip().lower().rstrip("/")


def pick_locale(rng: random.Random) -> str:
    names = list(LOCALES)
    return rng.choices(names, weights=[LOCALES[n].weight for n in names])[0]


# ---------------------------------------------------------------- people

def make_name(rng: random.Random, fake: Faker, locale: str) -> tuple[str, str, str]:
    female = rng.random() < 0.5
    given = fake.first_name_female() if female else fake.first_name_male()
    family = fake.last_name()
    parts = [given]
    if rng.random() < (0.22 if locale == "en_US" else 0.06):
        parts.append(rng.choice("ABCDEFGHJKLMNPRSTW") + ".")
    parts.append(family)
    name = " ".join(parts)
    roll = rng.random()
    if roll < 0.07:
        name = ("Prof. Dr. " if locale.startswith("de") and rng.random() < 0.3 else "Dr. ") + name
    elif roll < 0.09:
        name = "Prof. " + name
    elif roll < 0.10 and locale.startswith("de"):
        name = "Dipl.-Ing. " + name
    roll = rng.random()
    if name.startswith(("Dr.", "Prof.")):
        roll = max(roll, 0.07)          # "Dr. Jane Doe, PhD" says the same thing twice
    if LOCALES[locale].language == "en":
        if roll < 0.04:
            name += rng.choice([", PhD", ", Ph.D.", " PhD"])
        elif roll < 0.07:
            name += rng.choice([", MBA", " MBA"])
        elif roll < 0.09 and not female:
            name += rng.choice([" Jr.", ", Jr."])
        elif roll < 0.10:
            name += rng.choice([", CPA", ", PMP", ", MD", ", SPHR", ", P.Eng."])
    return name, given, family


def make_title(rng: random.Random, language: str) -> str:
    if language == "en" or rng.random() < 0.4:
        title = rng.choice(word_list("titles_en.txt"))
        if "{area}" in title:
            title = title.replace("{area}", rng.choice(word_list("areas_en.txt")))
        return title
    return rng.choice(word_list(f"titles_{language}.txt"))


def email_local_part(rng: random.Random, given: str, family: str) -> str:
    g = slug(given.split()[0]) or "info"
    f = slug(family.split("-")[0].split()[-1]) or "team"
    pattern = rng.choices(
        ["g.f", "gf1", "g", "g_f", "g1.f", "gf", "fg1"], weights=[40, 20, 10, 5, 8, 10, 7])[0]
    return {"g.f": f"{g}.{f}", "gf1": f"{g[0]}{f}", "g": g, "g_f": f"{g}_{f}",
            "g1.f": f"{g[0]}.{f}", "gf": f"{g}{f}", "fg1": f"{f}{g[0]}"}[pattern]


# ---------------------------------------------------------------- company

def make_company(rng: random.Random, fake: Faker, style: LocaleStyle) -> tuple[str, str]:
    """Returns (printed company name, the brand part the domain is built from)."""
    kind = rng.choices(["invented", "brand", "surnames", "faker", "acronym"], weights=[40, 15, 15, 20, 10])[0]
    if kind == "invented":
        brand = f"{rng.choice(word_list('company_words.txt'))} {rng.choice(word_list('company_industries.txt'))}"
    elif kind == "brand":
        brand = rng.choice(word_list("company_words.txt"))
    elif kind == "surnames":
        joiner = {"de": " & ", "fr": " & ", "es": " y ", "pt": " & ", "it": " & ", "nl": " & "}.get(style.language, " & ")
        second = fake.last_name() if rng.random() < 0.6 else {"de": "Partner", "en": "Associates"}.get(style.language, fake.last_name())
        brand = f"{fake.last_name()}{joiner}{second}"
    elif kind == "faker":
        brand = fake.company()
        # Faker's names carry their own legal forms ("AG & Co. KG", "S.L.N.E"); strip them
        # so the card adds at most one.
        brand = LEGAL_TAIL.sub("", brand).rstrip(" ,") or brand
    else:
        brand = "".join(rng.choice("ABCDEFGHIKLMNPRSTVWXZ") for _ in range(rng.randint(2, 4)))
        brand += " " + rng.choice(word_list("company_industries.txt"))
    name = brand
    if rng.random() < 0.55:
        name = f"{brand}{',' if rng.random() < 0.15 and style.region == 'US' else ''} {rng.choice(style.legal_suffixes)}"
    return name, brand


def make_domain(rng: random.Random, brand: str, style: LocaleStyle) -> str:
    words = [slug(w) for w in re.split(r"[\s&,.-]+", brand) if slug(w) and slug(w) not in {"and", "y", "e"}]
    if not words:
        words = ["company"]
    if len(words) > 1 and rng.random() < 0.4:
        stem = words[0]
    elif len(words) > 1 and rng.random() < 0.2:
        stem = "-".join(words)
    else:
        stem = "".join(words)
    return f"{stem[:24]}.{rng.choice(style.tlds)}"


# ---------------------------------------------------------------- phones

WORK_TYPES = {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def random_valid_number(rng: random.Random, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
    """A valid number of the right type, varied beyond the single metadata example.

    Keeps the example's leading digit(s) so the number stays in a real numbering
    range, randomises the rest and retries until phonenumbers accepts it.
    """
    wanted = MOBILE_TYPES if mobile else WORK_TYPES
    example = phonenumbers.example_number_for_type(
        region, PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE)
    digits = str(example.national_number)

    def with_digits(national: str) -> phonenumbers.PhoneNumber:
        # Italian fixed lines keep their leading 0, which lives in a flag, not in the digits.
        return phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(national),
                                        italian_leading_zero=example.italian_leading_zero,
                                        number_of_leading_zeros=example.number_of_leading_zeros)

    for attempt in range(200):
        keep = 1 if attempt < 120 else 2
        number = with_digits(digits[:keep] + "".join(str(rng.randrange(10)) for _ in digits[keep:]))
        if phonenumbers.is_valid_number_for_region(number, region) and phonenumbers.number_type(number) in wanted:
            return number
    return example


def print_number(rng: random.Random, number: phonenumbers.PhoneNumber, region: str, international: bool) -> str:
    """One of the ways people actually print this number."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if not international:
        roll = rng.random()
        if region in ("US", "CA") and roll < 0.35:
            groups = re.findall(r"\d+", national)
            return rng.choice([".", "-", " "]).join(groups)
        if region == "DE" and roll < 0.2:
            area, _, rest = national.partition(" ")
            return f"{area} / {rest}" if rest else national
        if region == "FR" and roll < 0.35:
            return national.replace(" ", ".")                      # 01.23.45.67.89
        if region == "BR" and roll < 0.4:
            return re.sub(r"^\((\d\d)\) ", r"\1 ", national)          # 11 99176-1552
        if region == "NL" and roll < 0.35:
            area, _, rest = national.partition(" ")
            return f"{area}-{rest.replace(' ', '')}" if rest else national   # 020-1234567
        return national
    roll = rng.random()
    if region in ("GB", "DE", "NL", "IT", "AU", "NZ", "IE", "CH", "FR") and roll < 0.25 and region != "IT":
        cc, _, rest = intl.partition(" ")
        return f"{cc} (0) {rest}"
    if region in ("US", "CA") and roll < 0.4:
        n = str(number.national_number)
        return rng.choice([f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}", f"+1 {n[:3]}.{n[3:6]}.{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"])
    if roll < 0.5:
        return intl.replace("-", " ")
    return intl


def make_phone(rng: random.Random, region: str, kind: str, labels: dict | None, international: bool,
               icons: bool) -> Phone:
    number = random_valid_number(rng, region, mobile=(kind == "mobile"))
    printed = print_number(rng, number, region, international)
    if kind == "work" and rng.random() < 0.05:
        # Extensions are printed but are not part of the E.164 number.
        extension = str(rng.randint(10, 9999))
        printed += {"en": rng.choice([f" ext. {extension}", f" x{extension}", f" Ext {extension}"]),
                    "de": f" Durchwahl {extension}",
                    "pt": f" Ramal {extension}"}.get(LANGUAGE_OF_REGION.get(region, "en"), f" ext. {extension}")
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if icons:
        return Phone(kind, e164, printed, None, icon=kind)
    if labels is None:
        # An unlabelled number is typed "work" in the label files, whatever it is.
        return Phone("work", e164, printed, None)
    return Phone(kind, e164, printed, labels[kind])


# ---------------------------------------------------------------- addresses

def make_address(rng: random.Random, fake: Faker, locale: str) -> tuple[list[str], str]:
    """Printed address lines in the locale's own order, and the city (for office headings)."""
    city = fake.city()
    return address_lines_for(rng, fake, locale, city), city


def address_lines_for(rng: random.Random, fake: Faker, locale: str, city: str) -> list[str]:
    region = LOCALES[locale].region
    bn = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 19999)]))
    street = fake.street_name()
    if region == "US":
        line1 = f"{bn} {street}"
        if rng.random() < 0.35:
            line1 += rng.choice([f", Suite {rng.randint(100, 2400)}", f", Ste {rng.randint(100, 900)}",
                                 f", Floor {rng.randint(2, 40)}", f" #{rng.randint(2, 999)}"])
        return [line1, f"{city}, {fake.state_abbr(include_territories=False)} {fake.zipcode()}"]
    if region == "CA":
        # Canada Post's form, "V5A 6X9", as cards print it (Faker leaves the space out half the time)
        province, postcode = fake.province_abbr(), re.sub(r"^(\w{3})(\w{3})$", r"\1 \2", fake.postcode())
        return [f"{bn} {street}", f"{city}, {province} {postcode}"]
    if region == "GB":
        lines = [f"{rng.randint(1, 250)} {street}"]
        if rng.random() < 0.3:
            lines.insert(0, rng.choice([f"Unit {rng.randint(1, 30)}", f"{rng.choice(['First', 'Second', 'Third'])} Floor",
                                        f"{rng.choice(word_list('company_words.txt'))} House"]))
        lines += [city, fake.postcode()] if rng.random() < 0.5 else [f"{city} {fake.postcode()}"]
        return lines
    if region == "AU":
        return [f"{'Level ' + str(rng.randint(2, 30)) + ', ' if rng.random() < 0.3 else ''}{bn} {street}",
                f"{city} {fake.state_abbr()} {fake.postcode()}"]
    if region == "NZ":
        return [f"{bn} {street}", f"{city} {fake.postcode()}"]
    if region == "IE":
        return [f"{rng.randint(1, 120)} {street}", f"Dublin {rng.randint(1, 24)}" if rng.random() < 0.5 else city,
                re.sub(r"^(\w{3})(\w{4})$", r"\1 \2", fake.postcode())]
    if region in ("DE", "CH"):
        return [f"{street} {rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b'])}", f"{fake.postcode()} {city}"]
    if region == "FR":
        return [f"{rng.randint(1, 180)}{rng.choice(['', '', ' bis'])}, {street}", f"{fake.postcode()} {city}"]
    if region == "ES":
        return [f"{street}, {rng.randint(1, 250)}{rng.choice(['', '', ', 3º B', ', 2ª planta'])}", f"{fake.postcode()} {city}"]
    if region == "BR":
        line1 = f"{street}, {rng.randint(10, 4000)}"
        if rng.random() < 0.3:
            line1 += f" - Sala {rng.randint(1, 1500)}"
        return [f"{line1} - {fake.bairro()}", f"{city} - {fake.estado_sigla()}", f"CEP {fake.postcode()}"] \
            if rng.random() < 0.4 else [line1, f"{fake.bairro()} - {city} - {fake.estado_sigla()}"]
    if region == "IT":
        return [f"{street}, {rng.randint(1, 200)}", f"{fake.postcode()} {city} ({fake.state_abbr()})"]
    if region == "NL":
        return [f"{street} {rng.randint(1, 300)}", f"{fake.postcode()} {city}"]
    raise ValueError(f"no address layout for {region}")


# ---------------------------------------------------------------- other lines

def other_line(rng: random.Random, fake: Faker, style: LocaleStyle) -> str:
    """Printed text that is no contact field: registrations, hours, handles."""
    region = style.region
    choices = [
        lambda: f"@{slug(fake.user_name())}",
        lambda: rng.choice(["Mon–Fri 9:00–17:30", "Mon-Fri 8am - 6pm", "Open 7 days", "By appointment only"]),
    ]
    if region == "GB":
        choices.append(lambda: f"Company No. {rng.randint(1000000, 99999999):08d}")
        choices.append(lambda: f"VAT Reg. GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}")
    if region == "DE":
        choices.append(lambda: f"USt-IdNr. DE{rng.randint(100000000, 999999999)}")
        choices.append(lambda: f"Amtsgericht {fake.city()} HRB {rng.randint(1000, 99999)}")
    if region == "BR":
        choices.append(lambda: f"CNPJ {rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/0001-{rng.randint(10, 99)}")
    if region == "FR":
        choices.append(lambda: f"SIRET {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}")
    if region in ("US", "CA"):
        choices.append(lambda: rng.choice(["NASDAQ: " + "".join(rng.choice("ABCDEFGHKLMNPRSTX") for _ in range(4)),
                                           "Licensed & Insured", "Equal Opportunity Employer"]))
    return rng.choice(choices)()


# ---------------------------------------------------------------- the card

def make_content(rng: random.Random, locale: str | None = None) -> CardContent:
    locale = locale or pick_locale(rng)
    style = LOCALES[locale]
    fake = faker_for(locale)
    fake.seed_instance(rng.getrandbits(48))

    company, brand = make_company(rng, fake, style)
    domain = make_domain(rng, brand, style)
    logo_only = rng.random() < 0.06
    international = rng.random() < (0.3 if style.language == "en" and style.region == "US" else 0.55)
    icons = rng.random() < 0.15
    labelled = rng.random() < 0.82
    label_style = rng.choice(PHONE_LABELS["en" if style.language == "en" or rng.random() < 0.25 else style.language])
    label_case = rng.choices(["as_is", "upper", "lower"], weights=[80, 12, 8])[0]
    if label_case != "as_is":
        label_style = {k: (v.upper() if label_case == "upper" else v.lower()) for k, v in label_style.items()}
    phone_labels = label_style if labelled else None

    n_people = 2 if rng.random() < 0.05 else (0 if rng.random() < 0.03 else 1)
    multi_office = n_people <= 1 and rng.random() < 0.07
    people: list[Person] = []
    shared_department = rng.choice(word_list("departments_en.txt")) if style.language == "en" else None
    for index in range(n_people):
        name, given, family = make_name(rng, fake, locale)
        title = make_title(rng, style.language) if rng.random() < 0.9 else None
        department = None
        if title and rng.random() < 0.18:
            department = shared_department or rng.choice(word_list("departments_en.txt"))
        person = Person(name, given, family, title, department)
        if rng.random() < 0.92:
            person.emails.append(f"{email_local_part(rng, given, family)}@{domain}")
        kinds = []
        if not multi_office:
            kinds = rng.choices([["work"], ["mobile"], ["work", "mobile"], ["work", "fax"], ["work", "mobile", "fax"],
                                 ["mobile", "work"], [], ["work", "work"]],
                                weights=[30, 18, 25, 8, 9, 5, 3, 2])[0]
            if index == 1:
                kinds = kinds[:1]
        elif rng.random() < 0.5:
            kinds = ["mobile"]
        for kind in kinds:
            person.phones.append(make_phone(rng, style.region, kind, phone_labels, international, icons))
        people.append(person)

    offices: list[Office] = []
    n_offices = rng.choice([2, 2, 2, 3]) if multi_office else (1 if rng.random() < 0.72 else 0)
    if n_people == 0:
        n_offices = max(n_offices, 1)
    for index in range(n_offices):
        office_fake = fake
        office_locale = locale
        if index > 0 and rng.random() < 0.5:
            office_locale = pick_locale(rng)
            office_fake = faker_for(office_locale)
            office_fake.seed_instance(rng.getrandbits(48))
        lines, city = make_address(rng, office_fake, office_locale)
        if rng.random() < (0.3 if office_locale != locale else 0.06):
            lines.append(rng.choice([LOCALES[office_locale].country_name, LOCALES[office_locale].country_name.upper()]))
        city_heading = None
        if multi_office:
            # Narrow office columns: long "street - district" lines are printed as two lines.
            lines = [part for line in lines for part in (line.split(" - ", 1) if len(line) > 34 else [line])]
            city_heading = rng.choice([city, city.upper(), f"{city} Office"])
        office = Office(city_heading, lines)
        if multi_office or (n_people == 0 and rng.random() < 0.8):
            kinds = ["work"] + (["fax"] if rng.random() < 0.3 else [])
            office_region = LOCALES[office_locale].region
            office.phones = [make_phone(rng, office_region, k, phone_labels, international or office_region != style.region, icons)
                             for k in kinds]
        offices.append(office)

    urls: list[str] = []
    if rng.random() < 0.7:
        form = rng.choices(["www", "bare", "https_www", "https", "https_slash", "upper"], weights=[45, 20, 15, 8, 7, 5])[0]
        urls.append({"www": f"www.{domain}", "bare": domain, "https_www": f"https://www.{domain}",
                     "https": f"https://{domain}", "https_slash": f"https://www.{domain}/",
                     "upper": f"WWW.{domain.upper()}"}[form])
    if people and rng.random() < 0.05:
        urls.append(f"linkedin.com/in/{slug(people[0].given)}{slug(people[0].family)}")
    generic_email = None
    if rng.random() < (0.35 if not people or not people[0].emails else 0.06):
        generic_email = f"{rng.choice(GENERIC_MAILBOXES[style.language])}@{domain}"

    tagline = None
    if rng.random() < 0.2:
        tagline = rng.choice(word_list("taglines_en.txt" if style.language == "en" or rng.random() < 0.3
                                       else "taglines_other.txt"))
    other_lines = [other_line(rng, fake, style) for _ in range(1 if rng.random() < 0.1 else 0)]

    content = CardContent(locale, style.region, style.language, people, company, logo_only, domain, urls,
                          generic_email, offices, tagline, other_lines, label_case)
    if logo_only:
        content.notes.append(f"Company shown only as a logo without readable text; the domain is {domain}.")
    if multi_office:
        content.notes.append(f"{len(offices)} offices printed; address is the first.")
    if n_people == 2:
        content.notes.append("Two people on one card.")
    return content
