#!/usr/bin/env bash
# Installs what the synthetic card generator needs on a Debian machine: the font
# packages cards are set in, and its Python packages in the project's .venv.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep in step with training/synth/fonts.py (FAMILIES[].package).
FONT_PACKAGES=(fonts-dejavu-core fonts-liberation2 fonts-roboto-unhinted fonts-open-sans fonts-lato
               fonts-crosextra-carlito fonts-crosextra-caladea fonts-croscore fonts-noto-core fonts-urw-base35
               fonts-ebgaramond fonts-texgyre fonts-cantarell fonts-sil-gentium fonts-linuxlibertine fonts-inter
               fonts-comfortaa fonts-quicksand fonts-paratype fonts-cabin fonts-jura fonts-league-spartan
               fonts-firacode fonts-dancingscript fonts-lobster)
missing=()
for pkg in "${FONT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "training/setup: installing font packages: ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    bash scripts/setup.sh
fi
# The generator's Python needs: Faker for content, phonenumbers for valid numbers,
# Pillow for type, OpenCV and numpy for the photo simulation.
PY_PACKAGES=("faker>=25" "phonenumbers>=8.13" "pillow>=10.3" "opencv-python-headless>=4.9" "numpy>=1.26")
if ! .venv/bin/python -c "import faker, phonenumbers, PIL, cv2, numpy" 2>/dev/null; then
    echo "training/setup: installing Python packages: ${PY_PACKAGES[*]}" >&2
    .venv/bin/python -m pip install -q --disable-pip-version-check "${PY_PACKAGES[@]}"
fi
