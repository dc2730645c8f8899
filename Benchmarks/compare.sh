#!/usr/bin/env bash
# What `make bench-compare` runs: pednet-build beside Hugo on the same generated corpora.
#
#   PEDNET=.build/release/pednet-build SIZES="1000 10000" RUNS=5 Benchmarks/compare.sh
#
# Installs Hugo with apt-get when it is missing. For each size: generates (once) the corpus
# and its Hugo copy into Benchmarks/corpus/<size>/{pednet,hugo} (same Markdown files; the Hugo
# site is a minimal equivalent theme: home, single pages, paginated section lists, tag pages,
# plus Hugo's default RSS and sitemap), one untimed warm-up build of each, then RUNS rounds of
# interleaved builds (pednet, hugo; the next round hugo, pednet), each into a fresh output
# directory: `pednet-build build --source DIR --output OUT --quiet` and
# `hugo --quiet -s DIR2 -d OUT`. Prints the medians, the ratio hugo/pednet and both peak RSS.
#
# pednet-build does more per page than this Hugo site: a search index, facet and author
# pages, link and reference checks, calendar and feeds (see DESIGN.md).
#
# Environment: PEDNET, SIZES, RUNS (default 5), SEED (default 1), HUGO (binary, default hugo),
# HUGO_ONLY=1 to time Hugo alone (no pednet-build binary needed), BENCH_OUT=tmpfs|disk|DIR
# (where build outputs go; default tmpfs when it has room, see lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=Benchmarks/lib.sh
source Benchmarks/lib.sh

SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-5}
HUGO=${HUGO:-hugo}
HUGO_ONLY=${HUGO_ONLY:-0}

if ! command -v "$HUGO" >/dev/null 2>&1; then
  apt_install hugo
  HUGO=hugo
fi
HUGO=$(command -v "$HUGO")
if [ "$HUGO_ONLY" != 1 ]; then
  resolve_pednet || die "no executable at ${PEDNET}: build it first (make build), or set HUGO_ONLY=1"
fi
need_gnu_time
# shellcheck disable=SC2086
make_workdir "$(scratch_need $SIZES)"

say "hugo: $("$HUGO" version | head -n1)"
[ "$HUGO_ONLY" = 1 ] || say "pednet-build: $PEDNET"
say "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"

run_pednet() { timed "$WORK/pednet.log" "$PEDNET" build --source "$1" --output "$2" --quiet; }
run_hugo() { timed "$WORK/hugo.log" "$HUGO" --quiet -s "$1" -d "$2"; }

ROWS=()
for size in $SIZES; do
  ensure_corpus "$size" 1
  psrc="$PWD/$CORPUS_ROOT/$size/pednet"
  hsrc="$PWD/$CORPUS_ROOT/$size/hugo"

  say "size $size: warm-up builds"
  pfiles=- hfiles=- pbytes=- hbytes=0
  if [ "$HUGO_ONLY" != 1 ]; then
    out=$(fresh_out p-warm); run_pednet "$psrc" "$out"
    pfiles=$(files_in "$out") pbytes=$(bytes_in "$out"); discard "$out"
  fi
  out=$(fresh_out h-warm); run_hugo "$hsrc" "$out"
  hfiles=$(files_in "$out") hbytes=$(bytes_in "$out"); discard "$out"

  pt=() prss=() ht=() hrss=()
  for i in $(seq 1 "$RUNS"); do
    if [ $((i % 2)) = 1 ]; then order="pednet hugo"; else order="hugo pednet"; fi
    for tool in $order; do
      if [ "$tool" = pednet ]; then
        [ "$HUGO_ONLY" = 1 ] && continue
        out=$(fresh_out "p-$i"); run_pednet "$psrc" "$out"; discard "$out"
        pt+=("$RUN_SECS") prss+=("$RUN_RSS_MB")
      else
        out=$(fresh_out "h-$i"); run_hugo "$hsrc" "$out"; discard "$out"
        ht+=("$RUN_SECS") hrss+=("$RUN_RSS_MB")
      fi
      say "size $size: round $i/$RUNS: $tool ${RUN_SECS}s, peak RSS ${RUN_RSS_MB} MB"
    done
  done

  hmed=$(median "${ht[@]}")
  if [ "$HUGO_ONLY" = 1 ]; then
    pmed=- ratio=- pr=- pfiles=-
  else
    pmed=$(median "${pt[@]}")
    ratio=$(awk -v h="$hmed" -v p="$pmed" 'BEGIN { printf "%.2f", h / p }')
    pr=$(maximum "${prss[@]}")
  fi
  ROWS+=("$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s / %s\t%s / %s' "$size" "$pmed" "$hmed" "$ratio" \
    "$pr" "$(maximum "${hrss[@]}")" "$pfiles" "$hfiles" "$([ "$pbytes" = - ] && echo - || mb "$pbytes")" "$(mb "$hbytes")")")
done

echo
echo "pednet-build vs Hugo: median of $RUNS interleaved runs each, seed $BENCH_SEED, $(nproc) CPUs, output on $OUT_FS, $(date -u +%Y-%m-%d)"
echo "hugo: $("$HUGO" version | head -n1 | cut -d' ' -f1-2)"
{
  printf 'pages\tpednet s\thugo s\thugo/pednet\tpednet RSS MiB\thugo RSS MiB\tfiles pednet / hugo\tMiB pednet / hugo\n'
  printf '%s\n' "${ROWS[@]}"
} | column -t -s $'\t'
echo "hugo/pednet > 1 means pednet-build is faster. The Hugo site renders home, pages, section lists and tag pages only."
