"""Typed values that flow between the pipeline stages.

image file -> LoadedImage -> CardRegion -> OcrPage -> Contact -> ImageResult

Every stage takes one of these and returns the next, so each stage can be
tested, replaced or cached on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

BBox = tuple[float, float, float, float]
"""Axis-aligned box (x0, y0, x1, y1) in pixels of the image it refers to."""

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]
"""Four corners, clockwise from top-left, in pixels of the source photo."""

PhoneType = Literal["work", "mobile", "fax", "home", "other"]
PHONE_TYPES: tuple[str, ...] = ("work", "mobile", "fax", "home", "other")


# --- stage 1: load -------------------------------------------------------

@dataclass
class LoadedImage:
    """A decoded photo, upright per EXIF, as 8-bit BGR (OpenCV's order)."""

    path: str
    pixels: np.ndarray
    original_size: tuple[int, int]  # (width, height) as stored in the file
    format: str = ""


# --- stage 2/3/4: card regions ---------------------------------------------

@dataclass
class CardRegion:
    """One card found in a photo, with the pixels the OCR engine should read."""

    index: int
    quad: Quad  # where the card lies in the loaded photo
    pixels: np.ndarray  # upright, possibly flattened, normalised for OCR
    rotation: int = 0  # degrees clockwise applied to bring the card upright
    flattened: bool = False  # perspective-warped from a detected outline
    whole_image: bool = False  # no outline found; the whole photo is used


# --- stage 5: OCR ---------------------------------------------------------

@dataclass(frozen=True)
class OcrWord:
    text: str
    box: BBox
    confidence: float


@dataclass(frozen=True)
class OcrLine:
    """A line of text as the engine read it; words are optional detail."""

    text: str
    box: BBox
    confidence: float
    words: tuple[OcrWord, ...] = ()

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    @property
    def center(self) -> tuple[float, float]:
        return ((self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2)


@dataclass
class OcrPage:
    """All text an engine read on one card, top to bottom."""

    lines: list[OcrLine]
    width: int
    height: int
    engine: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


# --- stage 6: fields --------------------------------------------------------

@dataclass
class NameParts:
    prefix: str | None = None
    given: str | None = None
    middle: str | None = None
    family: str | None = None
    suffix: str | None = None


@dataclass
class Phone:
    number: str  # E.164 when it could be parsed, else the digits as printed
    type: PhoneType = "work"
    text: str = ""  # as printed on the card
    extension: str | None = None  # digits dialled after the number ("ext. 204")

    def dial_string(self) -> str:
        """The number as a phone's contacts app stores it: an extension after a
        comma, the pause every dialler understands ("+14155550101,204")."""
        return f"{self.number},{self.extension}" if self.extension else self.number


@dataclass
class Address:
    text: str
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postcode: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2


@dataclass
class Contact:
    """One person (or business) read from one card."""

    name: str | None = None
    name_parts: NameParts = field(default_factory=NameParts)
    title: str | None = None
    department: str | None = None
    company: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    address: Address | None = None
    urls: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # field -> OCR text it came from
    notes: list[str] = field(default_factory=list)  # things a person should know
    image: str | None = None  # source photo, for the vCard NOTE
    region: Quad | None = None  # where the card lies in that photo
    uid: str | None = None  # the vCard UID of an address-book entry this contact updates
    card: int | None = None  # which card of the photo: people printed on one card share it


# --- whole image ------------------------------------------------------------

@dataclass
class ImageResult:
    """What one input produced: contacts, or an error that explains why not."""

    image: str
    contacts: list[Contact] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None  # machine-readable class of the error
    ocr: list[OcrPage] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


def as_path(p: str | Path) -> Path:
    return p if isinstance(p, Path) else Path(p)
