#!/usr/bin/env bash
# The catalogue of hostile inputs (issue 19). Each case generates a small site with one kind
# of broken, huge or malicious content, builds it with the given binary and checks:
#   - the exit code and a message the build must print (a regular expression);
#   - the time (default under 2 s) and the peak memory (under 500 MB), by GNU time;
#   - a failed build leaves the previous output byte-identical;
#   - nothing beside the site folder is touched (a sentinel file and the folder listing).
# A case may add build arguments (`args_NAME`, printed) and checks of its own (`check_NAME`).
# Usage: Tests/Hostile/run.sh [BINARY] [CASE...]   (default: .build/release/pednet-build)
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-.build/release/pednet-build}")
shift || true
ONLY=" $* "
MEMORY_MB=500
WORK=$(mktemp -d /tmp/pednet-hostile.XXXXXX)
chmod 755 "$WORK"
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
source Tests/Hostile/cases.sh

passed=0
failed=0
report() { printf '%-24s %-4s %6s s %6s MB  %s\n' "$@"; }
report CASE EXIT TIME PEAK VERDICT

run_case() {
  local name=$1 expected=$2 pattern=$3 seconds=${4:-2}
  [[ "$ONLY" == "  " || "$ONLY" == *" $name "* ]] || return 0
  # A case about permissions runs as nobody when we are root (root reads every folder).
  local as=()
  if declare -F "unprivileged_$name" > /dev/null && [[ $EUID == 0 ]]; then
    command -v setpriv > /dev/null || { report "$name" - - - "skipped (root, no setpriv)"; return; }
    as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
  local root="$WORK/$name" site="$WORK/$name/site"
  mkdir -p "$site/content/notes"
  echo "do not touch" > "$root/outside.txt"
  printf -- '---\ntitle: Заметка\n---\nОбычная страница.\n' > "$site/content/notes/plain.md"
  [[ ${#as[@]} == 0 ]] || chown -R 65534:65534 "$root"
  "${as[@]}" "$BIN" build --lang en --source "$site" --quiet > /dev/null 2>&1 || { echo "$name: the base site does not build"; failed=$((failed + 1)); return; }
  local before; before=$(cd "$site/public" && find . -type f -print0 | sort -z | xargs -0 sha1sum)
  ( cd "$site" && "case_$name" ) > /dev/null 2>&1
  local timing="$root/time" output="$root/output"
  local extra=()
  if declare -F "args_$name" > /dev/null; then read -ra extra < <(cd "$site" && "args_$name"); fi
  /usr/bin/time -f '%e %M' -o "$timing" "${as[@]}" timeout 60 "$BIN" build --lang en --source "$site" --quiet "${extra[@]}" \
    > "$output" 2>&1 < /dev/null
  local status=$?
  local elapsed peak
  read -r elapsed peak < <(tail -1 "$timing")
  peak=$(( ${peak:-0} / 1024 ))
  local problems=()
  [[ "$status" == "$expected" ]] || problems+=("exit $status, expected $expected")
  if [[ -n "$pattern" ]] && ! grep -Eq -- "$pattern" "$output"; then
    problems+=("no message matching /$pattern/")
  fi
  awk -v e="$elapsed" -v l="$seconds" 'BEGIN { exit !(e + 0 > l + 0) }' && problems+=("took $elapsed s, limit $seconds s")
  (( peak > MEMORY_MB )) && problems+=("peak $peak MB, limit $MEMORY_MB MB")
  local longest; longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$output")
  (( longest > 2000 )) && problems+=("a message line of $longest characters")
  if [[ "$status" != 0 ]]; then
    local after; after=$(cd "$site/public" 2>/dev/null && find . -type f -print0 | sort -z | xargs -0 sha1sum)
    [[ "$before" == "$after" ]] || problems+=("the previous output changed")
  fi
  [[ "$(cat "$root/outside.txt")" == "do not touch" ]] || problems+=("a file beside the site changed")
  [[ "$(ls -A "$root" | tr '\n' ' ')" == "output outside.txt site time " ]] \
    || problems+=("files appeared beside the site: $(ls -A "$root" | tr '\n' ' ')")
  if [[ ${#problems[@]} -eq 0 ]] && declare -F "check_$name" > /dev/null; then
    local extra; extra=$(cd "$site" && "check_$name" 2>&1) || problems+=("$extra")
  fi
  if [[ ${#problems[@]} -eq 0 ]]; then
    report "$name" "$status" "$elapsed" "$peak" ok
    passed=$((passed + 1))
  else
    report "$name" "$status" "$elapsed" "$peak" "FAILED: $(IFS=';'; echo "${problems[*]}")"
    head -c 600 "$output" | sed "s/^/    | /"; echo
    failed=$((failed + 1))
  fi
}

for entry in "${CASES[@]}"; do
  IFS='|' read -r name expected pattern seconds <<< "$entry"
  run_case "$name" "$expected" "$pattern" "$seconds"
done
echo "hostile: $passed passed, $failed failed"
[[ $failed == 0 ]]
