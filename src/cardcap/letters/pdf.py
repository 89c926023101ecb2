"""Printable PDF letters, drawn with fpdf2 and a Unicode TTF font.

Card names carry accents and non-Latin letters, so a TTF (DejaVu, Debian
package fonts-dejavu-core) is used; the core PDF fonts only cover Latin-1.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from cardcap.errors import MissingDependencyError

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/dejavu/DejaVuSerif.ttf",
    "/usr/local/share/fonts/DejaVuSerif.ttf",
    "/Library/Fonts/DejaVuSerif.ttf",
    "C:/Windows/Fonts/DejaVuSerif.ttf",
)
LETTER_PAPER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV"}


@dataclass
class LetterLayout:
    """What a printed letter shows, top to bottom, as plain lines."""

    return_address: list[str]
    date_line: str
    recipient: list[str]
    body: str  # salutation to signature; paragraphs separated by blank lines
    envelope_sender: list[str] = field(default_factory=list)
    envelope_recipient: list[str] = field(default_factory=list)
    paper_country: str | None = None  # the sender's country picks A4 or US Letter
    title: str = ""


def find_font() -> Path | None:
    override = os.environ.get("CARDCAP_FONT")
    for candidate in ([override] if override else []) + list(FONT_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _font_family(pdf, layout: LetterLayout) -> str:
    font = find_font()
    if font is not None:
        pdf.add_font("LetterSerif", "", str(font))
        return "LetterSerif"
    all_text = "\n".join([*layout.return_address, layout.date_line, *layout.recipient, layout.body,
                          *layout.envelope_sender, *layout.envelope_recipient])
    if _latin1(all_text):
        return "Times"
    raise MissingDependencyError(
        "PDF letters with non-Latin-1 text need a Unicode font: install the Debian package "
        "fonts-dejavu-core or set CARDCAP_FONT to a .ttf file"
    )


# (font size pt, line height mm): the largest that keeps the letter on one page wins.
SIZES = ((11, 5.6), (10.5, 5.2), (10, 4.9), (9.5, 4.6))


def render_pdf(layout: LetterLayout) -> bytes:
    try:
        from fpdf import FPDF
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingDependencyError("PDF letters need the fpdf2 package: pip install fpdf2") from exc

    paper = "Letter" if (layout.paper_country or "").upper() in LETTER_PAPER_COUNTRIES else "A4"
    for size, line in SIZES:
        pdf = FPDF(format=paper, unit="mm")
        pdf.set_margins(25, 20, 25)
        pdf.set_auto_page_break(True, margin=18)
        pdf.set_title(layout.title)
        pdf.set_creator("cardcap")
        family = _font_family(pdf, layout)
        _draw_letter(pdf, family, layout, size, line)
        if pdf.page == 1:
            break
    _draw_envelope(pdf, family, layout)
    return bytes(pdf.output())


def _draw_letter(pdf, family: str, layout: LetterLayout, size: float, line: float) -> None:
    pdf.add_page()
    pdf.set_font(family, size=size - 1)
    for text in layout.return_address:
        pdf.cell(0, line * 0.85, text, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(line * 0.8)
    pdf.set_font(family, size=size)
    pdf.cell(0, line, layout.date_line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(line * 0.8)
    for text in layout.recipient:
        pdf.cell(0, line, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(line * 1.2)
    for paragraph in layout.body.strip().split("\n\n"):
        pdf.multi_cell(0, line, paragraph.strip(), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(line * 0.6)


def _draw_envelope(pdf, family: str, layout: LetterLayout) -> None:
    if not layout.envelope_recipient:
        return
    pdf.add_page()
    pdf.set_font(family, size=9)
    pdf.cell(0, 5, "Envelope / address label", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for text in layout.envelope_sender:
        pdf.cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(15)
    pdf.set_font(family, size=12)
    left = pdf.l_margin + 70
    top = pdf.get_y()
    for text in layout.envelope_recipient:
        pdf.set_x(left)
        pdf.cell(0, 6.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(left - 4, top - 4, pdf.epw - 66, pdf.get_y() - top + 8)
