"""What a user sees when they hand cardcap an odd or broken file."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardcap.errors import BadImageError, ImageTooLargeError
from cardcap.load import load_image


def _card_like(width: int = 200, height: int = 120) -> Image.Image:
    """Red left half, blue right half: channel order and orientation both show."""
    image = Image.new("RGB", (width, height), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, width // 2, height))
    return image


def _jpeg_bytes(image: Image.Image, **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, **kwargs)
    return buffer.getvalue()


def test_plain_jpeg_is_bgr_uint8(tmp_path: Path) -> None:
    path = tmp_path / "card.jpg"
    path.write_bytes(_jpeg_bytes(_card_like()))
    loaded = load_image(path)
    assert loaded.pixels.dtype == np.uint8
    assert loaded.pixels.shape == (120, 200, 3)
    assert loaded.original_size == (200, 120)
    assert loaded.format == "JPEG"
    left_b, left_g, left_r = loaded.pixels[60, 20]
    assert left_r > 200 and left_b < 60  # red stays red in BGR order


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(BadImageError, match="empty file"):
        load_image(path)


def test_missing_file_gives_os_reason(tmp_path: Path) -> None:
    with pytest.raises(BadImageError, match="No such file"):
        load_image(tmp_path / "nowhere.jpg")


def test_directory_is_not_an_image(tmp_path: Path) -> None:
    with pytest.raises(BadImageError, match="directory"):
        load_image(tmp_path)


def test_pdf_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    with pytest.raises(BadImageError, match="not an image: looks like a PDF"):
        load_image(path)


def test_text_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("Chris Smith\nSenior Researcher\nchris@contoso.com\n", encoding="utf-8")
    with pytest.raises(BadImageError, match="looks like a text file"):
        load_image(path)


def test_truncated_jpeg(tmp_path: Path) -> None:
    data = _jpeg_bytes(_card_like(400, 300))
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BadImageError, match="truncated JPEG") as caught:
        load_image(path)
    assert not isinstance(caught.value, ImageTooLargeError)


def test_corrupt_jpeg_body(tmp_path: Path) -> None:
    data = bytearray(_jpeg_bytes(_card_like(400, 300)))
    header_end = data.find(b"\xff\xda") + 20  # keep headers, wreck the scan data
    data[header_end:] = b"\x00" * (len(data) - header_end)
    path = tmp_path / "bad.jpg"
    path.write_bytes(bytes(data))
    with pytest.raises(BadImageError):
        load_image(path)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size but carries almost no data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def test_decompression_bomb_refused_from_header(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header_only(60_000, 60_000))
    with pytest.raises(ImageTooLargeError, match="refused"):
        load_image(path)


def test_limit_is_adjustable(tmp_path: Path) -> None:
    path = tmp_path / "card.png"
    _card_like(400, 300).save(path)
    with pytest.raises(ImageTooLargeError):
        load_image(path, max_pixels=100_000)
    assert load_image(path, max_pixels=200_000).pixels.shape == (300, 400, 3)


def test_tiny_image(tmp_path: Path) -> None:
    path = tmp_path / "icon.png"
    _card_like(30, 20).save(path)
    with pytest.raises(BadImageError, match="too small to hold a readable card"):
        load_image(path)


def test_cmyk_jpeg_decodes_to_right_colour(tmp_path: Path) -> None:
    path = tmp_path / "cmyk.jpg"
    path.write_bytes(_jpeg_bytes(_card_like().convert("CMYK")))
    assert Image.open(path).mode == "CMYK"
    pixels = load_image(path).pixels
    b, g, r = (int(v) for v in pixels[60, 20])
    assert r > 200 and b < 60 and g < 60


def test_16bit_grayscale_png_keeps_brightness(tmp_path: Path) -> None:
    values = np.full((100, 160), 40000, dtype=np.uint16)
    values[:, :80] = 65535
    path = tmp_path / "deep.png"
    Image.fromarray(values).save(path)
    assert Image.open(path).mode.startswith("I")
    pixels = load_image(path).pixels
    assert pixels.dtype == np.uint8 and pixels.shape == (100, 160, 3)
    assert pixels[50, 10].tolist() == [255, 255, 255]
    assert abs(int(pixels[50, 120, 0]) - 156) <= 1  # 40000 / 257


def test_palette_png(tmp_path: Path) -> None:
    path = tmp_path / "palette.png"
    _card_like().convert("P", palette=Image.Palette.ADAPTIVE, colors=4).save(path)
    b, g, r = (int(v) for v in load_image(path).pixels[60, 20])
    assert r > 200 and b < 60


def test_transparent_png_composited_on_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (120, 80), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (0, 0, 60, 80))
    path = tmp_path / "alpha.png"
    image.save(path)
    pixels = load_image(path).pixels
    assert pixels[40, 100].tolist() == [255, 255, 255]  # transparent -> white, not black
    assert pixels[40, 10].tolist() == [0, 0, 0]


def test_grayscale_becomes_three_channels(tmp_path: Path) -> None:
    path = tmp_path / "gray.jpg"
    _card_like().convert("L").save(path)
    pixels = load_image(path).pixels
    assert pixels.shape == (120, 200, 3)
    assert (pixels[..., 0] == pixels[..., 2]).all()


def test_animated_gif_uses_first_frame(tmp_path: Path) -> None:
    first = Image.new("RGB", (100, 80), (255, 255, 255))
    second = Image.new("RGB", (100, 80), (0, 0, 0))
    path = tmp_path / "anim.gif"
    first.save(path, save_all=True, append_images=[second], duration=100, loop=0)
    assert Image.open(path).n_frames == 2
    assert load_image(path).pixels.mean() > 250


def test_exif_rotation_is_applied(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways; viewer turns it 90 degrees clockwise
    path = tmp_path / "phone.jpg"
    path.write_bytes(_jpeg_bytes(_card_like(200, 120), exif=exif.tobytes()))
    loaded = load_image(path)
    assert loaded.original_size == (200, 120)
    assert loaded.pixels.shape == (200, 120, 3)  # now portrait
    b, g, r = (int(v) for v in loaded.pixels[20, 60])
    assert r > 200  # the red (left) half is on top after a clockwise turn


def test_webp_tiff_bmp_decode(tmp_path: Path) -> None:
    for fmt, suffix in (("WEBP", "webp"), ("TIFF", "tif"), ("BMP", "bmp")):
        path = tmp_path / f"card.{suffix}"
        _card_like().save(path, fmt)
        loaded = load_image(path)
        assert loaded.format == fmt
        assert loaded.pixels.shape == (120, 200, 3)


def test_heic_decodes(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    path = tmp_path / "iphone.heic"
    try:
        pillow_heif.from_pillow(_card_like()).save(str(path), quality=90)
    except Exception as exc:  # noqa: BLE001 - encoder not built into this wheel
        pytest.skip(f"pillow_heif cannot write HEIC here: {exc}")
    loaded = load_image(path)
    assert loaded.pixels.shape == (120, 200, 3)
    b, g, r = (int(v) for v in loaded.pixels[60, 20])
    assert r > 180 and b < 80
