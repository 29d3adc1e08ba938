#!/usr/bin/env bash
# Analyses data/seeds and validates the report against schema/report.schema.json.
# usage: check_seeds.sh CLAIMDIFF_BINARY SOURCE_DIR
set -euo pipefail
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
"$1" analyze "$2/data/seeds" -o "$out" --quiet
/usr/bin/python3 "$2/tests/schema/validate_report.py" "$2/schema/report.schema.json" "$out"
