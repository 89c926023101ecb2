"""The scorer follows ../shared/eval/FORMAT.md section 3."""
from __future__ import annotations

from cardcap.evaluate import score_card, score_results

LABEL = {
    "name": "Dr. Avery Smith", "title": "Senior Researcher", "department": None, "company": "Contoso",
    "emails": ["avery.smith@contoso.com"], "phones": [{"number": "+442098765432", "type": "work"}],
    "address": "2 Kingdom Street, Paddington, London, W2 6BD", "urls": ["https://www.contoso.com"],
}


def _result(**fields):
    contact = {"name": "Avery Smith", "title": "SENIOR RESEARCHER", "department": None, "company": "Contoso",
               "emails": ["Avery.Smith@contoso.com"], "phones": [{"number": "+44 20 9876 5432", "type": "work"}],
               "address": {"text": "2 Kingdom Street Paddington London W2 6BD"}, "urls": ["contoso.com/"],
               "confidence": {"name": 0.95, "title": 0.5}}
    contact.update(fields)
    return {"image": "card.jpg", "contacts": [contact]}


def test_equal_after_case_punctuation_honorifics_scheme_and_www():
    card = score_card("card.jpg", LABEL, _result())
    assert card.perfect, card.errors


def test_a_wrong_value_is_both_a_false_positive_and_a_false_negative():
    card = score_card("card.jpg", LABEL, _result(company="Contoso Ltd"))
    assert (card.fields["company"].fp, card.fields["company"].fn) == (1, 1)
    assert not card.perfect


def test_a_value_where_the_label_has_none_is_a_false_positive():
    card = score_card("card.jpg", LABEL, _result(department="Research"))
    assert (card.fields["department"].fp, card.fields["department"].fn) == (1, 0)


def test_phones_match_on_trailing_digits_so_a_missing_country_code_is_tolerated():
    card = score_card("card.jpg", LABEL, _result(phones=[{"number": "20 9876 5432"}]))
    assert card.fields["phones"].tp == 1
    card = score_card("card.jpg", LABEL, _result(phones=[{"number": "5432"}]))
    assert card.fields["phones"].tp == 0


def test_totals_perfect_rate_and_calibration():
    labels = {"a.jpg": LABEL, "b.jpg": LABEL}
    results = [dict(_result(), image="x/a.jpg"), dict(_result(name="Someone Else"), image="x/b.jpg")]
    report = score_results(labels, results)
    assert report.perfect_rate == 0.5
    assert report.totals()["name"].tp == 1 and report.totals()["name"].fp == 1
    sure, right = report.calibration(0.9)
    assert sure == 2 and right == 0.5  # one confident name right, one wrong
    assert report.as_dict()["fields"]["name"]["f1"] == 0.5


def test_an_image_missing_from_the_results_counts_every_label_as_missed():
    report = score_results({"a.jpg": LABEL}, [])
    assert report.totals()["emails"].fn == 1 and report.perfect_rate == 0.0


def test_a_card_labelled_illegible_is_scored_apart_and_counted():
    labels = {"a.jpg": LABEL, "b.jpg": dict(LABEL, legible=False)}
    results = [dict(_result(), image="a.jpg")]  # b.jpg not read at all
    report = score_results(labels, results)
    assert len(report.cards) == 1 and report.perfect_rate == 1.0
    assert report.illegible_left_out == 1 and "illegible" in report.table()
    everything = score_results(labels, results, include_illegible=True)
    assert len(everything.cards) == 2 and everything.perfect_rate == 0.5


def test_a_photo_that_gave_no_contact_is_reported_with_its_reason():
    labels = {"a.jpg": LABEL, "b.jpg": LABEL, "c.jpg": LABEL}
    results = [dict(_result(), image="a.jpg"),
               {"image": "b.jpg", "contacts": [], "error": "no text found: is this a photo of a business card?"}]
    report = score_results(labels, results)
    assert report.as_dict()["unread"] == {"b.jpg": "no text found: is this a photo of a business card?",
                                          "c.jpg": "no result"}
    assert "photos that gave no contact: 2" in report.table()
    assert "gave no contact" not in score_results({"a.jpg": LABEL}, results).table()
