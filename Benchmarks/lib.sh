# Shared by Benchmarks/bench.sh and Benchmarks/compare.sh (sourced, run from the repo root).
# shellcheck shell=bash

BENCH_SEED=${SEED:-1}
CORPUS_ROOT=Benchmarks/corpus
BENCH_BUILD=.build-bench

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# apt-get install, as root or through sudo
apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root or sudo to install: $*"
    sudo=sudo
  fi
  say "installing $* with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

need_gnu_time() {
  [ -x /usr/bin/time ] || apt_install time
  local probe; probe=$(/usr/bin/time -v true 2>&1 || true)
  case $probe in
    *"Maximum resident set size"*) ;;
    *) die "/usr/bin/time is not GNU time (no -v); install the 'time' package" ;;
  esac
}

# The pednet-build binary: $PEDNET (relative to the repo root), default .build/release/pednet-build.
resolve_pednet() {
  PEDNET=${PEDNET:-.build/release/pednet-build}
  if [ ! -x "$PEDNET" ]; then
    return 1
  fi
  PEDNET="$(cd "$(dirname "$PEDNET")" && pwd)/$(basename "$PEDNET")"
}

# make_workdir NEED_BYTES: the scratch directory $WORK for build outputs and logs, removed on
# exit. BENCH_OUT picks where: "tmpfs" (/dev/shm), "disk" (.build-bench/ in the repo) or a
# directory; the default is tmpfs when it has NEED_BYTES free, else disk. On a disk shared with
# other jobs, file creation after large deletions varies by 10x and more from run to run (ext4
# with online discard), which would swamp the builds' own times; tmpfs measures the tools.
make_workdir() {
  local need=${1:-0} base
  mkdir -p "$BENCH_BUILD"
  [ -f "$BENCH_BUILD/.gitignore" ] || echo '*' >"$BENCH_BUILD/.gitignore"
  case ${BENCH_OUT:-auto} in
    auto)
      local free=0
      if [ -d /dev/shm ] && [ -w /dev/shm ]; then
        free=$(df -B1 --output=avail /dev/shm | tail -n1 | tr -d ' ')
      fi
      if [ "$free" -gt "$need" ]; then base=/dev/shm; else base="$PWD/$BENCH_BUILD"; fi ;;
    tmpfs) base=/dev/shm ;;
    disk) base="$PWD/$BENCH_BUILD" ;;
    *) base=$BENCH_OUT; mkdir -p "$base" ;;
  esac
  WORK=$(mktemp -d "$base/pednet-bench.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
  trap 'exit 130' INT TERM
  OUT_FS=$(df --output=fstype "$WORK" | tail -n1 | tr -d ' ')
  say "build outputs go to $WORK ($OUT_FS)"
}

# bytes needed in the scratch directory for the largest of the sizes: about 4x the Markdown
# (the kept output, one timed output, the builder's staging copy)
scratch_need() {
  local max=0 s
  for s in "$@"; do [ "$s" -gt "$max" ] && max=$s; done
  echo $((max * 14000 * 4 * 2))
}

# ensure_corpus SIZE HUGO(0|1): Benchmarks/corpus/SIZE/{pednet,hugo}, regenerated only when the
# generator, seed or size changed (stamp file), or when the Hugo copy is wanted and missing.
ensure_corpus() {
  local size=$1 hugo=$2 dir="$CORPUS_ROOT/$1"
  local hash; hash=$(sha256sum Benchmarks/generate-corpus.py | cut -c1-16)
  local want="generator=$hash seed=$BENCH_SEED pages=$size"
  if [ -f "$dir/.stamp" ]; then
    local have; have=$(cat "$dir/.stamp")
    if [ "$have" = "$want hugo=1" ] || { [ "$hugo" = 0 ] && [ "$have" = "$want hugo=0" ]; }; then
      say "corpus $size: up to date ($dir)"
      return 0
    fi
  fi
  say "corpus $size: generating into $dir (seed $BENCH_SEED$([ "$hugo" = 1 ] && echo ', with the Hugo copy'))"
  rm -rf "$dir"
  mkdir -p "$dir"
  [ -f "$CORPUS_ROOT/.gitignore" ] || echo '*' >"$CORPUS_ROOT/.gitignore"
  local args=(--pages "$size" --seed "$BENCH_SEED" --out "$dir/pednet")
  [ "$hugo" = 1 ] && args+=(--hugo "$dir/hugo")
  python3 Benchmarks/generate-corpus.py "${args[@]}"
  echo "$want hugo=$hugo" >"$dir/.stamp"
  sync
}

# timed LOG CMD...: runs CMD under GNU time; sets RUN_SECS (wall, ns clock) and RUN_RSS_MB (peak).
# On failure prints the log's tail and exits.
timed() {
  local log=$1; shift
  local tv="$log.time" t0 t1
  t0=$(date +%s%N)
  if ! /usr/bin/time -v -o "$tv" "$@" >"$log" 2>&1; then
    say "command failed: $*"
    tail -n 30 "$log" >&2 || true
    grep -E 'Exit status|Command terminated' "$tv" >&2 || true
    exit 1
  fi
  t1=$(date +%s%N)
  RUN_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  RUN_RSS_MB=$(awk -F: '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tv")
}

# median / min / max of the arguments
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) printf "%.3f", a[(NR + 1) / 2]; else printf "%.3f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
minimum() { printf '%s\n' "$@" | sort -g | head -n1; }
maximum() { printf '%s\n' "$@" | sort -g | tail -n1; }

# fresh_out NAME: a path in $WORK that does not exist yet
fresh_out() { rm -rf "${WORK:?}/$1"; printf '%s' "$WORK/$1"; }

# drop an output directory and let the disk settle before the next timed run
discard() { rm -rf "$@"; sync; }

files_in() { find "$1" -type f | wc -l | tr -d ' '; }
# total size of the files (not du: directory sizes differ between ext4 and tmpfs)
bytes_in() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
