#!/usr/bin/env bash
# Install the Debian packages a developer machine or CI needs, only those still missing,
# so that a second run does no reinstalls. Run as root or with sudo available.
set -euo pipefail

PACKAGES=(
    # PC/SC stack and the virtual reader driver our eID emulator plugs into
    pcscd libpcsclite1 vsmartcard-vpcd
    # pyscard has no Linux wheel: uv builds it from source against PC/SC-Lite
    libpcsclite-dev swig pkg-config gcc
    # Qt on a virtual or offscreen display
    xvfb xauth libxcb-cursor0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
    libdbus-1-3 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
    libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core
    # read-aloud: Qt TextToSpeech needs libpulse; speech-dispatcher with espeak-ng speaks
    libpulse0 libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
    # the production database for the central service, started throwaway by the tests
    postgresql
    # tests read generated PDFs as a person would: their text, and their QR codes scanned
    poppler-utils zbar-tools
    # a device whose clock is hours off, for the sync tests (libfaketime)
    faketime
    # to bootstrap uv when it is not installed
    python3-venv
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "system packages: all present"
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "system packages: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
