"""The user's country comes from the locale, category first."""
from __future__ import annotations

from cardcap.userenv import FALLBACK_COUNTRY, locale_country


def test_lc_all_wins_then_the_category_then_lang():
    assert locale_country("LC_TIME", {"LC_ALL": "pt_BR.UTF-8", "LC_TIME": "en_GB.UTF-8", "LANG": "de_DE"}) == "BR"
    assert locale_country("LC_TIME", {"LC_TIME": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}) == "GB"
    assert locale_country("LC_TELEPHONE", {"LANG": "de_DE.UTF-8"}) == "DE"


def test_a_locale_without_a_country_falls_back():
    assert locale_country("LC_TIME", {"LANG": "C.UTF-8"}) == FALLBACK_COUNTRY
    assert locale_country("LC_TIME", {}) == FALLBACK_COUNTRY
