"""cardcap: business-card photos to contacts, vCards and a follow-up plan.

    from cardcap import scan
    for result in scan(["~/Pictures/cards"]):
        for contact in result.contacts:
            print(contact.name, contact.emails)
"""
from __future__ import annotations

__version__ = "0.1.0"

from .model import Address, Contact, ImageResult, NameParts, OcrLine, OcrPage, Phone  # noqa: E402
from .pipeline import ScanOptions, iter_scan, scan, scan_image  # noqa: E402

__all__ = [
    "Address", "Contact", "ImageResult", "NameParts", "OcrLine", "OcrPage", "Phone",
    "ScanOptions", "iter_scan", "scan", "scan_image", "__version__",
]
