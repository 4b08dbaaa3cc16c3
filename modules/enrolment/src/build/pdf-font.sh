#!/usr/bin/env bash
# The Chinese font that fee statement PDFs embed, bundled into the enrolment jar (and so the WAR and the app
# image) so that no server needs a system font: Noto Sans SC Regular, SIL Open Font License 1.1 (its licence
# text goes beside it; the OFL allows bundling with software and embedding in documents). It comes from the npm
# package @expo-google-fonts/noto-sans-sc (MIT AND OFL-1.1) at a pinned version, checked by its SHA-256; npm
# keeps the package in its cache, so a clean build fetches it once.
#   pdf-font.sh <resource dir>   writes org/huzhu/enrolment/infrastructure/NotoSansSC-Regular.ttf under it
set -euo pipefail
PACKAGE=@expo-google-fonts/noto-sans-sc@0.4.3
TTF=package/400Regular/NotoSansSC_400Regular.ttf
SHA256=d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16
OUT="${1:?usage: pdf-font.sh <resource dir>}/org/huzhu/enrolment/infrastructure"
FONT="$OUT/NotoSansSC-Regular.ttf"

if [ -f "$FONT" ] && echo "$SHA256  $FONT" | sha256sum -c --status; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "pdf-font.sh: npm is needed to fetch the fee statement font ($PACKAGE): install Node.js and npm" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "fetching the fee statement font ($PACKAGE, once; npm caches it)"
(cd "$work" && npm pack --silent --prefer-offline "$PACKAGE" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" "$TTF" package/LICENSE_FONT
if ! echo "$SHA256  $work/$TTF" | sha256sum -c --status; then
  echo "pdf-font.sh: $TTF of $PACKAGE is not the font this build was made with (SHA-256 differs)" >&2
  exit 1
fi
mkdir -p "$OUT"
mv "$work/package/LICENSE_FONT" "$OUT/NotoSansSC-OFL.txt"
mv "$work/$TTF" "$FONT"
