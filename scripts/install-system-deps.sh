#!/usr/bin/env bash
# Installs the system packages the test suite drives: Debian's Chromium (end-to-end tests),
# epubcheck (EPUB validation), poppler-utils (pdftotext / pdftoppm for PDF checks), libxml2-utils
# (xmllint: every XML output must parse), unzip (reading EPUBs in the hostile-corpus test), and nginx
# with Debian's brotli modules (the production config in deploy/nginx/ and the tests that run it).
# Nothing is downloaded from outside Debian's archive. Skips what is already installed.
set -euo pipefail
wanted=(chromium epubcheck poppler-utils fonts-noto-core libxml2-utils unzip
  nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present: ${wanted[*]}"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
