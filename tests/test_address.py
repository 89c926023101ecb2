"""Postal addresses read from a card's text lines: which lines make the
address, and the parts a user sees (street, city, region, postcode, country)."""
from __future__ import annotations

import pytest

from cardcap.fields import parse_card
from cardcap.fields.address import has_locality, parse_address
from cardcap.model import OcrLine, OcrPage
from cardcap.textcards import page_from_lines

HEAD = [["Jo Park", 1.3], "Analyst"]


def address_of(lines, region="US"):
    contact = parse_card(page_from_lines(HEAD + lines), default_region=region)[0]
    return contact.address


def text_of(lines, region="US"):
    address = address_of(lines, region)
    return address.text if address else None


def page_of(rows):
    """Lines in OCR order, each (text, left, top); 30 px high, 12 px a letter."""
    lines = [OcrLine(text=t, box=(left, top, left + 12 * len(t), top + 30), confidence=0.98) for t, left, top in rows]
    return OcrPage(lines=lines, width=1200, height=700, engine="text")


# --- the locality line belongs with its street --------------------------------

def test_a_us_territory_locality_is_joined_to_its_street():
    a = address_of(["590 S Marine Corps Dr", "Tamuning, GU 96913"])
    assert a.text == "590 S Marine Corps Dr, Tamuning, GU 96913"
    assert (a.city, a.region, a.postcode) == ("Tamuning", "GU", "96913")


def test_a_dublin_postal_district_and_eircode_follow_the_street():
    a = address_of(["2 Grand Canal Square", "Dublin 2", "D02 P820"], "IE")
    assert a.text == "2 Grand Canal Square, Dublin 2, D02 P820"
    assert (a.street, a.city, a.postcode, a.country) == ("2 Grand Canal Square", "Dublin 2", "D02 P820", "IE")


def test_a_state_code_with_a_one_for_its_i_still_closes_a_us_address():
    a = address_of(["85 Burns Street, Suite 813", "Lansing, M1 48933"])
    assert a.text == "85 Burns Street, Suite 813, Lansing, MI 48933"
    assert (a.city, a.region, a.postcode) == ("Lansing", "MI", "48933")


def test_a_french_postcode_and_city_follow_the_street():
    a = address_of(["88 bis, boulevard Voltaire", "75011 Paris"], "FR")
    assert a.text == "88 bis, boulevard Voltaire, 75011 Paris"
    assert (a.street, a.city, a.postcode) == ("88 bis, boulevard Voltaire", "Paris", "75011")


def test_an_italian_city_keeps_all_its_words_and_its_province():
    a = parse_address(["Via Roma, 12", "47043 Gatteo a Mare (FC)"], "IT")
    assert (a.street, a.city, a.region, a.postcode) == ("Via Roma, 12", "Gatteo a Mare", "FC", "47043")


def test_hyphenated_french_cities_are_whole():
    a = parse_address(["141 bis, rue Léon Blum, 39100 Dole-sur-Doubs"], "FR")
    assert (a.street, a.city, a.postcode) == ("141 bis, rue Léon Blum", "Dole-sur-Doubs", "39100")


# --- Dutch, German and Portuguese layouts --------------------------------------

@pytest.mark.parametrize("lines, street, postcode, city", [
    (["Pieterskerkhof 6", "2311 SR Leiden"], "Pieterskerkhof 6", "2311 SR", "Leiden"),
    (["Oudezijds Kolk 5", "1012AL Amsterdam"], "Oudezijds Kolk 5", "1012 AL", "Amsterdam"),
    (["Damsteeg 12", "2311 AB Leiden"], "Damsteeg 12", "2311 AB", "Leiden"),
])
def test_dutch_street_and_postcode_lines(lines, street, postcode, city):
    a = address_of(lines, "NL")
    assert a.text == ", ".join(lines)  # as printed: cards print "1012AL" too (the postcode field is the post office's)
    assert (a.street, a.postcode, a.city) == (street, postcode, city)


def test_a_dutch_address_on_one_line():
    a = parse_address(["Keizersgracht 123, 1015CJ Amsterdam"], "NL")
    assert (a.street, a.postcode, a.city, a.country) == ("Keizersgracht 123", "1015 CJ", "Amsterdam", "NL")


def test_a_german_address_on_one_line_splits_street_from_city():
    a = parse_address(["Friedrichstraße 68, 10117 Berlin"], "DE")
    assert (a.street, a.postcode, a.city) == ("Friedrichstraße 68", "10117", "Berlin")


def test_a_portuguese_postcode():
    a = address_of(["Rua Augusta, 100", "1100-053 Lisboa"], "PT")
    assert a.text == "Rua Augusta, 100, 1100-053 Lisboa"
    assert (a.postcode, a.city) == ("1100-053", "Lisboa")


@pytest.mark.parametrize("text", ["Suite 1200 NW Tower", "1234 AB", "Tel 2311 SR"])
def test_things_that_are_not_a_dutch_locality(text):
    assert not has_locality(text)


# --- Australian, Canadian and New Zealand parts ----------------------------------

def test_australian_and_canadian_parts():
    a = parse_address(["Level 14, 339 George St", "Sydney NSW 2000"], "AU")
    assert (a.street, a.city, a.region, a.postcode) == ("Level 14, 339 George St", "Sydney", "NSW", "2000")
    a = parse_address(["200 Bay St", "Toronto, ON M5J 2J2"], "CA")
    assert (a.street, a.city, a.region, a.postcode) == ("200 Bay St", "Toronto", "ON", "M5J 2J2")
    a = parse_address(["12 Queen St", "Auckland 1010"], "NZ")
    assert (a.city, a.postcode) == ("Auckland", "1010")


# --- two offices ---------------------------------------------------------------

def test_offices_side_by_side_give_the_left_one_even_when_read_right_first():
    page = page_of([
        ("Jo Park", 40, 40), ("Analyst", 40, 80),
        ("4753 Jonathan Rapids, Floor 3", 600, 300), ("70 Pine Street, Floor 26", 40, 310),
        ("Seattle, WA 98101", 40, 345), ("Portland, OR 97205", 600, 340),
    ])
    a = parse_card(page, default_region="US")[0].address
    assert a.text == "70 Pine Street, Floor 26, Seattle, WA 98101"


def test_the_next_office_read_on_the_same_row_is_not_glued_on():
    # OCR reads both columns row by row: street, street, city, city
    page = page_of([
        ("Jo Park", 40, 40), ("Analyst", 40, 80),
        ("10, boulevard Haussmann", 40, 300), ("41, avenue Foch", 600, 300),
        ("75009 Paris", 40, 340), ("69006 Lyon", 600, 340),
    ])
    a = parse_card(page, default_region="FR")[0].address
    assert a.text == "10, boulevard Haussmann, 75009 Paris"
    assert (a.city, a.postcode) == ("Paris", "75009")


def test_a_postcode_closes_the_address_before_the_next_office():
    assert text_of(["Hauptstraße 5", "10115 Berlin", "Marienplatz 1", "80331 München"], "DE") == \
        "Hauptstraße 5, 10115 Berlin"


# --- icons, separators and OCR slips ---------------------------------------------

def test_a_pin_icon_and_separators_are_not_address_text():
    a = address_of(["0 Unit 4 | 81 Queen Street | Bristol BS1 4DJ"], "GB")
    assert a.text == "Unit 4, 81 Queen Street, Bristol BS1 4DJ"
    assert (a.street, a.city, a.postcode) == ("Unit 4, 81 Queen Street", "Bristol", "BS1 4DJ")


def test_a_house_number_is_not_taken_for_an_icon():
    assert parse_address(["10 Downing Street", "London SW1A 2AA"], "GB").text == "10 Downing Street, London SW1A 2AA"


@pytest.mark.parametrize("lines, region, text, postcode", [
    (["62 Fore Street", "Preston PR3 OFL"], "GB", "62 Fore Street, Preston PR3 0FL", "PR3 0FL"),
    (["80 Wellington St", "Ottawa, ON K1A OB1"], "CA", "80 Wellington St, Ottawa, ON K1A 0B1", "K1A 0B1"),
    (["80 Wellington St", "Ottawa, ON KIA 0B1"], "CA", "80 Wellington St, Ottawa, ON K1A 0B1", "K1A 0B1"),
])
def test_letter_for_digit_slips_in_postcodes_are_mended_by_the_country_pattern(lines, region, text, postcode):
    a = parse_address(lines, region)
    assert (a.text, a.postcode) == (text, postcode)


def test_postcodes_are_not_mended_without_their_country_or_when_ambiguous():
    # no country: an unknown code is left as printed
    assert parse_address(["Preston PR3 OFL"], "US").text == "Preston PR3 OFL"
    # an S may be a 5 or an 8: left as printed
    assert parse_address(["Regina, SK S4P ESL"], "CA").text == "Regina, SK S4P ESL"
    # a valid code is never touched
    assert parse_address(["London SW1A 0AA"], "GB").text == "London SW1A 0AA"


def test_a_state_code_run_into_its_zip_is_spaced():
    a = parse_address(["771 Leslie Lane, Albany, NY12207"], "US")
    assert a.text == "771 Leslie Lane, Albany, NY 12207"
    assert (a.region, a.postcode) == ("NY", "12207")


def test_two_capitalised_words_run_together_are_spaced_but_mc_and_mac_names_are_not():
    a = parse_address(["12 Main Street", "NorthAttleborough, MA 02760"], "US")
    assert a.city == "North Attleborough"
    assert parse_address(["81 McBride Street", "Dublin 2"], "IE").text == "81 McBride Street, Dublin 2"
    assert parse_address(["5 MacArthur Blvd", "DeKalb, IL 60115"], "US").text == "5 MacArthur Blvd, DeKalb, IL 60115"


# --- the country line --------------------------------------------------------------

def test_a_country_printed_last_belongs_to_the_address():
    assert text_of(["Calle de Alcalá, 45", "28014 Madrid", "España"], "ES") == "Calle de Alcalá, 45, 28014 Madrid, España"


def test_a_country_printed_above_the_street_is_not_the_address():
    assert text_of(["United Kingdom", "10 Queen Street", "Bristol BS1 4DJ"], "GB") == "10 Queen Street, Bristol BS1 4DJ"


# --- what comes after the address is not glued on ----------------------------------

def test_a_phone_or_a_name_after_the_address_is_not_part_of_it():
    assert text_of(["2 Grand Canal Square", "Dublin 2", "Tel +353 1 234 5678"], "IE") == "2 Grand Canal Square, Dublin 2"
    assert text_of(["Pieterskerkhof 6", "2311 SR Leiden", "Anna de Vries"], "NL") == "Pieterskerkhof 6, 2311 SR Leiden"


# --- a card read sideways ---------------------------------------------------------------

def test_a_card_read_sideways_puts_the_street_before_its_locality():
    # tall boxes: the card was read on its side, and OCR gave the locality first
    def tall(text, left):
        return OcrLine(text=text, box=(left, 200, left + 50, 200 + 18 * len(text)), confidence=0.98)
    page = OcrPage(lines=[tall("Jo Park", 900), tall("Analyst", 850), tall("Sydney NSW 2000", 300),
                          tall("Level 14, 339 George St", 360)], width=1200, height=700, engine="text")
    a = parse_card(page, default_region="AU")[0].address
    assert a.text == "Level 14, 339 George St, Sydney NSW 2000"


def test_a_numbered_slogan_above_the_locality_is_no_street():
    assert text_of(["20 Bishopsgate", "London EC2N 4AG"], "GB") == "20 Bishopsgate, London EC2N 4AG"
    assert text_of(["3 Offices Worldwide", "London EC2N 4AG"], "GB") == "London EC2N 4AG"


@pytest.mark.parametrize("lines, region, text, locality", [
    (["620 8TH AVENUE, 45TH FLOOR", "NEW YORK, NY 10018"], "US",
     "620 8th Avenue, 45th Floor, New York, NY 10018", ("New York", "NY", "10018")),
    (["151 O'CONNOR STREET", "OTTAWA, ON K2P 2L8"], "CA", "151 O'Connor Street, Ottawa, ON K2P 2L8", ("Ottawa", "ON", "K2P 2L8")),
    (["12 PARK RD", "LONDON W1 2AB"], "GB", "12 Park Rd, London W1 2AB", ("London", None, "W1 2AB")),
    (["1 MAIN ST", "ORLANDO, FL 32801"], "US", "1 Main St, Orlando, FL 32801", ("Orlando", "FL", "32801")),
])
def test_an_address_printed_in_capitals_keeps_its_codes(lines, region, text, locality):
    """Not "New York, Ny", "Ottawa, on" (which also lost the city and the
    postcode) or "W1 2ab"."""
    address = parse_address(lines, region)
    assert address.text == text
    assert (address.city, address.region, address.postcode) == locality


@pytest.mark.parametrize("lines, region, text", [
    (["836 Maungaawa Crescent", "Marshbury 5547"], "NZ", "836 Maungaawa Crescent, Marshbury 5547"),
    (["12 Long Street", "Cape Town 8001"], "ZA", "12 Long Street, Cape Town 8001"),
    (["12 Long Street", "Since 1987"], "ZA", "12 Long Street"),          # a slogan, not a city
    (["Level 6, 341 George Street", "Sydney NSW 2000"], "AU", "Level 6, 341 George Street, Sydney NSW 2000"),
])
def test_a_city_then_four_digits_under_the_street_is_its_locality(lines, region, text):
    assert address_of(lines, region).text == text


def test_an_icon_read_as_a_letter_before_the_house_number_is_dropped():
    assert parse_address(["O 16, rue de Didier", "95681 Henry"], "FR").text == "16, rue de Didier, 95681 Henry"
    assert parse_address(["Ocean Drive 5"], "US").text == "Ocean Drive 5"


@pytest.mark.parametrize("lines, region, locality", [
    (["200 Bay Street", "Toronto, Ontario M5J 2J5"], "CA", ("Toronto", "ON", "M5J 2J5")),
    (["1 Main St", "Austin, Texas 78701"], "US", ("Austin", "TX", "78701")),
    (["1 Main St", "New York, New York 10001"], "US", ("New York", "NY", "10001")),
    (["10 Queen St", "Melbourne, Victoria 3000"], "AU", ("Melbourne", "VIC", "3000")),
    (["10 Queen St", "Melbourne, VIC 3000"], "AU", ("Melbourne", "VIC", "3000")),
    (["5 Victoria Street", "London SW1H 0ET"], "GB", ("London", None, "SW1H 0ET")),  # a street, not the state
])
def test_a_state_or_province_spelled_out_fills_the_address_parts(lines, region, locality):
    """The text stays as printed; the parts a contacts program files get the codes."""
    address = parse_address(lines, region)
    assert address.text == ", ".join(lines)
    assert (address.city, address.region, address.postcode) == locality


@pytest.mark.parametrize("unit", ["Unit 23", "Flat 4", "Suite 300"])
def test_a_unit_printed_over_its_street_keeps_the_street_and_locality(unit):
    address = address_of([unit, "120 Clayton Court", "Craigport CO88 4HP"], "GB")
    assert address.text == f"{unit}, 120 Clayton Court, Craigport CO88 4HP"
    assert (address.city, address.postcode) == ("Craigport", "CO88 4HP")


def test_a_house_number_run_into_the_street_name_is_separated():
    address = address_of(["744Mccarthy Avenue", "Jefferystad, SC 43256"])
    assert address.street == "744 Mccarthy Avenue"


@pytest.mark.parametrize("line", [
    "Dallas, Texas 75201", "Bengaluru - 560 103", "Hyderabad, Telangana 500081", "Mumbai 400 069",
    "Singapore 048616", "Karnataka, India",
])
def test_localities_of_more_countries_are_localities(line):
    assert has_locality(line)


@pytest.mark.parametrize("line", ["Suite 400 100", "Since 1987", "Established 2005, India", "Room 101"])
def test_numbers_that_are_not_postcodes_are_not_localities(line):
    assert not has_locality(line)


@pytest.mark.parametrize("lines, region, text", [
    (["3rd Floor, 10 Fricker Road", "Illovo, Sandton, 2196"], "ZA", "3rd Floor, 10 Fricker Road, Illovo, Sandton, 2196"),
    (["Level 3, 18 Viaduct Harbour Avenue", "Auckland 1010, New Zealand"], "NZ",
     "Level 3, 18 Viaduct Harbour Avenue, Auckland 1010, New Zealand"),
    (["Unit 7, The Woodstock Exchange", "66 Albert Road, Woodstock", "Cape Town, 7925"], "ZA",
     "Unit 7, The Woodstock Exchange, 66 Albert Road, Woodstock, Cape Town, 7925"),
    (["City Hall, 2nd Floor", "45 Harbour Street", "Port Alder, ON L0K 1B2"], "CA",
     "City Hall, 2nd Floor, 45 Harbour Street, Port Alder, ON L0K 1B2"),
])
def test_building_and_locality_lines_stay_with_their_street(lines, region, text):
    assert text_of(lines, region) == text


@pytest.mark.parametrize("tagline", ["Estate Agents since 1987", "Caring for Queensland since 1962"])
def test_a_tagline_with_a_founding_year_is_not_a_street(tagline):
    from cardcap.fields.address import has_street

    assert not has_street(tagline)
    assert has_street("1987 Estate Road")


@pytest.mark.parametrize("line, street", [
    ("O IDA Business Park, Clonshaugh", "IDA Business Park, Clonshaugh"),
    ("Q Leopoldstraße 244, 80807 München", "Leopoldstraße 244, 80807 München"),
    ("O Street NW, Washington", "O Street NW, Washington"),
])
def test_a_pin_icon_read_as_a_letter_leaves_the_address(line, street):
    from cardcap.fields.address import strip_hints

    assert strip_hints(line) == street


def test_tel_aviv_is_a_city_not_a_phone_label():
    contact = parse_card(page_from_lines(HEAD + ["Azrieli Center, Round Tower, 28th Fl",
                                                 "132 Menachem Begin Rd, Tel Aviv 6701101"]), default_region="IL")[0]
    assert contact.address.text == "Azrieli Center, Round Tower, 28th Fl, 132 Menachem Begin Rd, Tel Aviv 6701101"
    assert contact.phones == []


@pytest.mark.parametrize("lines, region, text", [
    (["12th Floor, 8 Marina Road", "Victoria Island, Lagos State, Nigeria"], "NG",
     "12th Floor, 8 Marina Road, Victoria Island, Lagos State, Nigeria"),
    (["Level 18, Menara Sinar, Jalan Sultan Ismail", "50250 Kuala Lumpur, Malaysia"], "MY",
     "Level 18, Menara Sinar, Jalan Sultan Ismail, 50250 Kuala Lumpur, Malaysia"),
    (["26th Floor, One World Place, 32nd Street", "Taguig City 1634, Philippines"], "PH",
     "26th Floor, One World Place, 32nd Street, Taguig City 1634, Philippines"),
    (["Plot No. 45, Sector 44", "Gurugram, Haryana 122003"], "IN", "Plot No. 45, Sector 44, Gurugram, Haryana 122003"),
    (["Room 1203, 12/F, Wing Lok Plaza", "62 Mody Road, Tsim Sha Tsui, Kowloon, Hong Kong"], "HK",
     "Room 1203, 12/F, Wing Lok Plaza, 62 Mody Road, Tsim Sha Tsui, Kowloon, Hong Kong"),
])
def test_addresses_of_gulf_asian_and_african_offices_keep_their_last_line(lines, region, text):
    assert text_of(["Amara Okafor", "Head of Talent", *lines], region) == text


@pytest.mark.parametrize("line", ["Country Manager, Kenya", "Head of Sales, India", "Director, UAE"])
def test_a_title_for_a_country_is_no_locality(line):
    assert not has_locality(line)


@pytest.mark.parametrize("printed, mended", [
    ("Leve1 12, Tower 2, 8 Marina View", "Level 12, Tower 2, 8 Marina View"),
    ("F1oor 3, 22 Ring Road", "Floor 3, 22 Ring Road"),
    ("Roorn 1203, 62 Mody Road", "Room 1203, 62 Mody Road"),
    ("12 Modern Road", "12 Modern Road"),   # a real word with "rn" stays
    ("500 Howard St, Fl oor 5", "500 Howard St, Floor 5"),
    ("12 Park way", "12 Park way"),        # both halves words: left apart
    ("3225 US Hvvy 30 W", "3225 US Hwy 30 W"),  # Tesseract's w
])
def test_a_lookalike_slip_in_an_address_word_is_mended(printed, mended):
    assert parse_address([printed], "SG").text == mended


@pytest.mark.parametrize("heading", ["London", "London Office"])
def test_the_next_offices_heading_does_not_join_the_first_address(heading):
    lines = ["Edinburgh", "12 Charlotte Square, Edinburgh EH2 4DJ", "T +44 (0)131 496 0789", heading,
             "25 Savile Row, London W1S 2ER", "T +44 (0)20 7946 0456"]
    assert text_of(lines, "GB") == "12 Charlotte Square, Edinburgh EH2 4DJ"


@pytest.mark.parametrize("lines, text", [
    (["310 W. Elm Street", "P.O. Box 1180", "Cleburne, TX 76031"], "310 W. Elm Street, P.O. Box 1180, Cleburne, TX 76031"),
    (["12 Main St, Springfield, IL 62701", "PO Box 55, Chicago, IL 60601"], "12 Main St, Springfield, IL 62701"),
])
def test_a_po_box_between_the_street_and_the_city_belongs_to_the_address(lines, text):
    assert text_of(lines, "US") == text


@pytest.mark.parametrize("lines, text", [
    (["Mill Lane, Thornbury", "Bristol BS35 3JB"], "Mill Lane, Thornbury, Bristol BS35 3JB"),
    (["Ashcombe General Hospital, Downton Road", "Salisbury", "Wiltshire SP2 8BJ"],
     "Ashcombe General Hospital, Downton Road, Salisbury, Wiltshire SP2 8BJ"),
])
def test_a_british_street_without_a_number_joins_its_town_and_postcode(lines, text):
    assert text_of([*lines, "Tel: 0117 496 0824"], "GB") == text


def test_queenslands_q_read_as_an_o_still_closes_the_address():
    assert text_of(["Level 2, 45 Commercial Road", "Newstead OLD 4006"], "AU") == \
        "Level 2, 45 Commercial Road, Newstead QLD 4006"


def test_a_canadian_code_and_city_with_lookalike_slips_close_the_address():
    assert text_of(["110 Earl Grey Dr, Unit 4", "0ttawa, ON K2T lB6"], "CA") == "110 Earl Grey Dr, Unit 4, Ottawa, ON K2T 1B6"
    assert not has_locality("ON THE MOVE")
    # Canada Post's French form puts the province in brackets after the city
    assert text_of(["925, Grande Allée Ouest, bureau 300", "Québec (Québec) G1S lC1"], "CA") == \
        "925, Grande Allée Ouest, bureau 300, Québec (Québec) G1S 1C1"


def test_a_street_named_like_a_department_still_opens_the_address():
    lines = [["MERCY VALLEY MEDICAL CENTER", 1.6], ["Denise A. Whitaker, MSN, RN", 1.3], "Director of Nursing",
             "Emergency Department", "1200 N Division St", "Spokane, WA 99202"]
    contact = parse_card(page_from_lines(lines), default_region="US")[0]
    assert contact.address.text == "1200 N Division St, Spokane, WA 99202"
    assert contact.department == "Emergency Department"


@pytest.mark.parametrize("lines, region, text", [
    (["l Westferry Circus, Canary Wharf", "London E14 4HD"], "GB", "1 Westferry Circus, Canary Wharf, London E14 4HD"),
    (["100 College Road West", "Princet0n, NJ 08540"], "US", "100 College Road West, Princeton, NJ 08540"),
    (["Ottawa: 45 O'Connor Street, Suite 1500", "Ottawa, ON K1P 1A4"], "CA",
     "45 O'Connor Street, Suite 1500, Ottawa, ON K1P 1A4"),
    (["10 Downing St", "London SW1A 2AA"], "GB", "10 Downing St, London SW1A 2AA"),
    (["50 8oundary Street", "Spring Hill QLD 4000"], "AU", "50 Boundary Street, Spring Hill QLD 4000"),
    (["15 Lake Bellevue Dr", "Bellevue, WA 9B004"], "US", "15 Lake Bellevue Dr, Bellevue, WA 98004"),
    (["Harcourt Street, Dublin 2, DO2 HW77"], "IE", "Harcourt Street, Dublin 2, D02 HW77"),
    (["221 8th Avenue", "New York, NY 10011"], "US", "221 8th Avenue, New York, NY 10011"),  # an ordinal stays
    (["3 Hardman Street, Manchester M3 3AVV"], "GB", "3 Hardman Street, Manchester M3 3AW"),  # Tesseract's "VV"
    (["Kings Point, 120 Kings Road, Reading RGl 3BZ"], "GB", "Kings Point, 120 Kings Road, Reading RG1 3BZ"),
    (["l2 Charlotte Square, Edinburgh EH2 4DJ"], "GB", "12 Charlotte Square, Edinburgh EH2 4DJ"),
    (["6 North Wall Quay, IFSC, Dublin 1", "Eircode: D01 K7W3"], "IE", "6 North Wall Quay, IFSC, Dublin 1, D01 K7W3"),
    (["1775 Tysons Blvd, Sth Floor", "McLean, VA 22102"], "US", "1775 Tysons Blvd, 5th Floor, McLean, VA 22102"),
    (["2750 S 300 W, Suite 100", "SaIt Lake City, UT 84115"], "US", "2750 S 300 W, Suite 100, Salt Lake City, UT 84115"),
    (["12 McIntyre Road", "Sth Melbourne VIC 3205"], "AU", "12 McIntyre Road, Sth Melbourne VIC 3205"),
    (["25 Tuas Avenue 11, #O3-12", "Singapore 639098"], "SG", "25 Tuas Avenue 11, #03-12, Singapore 639098"),
    (["Production Office: Stage 5, Bridgeview Studios", "7800 Riverfront Gate", "Burnaby, BC V5J 5J3"], "CA",
     "Stage 5, Bridgeview Studios, 7800 Riverfront Gate, Burnaby, BC V5J 5J3"),  # the office's heading goes
])
def test_slips_in_an_address_line_are_mended(lines, region, text):
    assert text_of(lines, region) == text


def test_a_registered_office_in_the_legal_footer_is_not_the_persons_address():
    lines = ["Ringaskiddy, Co. Cork, P43 KD98", "T +353 (0)21 555 0163", "cillian.obriain@aurivan.com",
             ["Aurivan Biologics Ireland Limited. Registered in Ireland No. 512345. Registered Office: 10 Earlsfort "
              "Terrace, Dublin 2, D02 T380.", 0.5]]
    assert text_of(lines, "IE") == "Ringaskiddy, Co. Cork, P43 KD98"


@pytest.mark.parametrize("lines, region, text", [
    (["Level 3, Cavell Wing", "St Aldhelm's Hospital", "Beckett Street, Leeds LS9 7TF"], "GB",
     "Level 3, Cavell Wing, St Aldhelm's Hospital, Beckett Street, Leeds LS9 7TF"),
    (["c/o Whitlow & Baines LLP", "400 Capitol Mall, Suite 1800", "Sacramento, CA 95814"], "US",
     "c/o Whitlow & Baines LLP, 400 Capitol Mall, Suite 1800, Sacramento, CA 95814"),
    (["Unit 3", "27 Sheffield Cres", "Burnside, Christchurch 8053"], "NZ", "Unit 3, 27 Sheffield Cres, Burnside, Christchurch 8053"),
])
def test_the_premises_printed_over_the_street_belong_to_the_address(lines, region, text):
    assert text_of(["Dr Amara Nwosu", "Consultant", *lines, "T 0113 496 0418"], region) == text


def test_a_hospital_line_over_the_street_belongs_to_the_address_when_another_line_is_the_company():
    lines = [["Western Plains Health", 1.5], ["Dr Mira Patel", 1.3], "Nurse Unit Manager – ICU", "Kororoit Hospital",
             "210 Ballarat Road, Deer Park VIC 3023", "P 03 5550 1234", "mira.patel@wph.org.au"]
    assert text_of(lines, "AU") == "Kororoit Hospital, 210 Ballarat Road, Deer Park VIC 3023"


@pytest.mark.parametrize("lines, text", [
    (["12 Marina Boulevard, #38-01", "Marina Bay Financial Centre Tower 3", "Singapore 018982"],
     "12 Marina Boulevard, #38-01, Marina Bay Financial Centre Tower 3, Singapore 018982"),  # a tower under the street
    (["Studio 4, Hope Mill", "113 Pollard Street", "Manchester M4 7JA"],
     "Studio 4, Hope Mill, 113 Pollard Street, Manchester M4 7JA"),  # the premises, then their street
])
def test_a_building_line_before_or_after_the_street_is_the_same_address(lines, text):
    assert text_of(["Darren Lim", "Executive Director", *lines, "DID +65 6555 0137"], "SG") == text


@pytest.mark.parametrize("building, printed", [
    ("Ashworth Building, Room E1,12", "Ashworth Building, Room E1.12"),  # the room's dot read as a comma
    ("Bayview Pavilion, 6thFloor", "Bayview Pavilion, 6th Floor"),  # the space lost
    ("Bramley Health Centre, Unit l", "Bramley Health Centre, Unit 1"),  # a health centre's unit, no ward
    ("Marinagate Tower l, #30-01", "Marinagate Tower 1, #30-01"),
])
def test_a_building_line_that_ends_in_its_unit_is_part_of_the_address(building, printed):
    lines = [["Kestrel Bay Health", 1.5], ["Hannah Lockwood", 1.3], "Clinical Lead", building,
             "915 Marina Boulevard", "Tampa, FL 33606", "hannah@kestrelbay.org"]
    assert text_of(lines) == f"{printed}, 915 Marina Boulevard, Tampa, FL 33606"


def test_an_indian_pin_after_the_taluka_and_a_roman_phase_with_a_small_l():
    lines = ["Plot No. D-14, MIDC Chakan Phase Il", "Tal. Khed, Pune - 410 50l, Maharashtra"]
    assert has_locality(lines[1])
    assert text_of(["Aniket Jadhav", "Manager - HR & Admin", *lines, "aniket.jadhav@pavanaprecision.com"], "IN") == \
        "Plot No. D-14, MIDC Chakan Phase II, Tal. Khed, Pune - 410 501, Maharashtra"


def test_a_registration_number_is_no_indian_pin():
    assert not has_locality("Gas Safe Registered No. 555123")


@pytest.mark.parametrize("lines, region, text", [
    (["Taunusanlage 8 60329 Frankfurt am Main"], "DE", "Taunusanlage 8 60329 Frankfurt am Main"),
    (["Q Itämerenkatu 11-13", "00180 Helsinki, Finland"], "FI", "Itämerenkatu 11-13, 00180 Helsinki, Finland"),
    (["Skyline Plaza, 14th floor", "ul. Prosta 51", "00-838 Warsaw, Poland"], "PL",
     "Skyline Plaza, 14th floor, ul. Prosta 51, 00-838 Warsaw, Poland"),
    (["Pernerova 697/35", "18600 Prague 8, Czech Republic"], "CZ", "Pernerova 697/35, 186 00 Prague 8, Czech Republic"),
    (["Dronning Eufemias gate 16", "O191 Oslo, Norway"], "NO", "Dronning Eufemias gate 16, 0191 Oslo, Norway"),
    (["Visiting address:", "Lindholmspiren 5, 417 56 Göteborg", "Postal address: Box 5550, 402 25 Göteborg"], "SE",
     "Lindholmspiren 5, 417 56 Göteborg"),  # the visiting address; the postal one is a second
])
def test_european_streets_and_postcodes_before_the_city(lines, region, text):
    assert text_of(["Anna Berg", "Talent Acquisition Partner", *lines, "anna.berg@example.eu"], region) == text


@pytest.mark.parametrize("printed, region, text", [
    (["Level 4, 88 5t Georges Terrace", "Perth WA 6000"], "AU", "Level 4, 88 St Georges Terrace, Perth WA 6000"),
    (["86 Stockwell Road", "Angaston 5A 5353"], "AU", "86 Stockwell Road, Angaston SA 5353"),
    (["155 WeIIington St W, 20th Floor", "Toronto, ON M5V 3H1"], "CA", "155 Wellington St W, 20th Floor, Toronto, ON M5V 3H1"),
    (["8405 Park Meadows Center Dr", "LoneTree, CO 80124"], "US", "8405 Park Meadows Center Dr, Lone Tree, CO 80124"),
    (["22 E Bay Street", "Savannah, GA 314 01"], "US", "22 E Bay Street, Savannah, GA 31401"),
    (["Building 2, Carrigmore Business Park", "Ringaskiddy, Co. Cork P43XW55"], "IE",
     "Building 2, Carrigmore Business Park, Ringaskiddy, Co. Cork P43 XW55"),
    (["Plot N0. 55, Phase II, IDA Cherlapally", "Hyderabad - 500051, Telangana"], "IN",
     "Plot No. 55, Phase II, IDA Cherlapally, Hyderabad - 500051, Telangana"),
])
def test_lookalike_slips_and_lost_spaces_in_an_address_are_mended(printed, region, text):
    assert parse_address(printed, region).text == text


def test_european_register_numbers_are_no_phones():
    from cardcap.fields.phones import find_phones

    for line, region in [("Northbeam Poland Sp. z o.o., KRS 0000555012, NIP 5250555012", "PL"),
                         ("Amtsgericht Charlottenburg HRB 255501 B · VAT ID DE355501234", "DE"),
                         ("Revontuli Games Oy · Business ID 2555012-3", "FI"), ("Karlín Labs s.r.o. · IČO 05550123", "CZ")]:
        assert find_phones(line, region) == [], line
    assert [m.phone.number for m in find_phones("T +48 22 555 01 23", "PL")] == ["+48225550123"]


@pytest.mark.parametrize("printed, region, text", [
    (["150 Elgin Street, Suite 1100", "Ottawa, 0N K2P 1L4"], "CA", "150 Elgin Street, Suite 1100, Ottawa, ON K2P 1L4"),
    (["Gorsedale House, Thorpe Park Way", "Leeds LS1S 8ZB"], "GB", "Gorsedale House, Thorpe Park Way, Leeds LS15 8ZB"),
    (["25 Savile Row", "London W1S 2ER"], "GB", "25 Savile Row, London W1S 2ER"),  # W1S is a real outward code
])
def test_a_province_or_postcode_with_a_letter_for_a_digit_or_the_reverse(printed, region, text):
    assert parse_address(printed, region).text == text


@pytest.mark.parametrize("line, text", [
    ("District Office · 1850 N Willow Ave", "1850 N Willow Ave, Clovis, CA 93612"),  # which office, not the address
    ("Remote-first · HQ: 1850 N Willow Ave", "1850 N Willow Ave, Clovis, CA 93612"),  # how the team works
    ("Quantum House · 1850 N Willow Ave", "Quantum House, 1850 N Willow Ave, Clovis, CA 93612"),  # a building is
])
def test_a_heading_joined_to_the_street_by_a_bullet_is_not_printed_in_the_address(line, text):
    assert text_of(["Leticia Ornelas", "Human Resources Coordinator", line, "Clovis, CA 93612",
                    "lornelas@maplevalleyusd.org"]) == text


def test_a_brazilian_postcode_keeps_its_printed_label():
    assert text_of(["Rua Padre João, 331 - Penha - SP", "CEP: 03637-000"], "BR") == \
        "Rua Padre João, 331 - Penha - SP, CEP: 03637-000"


@pytest.mark.parametrize("lines, region, text", [
    # a premises and its unnumbered street over a locality whose postcode ends in "ST" (not "St", a street)
    (["Coquet Building, Sandyford Road", "Newcastle upon Tyne NE1 8ST"], "GB",
     "Coquet Building, Sandyford Road, Newcastle upon Tyne NE1 8ST"),
    (["Harbour Office, Fish Quay", "North Shields NE30 1JA"], "GB", "Harbour Office, Fish Quay, North Shields NE30 1JA"),
    # an Indian PIN printed 3 + 3, a suburb's side in brackets
    (["B-55, Second Floor, Lajpat Nagar-II", "New Delhi - 110024"], "IN",
     "B-55, Second Floor, Lajpat Nagar-II, New Delhi - 110024"),
    (["Old Mahabalipuram Road, Kelambakkam", "Chennai – 603 103"], "IN",
     "Old Mahabalipuram Road, Kelambakkam, Chennai – 603 103"),
    (["C-21, G Block, Bandra Kurla Complex", "Bandra (East), Mumbai 400 051"], "IN",
     "C-21, G Block, Bandra Kurla Complex, Bandra (East), Mumbai 400 051"),
    # New Zealand's rural delivery round on a line of its own goes on with the address, not a second street
    (["1185 State Highway 2", "RD 2", "Te Puke 3182"], "NZ", "1185 State Highway 2, RD 2, Te Puke 3182"),
])
def test_premises_suburbs_and_delivery_rounds_stay_with_their_locality(lines, region, text):
    assert text_of(lines, region) == text


def test_a_postcode_ending_in_st_is_no_street():
    from cardcap.fields.address import has_street
    assert not has_street("Newcastle upon Tyne NE1 8ST")
    assert has_street("12 High St, London SW1A 1AA")


def test_a_canadian_code_with_a_slip_after_a_province_spelled_out_still_closes_the_address():
    assert text_of(["Suite 2400, 525 8th Avenue SW", "Calgary, Alberta T2P 1Gl"], "CA") == \
        "Suite 2400, 525 8th Avenue SW, Calgary, Alberta T2P 1G1"


@pytest.mark.parametrize("site", ["Store #2037 · Brier Creek", "Branch O417", "Distribution Center #14"])
def test_a_numbered_store_or_branch_over_the_street_is_not_the_address(site):
    assert text_of([site, "8201 Brier Creek Pkwy, Raleigh, NC 27617"]) == "8201 Brier Creek Pkwy, Raleigh, NC 27617"


def test_a_shop_number_in_a_mall_stays_part_of_the_address():
    assert text_of(["Shop 2041, Level 2, Chatswood Chase", "345 Victoria Avenue", "Chatswood NSW 2067"], "AU") == \
        "Shop 2041, Level 2, Chatswood Chase, 345 Victoria Avenue, Chatswood NSW 2067"


def test_a_po_box_under_a_street_line_closed_by_its_own_city_and_code_is_a_second_address():
    assert text_of(["Level 7, 25 Lambton Quay, Wellington 6011", "PO Box 5550, Wellington 6140"], "NZ") == \
        "Level 7, 25 Lambton Quay, Wellington 6011"
