#!/usr/bin/env bash
# Runs every test: installs and builds what is missing (scripts/setup.sh --build-only), then ctest
# runs the unit, golden, CLI, browser and eval (seeds scored with --min floors) tests.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash scripts/setup.sh --build-only
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
