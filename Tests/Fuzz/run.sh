#!/usr/bin/env bash
# Builds the libFuzzer harnesses of baogao and runs one of them.
#
# Usage: Tests/Fuzz/run.sh HARNESS [SECONDS] [extra libFuzzer options...]
#        Tests/Fuzz/run.sh build
#   HARNESS   FuzzData, FuzzTemplate, FuzzOutline, FuzzLint, FuzzCompare or FuzzInduce
#   SECONDS   how long to fuzz (default 600)
#
# Environment:
#   FUZZ_WORK     work folder, outside the repository (default /tmp/baogao-fuzz): seed corpora in
#                 $FUZZ_WORK/seeds/HARNESS, the growing corpus in $FUZZ_WORK/corpus/HARNESS, crash, timeout and
#                 out-of-memory inputs and the log in $FUZZ_WORK/artifacts/HARNESS/
#   FUZZ_SCRATCH  build folder (default $FUZZ_WORK/build)
#   FUZZ_CONFIG   release (default) or debug
#
# Seeds: Tests/**/Fixtures/**/*.{txt,md,yaml,json,tpl}, Examples/**, Templates/** and, when present,
# ../shared/corpus (next to the repository), copied into the work folder; nothing is written into the repository.
# Replay one input: $FUZZ_SCRATCH/<config>/HARNESS path/to/input
set -euo pipefail
# The Swift runtime's backtracer and AddressSanitizer's handler fight over a crash and the process hangs.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${FUZZ_WORK:-/tmp/baogao-fuzz}"
scratch="${FUZZ_SCRATCH:-$work/build}"
config="${FUZZ_CONFIG:-release}"
harness="${1:?usage: run.sh HARNESS|build [SECONDS] [libFuzzer options...]}"
seconds="${2:-600}"
shift $(( $# >= 2 ? 2 : 1 ))

swift build -c "$config" --package-path "$here" --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
[ "$harness" = build ] && exit 0

[ -x "$scratch/$config/$harness" ] || { echo "no harness $harness" >&2; exit 2; }
# Run a copy, so that rebuilding while a fuzzer runs does not pull the binary from under it.
mkdir -p "$work/bin"
binary="$work/bin/$harness"
cp "$scratch/$config/$harness" "$binary.tmp" && mv "$binary.tmp" "$binary"
cp -R "$scratch/$config/"*.resources "$work/bin/" 2>/dev/null || true

seeds="$work/seeds/$harness"
corpus="$work/corpus/$harness"
artifacts="$work/artifacts/$harness"
mkdir -p "$seeds" "$corpus" "$artifacts"
copy() { # copies files into the seed folder under flattened names
  while IFS= read -r -d '' file; do
    cp "$file" "$seeds/$(echo "${file#"$root"/}" | tr '/' '_')"
  done
}
find "$root/Tests" -path '*/Fixtures/*' -type f \
  \( -name '*.txt' -o -name '*.md' -o -name '*.yaml' -o -name '*.json' -o -name '*.tpl' -o -name '*.bin' \) \
  -print0 | copy
for folder in Examples Templates; do
  [ -d "$root/$folder" ] && find "$root/$folder" -type f -print0 | copy
done
if [ -d "$root/../shared/corpus" ]; then
  find "$root/../shared/corpus" -type f -print0 | copy
else
  echo "note: ../shared/corpus is absent; seeding from the repository only" >&2
fi

cd "$artifacts"
exec "$binary" "$corpus" "$seeds" \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=400000 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" 2>&1 | tee "$artifacts/log-$(date -u +%H%M%S).txt"
