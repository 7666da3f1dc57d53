#!/usr/bin/env bash
# Makes sure a Chromium binary is available for the browser tests.
# Uses $CHROME_PATH when set, otherwise /usr/bin/chromium (installed from Debian when missing and
# running as root). Never downloads browser builds from elsewhere.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"

if [ -x "$chrome" ]; then
  echo "Chromium: $chrome"
  exit 0
fi

if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH is set to '$CHROME_PATH', but no executable exists there." >&2
  echo "Point CHROME_PATH at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chrome: installing the Debian package (chromium, fonts-dejavu-core)..."
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core
  if [ -x "$chrome" ]; then
    echo "Chromium: $chrome"
    exit 0
  fi
  echo "apt-get finished but $chrome is still missing." >&2
  exit 1
fi

cat >&2 <<MSG
Chromium is required for the component, story and end-to-end tests, but $chrome does not exist.
Either install it (Debian/Ubuntu, as root):
  apt-get update && apt-get install -y chromium fonts-dejavu-core
or point CHROME_PATH at an existing Chromium or Chrome binary:
  CHROME_PATH=/path/to/chromium npm test
MSG
exit 1
