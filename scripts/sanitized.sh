#!/usr/bin/env bash
# The second half of scripts/test.sh: claimdiff built again with clang 14 under ASan + UBSan and
# libFuzzer (folder build-asan), every test run once there, then each fuzz target for a bounded run
# (scripts/fuzz.sh, 60 s each unless CLAIMDIFF_FUZZ_SECONDS says otherwise). Any sanitizer report,
# test failure or fuzzing finding fails it. Prints the time of each phase.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

phase() { echo "sanitized: $1 took $(( $(date +%s) - $2 )) s" >&2; }
command -v clang++-14 >/dev/null || { echo "sanitized: clang++-14 missing: run scripts/setup.sh" >&2; exit 2; }

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
start=$(date +%s)
CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMDIFF_WERROR="$werror" \
  -DCLAIMDIFF_SANITIZE="address;undefined" -DCLAIMDIFF_FUZZ=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
phase "clang ASan+UBSan build" "$start"

# halt_on_error: the first report ends the test, which ctest then counts as failed.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
start=$(date +%s)
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 1500
phase "test suite under ASan+UBSan" "$start"

start=$(date +%s)
bash scripts/fuzz.sh --build build-asan --seconds "${CLAIMDIFF_FUZZ_SECONDS:-60}"
phase "bounded fuzzing" "$start"
