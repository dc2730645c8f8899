#!/usr/bin/env bash
# Runs the publishing recipes of `pednet-build init` here, as their hosts would, and checks
# what they publish.
#
# usage: bash Tests/publish-checks.sh [PEDNET_BINARY]   (default: .build/release/pednet-build)
#
# For each host (github, gitlab, ftp) a starter site is made by `init`, committed, and cloned
# into a clean folder (what the CI host checks out). The CI recipes' own commands then run in
# that clone (Tests/PublishChecks/recipe.py reads them out of the YAML), with PEDNET_REPO set
# to this repository and PEDNET_VERSION to its HEAD. The cache of pednet-build is filled with
# PEDNET_BINARY first, as a CI cache hit; PUBLISH_CHECK_FULL=1 (or =github, =gitlab, =ftp for
# one host) leaves it empty, so the recipe fetches the pinned source and builds it (a release
# build: minutes). The FTP script mirrors to
# a local folder through lftp's file:// and is run twice, to see that only changed files are
# uploaded and that removed pages are removed. Each published folder is checked against the
# sitemap protocol and for absolute URLs (PublishChecks/published.py), and the 404 page is
# opened under a sub-path in headless Chromium (PublishChecks/notfound.py). The CI files are
# also validated against GitHub's and GitLab's schemas (check-jsonschema's vendored copies).
# Installs lftp (apt), PyYAML, selenium and check-jsonschema (pip) when missing. Exits 1 when
# any check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=$(realpath "${1:-.build/release/pednet-build}")
CHECKS="$ROOT/Tests/PublishChecks"
PY=${PYTHON:-python3}
[ -x "$BIN" ] || { echo "publish-checks: $BIN is missing (make build)" >&2; exit 1; }
start=$(date +%s)

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
missing=()
command -v lftp >/dev/null 2>&1 || missing+=(lftp)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "publish-checks: apt-get install -y ${missing[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! "$PY" -c 'import yaml, selenium, check_jsonschema' >/dev/null 2>&1; then
  echo "publish-checks: pip install pyyaml selenium check-jsonschema"
  "$PY" -m pip install -q pyyaml selenium check-jsonschema 2>/dev/null ||
    "$PY" -m pip install -q --break-system-packages pyyaml selenium check-jsonschema
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pednet-publish.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PAGES_URL="http://127.0.0.1:$PORT/pednet"
export PEDNET_REPO="file://$ROOT"
PEDNET_VERSION=$(git rev-parse HEAD)
export PEDNET_VERSION

failed=()
step() {
  local name=$1
  shift
  echo
  echo "== $name"
  local t0=$(date +%s)
  if "$@"; then
    echo "-- $name: passed ($(($(date +%s) - t0)) s)"
  else
    echo "-- $name: FAILED ($(($(date +%s) - t0)) s)"
    failed+=("$name")
  fi
}

# A starter site for $1, committed and cloned into $WORK/$1 (only what git keeps).
checkout() {
  local host=$1 made="$WORK/made-$1"
  "$BIN" init "$made" --host "$host" >/dev/null
  git -C "$made" init -q
  git -C "$made" add -A
  git -C "$made" -c user.name=check -c user.email=check@example.org commit -qm starter
  git clone -q "$made" "$WORK/$host"
  local full=${PUBLISH_CHECK_FULL:-0}
  if [ "$full" != 1 ] && [ "$full" != "$host" ]; then
    mkdir -p "$WORK/$host/.pednet-build/bin"
    cp "$BIN" "$WORK/$host/.pednet-build/bin/"
  fi
}

ci_recipe() {
  local host=$1 recipe=$2
  checkout "$host"
  "$PY" "$CHECKS/recipe.py" "$host" "$WORK/$host/$recipe" "$PAGES_URL" >"$WORK/$host.sh"
  (cd "$WORK/$host" && bash "$WORK/$host.sh") &&
    "$PY" "$CHECKS/published.py" "$WORK/$host/public" "$PAGES_URL/"
}

ftp_recipe() {
  checkout ftp
  local site="$WORK/ftp" remote="$WORK/ftp-server" log="$WORK/ftp.log"
  mkdir -p "$remote"
  publish() {
    (cd "$site" && SITE_URL="$PAGES_URL/" SERVER="file://" LOGIN=teacher LFTP_PASSWORD=check REMOTE_DIR="$remote" \
      PEDNET="$BIN" ./publish-ftp.sh) >"$log"
  }
  publish || { cat "$log"; return 1; }
  diff -r "$site/public" "$remote" || { echo "the server's copy differs from public/"; return 1; }
  "$PY" "$CHECKS/published.py" "$remote" "$PAGES_URL/" || return 1
  find "$site/public" -type f -printf '%P %T@\n' | sort >"$WORK/before"
  rm "$site/content/o-soobshchestve.md"
  # lftp compares times to the second: a rebuild within the second of the last one would look
  # as old as the server's copy. A person never publishes twice in one second; this check would.
  sleep 1.1
  publish || { cat "$log"; return 1; }
  find "$site/public" -type f -printf '%P %T@\n' | sort >"$WORK/after"
  local changed uploaded total
  changed=$(comm -13 "$WORK/before" "$WORK/after" | wc -l)
  uploaded=$(grep -c "^Transferring file" "$log" || true)
  total=$(wc -l <"$WORK/after")
  echo "second upload: $uploaded of $total files sent, $changed files changed on disk"
  diff -r "$site/public" "$remote" || { echo "the server's copy differs from public/"; return 1; }
  [ ! -e "$remote/o-soobshchestve" ] || { echo "a removed page stayed on the server"; return 1; }
  [ "$uploaded" -eq "$changed" ] || { echo "lftp sent files that did not change"; return 1; }
}

# The hosts' own schemas for their CI files (vendored in check-jsonschema, read offline).
schemas() {
  "$BIN" init "$WORK/schemas" --host github >/dev/null
  "$BIN" init "$WORK/schemas" --host gitlab >/dev/null
  "$PY" -m check_jsonschema --builtin-schema vendor.github-workflows \
    "$WORK/schemas/.github/workflows/pages.yml" &&
    "$PY" -m check_jsonschema --builtin-schema vendor.gitlab-ci "$WORK/schemas/.gitlab-ci.yml"
}

step "CI files against the GitHub and GitLab schemas" schemas
step "GitHub Pages workflow, run here" ci_recipe github .github/workflows/pages.yml
step "GitLab Pages job, run here" ci_recipe gitlab .gitlab-ci.yml
step "FTP upload script, mirrored to a local folder" ftp_recipe
if [ -d "$WORK/github/public" ]; then
  step "404 page under a sub-path in Chromium" "$PY" "$CHECKS/notfound.py" "$WORK/github/public" "$PAGES_URL/"
fi

echo
echo "publish-checks: $(($(date +%s) - start)) s"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'publish-checks: FAILED: %s\n' "${failed[@]}"
  exit 1
fi
echo "publish-checks: all passed"
