"""One-letter OCR slips in job titles and departments are mended; right
words, in any language the lexicons know or not, are left as printed."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardcap.fields.spelling import mend_title_words


@pytest.mark.parametrize("ocr, printed", [
    ("Senior Produet Manager", "Senior Product Manager"),   # c read as e
    ("Interier Designer", "Interior Designer"),
    ("Associate Directon", "Associate Director"),           # r read as n
    ("Benior UX Designer", "Senior UX Designer"),
    ("Staff Sofiware Engineer", "Staff Software Engineer"),
    ("SENIOR PRODUET MANAGER", "SENIOR PRODUCT MANAGER"),   # the print's capitals are kept
    ("Custamer Support", "Customer Support"),
])
def test_a_misread_letter_in_a_title_word_is_mended(ocr, printed):
    assert mend_title_words(ocr) == printed


@pytest.mark.parametrize("title", [
    "Project Manager", "Campus Recruiter", "HR Generalist", "Consultante", "Financial Adviser",
    "Salesforce Administrator", "Kubernetes Engineer", "Leiter Personalentwicklung", "Analista Financeiro",
    "Chef de projet", "VP, EMEA", "Engineer II",
])
def test_right_words_stay_as_printed(title):
    assert mend_title_words(title) == title


@given(st.text(max_size=60))
def test_only_letters_change_and_the_length_stays(text):
    mended = mend_title_words(text)
    assert len(mended) == len(text)
    assert all(a == b or (a.isalpha() and b.isalpha()) for a, b in zip(text, mended))
