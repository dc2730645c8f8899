#!/usr/bin/env bash
# Fuzzes one module with libFuzzer and AddressSanitizer.
#
# Usage: Tests/Fuzz/run.sh TARGET SECONDS
#   TARGET: frontmatter, markdown, mustache, search, utf8 or slug (a folder beside this script)
#
# The target's main.swift is compiled together with its module's sources into one program
# in .build-fuzz/TARGET/ at the repository root (utf8: the Text module; slug: Site's Slug.swift
# and Transliteration.swift); the Text module, which every other module imports, is built
# first as a library with the same instrumentation, in .build-fuzz/Text/; it runs from the seed corpus in
# Tests/Fuzz/TARGET/corpus/ (new inputs go to .build-fuzz/TARGET/corpus/), prints the number
# of executions at the end, and exits non-zero when libFuzzer finds a crash, a memory error or
# a hang (the reproducer is left in .build-fuzz/TARGET/artifacts/). Leak detection is off:
# Swift's lazily made global tables (built once, kept for the program's life) are reported
# as leaks at exit.
set -euo pipefail

target="${1:?usage: $0 TARGET SECONDS}"
duration="${2:?usage: $0 TARGET SECONDS}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/.build-fuzz/$target"
mkdir -p "$out/corpus" "$out/artifacts"

extra=()
files=()
case "$target" in
  frontmatter) module=FrontMatter ;;
  markdown) module=Markdown; extra=(-I "$root/Sources/CMark") ;;
  mustache) module=Mustache ;;
  search) module=Search ;;
  utf8) module=Text ;;
  slug) module=Slug
    mapfile -t files < <(find "$root/Sources/Site" \( -name Slug.swift -o -name Transliteration.swift \) | sort) ;;
  *) echo "unknown fuzz target '$target': use frontmatter, markdown, mustache, search, utf8 or slug" >&2; exit 2 ;;
esac

flags=(-sanitize=fuzzer,address -parse-as-library -O)
if [ "$module" != Text ]; then
  text="$root/.build-fuzz/Text"
  mkdir -p "$text"
  mapfile -t text_sources < <(find "$root/Sources/Text" -name '*.swift' | sort)
  if ! swiftc "${flags[@]}" -module-name Text -emit-module -emit-module-path "$text/Text.swiftmodule" \
    -emit-library -static "${text_sources[@]}" -o "$text/libText.a" >"$text/build.log" 2>&1; then
    cat "$text/build.log"
    exit 1
  fi
  extra+=(-I "$text" -L "$text" -lText)
fi

if [ ${#files[@]} -gt 0 ]; then
  sources=("${files[@]}")
else
  mapfile -t sources < <(find "$root/Sources/$module" -name '*.swift' | sort)
fi
echo "building $out/fuzz ($module, ${#sources[@]} files)"
if ! swiftc "${flags[@]}" -module-name "${module}Fuzz" \
  "${extra[@]}" "${sources[@]}" "$here/$target/main.swift" -o "$out/fuzz" \
  >"$out/build.log" 2>&1; then
  cat "$out/build.log"
  exit 1
fi

seeds=()
[ -d "$here/$target/corpus" ] && seeds=("$here/$target/corpus")
set +e
ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$out/fuzz" "$out/corpus" "${seeds[@]}" \
  -max_total_time="$duration" -timeout=5 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 >"$out/fuzz.log" 2>&1
status=$?
set -e

tail -n 25 "$out/fuzz.log"
executions="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/fuzz.log" | grep -o '[0-9]*$' || true)"
echo "fuzz $target: ${executions:-unknown} executions in ${duration} s (exit status $status)"
exit "$status"
