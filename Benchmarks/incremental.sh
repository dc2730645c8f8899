#!/usr/bin/env bash
# Rebuild times, the everyday case: the output folder already holds the last build.
#
# For each size (SIZES, default "1000 10000") the generated corpus is copied into a scratch
# folder and built once; then, RUNS times (default 5), interleaved with Hugo on the same
# Markdown (order alternating), each of these is timed:
#   no-op       build again, nothing changed
#   word        one word appended to one lesson
#   title       one lesson's title changed (its lists, tags and author pages change too)
#   theme       a comment added to the base template (every page differs)
# and once: cold, a build into an empty folder. "written" counts the output files whose
# modification time moved (find -newer), the same way for both tools. Outputs go to the
# repository's disk (BENCH_OUT=disk, the default here: where users build); TMPFS=1 adds a
# column with pednet-build's output on /dev/shm. `serve`: the time from saving a file to the
# reload event on the live-reload stream, median of RUNS.
#
# Environment: PEDNET, SIZES, RUNS, SEED, HUGO (binary; "none" skips Hugo), TMPFS (1 or 0).
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh

SIZES=${SIZES:-1000 10000}
RUNS=${RUNS:-5}
HUGO=${HUGO:-hugo}
TMPFS=${TMPFS:-1}
export BENCH_OUT=${BENCH_OUT:-disk}

resolve_pednet || die "no pednet-build binary at ${PEDNET:-.build/release/pednet-build}: run 'make build'"
need_gnu_time
if [ "$HUGO" != none ] && ! command -v "$HUGO" >/dev/null 2>&1; then apt_install hugo; fi
make_workdir "$(scratch_need $SIZES)"
say "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"

# edit KIND SITE RUN LAYOUT: changes the copy of the corpus in SITE as KIND says
edit() {
  local kind=$1 site=$2 run=$3 layout=$4 page="$2/content/lessons/bazy-dannykh.md"
  case $kind in
    no-op) ;;
    word) printf ' слово%s\n' "$run" >>"$page" ;;
    title) sed -i "0,/^title:.*/s//title: Базы данных, вариант $run/" "$page" ;;
    theme) printf '<!-- theme %s -->\n' "$run" >>"$site/$layout" ;;
  esac
}

# one TOOL KIND SITE OUT RUN: edits, builds, sets RUN_SECS and WRITTEN
one() {
  local tool=$1 kind=$2 site=$3 out=$4 run=$5
  if [ "$tool" = hugo ]; then edit "$kind" "$site" "$run" layouts/_default/baseof.html
  else edit "$kind" "$site" "$run" layouts/base.mustache; fi
  sleep 1 # inputs older than the build key's "changed a moment ago" window, as in real use
  touch "$WORK/marker"
  if [ "$tool" = hugo ]; then timed "$WORK/h.log" "$HUGO" --quiet -s "$site" -d "$out"
  else timed "$WORK/p.log" "$PEDNET" build --source "$site" --output "$out" --quiet; fi
  WRITTEN=$(find "$out" -type f -newer "$WORK/marker" | wc -l | tr -d ' ')
}

# serve_reload SITE PORT: median seconds from saving a file to the reload event
serve_reload() {
  local site=$1 port=$2
  "$PEDNET" serve --source "$site" --port "$port" >"$WORK/serve.log" 2>&1 &
  local pid=$!
  python3 - "$site" "$port" "$RUNS" <<'PY'
import socket, statistics, sys, time
site, port, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for _ in range(200):
    try:
        s = socket.create_connection(("127.0.0.1", port)); break
    except OSError: time.sleep(0.1)
s.sendall(b"GET /__pednet/events?v=1 HTTP/1.1\r\n\r\n")
time.sleep(1.0); s.settimeout(0.2)
def drain():
    try:
        while s.recv(65536): pass
    except socket.timeout: pass
drain(); s.settimeout(60)
times = []
page = site + "/content/lessons/bazy-dannykh.md"
for run in range(runs):
    time.sleep(0.7)
    start = time.time()
    with open(page, "a", encoding="utf-8") as f: f.write(f" правка{run}\n")
    data = b""
    while b"event: reload" not in data: data += s.recv(65536)
    times.append(time.time() - start)
    s.settimeout(0.3); drain(); s.settimeout(60)
print(f"{statistics.median(times):.3f}")
PY
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

ROWS=()
for size in $SIZES; do
  hugo=1; [ "$HUGO" = none ] && hugo=0
  ensure_corpus "$size" "$hugo"
  psite="$WORK/p-src"; hsite="$WORK/h-src"
  rm -rf "$psite" "$hsite"; cp -r "$CORPUS_ROOT/$size/pednet" "$psite"
  mkdir -p "$psite/layouts"; cp themes/default/templates/base.mustache "$psite/layouts/"
  [ "$hugo" = 1 ] && cp -r "$CORPUS_ROOT/$size/hugo" "$hsite"
  pout="$WORK/p-out"; hout="$WORK/h-out"; tout=""
  [ "$TMPFS" = 1 ] && [ -w /dev/shm ] && tout=$(mktemp -d /dev/shm/pednet-inc.XXXXXX)
  discard "$pout" "$hout"; sync
  say "size $size: cold builds into empty folders"
  one pednet no-op "$psite" "$pout" 0; cold_p=$RUN_SECS cold_pw=$WRITTEN
  cold_h=- cold_hw=-
  [ "$hugo" = 1 ] && { one hugo no-op "$hsite" "$hout" 0; cold_h=$RUN_SECS cold_hw=$WRITTEN; }
  cold_t=-; [ -n "$tout" ] && { one pednet no-op "$psite" "$tout/out" 0; cold_t=$RUN_SECS; }
  ROWS+=("$size	cold (empty folder)	$cold_p	$cold_h	$cold_t	$cold_pw / $cold_hw")
  for kind in no-op word title theme; do
    p=() h=() t=() pw=- hw=-
    for run in $(seq 1 "$RUNS"); do
      order="pednet hugo"; [ $((run % 2)) = 0 ] && order="hugo pednet"
      for tool in $order; do
        if [ "$tool" = hugo ]; then
          [ "$hugo" = 1 ] || continue
          one hugo "$kind" "$hsite" "$hout" "$run"; h+=("$RUN_SECS"); hw=$WRITTEN
        else
          one pednet "$kind" "$psite" "$pout" "$run"; p+=("$RUN_SECS"); pw=$WRITTEN
          if [ -n "$tout" ]; then
            timed "$WORK/t.log" "$PEDNET" build --source "$psite" --output "$tout/out" --quiet
            t+=("$RUN_SECS")
          fi
        fi
      done
    done
    pm=$(median "${p[@]}") hm=- tm=-
    [ "${#h[@]}" -gt 0 ] && hm=$(median "${h[@]}")
    [ "${#t[@]}" -gt 0 ] && tm=$(median "${t[@]}")
    say "size $size $kind: pednet $pm s ($(minimum "${p[@]}")-$(maximum "${p[@]}")), hugo $hm s, pednet on tmpfs $tm s"
    ROWS+=("$size	$kind	$pm	$hm	$tm	$pw / $hw")
  done
  say "size $size: serve, save to reload"
  sr=$(serve_reload "$psite" $((20000 + RANDOM % 20000)))
  ROWS+=("$size	serve: save → reload event	$sr	-	-	-")
  [ -n "$tout" ] && rm -rf "$tout"
done

echo "pednet-build: $PEDNET; hugo: $([ "$HUGO" = none ] && echo none || "$HUGO" version | head -n1 | cut -d' ' -f1-2)"
echo "outputs on $OUT_FS ($WORK); medians of $RUNS interleaved runs, seconds"
printf 'pages\tstep\tpednet disk\thugo disk\tpednet tmpfs\tfiles written pednet / hugo\n'
printf '%s\n' "${ROWS[@]}"
