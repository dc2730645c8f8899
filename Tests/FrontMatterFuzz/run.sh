#!/usr/bin/env bash
# Fuzzes the FrontMatter module with libFuzzer and AddressSanitizer.
#
# Usage: Tests/FrontMatterFuzz/run.sh SECONDS
#
# Builds into .build-fuzz/ at the repository root, runs from the seed corpus in
# Tests/FrontMatterFuzz/corpus/ (new inputs go to .build-fuzz/corpus/), prints the number of
# executions at the end, and exits non-zero when libFuzzer finds a crash or a hang (the
# reproducer is left in .build-fuzz/artifacts/).
set -euo pipefail

duration="${1:?usage: $0 SECONDS}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/.build-fuzz"
mkdir -p "$out/corpus" "$out/artifacts"

echo "building $out/frontmatter-fuzz"
if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name FrontMatterFuzz \
  "$root"/Sources/FrontMatter/*.swift "$here/main.swift" -o "$out/frontmatter-fuzz" \
  >"$out/build.log" 2>&1; then
  cat "$out/build.log"
  exit 1
fi

set +e
SWIFT_BACKTRACE=enable=no "$out/frontmatter-fuzz" "$out/corpus" "$here/corpus" \
  -max_total_time="$duration" -timeout=5 -rss_limit_mb=2048 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 >"$out/fuzz.log" 2>&1
status=$?
set -e

tail -n 25 "$out/fuzz.log"
executions="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/fuzz.log" | grep -o '[0-9]*$' || true)"
echo "executions: ${executions:-unknown} in ${duration} s (exit status $status)"
exit "$status"
