"""The fonts cards are set in, from Debian font packages that training/setup.sh installs.

A card uses one or two families; each family offers the weights a designer
would reach for (regular, bold, light, italic).  Families whose files are
missing are skipped, so a partly provisioned machine still works.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONT_ROOTS = (Path("/usr/share/fonts"), Path("/usr/share/texmf/fonts"))


@dataclass(frozen=True)
class Family:
    name: str
    package: str
    kind: str                      # sans | serif | condensed | display | script | mono
    regular: str
    bold: str | None = None
    light: str | None = None
    italic: str | None = None


FAMILIES: tuple[Family, ...] = (
    Family("DejaVu Sans", "fonts-dejavu-core", "sans", "truetype/dejavu/DejaVuSans.ttf",
           "truetype/dejavu/DejaVuSans-Bold.ttf", None, "truetype/dejavu/DejaVuSans-Oblique.ttf"),
    Family("DejaVu Sans Condensed", "fonts-dejavu-core", "condensed", "truetype/dejavu/DejaVuSansCondensed.ttf",
           "truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    Family("DejaVu Serif", "fonts-dejavu-core", "serif", "truetype/dejavu/DejaVuSerif.ttf",
           "truetype/dejavu/DejaVuSerif-Bold.ttf", None, "truetype/dejavu/DejaVuSerif-Italic.ttf"),
    Family("Liberation Sans", "fonts-liberation2", "sans", "truetype/liberation2/LiberationSans-Regular.ttf",
           "truetype/liberation2/LiberationSans-Bold.ttf", None, "truetype/liberation2/LiberationSans-Italic.ttf"),
    Family("Liberation Serif", "fonts-liberation2", "serif", "truetype/liberation2/LiberationSerif-Regular.ttf",
           "truetype/liberation2/LiberationSerif-Bold.ttf", None, "truetype/liberation2/LiberationSerif-Italic.ttf"),
    Family("Roboto", "fonts-roboto-unhinted", "sans", "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
           "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf", "truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
           "truetype/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf"),
    Family("Open Sans", "fonts-open-sans", "sans", "truetype/open-sans/OpenSans-Regular.ttf",
           "truetype/open-sans/OpenSans-Bold.ttf", "truetype/open-sans/OpenSans-Light.ttf",
           "truetype/open-sans/OpenSans-Italic.ttf"),
    Family("Open Sans Condensed", "fonts-open-sans", "condensed", "truetype/open-sans/OpenSans-CondLight.ttf",
           "truetype/open-sans/OpenSans-CondBold.ttf"),
    Family("Lato", "fonts-lato", "sans", "truetype/lato/Lato-Regular.ttf", "truetype/lato/Lato-Bold.ttf",
           "truetype/lato/Lato-Light.ttf", "truetype/lato/Lato-Italic.ttf"),
    Family("Carlito", "fonts-crosextra-carlito", "sans", "truetype/crosextra/Carlito-Regular.ttf",
           "truetype/crosextra/Carlito-Bold.ttf", None, "truetype/crosextra/Carlito-Italic.ttf"),
    Family("Caladea", "fonts-crosextra-caladea", "serif", "truetype/crosextra/Caladea-Regular.ttf",
           "truetype/crosextra/Caladea-Bold.ttf", None, "truetype/crosextra/Caladea-Italic.ttf"),
    Family("Arimo", "fonts-croscore", "sans", "truetype/croscore/Arimo-Regular.ttf",
           "truetype/croscore/Arimo-Bold.ttf", None, "truetype/croscore/Arimo-Italic.ttf"),
    Family("Tinos", "fonts-croscore", "serif", "truetype/croscore/Tinos-Regular.ttf",
           "truetype/croscore/Tinos-Bold.ttf", None, "truetype/croscore/Tinos-Italic.ttf"),
    Family("Noto Sans", "fonts-noto-core", "sans", "truetype/noto/NotoSans-Regular.ttf",
           "truetype/noto/NotoSans-Bold.ttf", None, "truetype/noto/NotoSans-Italic.ttf"),
    Family("Noto Serif", "fonts-noto-core", "serif", "truetype/noto/NotoSerif-Regular.ttf",
           "truetype/noto/NotoSerif-Bold.ttf", None, "truetype/noto/NotoSerif-Italic.ttf"),
    Family("Nimbus Sans", "fonts-urw-base35", "sans", "opentype/urw-base35/NimbusSans-Regular.otf",
           "opentype/urw-base35/NimbusSans-Bold.otf", None, "opentype/urw-base35/NimbusSans-Italic.otf"),
    Family("Nimbus Sans Narrow", "fonts-urw-base35", "condensed", "opentype/urw-base35/NimbusSansNarrow-Regular.otf",
           "opentype/urw-base35/NimbusSansNarrow-Bold.otf"),
    Family("Nimbus Roman", "fonts-urw-base35", "serif", "opentype/urw-base35/NimbusRoman-Regular.otf",
           "opentype/urw-base35/NimbusRoman-Bold.otf", None, "opentype/urw-base35/NimbusRoman-Italic.otf"),
    Family("URW Gothic", "fonts-urw-base35", "display", "opentype/urw-base35/URWGothic-Book.otf",
           "opentype/urw-base35/URWGothic-Demi.otf"),
    Family("URW Bookman", "fonts-urw-base35", "serif", "opentype/urw-base35/URWBookman-Light.otf",
           "opentype/urw-base35/URWBookman-Demi.otf"),
    Family("C059", "fonts-urw-base35", "serif", "opentype/urw-base35/C059-Roman.otf",
           "opentype/urw-base35/C059-Bold.otf", None, "opentype/urw-base35/C059-Italic.otf"),
    Family("P052", "fonts-urw-base35", "serif", "opentype/urw-base35/P052-Roman.otf",
           "opentype/urw-base35/P052-Bold.otf", None, "opentype/urw-base35/P052-Italic.otf"),
    # Debian's EBGaramond12-Bold has no accented letters, so the family is used without bold.
    Family("EB Garamond", "fonts-ebgaramond", "serif", "opentype/ebgaramond/EBGaramond12-Regular.otf",
           None, None, "opentype/ebgaramond/EBGaramond12-Italic.otf"),
    Family("TeX Gyre Heros", "fonts-texgyre", "sans", "opentype/public/tex-gyre/texgyreheros-regular.otf",
           "opentype/public/tex-gyre/texgyreheros-bold.otf"),
    Family("TeX Gyre Adventor", "fonts-texgyre", "display", "opentype/public/tex-gyre/texgyreadventor-regular.otf",
           "opentype/public/tex-gyre/texgyreadventor-bold.otf"),
    Family("TeX Gyre Pagella", "fonts-texgyre", "serif", "opentype/public/tex-gyre/texgyrepagella-regular.otf",
           "opentype/public/tex-gyre/texgyrepagella-bold.otf"),
    Family("Cantarell", "fonts-cantarell", "sans", "opentype/cantarell/Cantarell-Regular.otf",
           "opentype/cantarell/Cantarell-Bold.otf", "opentype/cantarell/Cantarell-Light.otf"),
    Family("Gentium", "fonts-sil-gentium", "serif", "truetype/gentium/Gentium-R.ttf", None, None,
           "truetype/gentium/Gentium-I.ttf"),
    Family("Linux Libertine", "fonts-linuxlibertine", "serif", "opentype/linux-libertine/LinLibertine_R.otf",
           "opentype/linux-libertine/LinLibertine_RB.otf", None, "opentype/linux-libertine/LinLibertine_RI.otf"),
    Family("Linux Biolinum", "fonts-linuxlibertine", "sans", "opentype/linux-libertine/LinBiolinum_R.otf",
           "opentype/linux-libertine/LinBiolinum_RB.otf", None, "opentype/linux-libertine/LinBiolinum_RI.otf"),
    Family("Inter", "fonts-inter", "sans", "opentype/inter/Inter-Regular.otf", "opentype/inter/Inter-Bold.otf",
           "opentype/inter/Inter-Light.otf", "opentype/inter/Inter-Italic.otf"),
    Family("Comfortaa", "fonts-comfortaa", "display", "truetype/comfortaa/Comfortaa-Regular.ttf",
           "truetype/comfortaa/Comfortaa-Bold.ttf", "truetype/comfortaa/Comfortaa-Light.ttf"),
    Family("Quicksand", "fonts-quicksand", "display", "truetype/quicksand/Quicksand-Regular.ttf",
           "truetype/quicksand/Quicksand-Bold.ttf", "truetype/quicksand/Quicksand-Light.ttf"),
    Family("PT Sans", "fonts-paratype", "sans", "truetype/paratype/PTS55F.ttf", "truetype/paratype/PTS75F.ttf",
           None, "truetype/paratype/PTS56F.ttf"),
    Family("PT Sans Narrow", "fonts-paratype", "condensed", "truetype/paratype/PTN57F.ttf",
           "truetype/paratype/PTN77F.ttf"),
    Family("PT Serif", "fonts-paratype", "serif", "truetype/paratype/PTF55F.ttf", "truetype/paratype/PTF75F.ttf",
           None, "truetype/paratype/PTF56F.ttf"),
    Family("Cabin", "fonts-cabin", "sans", "opentype/cabin/Cabin-Regular.otf", "opentype/cabin/Cabin-Bold.otf",
           None, "opentype/cabin/Cabin-Italic.otf"),
    Family("Jura", "fonts-jura", "display", "opentype/jura/Jura-Regular.otf", "opentype/jura/Jura-Bold.otf",
           "opentype/jura/Jura-Light.otf"),
    Family("League Spartan", "fonts-league-spartan", "display", "opentype/league-spartan/LeagueSpartan-Regular.otf",
           "opentype/league-spartan/LeagueSpartan-Bold.otf", "opentype/league-spartan/LeagueSpartan-Light.otf"),
    Family("Fira Code", "fonts-firacode", "mono", "truetype/firacode/FiraCode-Regular.ttf",
           "truetype/firacode/FiraCode-Bold.ttf", "truetype/firacode/FiraCode-Light.ttf"),
    Family("Dancing Script", "fonts-dancingscript", "script", "opentype/dancingscript/DancingScript-Regular.otf",
           "opentype/dancingscript/DancingScript-Bold.otf"),
    Family("Lobster", "fonts-lobster", "script", "opentype/lobster/lobster.otf"),
)

FONT_PACKAGES = tuple(sorted({f.package for f in FAMILIES}))


class FontsMissing(RuntimeError):
    """Raised when none of the card fonts are installed (run training/setup.sh)."""


def resolve(relative: str | None) -> Path | None:
    if relative is None:
        return None
    for root in FONT_ROOTS:
        path = root / relative
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def available_families() -> tuple[Family, ...]:
    """Families whose regular face exists; faces that are missing fall back to regular."""
    found = []
    for family in FAMILIES:
        if resolve(family.regular) is None:
            continue
        found.append(Family(
            family.name, family.package, family.kind, str(resolve(family.regular)),
            str(resolve(family.bold)) if resolve(family.bold) else None,
            str(resolve(family.light)) if resolve(family.light) else None,
            str(resolve(family.italic)) if resolve(family.italic) else None))
    if not found:
        raise FontsMissing("no card fonts installed; run training/setup.sh")
    return tuple(found)


def face_path(family: Family, weight: str) -> str:
    """Path of the requested weight, or the regular face when the family lacks it."""
    return getattr(family, weight) or family.regular


@lru_cache(maxsize=512)
def load_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    # Opening a face costs about a millisecond; cards reuse a handful of sizes.
    return ImageFont.truetype(path, size)


def font_name(path: str) -> str:
    return Path(path).stem
