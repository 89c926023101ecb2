"""Stage 6: OCR lines -> fields -> contacts.

Syntax-bound fields (emails, phones, urls) are found by rules that are hard
to beat; the free-text fields (name, title, department, company, address)
are assigned to lines by the line labeller.  `parse_card` ties them together.
"""
from __future__ import annotations

from .assemble import parse_card

__all__ = ["parse_card"]
