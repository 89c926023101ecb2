"""End to end on real photos: what a user gets from `cardcap scan`."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import vobject

from cardcap import ScanOptions, scan
from cardcap.evaluate import score_results
from cardcap.export.jsonout import image_result_to_dict

ROOT = Path(__file__).resolve().parents[1]
CONTOSO = ROOT / "samples" / "real" / "contoso"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def contoso_results():
    return scan([CONTOSO], ScanOptions(jobs=1))


def test_both_contoso_photos_come_out_perfect(contoso_results):
    labels = json.loads((CONTOSO / "labels.json").read_text(encoding="utf-8"))
    report = score_results(labels, [image_result_to_dict(r) for r in contoso_results])
    wrong = {card.image: card.errors for card in report.cards if not card.perfect}
    assert not wrong, wrong


def test_contoso_contacts_carry_typed_phones_and_a_structured_address(contoso_results):
    by_name = {c.name: c for r in contoso_results for c in r.contacts}
    chris = by_name["Chris Smith"]
    assert {(p.number, p.type) for p in chris.phones} == {
        ("+19871234567", "mobile"), ("+19872135674", "work"), ("+19873126745", "fax")}
    assert (chris.address.city, chris.address.region, chris.address.postcode) == ("Redmond", "WA", "98052")
    avery = by_name["Dr. Avery Smith"]
    assert avery.name_parts.prefix == "Dr." and avery.name_parts.family == "Smith"
    assert avery.address.postcode == "W2 6BD"
    for contact in (chris, avery):
        assert all(0.0 <= v <= 1.0 for v in contact.confidence.values())
        assert contact.image and contact.image.endswith(".jpg")


def test_scan_command_writes_vcards_that_phones_import(tmp_path):
    out = tmp_path / "acme"
    run = subprocess.run(
        [str(Path(sys.executable).with_name("cardcap")), "scan", str(CONTOSO), "-o", str(out), "--format", "json"],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    assert [Path(item["image"]).name for item in printed] == ["business-card-english.jpg", "business_card.jpg"]
    cards = list(vobject.readComponents((out / "contacts.vcf").read_text(encoding="utf-8")))
    assert sorted(card.fn.value for card in cards) == ["Chris Smith", "Dr. Avery Smith"]
    assert (out / "Chris Smith.vcf").is_file()
    assert json.loads((out / "contacts.json").read_text(encoding="utf-8")) == printed
    # a second run must not overwrite what the first wrote
    again = subprocess.run(
        [str(Path(sys.executable).with_name("cardcap")), "scan", str(CONTOSO), "-o", str(out), "--quiet"],
        capture_output=True, text=True, timeout=300,
    )
    assert again.returncode == 5 and "--force" in again.stderr
