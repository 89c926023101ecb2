"""One-letter OCR slips in job titles and departments are mended; right
words, in any language the lexicons know or not, are left as printed."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardcap.fields import parse_card
from cardcap.fields.spelling import mend_title_words, split_at_card_domain
from cardcap.textcards import page_from_lines


@pytest.mark.parametrize("ocr, printed", [
    ("Senior Produet Manager", "Senior Product Manager"),   # c read as e
    ("Interier Designer", "Interior Designer"),
    ("Associate Directon", "Associate Director"),           # r read as n
    ("Benior UX Designer", "Senior UX Designer"),
    ("Staff Sofiware Engineer", "Staff Software Engineer"),
    ("SENIOR PRODUET MANAGER", "SENIOR PRODUCT MANAGER"),   # the print's capitals are kept
    ("Custamer Support", "Customer Support"),
    # English title words Faker's job lists lack (models/lexicons/curated/spelling_words.txt)
    ("Harclware Engineering Lead", "Hardware Engineering Lead"),   # d read as "cl"
    ("Senior Lecturer, Embeclded Systems", "Senior Lecturer, Embedded Systems"),
    ("Carnpus Recruiter", "Campus Recruiter"),                     # m read as "rn"
    ("Software Engineer Il", "Software Engineer II"),              # a level's I's read as l's
    ("Prograrnrne Manager", "Programme Manager"),                  # both m's read as "rn"
    ("Talentacquisition Specialist", "Talent Acquisition Specialist"),  # the space lost
    ("Data Analyst lll", "Data Analyst III"),
])
def test_a_misread_letter_in_a_title_word_is_mended(ocr, printed):
    assert mend_title_words(ocr) == printed


@pytest.mark.parametrize("title", [
    "Project Manager", "Campus Recruiter", "HR Generalist", "Consultante", "Financial Adviser",
    "Salesforce Administrator", "Kubernetes Engineer", "Leiter Personalentwicklung", "Analista Financeiro",
    "Chef de projet", "VP, EMEA", "Engineer II", "Solution Architect", "Fresh Produce Division",
])
def test_right_words_stay_as_printed(title):
    assert mend_title_words(title) == title


@given(st.text(max_size=60))
def test_mending_keeps_punctuation_numbers_and_nearly_the_length(text):
    """Words are mended (a letter for a lookalike, a lost letter put back, a
    split word joined, "SeniorHR" split); punctuation and numbers never change."""
    mended = mend_title_words(text)
    assert re.sub(r"[\w\s]", "", mended) == re.sub(r"[\w\s]", "", text)
    assert re.findall(r"(?<![^\W\d_])\d+(?![^\W\d_])", mended) == re.findall(r"(?<![^\W\d_])\d+(?![^\W\d_])", text)
    assert abs(len(mended) - len(text)) <= len(text.split()) + 1


@pytest.mark.parametrize("ocr, printed", [
    ("SeniorHR Business Partner", "Senior HR Business Partner"),
    ("VP, ProductDesign", "VP, Product Design"), ("DevOps Engineer", "DevOps Engineer"),
    ("Equity Derivatives Sales", "Equity Derivatives Sales"),  # not the Portuguese "Derivativos"
    ("Staff Software Engi neer", "Staff Software Engineer"),
    ("ecruiting Coordinator", "Recruiting Coordinator"),
    ("People Operations Manage", "People Operations Manager"),
    ("Pnncipal Engineer", "Principal Engineer"),
    ("Director 0f Talent Acquisition", "Director of Talent Acquisition"),
    ("Sénior Recruitment Consultant", "Senior Recruitment Consultant"),
    ("Softvvare Engineer", "Software Engineer"),
])
def test_ocr_slips_that_only_one_title_word_explains_are_mended(ocr, printed):
    assert mend_title_words(ocr) == printed


def test_a_word_is_mended_towards_the_cards_own_addresses_only_by_lookalikes():
    from cardcap.fields.spelling import mend_towards

    locals_, domains = ["emma.thornton", "dreid"], ["sterlingsageadvisors", "cascadiatransit"]
    assert mend_towards("Ernma Thornton", locals_, domains) == "Emma Thornton"
    assert mend_towards("Daniel Reicl", locals_, domains) == "Daniel Reid"
    assert mend_towards("5terling & Sage Advisors", locals_, domains) == "Sterling & Sage Advisors"
    assert mend_towards("ascadia Transit Authority", locals_, domains) == "Cascadia Transit Authority"
    # an icon run into an address is no lost letter, and right words stay
    assert mend_towards("John Lewis", ["ejohn.lewis"], []) == "John Lewis"
    assert mend_towards("Port Gerald", ["part"], ["partgerald"]) == "Port Gerald"


@pytest.mark.parametrize("ocr, printed", [("Sarnuel Okoro", "Samuel Okoro"), ("Steplianie Bouchard", "Stephanie Bouchard"),
                                          ("Andrevv Kwan", "Andrew Kwan"), ("6regory Hale", "Gregory Hale"),
                                          ("Arnold Smith", "Arnold Smith"), ("Carnival Cruises", "Carnival Cruises")])
def test_a_given_name_read_with_lookalike_letters_is_the_name(ocr, printed):
    from cardcap.fields.names import mend_given_name

    assert mend_given_name(ocr) == printed


@pytest.mark.parametrize("ocr, printed", [("Sr Thandeka Mkhlze", "Sr Thandeka Mkhize"),
                                          ("Kenji Morikawa", "Kenji Morikawa"),  # known: stays
                                          ("Jane Qwertyson, CPA", "Jane Qwertyson, CPA")])  # no reading known
def test_a_family_name_read_with_lookalike_letters_is_the_known_name(ocr, printed):
    from cardcap.fields.names import mend_family_names

    assert mend_family_names(ocr) == printed


@pytest.mark.parametrize("line, locals_, domains, printed", [
    ("DR. FRÉDÉRIQUE LEBLANCGRANITE SARL", ["fleblanc"], ["granite"], "DR. FRÉDÉRIQUE LEBLANC GRANITE SARL"),
    ("Frédérique LeblancGranite SARL", ["fleblanc"], ["granite"], "Frédérique Leblanc Granite SARL"),
    ("GRANITELEBLANC", ["fleblanc"], ["granite"], "GRANITE LEBLANC"),
    ("Biotech Labs", ["jane"], ["tech"], "Biotech Labs"),              # the rest is in no address
    ("Northwind Traders", ["ann.north"], ["wind"], "Northwind Traders"),  # a word of mixed case, no capital inside
    ("LEBLANCGRANITE", [], ["granite"], "LEBLANCGRANITE"),
])
def test_a_word_run_into_the_cards_company_name_is_split_only_by_its_addresses(line, locals_, domains, printed):
    assert split_at_card_domain(line, locals_, domains) == printed


def test_a_name_run_into_the_company_gives_both():
    page = page_from_lines([["DR. FRÉDÉRIQUE LEBLANCGRANITE SARL", 1.3], "Tél:+33178418341",
                            "e-mail:fleblanc@granite.fr", "www.granite.fr", "31, boulevard Odette Reynaud, 69303 Breton"])
    contact = parse_card(page, default_region="FR")[0]
    assert (contact.name, contact.company) == ("Dr. Frédérique Leblanc", "Granite SARL")


@pytest.mark.parametrize("ocr, printed", [
    ("Kootenay Peaks Cred it Union", "Kootenay Peaks Credit Union"),
    ("Wattle Creek Shire Counc il", "Wattle Creek Shire Council"),
    ("Harbor View Partners", "Harbor View Partners"),  # two words each: left apart
    ("Acme it Services", "Acme it Services"),
    ("Wattle Creek Shire Counci1", "Wattle Creek Shire Council"),  # a 1 read for an l
    ("3M Company", "3M Company"),
    ("Prairielink Cornmunications", "Prairielink Communications"),  # an m read as rn in a common word
    ("Cornerstone Fernwood Homes", "Cornerstone Fernwood Homes"),  # a brand's own rn stays
    ("Pemberton Hale & St0kes LLP", "Pemberton Hale & Stokes LLP"),  # one 0 inside a word's letters is an o
    ("Wrexford Chi1dren's Trust", "Wrexford Children's Trust"),  # and one 1 an l
    ("HALLORAN, DUNMORE & FlSK", "HALLORAN, DUNMORE & FlSK"),  # (no digit: left to the name mends)
    ("Barrovv, Keane & Doyle", "Barrow, Keane & Doyle"),  # a w read as two v's
    ("Northgate Teachlng Hospitals", "Northgate Teaching Hospitals"),  # an i read as l in a common word
    ("Riverside Local Health Dlstrict", "Riverside Local Health District"),
    ("The Larchmont HousingTrust", "The Larchmont Housing Trust"),  # the space lost between two common words
    ("B2B Web3 4Front Net0", "B2B Web3 4Front Net0"),  # a code's digits are not inside its letters
    ("Savvy Labs", "Savvy Labs"), ("SoftBank", "SoftBank"), ("Studio 54", "Studio 54"),
])
def test_slips_in_the_words_of_a_companys_name_are_mended(ocr, printed):
    from cardcap.fields.spelling import mend_company_words

    assert mend_company_words(ocr) == printed


@pytest.mark.parametrize("ocr, printed", [
    ("2280 Olentangy River Rd, Colurnbus, OH 43210", "2280 Olentangy River Rd, Columbus, OH 43210"),  # m read rn
    ("1900 Industrial Ave, Keamey, NE 68847", "1900 Industrial Ave, Kearney, NE 68847"),  # rn read m
    ("Sector 54, Gurugrarn, Haryana 122002", "Sector 54, Gurugram, Haryana 122002"),
    ("30 Simmonds Dr, Dartrnouth, NS B3B 1R3", "30 Simmonds Dr, Dartmouth, NS B3B 1R3"),
    ("1 Orbitra Way, Sunnyva le, CA 94089", "1 Orbitra Way, Sunnyvale, CA 94089"),  # a space inside the town
    # right as printed: a district no town list knows, a town with rn, a street with m
    ("28 Hung Lok Road, Hung Hom, Kowloon", "28 Hung Lok Road, Hung Hom, Kowloon"),
    ("1385 Kearney Ave, Winnipeg", "1385 Kearney Ave, Winnipeg"),
    ("55 Colmore Row, Birmingham B3 2AA", "55 Colmore Row, Birmingham B3 2AA"),
    ("Q l650 Hollis Street, Halifax", "1650 Hollis Street, Halifax"),  # a pin icon read as Q, a 1 as l
    ("V Ty Hafren, Callaghan Square", "Ty Hafren, Callaghan Square"),  # ... and as V
    ("V Street NW, Washington", "V Street NW, Washington"),  # a street named by its letter
    ("V Level 4, 40 John Street", "Level 4, 40 John Street"),
    ("V 12 rue de la République, 69002 Lyon", "12 rue de la République, 69002 Lyon"),
    ("Doneraile, C0. Cork", "Doneraile, Co. Cork"),  # an Irish county's "Co." with a zero
    ("Harbour Office, Fish Ouay", "Harbour Office, Fish Quay"),  # the Q's tail lost
    ("RR 2, Site 4, Box l7", "RR 2, Site 4, Box 17"),  # a box's number with a lookalike
    ("Toronto 0N M5X 1A9", "Toronto ON M5X 1A9"),  # Ontario's O read as a zero
])
def test_a_towns_name_with_one_lookalike_slip_is_mended_towards_the_town_list(ocr, printed):
    from cardcap.fields.spelling import mend_address_words

    assert mend_address_words(ocr) == printed


@pytest.mark.parametrize("ocr, printed", [("Associate Director - R8D", "Associate Director - R&D"),
                                          ("Head of M8A", "Head of M&A"), ("P8L Controller", "P&L Controller")])
def test_an_ampersand_read_as_an_8_in_a_short_acronym_is_mended(ocr, printed):
    assert mend_title_words(ocr) == printed


def test_a_unit_split_by_a_space_is_read_as_the_unit():
    page = page_from_lines([["Harrowgate Dynamics", 1.6], ["Nadia Okonjo", 1.3], "Programme Manager", "Human Re sources",
                            "nadia.okonjo@harrowgate.co.uk", "T 0113 496 0721", "12 Wellington Street, Leeds LS1 4DL"])
    contact = parse_card(page, default_region="GB")[0]
    assert (contact.title, contact.department) == ("Programme Manager", "Human Resources")


def test_a_unit_split_after_its_fourth_letter_is_read_as_the_unit():
    page = page_from_lines([["HALDEN", 1.8], "INSTRUMENTS", ["Marta K. Ilves", 1.3], "Quality Engineer II",
                            "Research & Deve lopment", "M 612.555.0171", "marta.ilves@haldeninst.com",
                            "400 Lakeview Pkwy", "Eden Prairie, MN 55344"])
    contact = parse_card(page, default_region="US")[0]
    assert (contact.department, contact.company) == ("Research & Development", "Halden Instruments")


def test_a_trusts_legal_name_with_an_i_read_as_l_is_still_the_company():
    page = page_from_lines([["NHS", 1.6], "Pennine Moors Community Services", "NHS Foundatlon Trust",
                            ["Eilidh Marsh", 1.3], "Workforce Lead", "Tel: 0161 496 0732", "eilidh.marsh@nhs.net",
                            "Moorside House, Bury Road", "Rochdale OL11 4AB"])
    contact = parse_card(page, default_region="GB")[0]
    assert contact.company == "Pennine Moors Community Services NHS Foundation Trust"


@pytest.mark.parametrize("line", [
    "2 Laings Road, Lower Hutt 5010",  # "Lower" is no lost-letter "Blower"
    "1128 State Highway 2, RD 2, Te Puke 3182",  # nor "State" an "Estate"
    "Capitol Square Tower, 65 E State St",  # nor "Capitol" a "Capital"
    "Director of Graduate Studies",  # nor "Studies" "Studios"
    "Sinar Digital Sdn. Bhd.",
    "Marit Solis",  # a name's words are never mended towards job words
])
def test_words_that_are_right_stay_as_printed_before_labelling(line):
    from cardcap.fields.names import is_a_name
    from cardcap.fields.spelling import mend_slips_before_labelling

    assert mend_slips_before_labelling(line, is_a_name) == line


@pytest.mark.parametrize("ocr, printed", [
    ("Digital Channe1s", "Digital Channels"),  # a 1 read for the l before a word's last letter
    ("Youth & Fami1y Services", "Youth & Family Services"),
    ("Engineer II", "Engineer II"), ("Level 10", "Level 10"),
])
def test_a_lone_digit_inside_a_units_word_is_the_letter_it_looks_like(ocr, printed):
    assert mend_title_words(ocr) == printed


def test_a_word_in_capitals_is_mended_towards_the_domain_in_capitals():
    from cardcap.fields.spelling import mend_towards

    assert mend_towards("UNIVERSITY OF VVESTMERE", [], ["westmere"]) == "UNIVERSITY OF WESTMERE"
    # an M printed in capitals is never read from "RN": the address is the misread one
    assert mend_towards("HOLMSTEAD LAW", [], ["holrnsteadlaw"]) == "HOLMSTEAD LAW"


def test_a_wordmark_in_capitals_is_no_given_name_by_small_letters_slips():
    from cardcap.fields.names import mend_given_name

    assert mend_given_name("GARIEP SUN") == "GARIEP SUN"  # "ri" read for "n" happens in small letters only
    assert mend_given_name("Sarnuel Okoro") == "Samuel Okoro"


def test_a_school_under_its_university_is_mended_like_any_unit():
    page = page_from_lines([["UNIVERSITY OF KESTLEWICK", 1.5], "School of Cornputing & Mathematics",
                            ["Dr Folake Adeyemi-Hart", 1.3], "Senior Lecturer in Data Science", "t: 0191 498 0722",
                            "e: f.adeyemi-hart@kestlewick.ac.uk", "Tyne Building, Riverside Campus, Sunderland SR1 3QD"])
    contact = parse_card(page, default_region="GB")[0]
    assert contact.department == "School of Computing & Mathematics"
