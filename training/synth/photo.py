"""Makes a flat card look photographed or scanned, and carries the line boxes along.

Every geometric change is one homography from card pixels to output pixels, so
each text box is mapped by transforming its four corners.  The corners keep the
text's own order (top-left, top-right, bottom-right, bottom-left as read), so a
card photographed upside down still says which way its text runs.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

PHOTO_SIZES = ((1600, 1200), (1280, 960), (2016, 1512), (1280, 720), (1920, 1080), (1200, 1600), (720, 1280),
               (1512, 2016), (1024, 768))


@dataclass
class Shot:
    image: Image.Image
    homography: np.ndarray            # 3x3, card pixels -> output pixels
    mode: str                         # flat | scan | photo
    rotation: int                     # nominal quarter-turn of the card in the output, degrees clockwise
    angle: float                      # exact in-plane angle of the card's text baseline, degrees clockwise
    effects: list[str]

    def map_box(self, box: tuple[int, int, int, int]) -> tuple[list[list[float]], list[int]]:
        """Quad (text order) and its clipped axis-aligned box in output pixels."""
        x0, y0, x1, y1 = box
        corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], dtype=np.float64)
        quad = cv2.perspectiveTransform(corners, self.homography)[0]
        w, h = self.image.size
        aabb = [max(0, math.floor(quad[:, 0].min())), max(0, math.floor(quad[:, 1].min())),
                min(w, math.ceil(quad[:, 0].max())), min(h, math.ceil(quad[:, 1].max()))]
        return [[round(float(x), 1), round(float(y), 1)] for x, y in quad], aabb

    def card_quad(self, card_size: tuple[int, int]) -> list[list[float]]:
        return self.map_box((0, 0, card_size[0], card_size[1]))[0]


# ---------------------------------------------------------------- helpers

def smooth_field(rng: np.random.Generator, size: tuple[int, int], cells: int, low: float, high: float) -> np.ndarray:
    """Low-frequency noise in [low, high]: uneven light, stains, wood figure."""
    w, h = size
    grid = rng.uniform(low, high, (max(2, cells * h // max(w, h) + 1), cells + 1)).astype(np.float32)
    if h > w:
        grid = rng.uniform(low, high, (cells + 1, max(2, cells * w // h + 1))).astype(np.float32)
    return cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)


def rotation_matrix(quarter: int, size: tuple[int, int]) -> tuple[np.ndarray, tuple[int, int]]:
    """Homography for an exact clockwise quarter-turn, and the rotated size."""
    w, h = size
    quarter %= 4
    if quarter == 0:
        return np.eye(3), (w, h)
    if quarter == 1:
        return np.array([[0, -1, h], [1, 0, 0], [0, 0, 1]], dtype=np.float64), (h, w)
    if quarter == 2:
        return np.array([[-1, 0, w], [0, -1, h], [0, 0, 1]], dtype=np.float64), (w, h)
    return np.array([[0, 1, 0], [-1, 0, w], [0, 0, 1]], dtype=np.float64), (h, w)


# ---------------------------------------------------------------- backgrounds

def wood(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    base = np.array(rng.choice([[0.62, 0.47, 0.33], [0.78, 0.66, 0.52], [0.45, 0.31, 0.2], [0.8, 0.76, 0.7],
                                [0.55, 0.5, 0.46], [0.88, 0.82, 0.72]]), dtype=np.float32)
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    warp = smooth_field(rng, size, 6, -40, 40)
    period = rng.uniform(9, 30)
    grain = np.sin((ys + warp + xs * rng.uniform(-0.05, 0.05)) / period * 2 * np.pi)
    grain = 0.5 + 0.5 * grain ** 3
    fine = cv2.resize(rng.standard_normal((h // 2 + 1, max(2, w // 40)), dtype=np.float32), (w, h))
    shade = 1.0 - 0.12 * grain - 0.04 * fine + smooth_field(rng, size, 3, -0.06, 0.06)
    image = base[None, None, :] * shade[..., None]
    if rng.random() < 0.5:
        image = np.ascontiguousarray(image.transpose(1, 0, 2))
        image = cv2.resize(image, (w, h))
    return image


def plain_surface(rng: np.random.Generator, size: tuple[int, int], tone: np.ndarray | None) -> np.ndarray:
    w, h = size
    if tone is None:
        tone = np.array(rng.choice([[0.75, 0.75, 0.74], [0.55, 0.56, 0.58], [0.9, 0.9, 0.88], [0.25, 0.26, 0.28],
                                    [0.35, 0.4, 0.5], [0.6, 0.52, 0.45], [0.15, 0.15, 0.15], [0.8, 0.8, 0.82]]),
                        dtype=np.float32)
    field = smooth_field(rng, size, 4, 0.9, 1.08)
    image = tone[None, None, :] * field[..., None]
    return image + 0.01 * rng.standard_normal((h, w, 1), dtype=np.float32)


def busy(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    """Cluttered desks, speckled stone, patterned cloth: edges and texture that compete with the card."""
    w, h = size
    kind = rng.integers(3)
    if kind == 0:    # tablecloth stripes or checks in muted colours
        image = plain_surface(rng, size, None)
        period = rng.uniform(15, 80)
        xs = np.arange(w, dtype=np.float32)[None, :] / period
        ys = np.arange(h, dtype=np.float32)[:, None] / period
        pattern = ((np.floor(xs) + np.floor(ys)) % 2) if rng.random() < 0.5 else (np.floor(xs + ys * 0.3) % 2)
        color = (rng.uniform(0.2, 0.8, 3) * rng.uniform(0.5, 1.0)).astype(np.float32)
        amount = rng.uniform(0.15, 0.4)
        image = image * (1 - amount * pattern[..., None]) + color * amount * pattern[..., None]
        return cv2.GaussianBlur(image.astype(np.float32), (0, 0), 1.0)
    if kind == 1:    # granite or speckled laminate
        tone = rng.uniform(0.25, 0.8)
        image = np.full((h, w, 3), tone, np.float32) * rng.uniform(0.9, 1.1, 3).astype(np.float32)
        for scale, amount in ((1, 0.03), (3, 0.05), (9, 0.04)):
            speck = rng.standard_normal((h // scale + 1, w // scale + 1), dtype=np.float32)
            image += amount * cv2.resize(speck, (w, h), interpolation=cv2.INTER_NEAREST)[..., None]
        return np.clip(cv2.GaussianBlur(image, (0, 0), 0.8), 0, 1)
    # desk clutter: sheets of paper with faint print, a dark device, a mug, a pen
    canvas = (np.clip(plain_surface(rng, size, None), 0, 1) * 255).astype(np.uint8)
    for _ in range(int(rng.integers(2, 7))):
        center = (float(rng.integers(0, w)), float(rng.integers(0, h)))
        item = rng.choice(["paper", "paper", "device", "mug", "pen"])
        if item == "paper":
            pw, ph = float(rng.uniform(0.3, 0.7) * w), float(rng.uniform(0.3, 0.7) * h)
            angle = float(rng.uniform(-30, 30))
            box = cv2.boxPoints((center, (pw, ph), angle)).astype(np.int32)
            cv2.fillConvexPoly(canvas, box, tuple(int(v) for v in rng.integers(215, 250, 3)))
            # Print too small and faint to read, laid out in the sheet's own frame so it stays on the sheet.
            cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            spacing = rng.uniform(10, 18)
            for k in range(int((ph - 40) // spacing)):
                lx0, ly = -pw / 2 + 20, -ph / 2 + 20 + k * spacing
                lx1 = lx0 + rng.uniform(0.3, 1.0) * (pw - 40)
                ends = [(int(center[0] + x * cos - ly * sin), int(center[1] + x * sin + ly * cos)) for x in (lx0, lx1)]
                cv2.line(canvas, ends[0], ends[1], (150, 150, 155), 2)
        elif item == "device":
            box = cv2.boxPoints((center, (float(rng.uniform(0.2, 0.5) * w), float(rng.uniform(0.1, 0.3) * h)),
                                 float(rng.uniform(-20, 20)))).astype(np.int32)
            cv2.fillConvexPoly(canvas, box, tuple(int(v) for v in rng.integers(15, 60, 3)))
        elif item == "mug":
            radius = int(rng.uniform(0.06, 0.14) * max(w, h))
            cv2.circle(canvas, (int(center[0]), int(center[1])), radius, tuple(int(v) for v in rng.integers(40, 230, 3)),
                       -1)
            cv2.circle(canvas, (int(center[0]), int(center[1])), int(radius * 0.8), (60, 40, 30), -1)
        else:
            end = (int(center[0] + rng.uniform(-0.3, 0.3) * w), int(center[1] + rng.uniform(-0.3, 0.3) * h))
            cv2.line(canvas, (int(center[0]), int(center[1])), end, tuple(int(v) for v in rng.integers(0, 120, 3)),
                     int(rng.integers(6, 14)))
    return cv2.GaussianBlur(canvas, (0, 0), rng.uniform(1.0, 4.0)).astype(np.float32) / 255


def background(rng: np.random.Generator, size: tuple[int, int], card_rgb: np.ndarray) -> tuple[np.ndarray, str]:
    kind = rng.choice(["wood", "plain", "similar", "busy"], p=[0.3, 0.3, 0.2, 0.2])
    if kind == "wood":
        return wood(rng, size), kind
    if kind == "similar":
        tone = np.clip(card_rgb[::8, ::8].reshape(-1, 3).mean(0) / 255 * rng.uniform(0.88, 1.02), 0, 1).astype(np.float32)
        return plain_surface(rng, size, tone), kind
    if kind == "busy":
        return busy(rng, size), kind
    return plain_surface(rng, size, None), kind


# ---------------------------------------------------------------- camera and light

def light_and_lens(rng: np.random.Generator, image: np.ndarray, card_mask: np.ndarray, effects: list[str],
                   strength: float = 1.0) -> np.ndarray:
    h, w = image.shape[:2]
    gain = smooth_field(rng, (w, h), 2, 1 - 0.3 * strength, 1 + 0.12 * strength)
    image = image * (gain[..., None] * rng.uniform(0.9, 1.08, 3).astype(np.float32))   # light and white balance
    if rng.random() < 0.35 * strength:
        # Shadow of the phone or a hand: a soft dark polygon.
        # Drawn and blurred at quarter size: a soft shadow has no fine detail.
        mask = np.zeros((h // 4 + 1, w // 4 + 1), np.uint8)
        cx, cy = rng.integers(0, w // 4), rng.integers(0, h // 4)
        pts = np.array([[cx + rng.integers(-w // 4, w // 4), cy + rng.integers(-h // 4, h // 4)] for _ in range(4)],
                       np.int32)
        cv2.fillConvexPoly(mask, cv2.convexHull(pts), 255)
        mask = cv2.GaussianBlur(mask, (0, 0), max(w, h) * 0.0075).astype(np.float32) / 255
        mask = cv2.resize(mask, (w, h), interpolation=cv2.INTER_LINEAR)
        image = image * (1 - rng.uniform(0.2, 0.45) * mask[..., None])
        effects.append("shadow")
    if rng.random() < 0.3 * strength:
        # Glare: a bright soft spot where the lamp reflects off the card.
        ys, xs = np.nonzero(card_mask > 0.5)
        if len(xs):
            k = rng.integers(len(xs))
            gx, gy = xs[k], ys[k]
            sigma = rng.uniform(0.03, 0.12) * max(w, h) / 4
            # Computed at quarter size: the spot is smooth, and full-size exp() is slow.
            yy, xx = np.ogrid[:h // 4 + 1, :w // 4 + 1]
            squash = rng.uniform(0.5, 1.5)
            spot = np.exp(-(((xx - gx / 4) ** 2 + ((yy - gy / 4) * squash) ** 2) / (2 * sigma ** 2))).astype(np.float32)
            spot = cv2.resize(spot, (w, h), interpolation=cv2.INTER_LINEAR)
            image = image + (rng.uniform(0.25, 0.7) * spot * card_mask)[..., None]
            effects.append("glare")
    image = np.clip(image, 0, 1)
    roll = rng.random()
    if roll < 0.35 * strength:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.6, 1.8 * strength + 0.2))
        effects.append("defocus")
    elif roll < 0.5 * strength:
        length = int(rng.integers(3, 10))
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1.0 / length
        angle = rng.uniform(0, 180)
        kernel = cv2.warpAffine(kernel, cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0),
                                (length, length))
        kernel /= max(kernel.sum(), 1e-6)
        image = cv2.filter2D(image, -1, kernel)
        effects.append("motion_blur")
    # Sensor noise: grey grain at full size plus coarser colour blotches, as phone cameras make.
    sigma = rng.uniform(0.003, 0.03) * strength
    image = image + (sigma * rng.standard_normal((h, w), dtype=np.float32))[..., None]
    chroma = rng.standard_normal((h // 2 + 1, w // 2 + 1, 3), dtype=np.float32) * (sigma * 0.5)
    image = image + cv2.resize(chroma, (w, h), interpolation=cv2.INTER_LINEAR)
    return np.clip(image, 0, 1, out=image)


# ---------------------------------------------------------------- modes

def flat(card: Image.Image) -> Shot:
    return Shot(card, np.eye(3), "flat", 0, 0.0, [])


def quarter_for(rng: random.Random, rotation: int | None, p_turned: float) -> int:
    if rotation is not None:
        return (rotation // 90) % 4
    return rng.choice([1, 2, 3]) if rng.random() < p_turned else 0


def scan(card: Image.Image, rng: random.Random, rotation: int | None = None, clean: bool = False) -> Shot:
    """A flatbed scan: light bed, card nearly square to the glass, mild blur and noise."""
    nrng = np.random.default_rng(rng.getrandbits(64))
    quarter = quarter_for(rng, rotation, 0.15)
    cw, ch = card.size
    scale = rng.uniform(0.55, 1.0) if not clean else 1.0
    tilt = 0.0 if clean else rng.uniform(-3, 3)
    rot, (rw, rh) = rotation_matrix(quarter, (round(cw * scale), round(ch * scale)))
    margin = int(max(rw, rh) * (0.03 if clean else rng.uniform(0.02, 0.15)))
    out_w, out_h = rw + 2 * margin, rh + 2 * margin
    center = np.array([[1, 0, out_w / 2], [0, 1, out_h / 2], [0, 0, 1]])
    tilt_m = np.vstack([cv2.getRotationMatrix2D((0, 0), -tilt, 1.0), [0, 0, 1]])
    to_origin = np.array([[1, 0, -rw / 2], [0, 1, -rh / 2], [0, 0, 1]])
    homography = center @ tilt_m @ to_origin @ rot @ np.diag([scale, scale, 1.0])
    bed = np.array([rng.uniform(0.93, 1.0)] * 3, np.float32) * 255
    warped = cv2.warpAffine(np.asarray(card), homography[:2], (out_w, out_h), flags=cv2.INTER_AREA if scale < 1 else
                            cv2.INTER_LINEAR, borderValue=tuple(float(v) for v in bed))
    effects = ["scan"]
    image = warped.astype(np.float32) / 255
    if not clean:
        image = image * rng.uniform(0.95, 1.03) + rng.uniform(-0.02, 0.02)
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.3, 0.9))
        image = image + rng.uniform(0.002, 0.012) * nrng.standard_normal(image.shape, dtype=np.float32)
    result = Image.fromarray(cv2.convertScaleAbs(image, alpha=255.0))
    return Shot(result, homography, "scan", quarter * 90, quarter * 90 + tilt, effects)


def photo(card: Image.Image, rng: random.Random, rotation: int | None = None, gentle: bool = False) -> Shot:
    """A phone photo: perspective, any rotation, a surface behind, uneven light, blur, noise."""
    nrng = np.random.default_rng(rng.getrandbits(64))
    out_w, out_h = rng.choice(PHOTO_SIZES)
    quarter = quarter_for(rng, rotation, 0.25)
    cw, ch = card.size
    effects: list[str] = []

    # Where the card lands: long side covers 30-90% of the frame (sometimes a small card in a big photo).
    fill = rng.uniform(0.22, 0.45) if rng.random() < 0.15 else rng.uniform(0.45, 0.9)
    turned_w, turned_h = (ch, cw) if quarter % 2 else (cw, ch)
    scale = fill * min(out_w / turned_w, out_h / turned_h)
    angle = quarter * 90 + (rng.uniform(-3, 3) if gentle else rng.gauss(0, 6))
    rad = math.radians(angle)
    src = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float64)
    centred = (src - [cw / 2, ch / 2]) * scale
    rot = np.array([[math.cos(rad), -math.sin(rad)], [math.sin(rad), math.cos(rad)]])
    dst = centred @ rot.T
    # Perspective: foreshorten one edge and jitter the corners a little.
    jitter = 0.02 if gentle else 0.07
    span = max(cw, ch) * scale
    dst = dst + np.array([[nrng.uniform(-jitter, jitter) * span for _ in range(2)] for _ in range(4)])
    if not gentle and rng.random() < 0.6:
        far_edge = rng.randrange(4)
        # Mostly a gentle tilt; sometimes the oblique desk shot of the Contoso samples.
        shrink = rng.uniform(0.6, 0.82) if rng.random() < 0.2 else rng.uniform(0.84, 0.97)
        a, b = far_edge, (far_edge + 1) % 4
        mid = (dst[a] + dst[b]) / 2
        dst[a] = mid + (dst[a] - mid) * shrink
        dst[b] = mid + (dst[b] - mid) * shrink
    extent = dst.max(0) - dst.min(0)
    fit = min(1.0, 0.96 * out_w / extent[0], 0.96 * out_h / extent[1])
    dst *= fit
    lo, hi = dst.min(0), dst.max(0)
    # People centre the card roughly: average two draws to favour the middle.
    cx = (rng.uniform(-lo[0], out_w - hi[0]) + rng.uniform(-lo[0], out_w - hi[0])) / 2
    cy = (rng.uniform(-lo[1], out_h - hi[1]) + rng.uniform(-lo[1], out_h - hi[1])) / 2
    dst = dst + [cx, cy]
    homography = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32)).astype(np.float64)

    # Pre-shrink the card so the warp does not alias fine print.
    card_arr = np.asarray(card)
    shrink_to = min(1.0, (hi - lo).max() * fit / max(cw, ch) * 1.5)
    if shrink_to < 0.95:
        small = cv2.resize(card_arr, (max(8, round(cw * shrink_to)), max(8, round(ch * shrink_to))),
                           interpolation=cv2.INTER_AREA)
        pre = np.diag([small.shape[1] / cw, small.shape[0] / ch, 1.0])
        warp_h = homography @ np.linalg.inv(pre)
    else:
        small, warp_h = card_arr, homography
    warped = cv2.warpPerspective(small, warp_h, (out_w, out_h), flags=cv2.INTER_LINEAR)
    card_mask = np.full(small.shape[:2], 255, np.uint8)
    if rng.random() < 0.3:
        # Rounded corners, as on many printed cards.
        card_mask[:] = 0
        radius = max(2, int(min(card_mask.shape) * rng.uniform(0.03, 0.08)))
        height, width = card_mask.shape
        cv2.rectangle(card_mask, (radius, 0), (width - 1 - radius, height - 1), 255, -1)
        cv2.rectangle(card_mask, (0, radius), (width - 1, height - 1 - radius), 255, -1)
        for cx, cy in ((radius, radius), (width - 1 - radius, radius), (radius, height - 1 - radius),
                       (width - 1 - radius, height - 1 - radius)):
            cv2.circle(card_mask, (cx, cy), radius, 255, -1)
        effects.append("rounded_corners")
    if rng.random() < 0.5:
        # Paper grain: the stock is never a perfectly flat colour.
        grain = nrng.standard_normal(small.shape[:2], dtype=np.float32) * rng.uniform(2, 6)
        small = np.clip(small.astype(np.float32) + grain[..., None], 0, 255).astype(np.uint8)
    mask = cv2.warpPerspective(card_mask, warp_h, (out_w, out_h), flags=cv2.INTER_LINEAR).astype(np.float32) / 255

    bg, kind = background(nrng, (out_w, out_h), card_arr)
    effects.append(f"background:{kind}")
    # Drop shadow under the card, offset away from the light.
    shadow = cv2.GaussianBlur(mask, (0, 0), max(2.0, span * fit * 0.01))
    shift = np.float32([[1, 0, rng.uniform(-1, 1) * span * 0.01], [0, 1, rng.uniform(0, 1) * span * 0.015]])
    shadow = cv2.warpAffine(shadow, shift, (out_w, out_h))
    bg = bg * (1 - rng.uniform(0.2, 0.5) * shadow[..., None])
    image = bg * (1 - mask[..., None]) + warped.astype(np.float32) / 255 * mask[..., None]
    image = light_and_lens(nrng, image, mask, effects, strength=0.4 if gentle else 1.0)
    result = Image.fromarray(cv2.convertScaleAbs(image, alpha=255.0))
    return Shot(result, homography, "photo", quarter * 90, angle, effects)
