#!/usr/bin/env bash
# make search-eval: imports the real corpus when missing, builds it with pednet-build and runs
# the known-item queries through the theme's search.js under node.
# Usage: Benchmarks/search-eval.sh [pednet-build binary] [--verbose]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:-$here/../.build/debug/pednet-build}"
shift || true
corpus="$here/corpus-real"
out="$here/out/search-eval"
if [ ! -f "$corpus/site.yml" ]; then
  if [ ! -d /usr/share/gimp/2.0/help/ru ] || ! command -v pandoc >/dev/null; then
    echo "search-eval: installing gimp-help-ru and pandoc with apt"
    sudo="$([ "$(id -u)" = 0 ] || echo sudo)"
    $sudo apt-get install -y -qq gimp-help-ru pandoc
  fi
  python3 "$here/import-corpus.py"
fi
cp "$here/search-eval/site.yml" "$corpus/site.yml"
echo "search-eval: building $corpus with $bin"
"$bin" build --source "$corpus" --config "$corpus/site.yml" --output "$out" 2>&1 | tail -1
node "$here/search-eval/run.js" "$out" "$here/search-eval/queries.tsv" "$@"
