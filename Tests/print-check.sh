#!/usr/bin/env bash
# Lesson plans on paper: builds Tests/Fixtures/print with the release binary and prints its
# long lesson to PDF in headless Chromium; fails when a table row or a display formula is cut
# between pages or a link's address is not printed (Tests/SiteChecks/print_test.py).
# Installs chromium and poppler-utils (pdftotext) with apt when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "print-check: apt-get install -y ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
cp -r Tests/Fixtures/print/. "$site"
.build/release/pednet-build build --source "$site" --output "$site/public" >/dev/null
python3 Tests/SiteChecks/print_test.py "$site/public"
