"""Properties over any input: whatever text the OCR returns and whatever bytes
a file holds, nothing raises, and every file written parses back."""
from __future__ import annotations

import csv
import io
import json
import re
import struct
import tempfile
import zlib
from pathlib import Path

import numpy as np
import pytest
import vobject
from email_validator import EmailNotValidError, validate_email
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cardcap.pipeline as pipeline
from cardcap.fields import parse_card
from cardcap.model import Address, Contact, ImageResult, NameParts, OcrLine, OcrPage, Phone
from cardcap.ocr.base import OcrEngine
from cardcap.outputs import render_results

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Card-ish text mixed with what OCR and hostile cards produce: controls,
# right-to-left scripts and marks, emoji, combining marks, very long lines.
CARDISH = st.sampled_from([
    "Maria Fernandes", "maria@northwind.com", "+44 20 7946 0958", "Tel: (11) 98765-4321", "www.contoso.com",
    "Sales Director", "Av. Paulista, 1000 - São Paulo", "محمد أحمد", "\u202eexe.vcf", "👩‍💼 CEO", "e\u0301", "@", "+",
    "mailto:a@b.c", "a@b", "x" * 5000, "\x00\x1b[31m", "ＭＡＲＩＡ", "0800 123 456 ext. 12",
])
LINE_TEXT = st.one_of(st.text(max_size=200), CARDISH, st.lists(CARDISH, max_size=4).map(" ".join))
E164ISH = re.compile(r"^\+[1-9]\d{5,14}$")


def page_of(texts: list[str]) -> OcrPage:
    lines = [OcrLine(text=t, box=(10.0, 10.0 + 30 * i, 600.0, 36.0 + 30 * i), confidence=0.9)
             for i, t in enumerate(texts)]
    return OcrPage(lines=lines, width=640, height=max(40, 40 + 30 * len(texts)), engine="rapidocr")


@SETTINGS
@given(texts=st.lists(LINE_TEXT, max_size=12), region=st.sampled_from(["US", "GB", "BR", "DE", "ZZ"]))
def test_any_ocr_text_gives_valid_contacts_or_none(texts: list[str], region: str) -> None:
    contacts = parse_card(page_of(texts), default_region=region)
    for contact in contacts:
        for email in contact.emails:
            try:
                validate_email(email, check_deliverability=False)
            except EmailNotValidError as exc:  # pragma: no cover - the failure message
                pytest.fail(f"{email!r} from {texts!r}: {exc}")
        for phone in contact.phones:
            assert E164ISH.match(phone.number), (phone, texts)


class ScriptedEngine(OcrEngine):
    name = "rapidocr"

    def read(self, pixels: np.ndarray) -> OcrPage:
        page = page_of(["Maria Fernandes", "maria@northwind.com"])
        return OcrPage(lines=page.lines, width=pixels.shape[1], height=pixels.shape[0], engine=self.name)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


# Random bytes alone rarely get past a decoder's first check; real signatures
# and headers in front of them reach deeper into the decoders.
PREFIXES = st.sampled_from([
    b"", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*", b"\x89PNG\r\n\x1a\n",
    b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 300, 200, 8, 2, 0, 0, 0)),
    b"GIF89a", b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"II*\x00", b"MM\x00*", b"BM", b"\x00\x00\x00\x1cftypheic",
])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(PREFIXES, st.binary(max_size=3000)), min_size=1, max_size=4),
       suffix=st.sampled_from([".jpg", ".png", ".gif", ".webp", ".tif", ".heic", ".bmp"]))
def test_any_bytes_in_a_batch_give_one_result_each(monkeypatch, files, suffix: str) -> None:
    engine = ScriptedEngine()
    monkeypatch.setattr(pipeline, "get_engine", lambda name="auto", threads=None, languages=None: engine)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, (prefix, body) in enumerate(files):
            path = Path(folder) / f"{n}{suffix}"
            path.write_bytes(prefix + body)
            paths.append(path)
        results = pipeline.scan(paths, pipeline.ScanOptions(jobs=1, region="US"))
    assert [Path(r.image).name for r in results] == [p.name for p in paths]
    for result in results:
        assert (result.error is None) == bool(result.contacts)
        if result.error:
            assert result.error_kind in ("bad_image", "too_large", "no_text"), result.error
            assert "\n" not in result.error


TEXT = st.text(max_size=60)
OPTIONAL = st.none() | TEXT
CONTACTS = st.builds(
    Contact,
    name=OPTIONAL, title=OPTIONAL, department=OPTIONAL, company=OPTIONAL,
    name_parts=st.builds(NameParts, given=OPTIONAL, family=OPTIONAL, prefix=OPTIONAL),
    emails=st.lists(st.emails(), max_size=2),
    phones=st.lists(st.builds(Phone, number=st.from_regex(r"\+[1-9][0-9]{7,12}", fullmatch=True) | TEXT,
                              type=st.sampled_from(["work", "mobile", "fax", "home", "other"]), text=TEXT),
                    max_size=3),
    address=st.none() | st.builds(Address, text=TEXT, city=OPTIONAL, postcode=OPTIONAL,
                                  country=st.none() | st.sampled_from(["GB", "US", "BR"])),
    urls=st.lists(st.sampled_from(["https://contoso.com", "www.example.org/a?b=c&d=e"]), max_size=2),
    notes=st.lists(TEXT, max_size=2),
    image=st.none() | TEXT,
)


@SETTINGS
@given(contacts=st.lists(CONTACTS, max_size=4), version=st.sampled_from(["3.0", "4.0"]))
def test_every_writer_output_parses_back(contacts: list[Contact], version: str) -> None:
    results = [ImageResult(image="photo.jpg", contacts=contacts)]
    cards = list(vobject.readComponents(render_results(results, "vcard", vcard_version=version)))
    assert len(cards) == len(contacts)
    parsed = json.loads(render_results(results, "json"))
    assert len(parsed[0]["contacts"]) == len(contacts)
    for layout in ("csv-google", "csv-outlook"):
        text = render_results(results, layout)
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
        assert len(rows) == 1 + len(contacts)
        assert len({len(row) for row in rows}) == 1  # every row as wide as the header
