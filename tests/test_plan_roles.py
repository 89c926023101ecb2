"""Who decides, who would be the boss, who runs the process: read from the card."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardcap.model import Contact
from cardcap.plan.model import ROLES
from cardcap.plan.roles import classify_panel, classify_role, employer_from


def card(title: str | None = None, *, name: str = "Alex Doe", company: str | None = "Acme Corp",
         email: str | None = None, department: str | None = None) -> Contact:
    return Contact(name=name, title=title, company=company, department=department,
                   emails=[email] if email else [])


def test_typical_panel_gets_one_role_each():
    panel = [
        card("Talent Acquisition Partner", name="Rita Reyes", email="rita@acme.com"),
        card("Hiring Manager, Analytics", name="Dana Park", email="dana@acme.com"),
        card("Senior Data Analyst", name="Eli Stone", email="eli@acme.com"),
        card("Software Engineer II", name="Fay Lin", email="fay@acme.com"),
        card("VP Engineering", name="Vic Hale", email="vic@acme.com"),
        card("Analytics Manager", name="Mo Tran", email="mo@acme.com"),
    ]
    roles = classify_panel(panel, company="Acme Corp", position="Data Analyst")
    assert [r.role for r in roles] == [
        "recruiter_hr", "decision_maker", "peer", "peer", "decision_maker", "supervisor",
    ]
    assert all(0.5 <= r.confidence <= 1 for r in roles)
    assert roles[4].reason.startswith("'VP Engineering'")
    assert "decision-maker" in roles[4].reason


@pytest.mark.parametrize("title, role", [
    # English and abbreviations
    ("CEO", "decision_maker"),
    ("CTO & Co-Founder", "decision_maker"),
    ("SVP, Sales", "decision_maker"),
    ("V.P. Marketing", "decision_maker"),
    ("Dir. of Operations", "decision_maker"),
    ("Head of Data", "decision_maker"),
    ("Owner", "decision_maker"),
    ("Sr. Mgr, Analytics", "supervisor"),
    ("Team Lead, Platform", "supervisor"),
    ("HRBP", "recruiter_hr"),
    ("Head of Talent", "recruiter_hr"),
    ("VP, Talent & Culture", "recruiter_hr"),
    ("Director of Personnel", "recruiter_hr"),
    ("Recruiting Coordinator", "recruiter_hr"),
    ("Project Coordinator", "other"),
    ("Senior Manager, Talent Acquisition", "recruiter_hr"),
    ("Director of Human Resources", "recruiter_hr"),
    ("Sr. Software Engineer", "peer"),
    ("Lead Data Scientist", "peer"),
    ("Product Manager", "peer"),
    ("Executive Assistant to the CEO", "other"),
    ("Receptionist", "other"),
    # Portuguese
    ("Diretor Comercial", "decision_maker"),
    ("Gerente de Projetos", "supervisor"),
    ("Analista de Dados Sênior", "peer"),
    ("Analista de Recursos Humanos", "recruiter_hr"),
    # Spanish
    ("Directora General", "decision_maker"),
    ("Jefe de Ingeniería", "supervisor"),
    ("Reclutadora", "recruiter_hr"),
    ("Desarrollador Backend", "peer"),
    # German
    ("Geschäftsführer", "decision_maker"),
    ("Geschaeftsfuehrerin", "decision_maker"),
    ("Teamleiter Datenanalyse", "supervisor"),
    ("Personalreferentin", "recruiter_hr"),
    ("Softwareentwicklerin", "peer"),
    # French
    ("Directeur Général", "decision_maker"),
    ("Chef d'équipe", "supervisor"),
    ("Chargée de recrutement", "recruiter_hr"),
    ("Développeur", "peer"),
])
def test_titles_in_several_languages(title, role):
    assert classify_role(card(title)).role == role


def test_department_names_the_hr_function_even_when_the_title_does_not():
    result = classify_role(card("Business Partner", department="People & Culture"))
    assert result.role == "recruiter_hr"


def test_agency_recruiter_is_spotted_by_a_foreign_email_domain():
    panel = [
        card("Engineering Manager", email="dana@acme.com"),
        card("Data Engineer", email="eli@acme.com"),
        card("Senior Talent Consultant", company="Northbridge Partners", email="jo@northbridge.io"),
    ]
    roles = classify_panel(panel, company="Acme Corp")
    assert roles[2].role == "recruiter_hr"
    assert "northbridge" in roles[2].reason.lower()
    assert "agency" in roles[2].reason


def test_agency_is_spotted_by_its_name_whatever_the_title():
    result = classify_role(card("Account Manager", company="Robert Half Technology", email="sam@roberthalf.com"))
    assert result.role == "recruiter_hr"
    assert "agency" in result.reason


def test_employer_whose_name_sounds_like_an_agency_is_still_the_employer():
    panel = [card("Engineering Manager", company="Hudson Analytics", email="dana@hudsonanalytics.com"),
             card("Data Engineer", company="Hudson Analytics", email="eli@hudsonanalytics.com")]
    roles = classify_panel(panel, company="Hudson Analytics")
    assert [r.role for r in roles] == ["supervisor", "peer"]


def test_free_mail_address_does_not_make_someone_an_outsider():
    panel = [card("Engineering Manager", email="dana@acme.com"),
             card("Data Engineer", email="eli.stone@gmail.com")]
    roles = classify_panel(panel, company="Acme Corp")
    assert roles[1].role == "peer"
    assert "not the employer" not in roles[1].reason


def test_employer_domain_is_learned_from_the_cards():
    panel = [card("CEO", email="a@acme.com"), card("Engineer", email="b@acme.com"),
             card("Recruiter", company="Hire Co", email="c@hireco.com")]
    assert employer_from(panel, "Acme Corp").domains == frozenset({"acme.com"})


def test_manager_of_the_positions_field_is_surer_than_an_unrelated_manager():
    analytics = classify_role(card("Analytics Manager"), position="Data Analyst")
    marketing = classify_role(card("Marketing Manager"), position="Data Analyst")
    assert analytics.role == marketing.role == "supervisor"
    assert analytics.confidence > marketing.confidence


def test_unknown_or_missing_title_is_other_with_low_confidence():
    blank = classify_role(card(None))
    odd = classify_role(card("Chief Vibes Curator of Nothing"))
    gardener = classify_role(card("Gardener"))
    assert blank.role == "other" and blank.confidence < 0.5
    assert gardener.role == "other" and gardener.confidence < 0.5
    assert "not recognised" in gardener.reason
    assert odd.role in ROLES  # no crash on playful titles


def test_reason_quotes_card_text_on_one_line():
    result = classify_role(card("VP\nEngineering;\\ injected"))
    assert "\n" not in result.reason
    assert result.role == "decision_maker"


text = st.text(max_size=80)


@settings(max_examples=150, deadline=None)
@given(title=st.one_of(st.none(), text), name=st.one_of(st.none(), text),
       company=st.one_of(st.none(), text), department=st.one_of(st.none(), text),
       email=st.one_of(st.none(), text, st.emails()))
def test_arbitrary_card_text_never_breaks_the_classifier(title, name, company, department, email):
    contact = Contact(name=name, title=title, company=company, department=department,
                      emails=[email] if email else [])
    roles = classify_panel([contact, card("Engineer", email="x@acme.com")], company=company, position=title)
    for result in roles:
        assert result.role in ROLES
        assert 0.0 <= result.confidence <= 1.0
        assert result.reason and "\n" not in result.reason
