"""Card design and rendering: turns CardContent into a flat card image plus line boxes.

A design is a template of regions (logo, identity, contact, address, offices)
and a style (fonts, colours, case, tracking, icons).  Each region stacks its
lines and shrinks its type until it fits, like a designer squeezing a dense
card.  Every drawn text segment is recorded with its field label and ink box.
"""

from __future__ import annotations

import colorsys
import math
import random
import re
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from .content import LEGAL_TAIL, CardContent, Office, Person, Phone
from .fonts import Family, available_families, face_path, font_name, load_font

MM_PER_INCH = 25.4


# ---------------------------------------------------------------- data model

@dataclass
class Run:
    text: str
    weight: str = "regular"          # regular | bold | light | italic
    family: str = "body"             # body | display: which of the card's two families
    color: str = "text"              # text | accent | muted | band_text
    smallcaps: bool = False


@dataclass
class Segment:
    runs: list[Run]
    label: str
    icon: str | None = None
    person: int | None = None
    office: int | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Line:
    segments: list[Segment]
    pt: float                         # nominal type size in points
    separator: str = "   "
    tracking: float = 0.0             # extra letter spacing, in em


@dataclass
class Block:
    lines: list[Line]
    gap_after_pt: float = 0.0         # extra space after the block, before the next one


@dataclass
class Region:
    box: tuple[float, float, float, float]    # fractions of the inner card area
    halign: str
    valign: str
    blocks: list[Block] = field(default_factory=list)
    on_band: bool = False             # text sits on a coloured band: use band_text colour
    card_space: bool = False          # box is in whole-card fractions (for text on bands)


@dataclass
class DrawnLine:
    text: str
    label: str
    box: tuple[int, int, int, int]
    font: str
    font_size_px: int
    font_size_pt: float
    group: int
    person: int | None
    office: int | None
    icon: str | None
    style: list[str]


@dataclass
class Style:
    body: Family
    display: Family
    colors: dict[str, tuple[int, int, int]]
    dark: bool
    name_case: str
    company_case: str
    title_case: str
    title_italic: bool
    name_tracking: float
    company_tracking: float
    icon_style: str                   # plain | disc
    prefix_weight: str
    prefix_color: str
    leading: float


# ---------------------------------------------------------------- colours

def hsv(h: float, s: float, v: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
    return int(r * 255), int(g * 255), int(b * 255)


def pick_colors(rng: random.Random) -> tuple[dict[str, tuple[int, int, int]], bool]:
    hue = rng.random()
    roll = rng.random()
    if roll < 0.66:       # white, cream or light grey stock with dark ink
        paper = rng.choice([(255, 255, 255), (252, 251, 247), (248, 246, 238), (244, 244, 244), (250, 248, 240),
                            hsv(hue, 0.06, 0.98)])
        text = rng.choice([(20, 20, 20), (35, 35, 40), (50, 50, 55), (0, 0, 0), hsv(hue, 0.5, 0.25)])
        accent = hsv(hue, rng.uniform(0.5, 0.9), rng.uniform(0.35, 0.75))
        muted = tuple(int(t * 0.45 + p * 0.55) if rng.random() < 0.5 else int(t * 0.7 + p * 0.3)
                      for t, p in zip(text, paper))
        band = hsv(hue, rng.uniform(0.4, 0.85), rng.uniform(0.3, 0.7))
        dark = False
    elif roll < 0.84:     # dark stock with light ink
        paper = rng.choice([(22, 22, 24), (12, 12, 12), hsv(hue, 0.6, 0.25), hsv(hue, 0.35, 0.18), (40, 42, 46)])
        text = rng.choice([(245, 245, 245), (230, 230, 225), (255, 255, 255)])
        accent = rng.choice([hsv(hue + 0.5, 0.6, 0.95), (212, 175, 55), (200, 200, 200), hsv(hue, 0.3, 1.0)])
        muted = (180, 180, 180)
        band = hsv(hue + 0.5, 0.5, 0.8)
        dark = True
    else:                 # coloured stock
        paper = hsv(hue, rng.uniform(0.25, 0.7), rng.uniform(0.75, 0.98))
        text = rng.choice([(15, 15, 15), hsv(hue, 0.8, 0.2)])
        accent = hsv(hue + rng.choice([0.0, 0.5]), 0.8, 0.3)
        muted = hsv(hue, 0.6, 0.3)
        band = hsv(hue, 0.8, 0.4)
        dark = False
    band_text = (255, 255, 255) if sum(band) < 420 else (15, 15, 15)
    return {"paper": paper, "text": text, "accent": accent, "muted": muted, "band": band,
            "band_text": band_text}, dark


def pick_style(rng: random.Random) -> Style:
    families = available_families()
    def family_of(kinds: dict[str, float]) -> Family:
        pool = [f for f in families if f.kind in kinds]
        if not pool:
            pool = list(families)
        return rng.choices(pool, weights=[kinds.get(f.kind, 1.0) for f in pool])[0]
    body = family_of({"sans": 6, "serif": 3, "condensed": 1.2, "display": 0.8, "mono": 0.2})
    display = body if rng.random() < 0.5 else family_of({"sans": 3, "serif": 3, "display": 2, "condensed": 1,
                                                         "script": 0.6})
    colors, dark = pick_colors(rng)
    return Style(
        body=body, display=display, colors=colors, dark=dark,
        name_case=rng.choices(["as_is", "upper", "smallcaps"], weights=[72, 22, 6])[0],
        company_case=rng.choices(["as_is", "upper"], weights=[55, 45])[0],
        title_case=rng.choices(["as_is", "upper"], weights=[88, 12])[0],
        title_italic=rng.random() < 0.15,
        name_tracking=rng.choice([0, 0, 0, 0.05, 0.12, 0.25]),
        company_tracking=rng.choice([0, 0, 0.05, 0.15, 0.3]),
        icon_style=rng.choice(["plain", "plain", "disc"]),
        prefix_weight=rng.choice(["regular", "regular", "bold"]),
        prefix_color=rng.choice(["text", "text", "accent", "muted"]),
        leading=rng.uniform(1.1, 1.35),
    )


def cased(text: str, case: str) -> str:
    return text.upper() if case == "upper" else text


# ---------------------------------------------------------------- blocks from content

def phone_segment(phone: Phone, style: Style, person: int | None, office: int | None) -> Segment:
    label = {"work": "phone", "mobile": "mobile", "fax": "fax"}[phone.kind]
    runs = []
    if phone.prefix:
        runs.append(Run(phone.prefix + " ", weight=style.prefix_weight, color=style.prefix_color))
    runs.append(Run(phone.printed))
    return Segment(runs, label, icon=phone.icon, person=person, office=office)


def contact_lines(rng: random.Random, content: CardContent, person: Person | None, index: int | None,
                  style: Style, pt: float, combine: bool, with_urls: bool) -> list[Line]:
    segments: list[Segment] = []
    if person:
        segments += [phone_segment(p, style, index, None) for p in person.phones]
    phone_count = len(segments)
    icons = bool(person and any(p.icon for p in person.phones))
    emails = list(person.emails) if person else []
    if index in (0, None) and content.generic_email:
        emails.append(content.generic_email)
    for email in emails:
        prefix = rng.choice(["", "", "", "E: ", "E ", "Email: ", "e-mail: ", "Mail: "]) if not icons else ""
        runs = ([Run(prefix, weight=style.prefix_weight, color=style.prefix_color)] if prefix else []) + [Run(email)]
        segments.append(Segment(runs, "email", icon="email" if icons else None, person=index))
    if with_urls:
        for url in content.urls_printed:
            prefix = rng.choice(["", "", "", "", "W: ", "Web: "]) if not icons else ""
            runs = ([Run(prefix, weight=style.prefix_weight, color=style.prefix_color)] if prefix else []) + [Run(url)]
            segments.append(Segment(runs, "url", icon="web" if icons else None))
    if not combine:
        return [Line([s], pt) for s in segments]
    separator = rng.choice(["   ", "  |  ", "  ·  ", "  •  ", "  /  "])
    lines = []
    phones, rest = segments[:phone_count], segments[phone_count:]
    for chunk in ([phones] if len(phones) <= 2 else [phones[:2], phones[2:]]):
        if chunk:
            lines.append(Line(chunk, pt, separator))
    if len(rest) == 2 and rng.random() < 0.6:
        lines.append(Line(rest, pt, separator))
    else:
        lines += [Line([s], pt) for s in rest]
    return lines


def address_lines(rng: random.Random, office: Office, index: int, pt: float, one_line: bool,
                  icons: bool) -> list[Line]:
    icon = "address" if icons else None
    if one_line:
        joiner = rng.choice([", ", ", ", "  ·  ", "  |  ", " - "])
        if joiner in (" - ",):
            joiner = ", "
        return [Line([Segment([Run(joiner.join(office.address_lines))], "address", icon=icon, office=index)], pt)]
    return [Line([Segment([Run(text)], "address", icon=icon if i == 0 else None, office=index)], pt)
            for i, text in enumerate(office.address_lines)]


def identity_block(person: Person, index: int, style: Style, scale: float) -> Block:
    name_weight = "bold" if style.display.bold else "regular"
    lines = [Line([Segment([Run(cased(person.name, style.name_case), weight=name_weight, family="display",
                                color="accent" if style.name_case == "smallcaps" or scale > 1.0 else "text",
                                smallcaps=style.name_case == "smallcaps")], "name", person=index)],
                  pt=11.5 * scale, tracking=style.name_tracking)]
    if person.title:
        lines.append(Line([Segment([Run(cased(person.title, style.title_case),
                                        weight="italic" if style.title_italic and style.title_case == "as_is"
                                        else "regular", color="muted")], "title", person=index)],
                          pt=7.8 * min(scale, 1.1)))
    if person.department:
        lines.append(Line([Segment([Run(person.department, color="muted")], "department", person=index)],
                          pt=7.2 * min(scale, 1.1)))
    return Block(lines, gap_after_pt=4)


def logo_block(rng: random.Random, content: CardContent, style: Style, big: bool) -> Block:
    lines = []
    if not content.company_in_logo_only and content.company:
        weight = rng.choice(["bold", "bold", "regular", "light"])
        lines.append(Line([Segment([Run(cased(content.company, style.company_case), weight=weight, family="display",
                                        color=rng.choice(["accent", "text"]))], "company")],
                          pt=rng.uniform(13, 20) if big else rng.uniform(9, 13), tracking=style.company_tracking))
    if content.tagline and rng.random() < 0.7:
        lines.append(Line([Segment([Run(content.tagline, weight="italic" if style.body.italic else "light",
                                        color="muted")], "tagline")], pt=6.8))
    return Block(lines, gap_after_pt=3)


# ---------------------------------------------------------------- templates

LANDSCAPE_TEMPLATES = ("classic", "centered", "two_column", "logo_block", "top_band", "bottom_band",
                       "right_identity", "name_first", "dense")
PORTRAIT_TEMPLATES = ("vertical_center", "vertical_left")


@dataclass
class Design:
    template: str
    regions: list[Region]
    mark: tuple[str, tuple[float, float, float, float]] | None   # logo shape and its box (fractions)
    bands: list[tuple[float, float, float, float]]               # fractions of the full card
    rules: list[tuple[float, float, float, float]]
    diagonal: bool


def build_design(rng: random.Random, content: CardContent, style: Style, portrait: bool) -> Design:
    people = content.people
    multi_office = len(content.offices) > 1
    template = rng.choice(PORTRAIT_TEMPLATES) if portrait else rng.choice(LANDSCAPE_TEMPLATES)
    if multi_office and not portrait:
        template = "multi_office"
    combine = template in ("centered", "bottom_band", "vertical_center") or rng.random() < 0.15
    contact_pt = rng.uniform(6.3, 8.2)
    icons = any(p.icon for p in content.all_phones())
    one_line_address = template in ("centered", "bottom_band") or rng.random() < 0.25

    identity = [identity_block(p, i, style, 1.0 if len(people) == 1 else 0.85) for i, p in enumerate(people)]
    big_logo = template in ("logo_block", "top_band", "centered", "vertical_center", "vertical_left") or rng.random() < 0.3
    logo = logo_block(rng, content, style, big_logo)
    contacts: list[Line] = []
    for i, person in enumerate(people):
        contacts += contact_lines(rng, content, person, i, style, contact_pt, combine, with_urls=(i == len(people) - 1))
    if not people:
        contacts += contact_lines(rng, content, None, None, style, contact_pt, combine, with_urls=True)
    contact = Block(contacts, gap_after_pt=2)
    address = Block([])
    if content.offices and not multi_office:
        office = content.offices[0]
        address.lines += address_lines(rng, office, 0, contact_pt * rng.uniform(0.92, 1.0), one_line_address, icons)
        address.lines += [Line([phone_segment(p, style, None, 0)], contact_pt) for p in office.phones]
    other = Block([Line([Segment([Run(t, color="muted")], "other")], contact_pt * 0.9) for t in content.other_lines])

    has_mark = content.company_in_logo_only or rng.random() < 0.45
    mark_shape = rng.choice(["initials_circle", "initials_square", "rings", "triangle", "bars", "hexagon",
                             "initials_plain", "diamond"])
    if content.company_in_logo_only and mark_shape.startswith("initials"):
        mark_shape = rng.choice(["rings", "triangle", "bars", "hexagon", "diamond"])
    bands: list[tuple[float, float, float, float]] = []
    rules: list[tuple[float, float, float, float]] = []
    mark = None
    diagonal = False

    def R(box, h, v, blocks, on_band=False):
        return Region(box, h, v, [b for b in blocks if b.lines], on_band, card_space=on_band)

    if template == "classic":
        mark_box = (0.0, 0.0, 0.16, 0.28)
        logo_x = 0.19 if has_mark else 0.0
        regions = [R((logo_x, 0.0, 1.0, 0.28), "left", "center", [logo]),
                   R((0.0, 0.33, 0.6, 0.62), "left", "center", identity),
                   R((0.5, 0.64, 1.0, 1.0), "right", "bottom", [contact]),
                   R((0.0, 0.66, 0.48, 1.0), "left", "bottom", [address, other])]
        mark = (mark_shape, mark_box) if has_mark else None
    elif template == "centered":
        regions = [R((0.0, 0.0, 1.0, 0.3), "center", "top", [logo]),
                   R((0.0, 0.32, 1.0, 0.6), "center", "center", identity),
                   R((0.0, 0.63, 1.0, 1.0), "center", "bottom", [contact, address, other])]
        if has_mark and not logo.lines:
            mark = (mark_shape, (0.42, 0.0, 0.58, 0.28))
        if rng.random() < 0.5:
            rules.append((0.35, 0.615, 0.65, 0.615))
    elif template == "two_column":
        split = rng.uniform(0.45, 0.55)
        regions = [R((0.0, 0.0, split - 0.04, 0.35), "left", "top", [logo]),
                   R((0.0, 0.4, split - 0.04, 1.0), "left", "bottom", identity),
                   R((split + 0.04, 0.0, 1.0, 1.0), rng.choice(["left", "right"]), "center", [contact, address, other])]
        if rng.random() < 0.6:
            rules.append((split, 0.12, split, 0.88))
    elif template == "logo_block":
        split = rng.uniform(0.3, 0.4)
        regions = [R((0.02, 0.5, split - 0.02, 0.95), "center", "top", [logo], on_band=True),
                   R((split + 0.05, 0.0, 1.0, 0.45), "left", "top", identity),
                   R((split + 0.05, 0.5, 1.0, 1.0), "left", "bottom", [contact, address, other])]
        bands.append((0.0, 0.0, split, 1.0))
        mark = (mark_shape, (split * 0.25 - 0.05, 0.06, split * 0.75 - 0.05, 0.42))
    elif template == "top_band":
        regions = [R((0.04, 0.02, 0.96, 0.28), rng.choice(["left", "center"]), "center", [logo], on_band=True),
                   R((0.0, 0.34, 0.6, 0.66), "left", "center", identity),
                   R((0.0, 0.66, 0.46, 1.0), "left", "bottom", [address, other]),
                   R((0.48, 0.64, 1.0, 1.0), "right", "bottom", [contact])]
        bands.append((0.0, 0.0, 1.0, 0.3))
    elif template == "bottom_band":
        band_top = 0.7 if len(contact.lines) + len(address.lines) <= 3 else 0.6
        regions = [R((0.0, 0.0, 0.45, 0.4), "left", "top", [logo]),
                   R((0.5, 0.0, 1.0, band_top - 0.1), "right", "center", identity),
                   R((0.03, band_top + 0.02, 0.97, 0.99), "center", "center", [contact, address, other], on_band=True)]
        bands.append((0.0, band_top, 1.0, 1.0))
        if has_mark:
            mark = (mark_shape, (0.0, 0.4, 0.12, band_top - 0.12))
    elif template == "right_identity":
        regions = [R((0.0, 0.0, 0.45, 0.3), "left", "top", [logo]),
                   R((0.5, 0.05, 1.0, 0.55), "right", "top", identity),
                   R((0.0, 0.58, 0.85, 1.0), "left", "bottom", [contact, address, other])]
        diagonal = rng.random() < 0.6
    elif template == "name_first":
        regions = [R((0.0, 0.0, 0.7, 0.4), "left", "top", identity),
                   R((0.0, 0.45, 0.64, 1.0), "left", "bottom", [contact, address, other]),
                   R((0.62, 0.55, 1.0, 1.0), "right", "bottom", [logo])]
        if has_mark:
            mark = (mark_shape, (0.8, 0.0, 1.0, 0.33))
    elif template == "dense":
        half = len(contact.lines) // 2 + len(contact.lines) % 2
        regions = [R((0.0, 0.0, 0.55, 0.34), "left", "top", identity),
                   R((0.58, 0.0, 1.0, 0.3), "right", "top", [logo]),
                   R((0.0, 0.4, 0.48, 0.8), "left", "top", [Block(contact.lines[:half])]),
                   R((0.52, 0.4, 1.0, 0.8), "left", "top", [Block(contact.lines[half:])]),
                   R((0.0, 0.82, 1.0, 1.0), "left", "bottom", [address, other])]
        rules.append((0.0, 0.37, 1.0, 0.37))
    elif template == "multi_office":
        regions = [R((0.0, 0.0, 0.5, 0.3), "left", "top", [logo]),
                   R((0.5, 0.0, 1.0, 0.38), "right", "top", identity + [contact])]
        n = len(content.offices)
        width = 1.0 / n
        for i, office in enumerate(content.offices):
            lines = []
            if office.heading:
                lines.append(Line([Segment([Run(office.heading, weight="bold", color="accent")], "other", office=i)],
                                  contact_pt))
            lines += address_lines(rng, office, i, contact_pt, False, False)
            lines += [Line([phone_segment(p, style, None, i)], contact_pt) for p in office.phones]
            regions.append(R((i * width, 0.48, (i + 1) * width - 0.03, 1.0), "left", "bottom", [Block(lines)]))
        regions.append(R((0.0, 0.3, 0.5, 0.45), "left", "center", [other]))
        rules.append((0.0, 0.44, 1.0, 0.44))
    elif template == "vertical_center":
        regions = [R((0.0, 0.0, 1.0, 0.3), "center", "center", [logo]),
                   R((0.0, 0.33, 1.0, 0.55), "center", "center", identity),
                   R((0.0, 0.6, 1.0, 1.0), "center", "bottom", [contact, address, other])]
        if has_mark:
            mark = (mark_shape, (0.35, 0.0, 0.65, 0.12))
            regions[0].box = (0.0, 0.13, 1.0, 0.3)
    else:  # vertical_left
        regions = [R((0.0, 0.0, 1.0, 0.25), "left", "top", [logo]),
                   R((0.0, 0.3, 1.0, 0.52), "left", "center", identity),
                   R((0.0, 0.56, 1.0, 1.0), "left", "bottom", [contact, address, other])]
        if rng.random() < 0.5:
            bands.append((0.0, 0.0, 0.06, 1.0))

    if len(identity) == 2:
        # Two people share a card side by side when there is room, as couples' and partners' cards do.
        for position, region in enumerate(regions):
            x0, y0, x1, y1 = region.box
            if region.blocks == identity and x1 - x0 >= 0.55:
                middle = (x0 + x1) / 2
                regions[position:position + 1] = [
                    Region((x0, y0, middle - 0.03, y1), region.halign, region.valign, [identity[0]]),
                    Region((middle + 0.03, y0, x1, y1), region.halign, region.valign, [identity[1]])]
                break

    if content.company_in_logo_only and mark is None:
        # The only trace of the company is its logo, so the logo must be drawn.
        logo_region = next((r for r in regions if logo in r.blocks), None)
        if logo_region is None or logo_region.card_space:
            # Keep the mark clear of text on a band: drop the band's words, the mark stands alone.
            if logo_region is not None:
                regions.remove(logo_region)
            corner_x, corner_y = rng.choice([(0.0, 0.0), (0.85, 0.0), (0.85, 0.8), (0.0, 0.8)])
            mark = (mark_shape, (corner_x, corner_y, corner_x + 0.15, corner_y + 0.2))
        else:
            x0, y0, x1, y1 = logo_region.box
            side = min(0.3, y1 - y0)
            mark = (mark_shape, (x0, y0, x0 + side * 0.65, y0 + side))
            logo_region.box = (x0 + side * 0.75, y0, max(x1, x0 + side * 0.75 + 0.2), y1)

    mirror = template in ("classic", "name_first", "right_identity", "two_column") and rng.random() < 0.35
    if mirror:
        flip = {"left": "right", "right": "left", "center": "center"}
        for region in regions:
            x0, y0, x1, y1 = region.box
            region.box = (1 - x1, y0, 1 - x0, y1)
            region.halign = flip[region.halign]
        if mark:
            x0, y0, x1, y1 = mark[1]
            mark = (mark[0], (1 - x1, y0, 1 - x0, y1))
    return Design(template, regions, mark, bands, rules, diagonal)


# ---------------------------------------------------------------- drawing

class CardCanvas:
    def __init__(self, size_px: tuple[int, int], dpi: float, style: Style, margin_px: int, min_pt: float):
        self.min_pt = min_pt
        self.image = Image.new("RGB", size_px, style.colors["paper"])
        self.draw = ImageDraw.Draw(self.image)
        self.dpi = dpi
        self.style = style
        self.margin = margin_px
        self.lines: list[DrawnLine] = []
        self.group = 0

    def px(self, pt: float) -> int:
        return max(6, round(pt * self.dpi / 72.0))

    def family(self, which: str) -> Family:
        return self.style.display if which == "display" else self.style.body

    def font_for(self, run: Run, size: int):
        weight = run.weight
        family = self.family(run.family)
        if weight == "italic" and not family.italic:
            weight = "regular"
        return face_path(family, weight), load_font(face_path(family, weight), size)

    # --- measuring

    def run_chars(self, run: Run, size: int):
        """(char, font_path, font) pieces; small caps become upper case at a smaller size."""
        path, font = self.font_for(run, size)
        if not run.smallcaps:
            return [(run.text, path, font)]
        small = load_font(path, max(5, round(size * 0.78)))
        return [(ch.upper(), path, small if ch.islower() else font) for ch in run.text]

    def segment_width(self, segment: Segment, size: int, tracking_px: float) -> float:
        width = 0.0
        for run in segment.runs:
            for text, _, font in self.run_chars(run, size):
                if tracking_px:
                    width += sum(font.getlength(ch) + tracking_px for ch in text)
                else:
                    width += font.getlength(text)
        if segment.icon:
            width += size * 1.25
        return width

    def line_metrics(self, line: Line, scale: float) -> tuple[int, float, float, int]:
        """Size in px, width, height and ascent of a line at a region scale."""
        size = self.px(line.pt * scale)
        tracking_px = line.tracking * size
        sep_font = load_font(face_path(self.style.body, "regular"), size)
        width = sum(self.segment_width(s, size, tracking_px) for s in line.segments)
        width += sep_font.getlength(line.separator) * (len(line.segments) - 1)
        ascent, descent = self.font_for(line.segments[0].runs[-1], size)[1].getmetrics()
        return size, width, (ascent + descent) * self.style.leading, ascent

    # --- regions

    def layout_region(self, region: Region, inner: tuple[int, int, int, int]) -> None:
        ix0, iy0, ix1, iy1 = inner
        if region.card_space:
            # Text on a band is placed relative to the band, which is in whole-card fractions.
            pad = self.margin * 0.45
            ix0, iy0 = pad, pad
            ix1, iy1 = self.image.width - pad, self.image.height - pad
        w, h = ix1 - ix0, iy1 - iy0
        x0, y0 = ix0 + region.box[0] * w, iy0 + region.box[1] * h
        x1, y1 = ix0 + region.box[2] * w, iy0 + region.box[3] * h
        lines = [(line, block) for block in region.blocks for line in block.lines]
        if not lines:
            return
        scale = 1.0
        # Printers rarely go below ~5.5 pt: past that, let the text run a little beyond its region.
        floor = min(1.0, self.min_pt / min(line.pt for line, _ in lines))
        for _ in range(8):
            total_h, max_w = self.region_extent(region, scale)
            if (total_h <= (y1 - y0) and max_w <= (x1 - x0)) or scale <= floor:
                break
            scale = max(floor, scale * min(0.97, max(0.55, min((y1 - y0) / total_h, (x1 - x0) / max_w))))
        total_h, _ = self.region_extent(region, scale)
        if region.valign == "top":
            y = y0
        elif region.valign == "bottom":
            y = y1 - total_h
        else:
            y = y0 + ((y1 - y0) - total_h) / 2
        y = max(y, self.margin * 0.4)
        for block in region.blocks:
            for line in block.lines:
                size, width, height, ascent = self.line_metrics(line, scale)
                if region.halign == "left":
                    x = x0
                elif region.halign == "right":
                    x = x1 - width
                else:
                    x = x0 + ((x1 - x0) - width) / 2
                self.draw_line(line, x, y + ascent, size, line.pt * scale, region.on_band)
                y += height
            y += self.px(block.gap_after_pt * scale)

    def region_extent(self, region: Region, scale: float) -> tuple[float, float]:
        total_h, max_w = 0.0, 0.0
        for block in region.blocks:
            for line in block.lines:
                _, width, height, _ = self.line_metrics(line, scale)
                total_h += height
                max_w = max(max_w, width)
            total_h += self.px(block.gap_after_pt * scale)
        return total_h, max_w

    # --- text

    def color(self, name: str, on_band: bool) -> tuple[int, int, int]:
        if on_band:
            return self.style.colors["band_text"]
        return self.style.colors[name]

    def draw_line(self, line: Line, x: float, baseline: float, size: int, pt: float, on_band: bool) -> None:
        tracking_px = line.tracking * size
        sep_font = load_font(face_path(self.style.body, "regular"), size)
        group = self.group
        self.group += 1
        for index, segment in enumerate(line.segments):
            if index:
                self.draw.text((x, baseline), line.separator, font=sep_font, anchor="ls",
                               fill=self.color("muted", on_band))
                x += sep_font.getlength(line.separator)
            if segment.icon:
                draw_icon(self.draw, segment.icon, x, baseline, size, self.color("accent", on_band),
                          self.style.colors["paper"] if not on_band else self.style.colors["band"],
                          self.style.icon_style)
                x += size * 1.25
            box = None
            fonts_used = []
            for run in segment.runs:
                fill = self.color(run.color, on_band)
                for text, path, font in self.run_chars(run, size):
                    fonts_used.append(path)
                    if tracking_px:
                        for ch in text:
                            box = union(box, self.draw.textbbox((x, baseline), ch, font=font, anchor="ls"))
                            self.draw.text((x, baseline), ch, font=font, anchor="ls", fill=fill)
                            x += font.getlength(ch) + tracking_px
                    else:
                        box = union(box, self.draw.textbbox((x, baseline), text, font=font, anchor="ls"))
                        self.draw.text((x, baseline), text, font=font, anchor="ls", fill=fill)
                        x += font.getlength(text)
            if box is None or box[2] <= box[0]:
                continue
            style = []
            if any(r.smallcaps for r in segment.runs):
                style.append("smallcaps")
            if tracking_px:
                style.append("letterspaced")
            if segment.text.isupper():
                style.append("upper")
            main_font = fonts_used[-1]
            self.lines.append(DrawnLine(
                text=segment.text.upper() if "smallcaps" in style else segment.text, label=segment.label,
                box=tuple(int(round(v)) for v in box), font=font_name(main_font), font_size_px=size,
                font_size_pt=round(pt, 2), group=group, person=segment.person, office=segment.office,
                icon=segment.icon, style=style))


def union(a, b):
    if a is None:
        return b
    if b[2] <= b[0]:
        return a
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


# ---------------------------------------------------------------- icons and marks

def draw_icon(draw: ImageDraw.ImageDraw, kind: str, x: float, baseline: float, size: int,
              color, paper, icon_style: str) -> None:
    """Small pictograms drawn as shapes, the way card designers mark phone, mail and web."""
    s = size * 0.8
    cx, cy = x + s / 2, baseline - size * 0.33
    fg = color
    if icon_style == "disc":
        draw.ellipse((cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2), fill=color)
        fg = paper
        s *= 0.62
    lw = max(1, int(s / 9))
    if kind in ("work", "phone"):
        draw.arc((cx - s * 0.45, cy - s * 0.45, cx + s * 0.45, cy + s * 0.45), 100, 260, fill=fg, width=max(2, int(s / 4)))
        draw.ellipse((cx - s * 0.1 - s * 0.18, cy - s * 0.5, cx - s * 0.1 + s * 0.12, cy - s * 0.22), fill=fg)
        draw.ellipse((cx - s * 0.1 - s * 0.18, cy + s * 0.22, cx - s * 0.1 + s * 0.12, cy + s * 0.5), fill=fg)
    elif kind == "mobile":
        draw.rounded_rectangle((cx - s * 0.28, cy - s * 0.48, cx + s * 0.28, cy + s * 0.48), radius=s * 0.08,
                               outline=fg, width=lw)
        draw.ellipse((cx - s * 0.05, cy + s * 0.3, cx + s * 0.05, cy + s * 0.4), fill=fg)
    elif kind == "fax":
        draw.rectangle((cx - s * 0.45, cy - s * 0.1, cx + s * 0.45, cy + s * 0.35), outline=fg, width=lw)
        draw.rectangle((cx - s * 0.28, cy - s * 0.48, cx + s * 0.28, cy - s * 0.1), outline=fg, width=lw)
    elif kind == "email":
        draw.rectangle((cx - s * 0.48, cy - s * 0.32, cx + s * 0.48, cy + s * 0.32), outline=fg, width=lw)
        draw.line((cx - s * 0.48, cy - s * 0.32, cx, cy + s * 0.05, cx + s * 0.48, cy - s * 0.32), fill=fg, width=lw)
    elif kind == "web":
        draw.ellipse((cx - s * 0.46, cy - s * 0.46, cx + s * 0.46, cy + s * 0.46), outline=fg, width=lw)
        draw.ellipse((cx - s * 0.2, cy - s * 0.46, cx + s * 0.2, cy + s * 0.46), outline=fg, width=lw)
        draw.line((cx - s * 0.46, cy, cx + s * 0.46, cy), fill=fg, width=lw)
    elif kind == "address":
        draw.ellipse((cx - s * 0.3, cy - s * 0.5, cx + s * 0.3, cy + s * 0.1), fill=fg)
        draw.polygon([(cx - s * 0.26, cy - s * 0.05), (cx + s * 0.26, cy - s * 0.05), (cx, cy + s * 0.5)], fill=fg)
        draw.ellipse((cx - s * 0.1, cy - s * 0.3, cx + s * 0.1, cy - s * 0.1), fill=paper)


def initials_of(content: CardContent) -> str:
    name = LEGAL_TAIL.sub("", content.company or "") or content.domain.split(".")[0]
    words = [w for w in re.split(r"[\s&,-]+", name) if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper() or content.domain[:2].upper()


def draw_mark(canvas: CardCanvas, rng: random.Random, content: CardContent, shape: str,
              box: tuple[int, int, int, int], on_band: bool) -> None:
    """A logo: abstract shapes, or initials, which the line file labels "other"."""
    draw = canvas.draw
    x0, y0, x1, y1 = box
    side = min(x1 - x0, y1 - y0)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    color = canvas.color("accent", on_band)
    paper = canvas.style.colors["band"] if on_band else canvas.style.colors["paper"]
    h = side / 2
    if shape == "rings":
        for k in range(3):
            r = h * (1 - k * 0.28)
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=color, width=max(2, int(side / 14)))
    elif shape == "triangle":
        draw.polygon([(cx, cy - h), (cx + h, cy + h * 0.8), (cx - h, cy + h * 0.8)], fill=color)
        draw.polygon([(cx, cy - h * 0.2), (cx + h * 0.45, cy + h * 0.6), (cx - h * 0.45, cy + h * 0.6)], fill=paper)
    elif shape == "bars":
        for k in range(4):
            bh = h * (0.5 + 0.5 * k / 3) * 2
            bx = cx - h + k * h * 0.52
            draw.rectangle((bx, cy + h - bh, bx + h * 0.36, cy + h), fill=color)
    elif shape == "hexagon":
        pts = [(cx + h * math.cos(math.pi / 3 * k + math.pi / 6), cy + h * math.sin(math.pi / 3 * k + math.pi / 6))
               for k in range(6)]
        draw.polygon(pts, fill=color)
    elif shape == "diamond":
        draw.polygon([(cx, cy - h), (cx + h, cy), (cx, cy + h), (cx - h, cy)], fill=color)
        draw.polygon([(cx, cy - h * 0.4), (cx + h * 0.4, cy), (cx, cy + h * 0.4), (cx - h * 0.4, cy)], fill=paper)
    else:
        letters = initials_of(content)
        fill_text = color
        if shape == "initials_circle":
            draw.ellipse((cx - h, cy - h, cx + h, cy + h), fill=color)
            fill_text = paper
        elif shape == "initials_square":
            draw.rounded_rectangle((cx - h, cy - h, cx + h, cy + h), radius=h * 0.2, fill=color)
            fill_text = paper
        family = canvas.style.display
        path = face_path(family, "bold")
        size = max(8, int(side * (0.42 if len(letters) > 1 else 0.6)))
        font = load_font(path, size)
        bbox = draw.textbbox((cx, cy), letters, font=font, anchor="mm")
        draw.text((cx, cy), letters, font=font, anchor="mm", fill=fill_text)
        canvas.lines.append(DrawnLine(letters, "other", tuple(int(round(v)) for v in bbox), font_name(path), size,
                                      round(size * 72 / canvas.dpi, 2), canvas.group, None, None, None, ["logo"]))
        canvas.group += 1


# ---------------------------------------------------------------- entry point

@dataclass
class FlatCard:
    image: Image.Image
    lines: list[DrawnLine]
    dpi: float
    template: str
    portrait: bool
    mark_box: tuple[int, int, int, int] | None = None


def render_card(rng: random.Random, content: CardContent, attempts: int = 5) -> FlatCard:
    """Design and draw the card; a design whose text collides or runs off the card is redrawn.

    Retries draw on the same generator, so the result is still fixed by the seed.
    """
    card = None
    for attempt in range(attempts):
        # The last try may set type smaller than printers like rather than overprint.
        card = render_once(rng, content, min_pt=5.5 if attempt < attempts - 1 else 3.0)
        if not collisions(card):
            return card
    return card


def collisions(card: FlatCard) -> bool:
    width, height = card.image.size
    boxes = [line.box for line in card.lines]
    if card.mark_box and not any("logo" in line.style for line in card.lines):
        boxes.append(card.mark_box)      # a text-free logo must not sit on text either
    for x0, y0, x1, y1 in boxes:
        if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
            return True
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))
            if overlap > 0.1 * min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])):
                return True
    return False


def render_once(rng: random.Random, content: CardContent, min_pt: float) -> FlatCard:
    style = pick_style(rng)
    portrait = rng.random() < 0.12 and len(content.offices) <= 1   # offices sit side by side
    width_mm, height_mm = rng.choice([(85, 55), (88.9, 50.8), (90, 50), (90, 55), (85, 54)])
    if portrait:
        width_mm, height_mm = height_mm, width_mm
    dpi = rng.choice([300, 300, 350, 400, 450, 600]) if rng.random() < 0.9 else 600
    size = (round(width_mm / MM_PER_INCH * dpi), round(height_mm / MM_PER_INCH * dpi))
    margin = round(rng.uniform(0.05, 0.085) * min(size) * (1.4 if not portrait else 1.0))
    canvas = CardCanvas(size, dpi, style, margin, min_pt)
    design = build_design(rng, content, style, portrait)

    w, h = size
    if design.diagonal:
        tint = tuple(int(p * 0.82 + a * 0.18) for p, a in zip(style.colors["paper"], style.colors["band"]))
        canvas.draw.polygon([(0, 0), (w * 0.55, 0), (w * 0.3, h), (0, h)], fill=tint)
    for bx0, by0, bx1, by1 in design.bands:
        canvas.draw.rectangle((bx0 * w, by0 * h, bx1 * w, by1 * h), fill=style.colors["band"])
    inner = (margin, margin, w - margin, h - margin)
    iw, ih = w - 2 * margin, h - 2 * margin
    for rx0, ry0, rx1, ry1 in design.rules:
        canvas.draw.line((margin + rx0 * iw, margin + ry0 * ih, margin + rx1 * iw, margin + ry1 * ih),
                         fill=style.colors["muted"], width=max(1, round(dpi / 200)))
    mark_box = None
    if design.mark:
        shape, (mx0, my0, mx1, my1) = design.mark
        on_band = design.template == "logo_block"
        box = (margin + mx0 * iw, margin + my0 * ih, margin + mx1 * iw, margin + my1 * ih)
        draw_mark(canvas, rng, content, shape, box, on_band)
        side = min(box[2] - box[0], box[3] - box[1]) / 2
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        mark_box = (int(cx - side), int(cy - side), int(cx + side), int(cy + side))
    for region in design.regions:
        canvas.layout_region(region, inner)
    return FlatCard(canvas.image, canvas.lines, dpi, design.template, portrait, mark_box)
