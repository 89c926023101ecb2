"""The files a scan writes are an address book: one entry per person, even
when a card was photographed twice or the person is already in the user's
contacts (--merge-into); the JSON keeps every photo's own reading."""
from __future__ import annotations

import json
from pathlib import Path

import vobject
from typer.testing import CliRunner

from cardcap.cli import app
from cardcap.model import Contact, ImageResult, Phone
from cardcap.outputs import address_book

ROOT = Path(__file__).resolve().parents[1]


def _result(image, **fields):
    return ImageResult(image=image, contacts=[Contact(**fields)])


def test_the_same_card_photographed_twice_is_one_entry():
    a = _result("a.jpg", name="Priya Raman", emails=["priya.raman@northwind.com"], company="Northwind",
                phones=[Phone("+14155550132")])
    b = _result("b.jpg", name="Priya Raman", emails=["priya.raman@northwind.com"], company="Northwind",
                phones=[Phone("+14155550199", "mobile")])
    book = address_book([a, b])
    assert len(book) == 1
    assert {p.number for p in book[0].phones} == {"+14155550132", "+14155550199"}


def test_merge_into_updates_the_existing_entry_and_leaves_the_users_file_alone(tmp_path):
    existing = tmp_path / "mine.vcf"
    existing.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:0f6d3c1e-6c58-4b7e-9d0a-5b1f2c3d4e5f\r\n"
                        "FN:Chris Smith\r\nN:Smith;Chris;;;\r\n"
                        "EMAIL;TYPE=INTERNET:chris.smith@contoso.com\r\nNOTE:met at the job fair\r\nEND:VCARD\r\n",
                        encoding="utf-8")
    before = existing.read_bytes()
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["scan", str(ROOT / "samples" / "real" / "contoso" / "business_card.jpg"),
                                   "-o", str(out), "--merge-into", str(existing), "--quiet", "--jobs", "1"])
    assert run.exit_code == 0, run.output
    assert existing.read_bytes() == before
    cards = list(vobject.readComponents((out / "contacts.vcf").read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["Chris Smith"]
    assert cards[0].uid.value == "urn:uuid:0f6d3c1e-6c58-4b7e-9d0a-5b1f2c3d4e5f"  # the phone updates, not adds
    assert "Redmond" in (out / "contacts.vcf").read_text(encoding="utf-8")
    assert len(json.loads((out / "contacts.json").read_text(encoding="utf-8"))) == 1
