"""cardcap: business-card photos to contacts, vCards and a follow-up plan.

    from cardcap import scan
    for result in scan(["~/Pictures/cards"]):
        for contact in result.contacts:
            print(contact.name, contact.emails)

The names below are imported on first use (PEP 562), so `cardcap.workers`
and the command's entry point load without OpenCV and the parsers.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Address": "model", "Contact": "model", "ImageResult": "model", "NameParts": "model", "OcrLine": "model",
    "OcrPage": "model", "Phone": "model",
    "ScanOptions": "pipeline", "iter_scan": "pipeline", "scan": "pipeline", "scan_image": "pipeline",
}

__all__ = [*_EXPORTS, "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .model import Address, Contact, ImageResult, NameParts, OcrLine, OcrPage, Phone  # noqa: F401
    from .pipeline import ScanOptions, iter_scan, scan, scan_image  # noqa: F401


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'cardcap' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
