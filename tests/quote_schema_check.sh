#!/usr/bin/env bash
# Runs `claimdiff quote` on data/seeds and validates the audit against schema/quote.schema.json.
# usage: quote_schema_check.sh CLAIMDIFF_BINARY SOURCE_DIR
set -euo pipefail
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
"$1" quote "this part of Soviet policy was a mistake" "$2/data/seeds" -o "$out" --quiet
/usr/bin/python3 - "$2/schema/quote.schema.json" "$out" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
audit = json.load(open(sys.argv[2], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(audit))
for error in errors[:20]:
    print("schema:", "/".join(map(str, error.path)), error.message[:200])
sys.exit(1 if errors else 0)
PY
