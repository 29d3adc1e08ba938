#!/usr/bin/env bash
# Runs every test: installs and builds what is missing (scripts/setup.sh --build-only), then ctest
# runs the unit, golden, CLI, browser, fuzz-regression and eval (scored with --min floors) tests,
# then scripts/sanitized.sh runs them all again under ASan+UBSan (clang 14) and fuzzes each target
# for 60 s. CLAIMDIFF_SANITIZED=0 skips that second half (a quick local run); CI always runs it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
start=$(date +%s)
bash scripts/setup.sh --build-only
echo "test: install and gcc build took $(( $(date +%s) - start )) s" >&2
start=$(date +%s)
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
echo "test: test suite took $(( $(date +%s) - start )) s" >&2
if [ "${CLAIMDIFF_SANITIZED:-1}" != 0 ] || [ "${CI:-}" = "true" ]; then
  bash scripts/sanitized.sh
fi
