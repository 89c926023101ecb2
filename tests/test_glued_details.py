"""Emails and web addresses that OCR ran together with their neighbours or
misread: what is printed comes back, and nothing is invented."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardcap.fields import parse_card
from cardcap.fields.emails import mend_by_names, recover_emails
from cardcap.fields.urls import find_urls, unglue_sites
from cardcap.model import OcrLine, OcrPage


@pytest.mark.parametrize("ocr, printed", [
    ("Mobile +1 251-901-0608www.hardybird.net", "Mobile +1 251-901-0608 www.hardybird.net"),
    ("ann.lee@harbor.comwww.harbor.com", "ann.lee@harbor.com www.harbor.com"),
    ("gina.ellis@silverleaf.iosilverleaf.io", "gina.ellis@silverleaf.io silverleaf.io"),
    ("l.west@northwind.net @www.northwind.net", "l.west@northwind.net www.northwind.net"),
    ("Brooklyn, NY 11201lanternlabs.co", "Brooklyn, NY 11201 lanternlabs.co"),
])
def test_run_together_sites_are_separated(ocr, printed):
    assert unglue_sites(ocr) == printed


@pytest.mark.parametrize("text", ["https://www.acme.com/jobs", "see www.acme.com", "ann@acme.com", "Av. Itaquera, 2365"])
def test_lines_without_a_run_together_site_are_untouched(text):
    assert unglue_sites(text) == text


@given(st.text(max_size=80))
def test_separating_sites_only_adds_spaces_or_drops_an_icon(text):
    out = unglue_sites(text)
    assert out.replace(" ", "") in (text.replace(" ", ""), text.replace(" ", "").replace("@www.", "www."))


@pytest.mark.parametrize("line, domains, expected", [
    ("E:rcherygriverstone.com", ["riverstone.com"], "rchery@riverstone.com"),
    ("e-mail: johngtidewatercapital.co", ["tidewatercapital.co"], "john@tidewatercapital.co"),
    ("gerard_lamy(alecomte.com", ["lecomte.com"], "gerard_lamy@lecomte.com"),
])
def test_a_misread_at_sign_is_mended_when_the_card_prints_the_domain(line, domains, expected):
    assert [m.address for m in recover_emails(line, domains)] == [expected]


@pytest.mark.parametrize("line, domains", [
    ("E:rcherygriverstone.com", []),             # the domain is printed nowhere else
    ("bigriverstone.com", ["riverstone.com"]),   # "g" is a plain letter on an unlabelled line
    ("Tel 555 0100", ["riverstone.com"]),
])
def test_no_email_is_invented(line, domains):
    assert recover_emails(line, domains) == []


def test_a_bare_domain_is_the_site_when_the_emails_use_it():
    assert find_urls("rothstewart.co") == []  # ".co" alone could be "& Co"
    assert [m.url for m in find_urls("rothstewart.co", frozenset({"rothstewart.co"}))] == ["rothstewart.co"]


@pytest.mark.parametrize("address, name, expected", [
    ("Imarty@robert-dupont.com", "Laurent Marty", "lmarty@robert-dupont.com"),
    ("I.west@northwind.net", "Lisa West", "l.west@northwind.net"),
    ("Ebetty.chan@hardybird.net", "Betty Chan", "betty.chan@hardybird.net"),
    ("Info@acme.com", "Ann Lee", "Info@acme.com"),
    ("ian.smith@acme.com", "Ian Smith", "ian.smith@acme.com"),
    ("emma@acme.com", "Emma Stone", "emma@acme.com"),
])
def test_a_misread_first_letter_is_mended_only_towards_the_printed_name(address, name, expected):
    words = [w.lower() for w in name.split()]
    assert mend_by_names(address, [words]) == expected


def test_card_with_a_misread_email_and_a_glued_site():
    lines = ["Lisa West", "Co-Founder", "(201) 864-4189", "I.west@northwind.net @www.northwind.net"]
    page = OcrPage(lines=[OcrLine(text=t, box=(20, 20 + 40 * n, 420, 50 + 40 * n), confidence=0.95)
                          for n, t in enumerate(lines)], width=500, height=220)
    contact = parse_card(page, default_region="US")[0]
    assert contact.emails == ["l.west@northwind.net"]
    assert contact.urls == ["www.northwind.net"]


@pytest.mark.parametrize("ocr, lines", [
    ("KIMBERLYRIVERS", ["KIMBERLY RIVERS"]),
    ("Summit TechnologiDR. RICHARD ROACH, P.ENG.", ["Summit Technologi", "DR. RICHARD ROACH, P.ENG."]),
    ("BRIGHTLINE", ["BRIGHTLINE"]),          # a one-word logo whose halves are not two names
    ("MacArthur", ["MacArthur"]),
    ("Acme Dr. Smith", ["Acme Dr. Smith"]),  # no given name after the honorific
])
def test_names_run_together_with_their_neighbours_are_split(ocr, lines):
    from cardcap.fields.lines import split_merged_columns

    assert split_merged_columns(ocr) == lines


@pytest.mark.parametrize("ocr, printed", [
    ("KESTRELCAPITALULC", "KESTREL CAPITAL ULC"),   # letter-spaced logo read without its spaces
    ("IRONBRIDGECONSULTING", "IRONBRIDGE CONSULTING"),
    ("MERIDIANLLP", "MERIDIAN LLP"),
    ("AssociateDirector", "Associate Director"),
    ("BusinessAnalyst", "Business Analyst"),        # a department word, then a title head
    ("JessicaBradford", "Jessica Bradford"),
    ("COBALT DESIGNLTDA.", "COBALT DESIGN LTDA."),   # a legal form run into the word before it
    ("CONTOURS.R.L.", "CONTOUR S.R.L."),
    ("NovaLtda.", "Nova Ltda."),
    ("LiuCorp.", "Liu Corp."),
    ("SoftBank", "SoftBank"),                       # a brand in camel case keeps its spelling
    ("XFLOGISTICS", "XF LOGISTICS"),                # an acronym before a business word
    ("ASSOCIATESCORP.", "ASSOCIATES CORP."),        # "corp" ends words too, but not after a business word
    ("MULTIMEDIA", "MULTIMEDIA"),                   # an ordinary word that ends like a business word
    ("OUTLAW", "OUTLAW"),
    ("ABS.A.", "ABS.A."),                           # "AB" is a word of two letters, not an acronym
    ("J.R.R.", "J.R.R."),
    ("BRIGHTLINE", "BRIGHTLINE"),
    ("McDonald", "McDonald"),
    ("LinkedIn", "LinkedIn"),
])
def test_letter_spaced_words_read_without_spaces_are_split(ocr, printed):
    from cardcap.fields.lines import unglue_words

    assert unglue_words(ocr) == printed


def test_a_name_run_into_a_capitalised_company_is_two_lines():
    from cardcap.fields.lines import split_merged_columns

    assert split_merged_columns("Amy PearceSTEVENSON & JOHNSON LIMITED") == ["Amy Pearce", "STEVENSON & JOHNSON LIMITED"]
    assert split_merged_columns("McDONALD") == ["McDONALD"]


def test_an_email_run_into_a_capitalised_logo_is_separated():
    assert unglue_sites("antonio.ramos@northwind.comNORTHWIND BIO") == "antonio.ramos@northwind.com NORTHWIND BIO"
    assert unglue_sites("ANN@ACME.COM") == "ANN@ACME.COM"


def test_a_legal_form_printed_beside_the_company_belongs_to_it():
    lines = [OcrLine(text="CSP Pharma", box=(286, 175, 981, 263), confidence=0.99),
             OcrLine(text="Corp.", box=(990, 180, 1200, 262), confidence=0.98),
             OcrLine(text="Brian S. Harris", box=(671, 417, 956, 467), confidence=0.99),
             OcrLine(text="Software Engineer", box=(692, 508, 937, 542), confidence=0.99),
             OcrLine(text="brian@csp.com", box=(733, 651, 899, 681), confidence=0.99)]
    contact = parse_card(OcrPage(lines=lines, width=1400, height=800), default_region="US")[0]
    assert contact.company == "CSP Pharma Corp."


def test_an_email_printed_in_capitals_is_written_lower_case():
    from cardcap.fields.emails import find_emails

    assert [m.address for m in find_emails("E: MKONEILL@ALPINESKIHOUSE.COM")] == ["mkoneill@alpineskihouse.com"]
    assert [m.address for m in find_emails("Jane.Doe@Contoso.com")] == ["Jane.Doe@contoso.com"]


def test_a_company_spelled_by_the_initials_of_its_domain_is_the_company():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["Kevin Liu", 1.3], "Staff Software Engineer", "Graphic Design Institute",
                            "kevin.liu@gdi.edu", "(202) 555-0143"])
    assert parse_card(page, default_region="US")[0].company == "Graphic Design Institute"


@pytest.mark.parametrize("ocr, lines", [
    ("Monarch Ventures MARCELO ANDRADE", ["Monarch Ventures", "MARCELO ANDRADE"]),  # a company, then a name in capitals
    ("Evergreen Labs ULC MICHAEL THOMPSON", ["Evergreen Labs ULC", "MICHAEL THOMPSON"]),
    ("RAYMOND ROBINSON Bluefield Partners PLC", ["RAYMOND ROBINSON", "Bluefield Partners PLC"]),  # name first
    ("ANNA KOWALSKI Senior Recruiter", ["ANNA KOWALSKI", "Senior Recruiter"]),  # a name, then its title
    ("R I V E R S T O N E", ["RIVERSTONE"]),                                        # letter-spaced capitals
    ("N o v a L t d a .", ["Nova Ltda."]),
    ("J u n i p e r", ["Juniper"]),
    ("A B C", ["A B C"]),
    ("Ana Maria DOS SANTOS", ["Ana Maria DOS SANTOS"]),                            # one name, not two
])
def test_company_and_letter_spaced_lines(ocr, lines):
    from cardcap.fields.lines import split_merged_columns

    assert split_merged_columns(ocr) == lines


def test_a_slogan_under_a_company_with_its_legal_form_stays_out_of_it():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["JULIE VALENTIN", 1.3], "Directeur commercial", "01.85.18.73.38",
                            ["CARLIER S.A.R.L. SAS", 1.2], "E: j.valentin@carliersarl.fr", "Trusted advisors",
                            "W: www.carliersarl.fr"])
    assert parse_card(page, default_region="FR")[0].company == "Carlier S.A.R.L. SAS"


def test_a_word_is_only_split_into_two_names_of_four_letters_or_more():
    from cardcap.fields.lines import split_merged_columns

    assert split_merged_columns("Financieel Analist") == ["Financieel Analist"]  # not "Ana List"


@pytest.mark.parametrize("line, pieces", [
    ("Jane Doe, Senior Recruiter", ["Jane Doe", "Senior Recruiter"]),
    ("Jane Doe, CEO", ["Jane Doe", "CEO"]),
    ("John Smith, Jr.", ["John Smith, Jr."]),                        # a suffix, not a job
    ("Maria Garcia, MBA, SHRM-CP", ["Maria Garcia, MBA, SHRM-CP"]),  # degrees
])
def test_a_name_and_title_printed_on_one_line_with_a_comma_are_two_fields(line, pieces):
    from cardcap.fields.lines import split_merged_columns

    assert split_merged_columns(line) == pieces


@pytest.mark.parametrize("line, pieces", [
    ("Caleb Whitaker Recruiter", ["Caleb Whitaker", "Recruiter"]),
    ("Nadia Hussain HR Director", ["Nadia Hussain", "HR Director"]),
    ("Maria Grace Lee Senior Recruiter", ["Maria Grace Lee", "Senior Recruiter"]),
    ("Regional Sales Manager", ["Regional Sales Manager"]),  # "Sales" is a surname, but a job's word here
    ("AVP, Branch Manager", ["AVP, Branch Manager"]),
    ("Jane Doe PhD", ["Jane Doe PhD"]),
])
def test_a_name_and_title_run_together_on_one_baseline_are_two_fields(line, pieces):
    from cardcap.fields.lines import split_merged_columns

    assert split_merged_columns(line) == pieces


def test_a_slogan_under_a_company_word_stays_out_of_the_company():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["Serra y Sureda", 1.3], "Engineering excellence since: 1987", ["Jose Antonio Pinedo", 1.2],
                            "HR Generalist", "Teléfono: +34 821 02 95 07", "jose.pinedo@serrasureda.es"])
    assert parse_card(page, default_region="ES")[0].company == "Serra y Sureda"


@pytest.mark.parametrize("lines, department", [
    # printed over the title, not under it
    ([["Dylan Hill", 1.3], "Legal Department", "Marketing Manager", ["WESTBROOK NETWORKS LIMITED", 1.2],
      "E dylan.hill@westbrooknetworks.uk"], "Legal Department"),
    # a slogan between the title and the department
    ([["Ana Beatriz Abreu", 1.3], ["OAKRIDGE FINANCIAL", 1.2], "Process Engineer", "L'excellence au quotidien",
      "Product Development", "oakridgefinancial.com.br"], "Product Development"),
])
def test_a_line_that_names_a_department_is_the_department_wherever_it_is(lines, department):
    from cardcap.textcards import page_from_lines

    assert parse_card(page_from_lines(lines), default_region="GB")[0].department == department


@pytest.mark.parametrize("ocr, address", [
    ("olivia.machado@keystone.corn.br", "olivia.machado@keystone.com.br"),  # rn read for m before a country code
    ("thomas@westbrook.comw", "thomas@westbrook.com"),                    # a stray letter after .com
    ("ana@mail.cornell.edu", "ana@mail.cornell.edu"),                     # a real "rn" stays
    ("jo@acme.co.uk", "jo@acme.co.uk"),
])
def test_a_misread_domain_ending_is_mended(ocr, address):
    from cardcap.fields.emails import find_emails

    assert [m.address for m in find_emails(ocr)] == [address]


def test_after_an_email_label_a_domain_named_on_the_card_mends_a_misread_at_sign():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["KESTREL ENGINEERING", 1.3], ["Paola Monti", 1.2], "+39 02 9530 2130",
                            "E: p.montigkestrel.it", "Web: kestreil it"])
    assert parse_card(page, default_region="IT")[0].emails == ["p.monti@kestrel.it"]
    # without the label, or without the word on the card, nothing is invented
    assert recover_emails("p.montigkestrel.it", [], frozenset({"kestrel"})) == []
    assert recover_emails("E: p.montigkestrel.it", [], frozenset({"engineering"})) == []


def test_an_e_before_the_address_is_an_email_label():
    assert [m.address for m in recover_emails("E deborahjohsongmaple.ca / Web: maple.ca", ["maple.ca"])] == \
        ["deborahjohson@maple.ca"]


def test_an_e_after_a_bar_labels_the_address_too():
    line = "T 0161 496 0734 l E oliver.pemberton-shawahartleybrennan.co.uk"  # the bar read as "l"
    assert [m.address for m in recover_emails(line, ["hartleybrennan.co.uk"])] == \
        ["oliver.pemberton-shaw@hartleybrennan.co.uk"]


@pytest.mark.parametrize("line, words, expected", [
    ("harpreet.sandhuafvrta.ca", {"harpreet", "kaur", "sandhu"}, "harpreet.sandhu@fvrta.ca"),
    ("mlchowdhuryparkabowvalleyhealth.ca", {"mei-lin", "chowdhury-park", "park"}, "mlchowdhurypark@bowvalleyhealth.ca"),
    ("mariaacme.com", {"maria", "lopez"}, "maria@acme.com"),
    ("anna.costaacme.com", {"anna", "costa"}, "anna.costa@acme.com"),  # her name ends in "a": no "@" read in it
])
def test_an_a_before_the_domain_is_the_at_sign_when_the_name_ends_before_it(line, words, expected):
    domain = expected.partition("@")[2]
    assert [m.address for m in recover_emails(line, [domain], frozenset(words))] == [expected]


@pytest.mark.parametrize("address, printed, expected", [
    ("ypierce@nvfood8ank.org", "NANSEMOND VALLEY FOOD BANK", "ypierce@nvfoodbank.org"),
    ("genevieve.roy@be1airbio.ca", "BELAIR Bélair Biosciences Inc.", "genevieve.roy@belairbio.ca"),
    ("w.aracena@fernbrookortho.com", "fembrook fernbrookortho.com", "w.aracena@fernbrookortho.com"),  # the site says so
    ("sales@web2print.com", "Web to Print Ltd", "sales@web2print.com"),  # a digit no letter is read for
])
def test_a_slip_in_the_domain_is_mended_towards_the_name_the_card_prints(address, printed, expected):
    from cardcap.fields.emails import mend_domain_by_card_words
    from cardcap.fields.text import squash, strip_accents

    assert mend_domain_by_card_words(address, squash(strip_accents(printed))) == expected


def test_an_at_icon_read_a_before_an_address_built_from_a_hyphenated_family_name():
    assert mend_by_names("amdelacroixhuang@pcrestline.com", [["marcus", "delacroix-huang"]]) == \
        "mdelacroixhuang@pcrestline.com"
    assert mend_by_names("aitakahashi-brandt@portalderor.gov", [["iris", "takahashi-brandt"]]) == \
        "itakahashi-brandt@portalderor.gov"


def test_an_m_read_rn_inside_the_family_name_of_an_address_is_mended():
    assert mend_by_names("krnontgomery@harlanumc.org", [["kate", "montgomery"]]) == "kmontgomery@harlanumc.org"
    assert mend_by_names("bernard.kim@acme.com", [["bernard", "kim"]]) == "bernard.kim@acme.com"


def test_a_one_read_for_the_last_l_of_a_given_name_is_mended():
    assert mend_by_names("isabe1.quach@thewharfinger.com.au", [["isabel", "quach"]]) == \
        "isabel.quach@thewharfinger.com.au"


def test_an_address_is_not_respelled_with_letters_an_email_cannot_hold():
    assert mend_by_names("anika.sorensen@crpath.com.au", [["dr", "anika", "sørensen"]]) == "anika.sorensen@crpath.com.au"


@pytest.mark.parametrize("lines, name, company", [
    ([["Dr. Michael T. Moore Keystone Robotics", 1.3], "Chief Scientist", "mmoore@keystonerobotics.com"],
     "Dr. Michael T. Moore", "Keystone Robotics"),
    ([["Stella Fernandes Lumen Labs S.A.", 1.3], "Gerente de Projetos", "stella@lumenlabs.com.br"],
     "Stella Fernandes", "Lumen Labs S.A."),
])
def test_a_name_run_into_its_company_on_one_line_gives_both(lines, name, company):
    from cardcap.textcards import page_from_lines

    contact = parse_card(page_from_lines(lines), default_region="US")[0]
    assert (contact.name, contact.company) == (name, company)


def test_a_company_of_several_names_is_not_split_into_a_person():
    from cardcap.fields.lines import name_then_company

    assert name_then_company("Scott, Bennett and Davies PLC") is None
    assert name_then_company("Jane Doe Software") is None  # a one-word company could be the whole name


def test_a_tax_number_line_is_never_the_company():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["OSKAR LOOS", 1.3], "Projektmanagerin", "Telefon 03695 9017", "Mail: oskar.loos@salz.com",
                            "Klappallee 42", "29244 Neuss", "USt-IdNr.DE651406285"])
    assert parse_card(page, default_region="DE")[0].company is None


@pytest.mark.parametrize("logo, email, sure", [
    ("AUTO PECAS", "contato@autopecasdominio.com.br", False),  # the domain holds more: "Domínio Auto Peças"
    ("MICROVIDA", "contato@microvida.com.br", True),
])
def test_a_company_is_confident_only_when_it_spells_the_whole_domain(logo, email, sure):
    from cardcap.textcards import page_from_lines

    contact = parse_card(page_from_lines([[logo, 1.6], "Av. Paulista, 1000", "São Paulo - SP", email]),
                         default_region="BR")[0]
    assert contact.company and (contact.confidence["company"] >= 0.9) == sure


def test_a_company_with_its_legal_form_is_taken_however_weakly_it_scores():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["Reyes Rocha", 1.3], "Gerente Comercial", "Pinnacle Manufacturing S.A.",
                            "Camino de Augusto Arenas, 218", "15404 Córdoba"])
    assert parse_card(page, default_region="ES")[0].company == "Pinnacle Manufacturing S.A."


def test_a_department_word_on_a_card_without_a_person_is_no_department():
    from cardcap.textcards import page_from_lines

    page = page_from_lines(["n", ["design", 1.5], "www.nogdesign.blogspot.com.br"])
    contacts = parse_card(page, default_region="BR")
    assert all(c.department is None for c in contacts)


@pytest.mark.parametrize("title_line, title, department", [
    ("Engineering Manager | Payments", "Engineering Manager", "Payments"),       # a team after the title
    ("Senior Recruiter | Google", "Senior Recruiter", None),                     # the company, by its domain: parted off
    ("Senior Recruiter | Acme Corp", "Senior Recruiter | Acme Corp", None),      # the company, by its legal form
    ("Director | Talent Acquisition", "Director", "Talent Acquisition"),
])
def test_a_team_printed_after_the_title_is_the_department(title_line, title, department):
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["Priya Natarajan", 1.3], title_line, "priya@google.com"])
    contact = parse_card(page, default_region="US")[0]
    assert (contact.title, contact.department) == (title, department)


@pytest.mark.parametrize("printed, email, company", [
    ("Maple Logistics S.r.1.", "ccanevascini@maple.com", "Maple Logistics S.r.l."),   # 1 read for l
    ("Acme Robotics 1nc.", "ccanevascini@acmerobotics.com", "Acme Robotics Inc."),     # 1 read for I
    ("Studio 54 Ltd", "ccanevascini@studio54.com", "Studio 54 Ltd"),                   # a number of the name stays
])
def test_a_legal_form_with_a_digit_read_for_a_letter_is_mended(printed, email, company):
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["Cassandra Canevascini", 1.3], "Certified Public Accountant", [printed, 1.2], email])
    assert parse_card(page, default_region="IT")[0].company == company


def test_an_initial_and_a_surname_are_not_taken_for_an_icon_before_the_email():
    assert mend_by_names("m.kreutz@holzmann.de", [["dr", "ing", "matthias", "kreutz"]]) == "m.kreutz@holzmann.de"
    assert mend_by_names("etran@kestrel.com", [["emily", "tran"]]) == "etran@kestrel.com"
    assert mend_by_names("Ebetty.chan@acme.com", [["betty", "chan"]]) == "betty.chan@acme.com"
    assert mend_by_names("harriet.e11ingham@wrayburn.co.uk", [["harriet", "ellingham"]]) == "harriet.ellingham@wrayburn.co.uk"
    assert mend_by_names("sales01@acme.com", [["john", "smith"]]) == "sales01@acme.com"


def test_two_addresses_joined_by_a_comma_stay_two():
    from cardcap.fields.emails import find_emails

    assert [m.address for m in find_emails("info@acme.com,sales@acme.com")] == ["info@acme.com", "sales@acme.com"]


@pytest.mark.parametrize("line, address, printed", [
    ("Mail: mkowalski@harborlanesoftwarecom", "mkowalski@harborlanesoftware.com", "mkowalski@harborlanesoftwarecom"),
    ("T l patel@quarryhillfoods.com", "lpatel@quarryhillfoods.com", "l patel@quarryhillfoods.com"),
    ("ciara. byrne@amberline.ie | 01 234", "ciara.byrne@amberline.ie", "ciara. byrne@amberline.ie"),
    ("e. eoin.gallagher@ferrycarrig.io", "eoin.gallagher@ferrycarrig.io", "eoin.gallagher@ferrycarrig.io"),
    ("Email: raymond_gerard@lighthouse. fr", "raymond_gerard@lighthouse.fr", "raymond_gerard@lighthouse. fr"),
    ("fboateng@lodestar policy.org", "fboateng@lodestarpolicy.org", "fboateng@lodestar policy.org"),
    ("kendra,hollis-grant@caprockpaving.com", "kendra.hollis-grant@caprockpaving.com",  # a comma for a dot
     "kendra,hollis-grant@caprockpaving.com"),
    ("lena@hahndorfridge,com.au", "lena@hahndorfridge.com.au", "lena@hahndorfridge,com.au"),
])
def test_an_address_with_a_space_inside_or_its_last_dot_lost_is_read_whole(line, address, printed):
    from cardcap.fields.emails import find_emails

    found = find_emails(line)
    assert [m.address for m in found] == [address]
    assert line[found[0].start:found[0].end] == printed  # the span still points at the printed text


def test_an_at_sign_read_as_a_in_brackets_is_an_at_sign():
    assert [m.address for m in recover_emails("tgreene(a)pinnaclefreight.com", ["pinnaclefreight.com"])] == \
        ["tgreene@pinnaclefreight.com"]


@pytest.mark.parametrize("ocr, printed", [("wwwredwoodledger.com", "www.redwoodledger.com"),
                                          ("www.quarryhillfoods,com", "www.quarryhillfoods.com"),
                                          ("https://redwoodnetworksio", "https://redwoodnetworks.io"),
                                          ("inlinkedin.com/in/maya-rc", "linkedin.com/in/maya-rc"),
                                          ("lnkedin.com/in/rachelbraun", "linkedin.com/in/rachelbraun")])
def test_a_lost_or_misread_dot_in_a_web_address_is_put_back(ocr, printed):
    assert unglue_sites(ocr) == printed


def test_an_emails_domain_with_a_lookalike_slip_is_spelled_as_the_cards_site():
    page = OcrPage(lines=[OcrLine(text=t, box=(20, 30 * n, 400, 30 * n + 24), confidence=0.97) for n, t in enumerate(
        ["Siobhan Murphy", "Recruiter", "smurphy@arnberline.ie", "www.amberline.ie"])], width=600, height=300, engine="text")
    assert parse_card(page, default_region="IE")[0].emails == ["smurphy@amberline.ie"]


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=80))
def test_every_email_found_points_at_printed_text_holding_its_at_sign(line):
    from cardcap.fields.emails import find_emails

    for match in find_emails(line):
        assert 0 <= match.start < match.end <= len(line)
        assert "@" in line[match.start:match.end]


@pytest.mark.parametrize("line, address", [("geraldine.davies@simpson.co.ukweb", "geraldine.davies@simpson.co.uk"),
                                           ("ann@acme.comTel", "ann@acme.com"), ("jo@acme.website", "jo@acme.website")])
def test_a_label_run_into_the_end_of_an_email_is_not_part_of_its_domain(line, address):
    from cardcap.fields.emails import find_emails

    assert [m.address for m in find_emails(line)] == [address]


def test_a_word_after_a_dot_and_a_space_is_no_domain_ending():
    from cardcap.fields.emails import find_emails

    assert find_emails("ann@acme. Tel 555 0100") == []


def test_an_at_sign_lost_outright_is_put_back_before_the_cards_own_site():
    page = OcrPage(lines=[OcrLine(text=t, confidence=0.9, box=(0, 20 * n, 300, 20 * n + 16))
                          for n, t in enumerate(["Kevin Sullivan", "ksullivanredwoodnetworks.io",
                                                 "Web:https://redwoodnetworksio"])], width=400, height=240)
    contact = parse_card(page, default_region="US")[0]
    assert contact.emails == ["ksullivan@redwoodnetworks.io"]
    assert contact.urls == ["https://redwoodnetworks.io"]


@pytest.mark.parametrize("token", ["careers.redwoodnetworks.io", "www.redwoodnetworks.io", "redwoodnetworks.io"])
def test_a_site_of_the_card_is_not_taken_for_an_email_that_lost_its_at_sign(token):
    assert recover_emails(token, ["redwoodnetworks.io"]) == []


@pytest.mark.parametrize("line, urls", [("X: x.com/mgagnonroy", ["x.com/mgagnonroy"]), ("x.com", []),
                                        ("wa.me/15551234567", ["wa.me/15551234567"])])
def test_a_profile_on_a_site_with_a_short_name_is_a_web_address(line, urls):
    assert [m.url for m in find_urls(line)] == urls


def test_a_booking_page_does_not_name_the_employer():
    page = OcrPage(lines=[OcrLine(text=t, confidence=0.9, box=(0, 30 * n, 300, 30 * n + 20)) for n, t in enumerate(
        ["Priya Raman", "Engineering Manager", "priya@flowbase.io", "calendly.com/priya-flowbase"])],
        width=400, height=200)
    contact = parse_card(page, default_region="US")[0]
    assert contact.company in (None, "Flowbase")
    assert contact.urls == ["calendly.com/priya-flowbase"]


@pytest.mark.parametrize("row, title", [("Head of Product          liam@orbitus.io", "Head of Product"),
                                        ("Director of Sales          +61 3 9555 0100", "Director of Sales")])
def test_a_title_beside_a_detail_in_the_other_column_is_still_the_title(row, title):
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["ORBITUS", 1.8], ["Liam Fitzgerald          Mob:0491 572 549", 1.3], row,
                            "Level 3, 120 Spencer Street, Melbourne VIC 3000"])
    contact = parse_card(page, default_region="AU")[0]
    assert (contact.name, contact.title) == ("Liam Fitzgerald", title)


@pytest.mark.parametrize("ocr, printed", [
    ("T 303 555 0187 1 M 303 555 0188", "T 303 555 0187 | M 303 555 0188"),
    ("303 555 0187 l dokonkwo@ledgerly.com", "303 555 0187 | dokonkwo@ledgerly.com"),
    ("Associate Director I Building Consultancy", "Associate Director | Building Consultancy"),
    ("Software Engineer I", "Software Engineer I"),   # a level, not a bar
    ("T l patel@quarryhillfoods.com", "T l patel@quarryhillfoods.com"),  # an initial after a label
    ("PO Box 1184 I Fremantle WA 6959", "PO Box 1184 | Fremantle WA 6959"),
    ("1300 I Street NW, Suite 900", "1300 I Street NW, Suite 900"),  # Washington names streets by letters
])
def test_a_bar_read_as_a_letter_or_digit_between_details_is_a_bar_again(ocr, printed):
    from cardcap.fields.lines import mend_separators

    assert mend_separators(ocr) == printed


@pytest.mark.parametrize("line, english", [
    ("Engineering Manager | Gestionnaire, ingénierie", "Engineering Manager"),
    ("ATLANTIC LOGISTICS LTD. / LOGISTIQUE ATLANTIQUE LTÉE", "ATLANTIC LOGISTICS LTD."),
    ("Sales | Marketing", None),
    ("Jane Doe | Recruiter", None),
])
def test_a_line_printed_in_english_and_french_keeps_its_english_half(line, english):
    from cardcap.fields.lines import english_half

    assert english_half(line) == english


def test_of_a_title_printed_in_french_then_english_the_english_one_is_the_title():
    from cardcap.textcards import page_from_lines

    page = page_from_lines([["GROUPE LAURENTIDE", 1.7], ["Isabelle Tremblay", 1.3], "Directrice, Ressources humaines",
                            "Director, Human Resources", "Bureau / Office : +1 514 871-2345",
                            "Cellulaire / Mobile : 438 812-3456", "isabelle.tremblay@groupelaurentide.ca"])
    contact = parse_card(page, default_region="CA")[0]
    assert (contact.title, contact.department) == ("Director, Human Resources", None)
    assert [(p.number, p.type) for p in contact.phones] == [("+15148712345", "work"), ("+14388123456", "mobile")]


@pytest.mark.parametrize("lines, url", [
    (["Ann Lee", "ann.lee@telvance.co.uk", "www.te1vance.co.uk"], "www.telvance.co.uk"),   # the emails spell it right
    (["Ann Lee", "ann@karrawong.com.au", "www.karrawong.c0m.au"], "www.karrawong.com.au"),  # a zero in the ending
    (["Ann Lee", "ann@acme.com", "www.acme1.com"], "www.acme1.com"),                          # a real digit stays
])
def test_a_web_address_with_a_lookalike_slip_is_spelled_as_the_emails_spell_it(lines, url):
    from cardcap.textcards import page_from_lines

    assert parse_card(page_from_lines(lines), default_region="GB")[0].urls == [url]


@pytest.mark.parametrize("ocr, name", [
    ("JOSH UA PEMB U RY", "JOSHUA PEMBURY"),   # letter-spaced capitals read with the gaps misplaced
    ("NI N A CALD E R", "NINA CALDER"),
    ("ANJALI PA REKH", "ANJALI PAREKH"),
    ("MARY DE LA CRUZ", "MARY DE LA CRUZ"),    # particles are no fragments
    ("JOHN A SMITH", "JOHN A SMITH"),          # one initial is no gap
])
def test_a_letter_spaced_name_read_with_misplaced_gaps_is_rejoined(ocr, name):
    from cardcap.fields.lines import rejoin_gapped_name

    assert rejoin_gapped_name(ocr) == name


def test_a_space_read_inside_an_emails_domain_invents_no_second_address():
    """'wei@northlake labs.ai': the email is read whole, and 'labs.ai' is no site of the card's that the site
    line 'northlakelabs.ai' could be split before ('northlake@labs.ai')."""
    lines = [("NORTHLAKE", 60), ("Wei Chen-Fairbanks", 40), ("Co-founder & CTO", 30), ("wei@northlake labs.ai", 28),
             ("northlakelabs.ai · github.com/northlake-labs", 28)]
    page, top = OcrPage(lines=[], width=1000, height=600), 20
    for text, height in lines:
        page.lines.append(OcrLine(text=text, box=(40, top, 40 + 14 * len(text), top + height), confidence=0.95))
        top += height + 12
    contact = parse_card(page, default_region="CA")[0]
    assert contact.emails == ["wei@northlakelabs.ai"]
    assert contact.urls == ["northlakelabs.ai", "github.com/northlake-labs"]
