#!/usr/bin/env bash
# Runs each libFuzzer target of a CLAIMDIFF_FUZZ build for a bounded time and fails on any finding.
#   scripts/fuzz.sh [--build DIR] [--seconds N | --minutes-per-target "target=N ..."] [--jobs J] [target...]
# Defaults: build-asan, 60 s per target, $(nproc) targets at a time, every target. Inputs up to 1 MiB
# from the start (-max_len=1048576 -len_control=0, so deep and unclosed pages are reached), the
# dictionary fuzz/claimdiff.dict, the seeds and the regression corpus as read-only corpora; new
# inputs go to DIR/fuzz/corpus/<target>/, crashes, leaks, timeouts (-timeout=30 s per input) and
# out-of-memory (-rss_limit_mb=2560) to DIR/fuzz/findings/<target>/. One summary line per target:
# seconds, executions, findings.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

build=build-asan
seconds=60
jobs=$(nproc)
declare -A minutes=()
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --minutes-per-target) for pair in $2; do minutes[${pair%=*}]=${pair#*=}; targets+=("${pair%=*}"); done; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(ingest_txt ingest_html ingest_json ingest_jsonl segment extract pipeline)

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

run_target() {
  local target=$1 limit=$2
  local binary="$build/fuzz/fuzz_$target"
  [ -x "$binary" ] || { echo "fuzz.sh: $binary missing: build with -DCLAIMDIFF_FUZZ=ON" >&2; return 2; }
  local corpus="$build/fuzz/corpus/$target" findings="$build/fuzz/findings/$target" log="$build/fuzz/$target.log"
  mkdir -p "$corpus" "$findings"
  local seeds=()
  mapfile -t seeds < "$build/fuzz/$target.seeds"
  local status=0
  "$binary" -max_total_time="$limit" -max_len=1048576 -len_control=0 -timeout=30 -rss_limit_mb=2560 -print_final_stats=1 \
    -dict=fuzz/claimdiff.dict -artifact_prefix="$findings/" "$corpus" "fuzz/regressions/$target" "${seeds[@]}" \
    >"$log" 2>&1 || status=$?
  local runs found
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  found=$(find "$findings" -type f | wc -l)
  echo "fuzz $target: ${limit} s, ${runs:-0} executions, $found findings (exit $status, log $log)"
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    grep -m3 -E 'ERROR|SUMMARY|Test unit written' "$log" >&2 || true
    return 1
  fi
}
export -f run_target
export build

failed=0
for target in "${targets[@]}"; do
  limit=$seconds
  [ -n "${minutes[$target]:-}" ] && limit=$(( ${minutes[$target]} * 60 ))
  echo "$target $limit"
done | xargs -P "$jobs" -n 2 bash -c 'run_target "$0" "$1"' || failed=1
exit $failed
