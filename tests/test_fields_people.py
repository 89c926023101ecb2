"""Cards that print more than one person give one contact per person."""
from __future__ import annotations

import pytest

from cardcap.fields import parse_card
from cardcap.fields.names import mend_capital_i
from cardcap.model import OcrLine, OcrPage


def _line(text, x, y, h=20.0):
    return OcrLine(text=text, box=(x, y, x + 11 * len(text), y + h), confidence=0.97)


def test_two_partners_side_by_side_each_get_their_own_details():
    lines = [
        _line("Harbor & Finch LLP", 300, 20, 34),
        _line("Olivia Bennett", 40, 120), _line("Daniel Cho", 560, 120),
        _line("Managing Partner", 40, 150), _line("Senior Associate", 560, 150),
        _line("obennett@harborfinch.com", 40, 180), _line("dcho@harborfinch.com", 560, 180),
        _line("T 617-555-0144", 40, 210), _line("T 617-555-0187", 560, 210),
        _line("One Federal Street, Boston, MA 02110", 200, 280),
    ]
    contacts = parse_card(OcrPage(lines=lines, width=1000, height=320), default_region="US")
    by_name = {c.name: c for c in contacts}
    assert set(by_name) == {"Olivia Bennett", "Daniel Cho"}
    assert by_name["Olivia Bennett"].emails == ["obennett@harborfinch.com"]
    assert by_name["Daniel Cho"].emails == ["dcho@harborfinch.com"]
    assert [p.number for p in by_name["Olivia Bennett"].phones] == ["+16175550144"]
    assert [p.number for p in by_name["Daniel Cho"].phones] == ["+16175550187"]
    assert by_name["Daniel Cho"].title == "Senior Associate"
    for contact in contacts:
        assert contact.company == "Harbor & Finch LLP"
        assert contact.address is not None and contact.address.city == "Boston"


def test_one_person_with_two_addresses_stays_one_contact():
    lines = [
        _line("Grace Liu", 40, 20, 30), _line("Head of Talent", 40, 60),
        _line("grace.liu@orbitlabs.io", 40, 90), _line("careers@orbitlabs.io", 40, 120),
        _line("+1 206 555 0101", 40, 150),
    ]
    contacts = parse_card(OcrPage(lines=lines, width=600, height=200), default_region="US")
    assert len(contacts) == 1
    assert contacts[0].emails == ["grace.liu@orbitlabs.io", "careers@orbitlabs.io"]


def test_people_stacked_over_a_shared_block_each_keep_their_own_email():
    """Two names in one column, the details in another column below them:
    each email goes to the person it is built from, the numbers to both."""
    lines = [
        _line("Brightline Labs", 80, 90, 50),
        _line("Jessica Robinson", 580, 110), _line("People Operations Manager", 640, 160),
        _line("Fred Mitchell", 670, 215), _line("Senior Recruiter", 770, 270),
        _line("Phone (279) 418-9375", 85, 336), _line("Mobile (223) 549-8334", 85, 367),
        _line("jessica.robinson@brightline.com", 84, 398), _line("Phone (251) 970-1303", 86, 428),
        _line("Mail: fred.mitchell@brightline.com", 86, 459), _line("W: www.brightline.com", 87, 492),
    ]
    contacts = parse_card(OcrPage(lines=lines, width=1000, height=560), default_region="US")
    by_name = {c.name: c for c in contacts}
    assert set(by_name) == {"Jessica Robinson", "Fred Mitchell"}
    assert by_name["Jessica Robinson"].emails == ["jessica.robinson@brightline.com"]
    assert by_name["Fred Mitchell"].emails == ["fred.mitchell@brightline.com"]
    for contact in contacts:
        assert {p.number for p in contact.phones} == {"+12794189375", "+12235498334", "+12519701303"}
        assert contact.urls == ["www.brightline.com"]


def test_the_first_person_printed_comes_first_even_when_names_differ_in_size():
    lines = [
        _line("SE HEALTH E.K.", 180, 180, 39),
        _line("ifechner@sehealth.de", 280, 280, 32), _line("dbeyer@sehealth.de", 280, 342, 39),
        _line("INGOLF FECHNER", 600, 349, 45), _line("DARKO BEYER", 20, 424, 50),
    ]
    contacts = parse_card(OcrPage(lines=lines, width=1000, height=520), default_region="DE")
    assert [c.name for c in contacts] == ["Ingolf Fechner", "Darko Beyer"]


def test_an_email_of_surname_and_initial_marks_its_person():
    lines = [
        _line("NOVA CLOUD INC.", 40, 20, 40),
        _line("Alec Jimenez", 40, 80), _line("Talent Acquisition Manager", 40, 110),
        _line("John James", 40, 150), _line("Recruiter", 40, 180),
        _line("jimeneza@novacloud.org", 40, 230), _line("john_james@novacloud.org", 40, 260),
    ]
    contacts = parse_card(OcrPage(lines=lines, width=800, height=320), default_region="US")
    assert [(c.name, c.emails) for c in contacts] == [("Alec Jimenez", ["jimeneza@novacloud.org"]),
                                                      ("John James", ["john_james@novacloud.org"])]


def test_a_title_under_a_second_name_is_that_persons_not_the_first():
    lines = [
        _line("PINNACLE GROUP LLC", 250, 100, 60),
        _line("Shari Figueroa, SPHR", 766, 195, 40), _line("Dr. Peter C. Wood, Jr.", 776, 256, 40),
        _line("Senior Vice President", 871, 313, 30),
        _line("P: +1 239-767-1722", 228, 305), _line("12 Bender Ranch", 199, 482), _line("Cowanville, SC 52377", 194, 514),
    ]
    contact = parse_card(OcrPage(lines=lines, width=1200, height=700), default_region="US")[0]
    assert contact.name == "Shari Figueroa, SPHR"
    assert contact.title is None


def test_of_two_printed_names_the_first_is_the_contact_even_when_the_email_is_the_seconds():
    lines = [
        _line("VALERIE CHUNG", 72, 124, 60), _line("Maple Advisors", 1008, 81, 85),
        _line("Senior Consultant", 76, 209, 41), _line("ASHLEY VILLEGAS", 70, 292, 60),
        _line("VP, Human Resources", 75, 377, 40), _line("(213) 223-7984", 1274, 510, 44),
        _line("Email: avillegas@mapleadvisors.com", 934, 617, 43),
    ]
    contacts = parse_card(OcrPage(lines=lines, width=1600, height=900), default_region="US")
    assert (contacts[0].name, contacts[0].title) == ("Valerie Chung", "Senior Consultant")


@pytest.mark.parametrize("lines", [
    [["Mary-Jane Smith-Jones", 1.3], "Director of Talent & Culture", ["Bright Horizons", 1.2], "mj.smithjones@brighthorizons.com"],
    ["Director of Talent & Culture", ["Mary-Jane Smith-Jones", 1.3], ["Bright Horizons", 1.2], "mj.smithjones@brighthorizons.com"],
])
def test_a_hyphenated_name_is_a_name_whether_the_title_is_over_or_under_it(lines):
    from cardcap.textcards import page_from_lines

    contact = parse_card(page_from_lines(lines), default_region="US")[0]
    assert (contact.name, contact.title) == ("Mary-Jane Smith-Jones", "Director of Talent & Culture")
    assert (contact.name_parts.given, contact.name_parts.family) == ("Mary-Jane", "Smith-Jones")


def test_a_name_that_starts_with_an_initial_is_a_name():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["J. Robert Oppenheimer", 1.3], "Sr. Technical Recruiter", ["Los Alamos Labs", 1.2],
                            "+1.505.555.0101", "jro@lanl.gov"])
    contact = parse_card(page, default_region="US")[0]
    assert (contact.name, contact.title) == ("J. Robert Oppenheimer", "Sr. Technical Recruiter")
    assert contact.company != "J. Robert Oppenheimer"


@pytest.mark.parametrize("ocr, printed", [
    ("lan Campos", "Ian Campos"),            # I read as l in sans-serif type
    ("lrene Adler", "Irene Adler"),
    ("Vice President lnvestor Relations", "Vice President Investor Relations"),
    ("lT Manager", "IT Manager"),
    ("Via llaria, 193", "Via Ilaria, 193"),
])
def test_a_capital_i_read_as_a_small_l_is_put_right(ocr, printed):
    assert mend_capital_i(ocr) == printed


@pytest.mark.parametrize("text", ["rue de la Paix", "Head of legal", "Acme ltd", "lone Skye", "Lancaster Lane", "lan"])
def test_words_that_really_start_with_l_stay(text):
    assert mend_capital_i(text) == text


def test_a_name_read_with_a_small_l_for_its_capital_i_is_the_contacts_name():
    page = OcrPage(lines=[_line("lan Campos", 40, 40, 30), _line("Senior Associate", 40, 90),
                          _line("ian.campos@harbor.com", 40, 130)], width=600, height=300, engine="text")
    assert parse_card(page, default_region="GB")[0].name == "Ian Campos"


@pytest.mark.parametrize("line", ["Thandiwe Mokoena CA(SA)", "Grace Lim CPA(Aust.)"])
def test_a_qualification_with_its_country_in_brackets_ends_a_name(line):
    page = OcrPage(lines=[_line("Karoo Mining Holdings (Pty) Ltd", 40, 10, 26), _line(line, 40, 50, 30),
                          _line("Financial Director", 40, 100), _line("thandiwe@karoomining.co.za", 40, 140)],
                   width=600, height=300, engine="text")
    contact = parse_card(page, default_region="ZA")[0]
    assert contact.name == line
    assert contact.title == "Financial Director"


@pytest.mark.parametrize("line, name", [
    ('Yonatan "Yoni" Levi', "Yonatan Levi"), ("Theodore (Ted) Lachance", "Theodore Lachance"),
    ("Danielle “Dani” Russo", "Danielle Russo"), ("Robert ''Rob'' Lindqvist", "Robert Lindqvist"),
])
def test_a_nickname_printed_inside_the_name_is_left_out(line, name):
    page = OcrPage(lines=[_line(line, 40, 40, 30), _line("Talent Acquisition Lead", 40, 90),
                          _line(name.lower().replace(" ", ".") + "@harbor.com", 40, 130)],
                   width=600, height=300, engine="text")
    contact = parse_card(page, default_region="US")[0]
    assert (contact.name, contact.title) == (name, "Talent Acquisition Lead")


@pytest.mark.parametrize("line, given, family", [
    ("Dr.-Ing. Matthias Kreutz", "Matthias", "Kreutz"), ("Dipl.-Kfm. Jonas Weber", "Jonas", "Weber"),
    ("Dipl. Ing. Emma Rust", "Emma", "Rust"), ("Mag. Anna Huber", "Anna", "Huber"),
])
def test_a_german_or_austrian_degree_before_the_name_is_its_prefix(line, given, family):
    page = OcrPage(lines=[_line("HOLZMANN & KREUTZ", 40, 10, 32), _line(line, 40, 60, 26),
                          _line("Head of Engineering Recruiting", 40, 100), _line("Lindenstraße 12, 10115 Berlin", 40, 140),
                          _line(f"{given[0].lower()}.{family.lower()}@holzmann-kreutz.de", 40, 180)],
                   width=600, height=300, engine="text")
    contact = parse_card(page, default_region="DE")[0]
    assert contact.name == line
    assert (contact.name_parts.given, contact.name_parts.family) == (given, family)
    assert contact.title == "Head of Engineering Recruiting"


def test_of_two_people_in_two_columns_the_left_one_is_first_even_a_little_lower():
    """A photo taken at a slant puts the left name lower than the right one."""
    lines = [_line("BUSINESS ANALYST", 40, 20), _line("Stacey Cervantes", 40, 52, 26), _line("Lindsay Kelley", 420, 30, 26),
             _line("PROGRAM MANAGER", 420, 64), _line("scervantes@bartongibson.co", 40, 200),
             _line("lindsay_kelley@bartongibson.co", 420, 200), _line("www.bartongibson.co", 40, 240)]
    contacts = parse_card(OcrPage(lines=lines, width=800, height=300, engine="text"), default_region="US")
    assert [c.name for c in contacts] == ["Stacey Cervantes", "Lindsay Kelley"]


@pytest.mark.parametrize("line, name", [
    ("M A R I S O L   D E   L A   C R U Z", "Marisol de la Cruz"),  # letter-spaced, wider gaps between the words
    ("Xiaoling (Lynn)Chen-Hartmann", "Xiaoling Chen-Hartmann"),  # a nickname, the space after it lost
    ("LACHLAN MAC lNNES-TRAN", "Lachlan MacInnes-Tran"),  # a space read after Mac, a capital I read as l
    ("SEUMAS MACNElL", "Seumas MacNeil"),
    ("JUAN MACHADO", "Juan Machado"),  # no name of its own after "Mac"
    ("Muhammad Hafiz binAbdul Rahman", "Muhammad Hafiz bin Abdul Rahman"),
    ("Seán Mac Giolla Phádraig", "Seán Mac Giolla Phádraig"),  # printed apart, and kept so
    ("Pádraig 0 Súilleabháin CEngMIEI", "Pádraig Ó Súilleabháin CEng MIEI"),  # Ó read as a zero, two grades run together
    ("Dr, Amara Nwachukwu-Bello, PhD", "Dr. Amara Nwachukwu-Bello, PhD"),  # the honorific's dot read as a comma
    ("CORMAC 0'SULLIVAN", "Cormac O'Sullivan"),  # the O of an Irish name in capitals read as a zero
    ("Eoghan Farrelly BEng CEng MIEI", "Eoghan Farrelly BEng CEng MIEI"),  # a degree is no second person ("Beng")
])
def test_names_as_ocr_reads_them_are_put_right(line, name):
    page = OcrPage(lines=[_line("HALCYON BIOWORKS", 40, 10, 32), _line(line, 40, 60, 26),
                          _line("Senior Talent Partner", 40, 100), _line("talent@halcyonbio.com", 40, 140)],
                   width=700, height=300, engine="text")
    assert parse_card(page, default_region="US")[0].name == name


@pytest.mark.parametrize("line", ["Hope Lane I Talent Partner", "Brooke Rivers - Site Manager"])
def test_a_name_and_title_on_one_line_with_the_bar_or_dash_misread_are_parted(line):
    page = OcrPage(lines=[_line("northcote", 40, 10, 32), _line(line, 40, 60, 26), _line("hope@northcote.io", 40, 140)],
                   width=700, height=300, engine="text")
    contact = parse_card(page, default_region="GB")[0]
    assert (contact.name, contact.title) == tuple(line.replace(" I ", " - ").split(" - "))


def test_two_people_read_as_one_row_each_keep_the_title_printed_under_them():
    """Two columns read row by row: "Helena Marsh        Tomas Okafor" over
    "Associate Partner        Chief Executive Officer"; the first person is
    the left one, and their title the one under them, however much more a
    title the other one's reads."""
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["B R A C K E N", 2.0], "CAPITAL ADVISORS", ["Helena Marsh        Tomas Okafor", 1.2],
                            "Associate Partner        Chief Executive Officer",
                            "hmarsh@brackencap.com        tokafor@brackencap.com",
                            "+1 312 555 0143        +1 312 555 0178", "225 W Wacker Dr, Suite 1400, Chicago, IL 60606"])
    first = parse_card(page, default_region="US")[0]
    assert (first.name, first.title) == ("Helena Marsh", "Associate Partner")

