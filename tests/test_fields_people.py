"""Cards that print more than one person give one contact per person."""
from __future__ import annotations

from cardcap.fields import parse_card
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
