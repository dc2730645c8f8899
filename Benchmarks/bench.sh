#!/usr/bin/env bash
# What `make bench` runs: times pednet-build on generated corpora and runs the micro-benchmarks.
#
#   PEDNET=.build/release/pednet-build SIZES="1000 10000" RUNS=5 Benchmarks/bench.sh
#
# Builds nothing itself: the Makefile builds the release binary first. For each size: generates
# the corpus once into Benchmarks/corpus/<size>/ (kept while the generator is unchanged), one
# untimed warm-up build, then RUNS timed builds each into a fresh output directory (median wall
# time, pages per second, peak RSS = max over runs), output size and file count, search index
# size and what a one-word query downloads, and a no-op rebuild (building again into the
# previous output; median of 3). Then compiles and runs Benchmarks/mustache-bench.swift and
# Benchmarks/markdown-bench.swift when they exist, and Benchmarks/floor-bench.swift (the floor:
# the largest corpus through libcmark alone). Prints one table at the end.
#
# Environment: PEDNET (binary, relative to the repo root), SIZES, RUNS (default 5), SEED
# (corpus seed, default 1), MICRO=0 to skip the micro-benchmarks, BENCH_OUT=tmpfs|disk|DIR
# (where build outputs go; default tmpfs when it has room, see lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=Benchmarks/lib.sh
source Benchmarks/lib.sh

SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-5}
MICRO=${MICRO:-1}
NOOP_RUNS=3
QUERY_STEM=${QUERY_STEM:-урок}

resolve_pednet || die "no executable at ${PEDNET}: build it first (make build, or swift build -c release)"
need_gnu_time
# shellcheck disable=SC2086
make_workdir "$(scratch_need $SIZES)"

say "binary: $PEDNET"
say "machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"

ROWS=()
for size in $SIZES; do
  ensure_corpus "$size" 0
  src="$PWD/$CORPUS_ROOT/$size/pednet"
  md_bytes=$(bytes_in "$src/content")

  say "size $size: warm-up build"
  keep=$(fresh_out keep)
  timed "$WORK/warmup.log" "$PEDNET" build --source "$src" --output "$keep" --quiet
  say "size $size: warm-up took ${RUN_SECS}s"

  times=() rss=()
  for i in $(seq 1 "$RUNS"); do
    out=$(fresh_out "out-$i")
    timed "$WORK/run-$i.log" "$PEDNET" build --source "$src" --output "$out" --quiet
    say "size $size: run $i/$RUNS: ${RUN_SECS}s, peak RSS ${RUN_RSS_MB} MB"
    times+=("$RUN_SECS") rss+=("$RUN_RSS_MB")
    discard "$out"
  done

  noop=()
  for i in $(seq 1 "$NOOP_RUNS"); do
    timed "$WORK/noop-$i.log" "$PEDNET" build --source "$src" --output "$keep" --quiet
    say "size $size: no-op rebuild $i/$NOOP_RUNS: ${RUN_SECS}s"
    noop+=("$RUN_SECS") rss+=("$RUN_RSS_MB")
  done

  out_bytes=$(bytes_in "$keep")
  out_files=$(files_in "$keep")
  if [ -d "$keep/search" ]; then
    search_bytes=$(bytes_in "$keep/search")
    search_files=$(files_in "$keep/search")
  else
    search_bytes=0 search_files=0
  fi
  qline=$(python3 Benchmarks/search-cost.py "$keep" "$QUERY_STEM") || qline="n/a search-cost.py failed"
  read -r -a q <<<"$qline"
  if [ "${q[0]}" = "n/a" ]; then
    say "size $size: query cost: ${q[*]}"
    query="n/a"
  else
    query="$(awk -v r="${q[1]}" -v g="${q[2]}" 'BEGIN { printf "%.0f / %.0f", r / 1024, g / 1024 }')"
    say "size $size: query '$QUERY_STEM': ${q[3]} postings, ${q[4]} document chunks, ${q[1]} bytes (${q[2]} gzipped)"
  fi
  discard "$keep"

  med=$(median "${times[@]}")
  ROWS+=("$(printf '%s\t%s\t%s\t%s–%s\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\t%s' \
    "$size" "$(mb "$md_bytes")" "$med" "$(minimum "${times[@]}")" "$(maximum "${times[@]}")" \
    "$(awk -v n="$size" -v t="$med" 'BEGIN { print n / t }')" "$(maximum "${rss[@]}")" \
    "$(mb "$out_bytes")" "$out_files" "$(mb "$search_bytes") ($search_files)" "$query" "$(median "${noop[@]}")")")
done

# ---- micro-benchmarks
MICRO_LINES=()
MICRO_FAILED=0
# micro NAME MODULE EXTRA_FLAGS...: compile Sources/MODULE/*.swift with Benchmarks/NAME-bench.swift
micro() {
  local name=$1 module=$2; shift 2
  local bench="Benchmarks/$name-bench.swift" bin="$BENCH_BUILD/$name-bench" log="$BENCH_BUILD/$name-bench.log"
  if [ ! -f "$bench" ]; then
    say "micro $name: $bench not present, skipped"
    return 0
  fi
  local sources=(Sources/"$module"/*.swift)
  [ -f "${sources[0]}" ] || { say "micro $name: no Sources/$module/*.swift, skipped"; return 0; }
  say "micro $name: compiling (swiftc -O)"
  # as written: module sources + the bench file (top-level code needs a main.swift, see below)
  if ! swiftc -O "$@" "${sources[@]}" "$bench" -o "$bin" >"$log" 2>&1; then
    # the bench file as main.swift of one module with the sources (its import of the module dropped)
    local alt="$WORK/micro-$name"
    mkdir -p "$alt"
    grep -vE "^[[:space:]]*(@testable[[:space:]]+)?import[[:space:]]+$module[[:space:]]*$" "$bench" >"$alt/main.swift"
    if ! swiftc -O "$@" "${sources[@]}" "$alt/main.swift" -o "$bin" >>"$log" 2>&1; then
      say "micro $name: compile FAILED, see $log"
      tail -n 20 "$log" >&2
      MICRO_LINES+=("$name: compile failed (see $log)")
      MICRO_FAILED=1
      return 0
    fi
  fi
  say "micro $name: running"
  local output
  if ! output=$(timeout 900 "$bin" 2>&1); then
    say "micro $name: run FAILED"
    printf '%s\n' "$output" | tail -n 20 >&2
    MICRO_LINES+=("$name: run failed")
    MICRO_FAILED=1
    return 0
  fi
  while IFS= read -r line; do
    case $line in
      "") ;;
      "$name"*) MICRO_LINES+=("$line") ;;
      *) MICRO_LINES+=("$name: $line") ;;
    esac
  done <<<"$output"
}

# floor_bench CMARK_FLAGS...: the largest corpus through Benchmarks/floor-bench.swift (libcmark's own
# HTML renderer and file input/output only: the work any generator on libcmark must do), median
# of 3 runs into fresh output directories
floor_bench() {
  local bench=Benchmarks/floor-bench.swift bin="$BENCH_BUILD/floor-bench" log="$BENCH_BUILD/floor-bench.log"
  local largest=0 size
  for size in $SIZES; do [ "$size" -gt "$largest" ] && largest=$size; done
  say "floor: compiling (swiftc -O)"
  if ! swiftc -O -parse-as-library "$@" "$bench" -o "$bin" >"$log" 2>&1; then
    say "floor: compile FAILED, see $log"
    MICRO_LINES+=("floor: compile failed (see $log)")
    MICRO_FAILED=1
    return 0
  fi
  local seconds=() cpu=() line out i
  for i in 1 2 3; do
    out=$(fresh_out "floor-$i")
    line=$("$bin" "$PWD/$CORPUS_ROOT/$largest/pednet" "$out") || { MICRO_LINES+=("floor: run failed"); MICRO_FAILED=1; return 0; }
    say "$line"
    seconds+=("$(awk '{ print $4 }' <<<"$line")") cpu+=("$(awk '{ print $6 }' <<<"$line")")
    discard "$out"
  done
  MICRO_LINES+=("floor: $largest pages through libcmark alone (read, convert, write; no templates, lists or search): $(median "${seconds[@]}") s, $(median "${cpu[@]}") CPU s (median of 3)")
}

if [ "$MICRO" = 1 ]; then
  if command -v swiftc >/dev/null 2>&1; then
    micro mustache Mustache
    cmark_flags=(-I Sources/CMark -lcmark)
    if pkg-config --exists libcmark 2>/dev/null; then
      # shellcheck disable=SC2207
      cmark_flags+=($(pkg-config --cflags-only-I libcmark | sed 's/-I/-Xcc -I/g') $(pkg-config --libs-only-L libcmark))
    fi
    micro markdown Markdown "${cmark_flags[@]}"
    floor_bench "${cmark_flags[@]}"
  else
    say "micro-benchmarks: swiftc not found, skipped"
  fi
fi

# ---- report
echo
echo "pednet-build benchmark: $RUNS runs per size (median), seed $BENCH_SEED, $(nproc) CPUs, output on $OUT_FS, $(date -u +%Y-%m-%d)"
{
  printf 'pages\tMarkdown MiB\tbuild s\tmin–max s\tpages/s\tpeak RSS MiB\toutput MiB\tfiles\tsearch MiB (files)\tquery KiB raw / gz\tno-op s\n'
  printf '%s\n' "${ROWS[@]}"
} | column -t -s $'\t'
echo "query: entry + term shard of '$QUERY_STEM' + document chunks of its 10 best hits (.json sizes)"
if [ ${#MICRO_LINES[@]} -gt 0 ]; then
  echo
  echo "micro-benchmarks:"
  printf '  %s\n' "${MICRO_LINES[@]}"
fi
exit "$MICRO_FAILED"
