"""Decode any photo a phone or scanner produces into upright 8-bit BGR pixels.

Every later stage assumes one pixel format, so all the oddities of image
files (EXIF rotation, CMYK, 16-bit, palettes, transparency, HEIC) are dealt
with here, and every way a file can be unreadable becomes a BadImageError
with a reason a person can act on.
"""
from __future__ import annotations

import functools
import warnings
from pathlib import Path

import numpy as np
import yaml
from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import BadImageError, ImageTooLargeError
from .model import LoadedImage, as_path
from .resources import model_file

try:  # HEIC is what iPhones save by default.
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
    pillow_heif = None

MIN_SIDE = 40
"""Below this a card's text would be a few pixels high: nothing to read."""

MAX_SIDE = 100_000
"""No camera or scanner makes a side this long; such a header is hostile or broken."""

DECODE_LONG_SIDE = 4000
"""Photos over twice this long are decoded (JPEG, by libjpeg's DCT scaling)
or reduced at once (other formats) by a whole factor, never below it.  The
detector works at 2000 px and a 12 MP phone photo is about 4000 px long, so
nothing readable is lost; a 100 MP photo decoded whole peaked at 1.4 GB."""

_SNIFF_BYTES = 2048

_FOREIGN_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
)


def load_image(path: str | Path, *, max_pixels: int = 120_000_000) -> LoadedImage:
    """Decode *path*; raise BadImageError (or ImageTooLargeError) with a one-line reason."""
    file_path = as_path(path)
    head = _read_head(file_path)

    with warnings.catch_warnings():
        # We apply our own size limit below; Pillow's warning would only be noise.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(file_path)
        except Image.DecompressionBombError as exc:
            raise ImageTooLargeError(f"refused: {_first_line(exc)}") from exc
        except UnidentifiedImageError as exc:
            raise BadImageError(_describe_foreign(head)) from exc
        except OSError as exc:
            raise BadImageError(f"cannot read file: {exc.strerror or _first_line(exc)}") from exc

        with image:
            fmt = image.format or ""
            width, height = image.size
            _check_size(width, height, max_pixels)
            try:
                image.seek(0)  # animated GIF/WebP/TIFF: the first frame is the card
                if fmt == "JPEG" and max(width, height) >= 2 * DECODE_LONG_SIDE:
                    image.draft(image.mode, _reduced_size(width, height))
                image.load()
            except Image.DecompressionBombError as exc:
                raise ImageTooLargeError(f"refused: {_first_line(exc)}") from exc
            except (OSError, SyntaxError, ValueError, EOFError) as exc:
                raise BadImageError(_describe_decode_failure(fmt, exc)) from exc
            upright = _exif_upright(_reduce_huge(image))
            pixels = _to_bgr8(upright)

    if min(pixels.shape[:2]) < MIN_SIDE:
        raise BadImageError(
            f"too small to hold a readable card ({pixels.shape[1]}x{pixels.shape[0]} px)"
        )
    return LoadedImage(path=str(path), pixels=pixels, original_size=(width, height), format=fmt)


def _reduced_size(width: int, height: int) -> tuple[int, int]:
    """The smallest size a whole-factor reduction may reach (DECODE_LONG_SIDE)."""
    factor = max(width, height) // DECODE_LONG_SIDE
    return -(-width // factor), -(-height // factor)


def _reduce_huge(image: Image.Image) -> Image.Image:
    long_side = max(image.size)
    if long_side < 2 * DECODE_LONG_SIDE or image.mode not in ("L", "LA", "RGB", "RGBA", "I", "F", "CMYK"):
        return image  # palette and 1-bit pictures are converted first; they are never this large from a camera
    return image.reduce(long_side // DECODE_LONG_SIDE)


def _read_head(file_path: Path) -> bytes:
    try:
        if file_path.is_dir():
            raise BadImageError("cannot read file: it is a directory")
        with file_path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except BadImageError:
        raise
    except OSError as exc:
        raise BadImageError(f"cannot read file: {exc.strerror or exc}") from exc
    if not head:
        raise BadImageError("empty file")
    return head


def _check_size(width: int, height: int, max_pixels: int) -> None:
    if width <= 0 or height <= 0:
        raise BadImageError(f"not an image: header says {width}x{height} px")
    if max(width, height) > MAX_SIDE or width * height > max_pixels:
        megapixels = width * height / 1e6
        raise ImageTooLargeError(
            f"refused: {width}x{height} px ({megapixels:,.0f} MP) is over the "
            f"{max_pixels / 1e6:,.0f} MP limit (a decompression bomb or not a photo)"
        )


def _describe_foreign(head: bytes) -> str:
    """Name what the file looks like, since the extension evidently lied."""
    for signature, what in _FOREIGN_SIGNATURES:
        if head.startswith(signature):
            return f"not an image: looks like {what}"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return "not an image: looks like an HTML page"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<svg"):
        return "not an image: looks like XML/SVG (vector images are not supported)"
    if _looks_like_text(head):
        return "not an image: looks like a text file"
    return "not an image: unrecognised or corrupt file format"


def _looks_like_text(head: bytes) -> bool:
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character cut at the sniff boundary is still text.
        try:
            decoded = head[:-4].decode("utf-8")
        except UnicodeDecodeError:
            return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded)
    return printable >= 0.95 * max(len(decoded), 1)


def _describe_decode_failure(fmt: str, exc: BaseException) -> str:
    kind = fmt or "image"
    message = _first_line(exc)
    if "truncated" in message.lower() or isinstance(exc, EOFError):
        return f"truncated {kind}: the file ends before the picture does"
    return f"corrupt {kind}: {message}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _exif_upright(image: Image.Image) -> Image.Image:
    """Apply the EXIF rotation phones record instead of rotating pixels."""
    try:
        return ImageOps.exif_transpose(image) or image
    except Exception:  # noqa: BLE001 - broken EXIF should not cost the picture
        return image


def _to_bgr8(image: Image.Image) -> np.ndarray:
    """Bring every Pillow mode to 8-bit, 3-channel BGR, transparency on white."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        gray = _high_depth_to_8bit(np.asarray(image), sixteen_bit=mode.startswith("I;16"))
        return np.ascontiguousarray(np.repeat(gray[:, :, None], 3, axis=2))
    has_alpha = mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        mode == "P" and "transparency" in image.info
    ) or (mode in ("L", "RGB") and "transparency" in image.info)
    if has_alpha:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        rgb = Image.alpha_composite(white, rgba).convert("RGB")
    elif mode == "RGB":
        rgb = image
    else:  # 1, L, P, CMYK, YCbCr, LAB, HSV ...
        rgb = image.convert("RGB")
    array = np.asarray(rgb, dtype=np.uint8)
    return np.ascontiguousarray(array[:, :, ::-1])


def _high_depth_to_8bit(values: np.ndarray, *, sixteen_bit: bool) -> np.ndarray:
    """Scale 16/32-bit or float samples into 0..255.

    A declared 16-bit image keeps its brightness (divide by 257); 32-bit and
    float images have no fixed white, so their real range is used.
    """
    is_float = values.dtype.kind == "f"
    values = values.astype(np.float64)
    if values.size == 0:
        return values.astype(np.uint8)
    if sixteen_bit:
        return np.clip(np.rint(values / 257.0), 0, 255).astype(np.uint8)
    high = float(values.max())
    low = float(min(values.min(), 0.0))
    if 0 <= low and high <= 1.0 and is_float:
        scaled = values * 255.0
    elif high <= 255 and low >= 0:
        scaled = values
    elif high <= 65535 and low >= 0:
        scaled = values / 257.0
    else:
        scaled = (values - low) * (255.0 / max(high - low, 1e-9))
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


@functools.lru_cache(maxsize=1)
def imaging_thresholds() -> dict:
    """The imaging thresholds table (models/imaging/thresholds.yaml), read once."""
    with model_file("imaging", "thresholds.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


