#!/bin/bash
# Runs claimdiff on annotated events with a manifest built from each event's SOURCES.md, so the
# reports name the outlets: OUTDIR/<event>/{manifest.csv, report.json, report.md, report.html}.
# usage: scripts/news_dev_reports.sh CLAIMDIFF_BIN OUTDIR EVENT_DIR...
# An event without SOURCES.md runs without a manifest (its outlets come from the text or file names).
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,5p "$0" >&2; exit 2; }
bin=$1 out=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
for event in "$@"; do
  name=$(basename "${event%/}")
  dir="$out/$name"; mkdir -p "$dir"
  manifest=()
  if [ -f "$event/SOURCES.md" ]; then
    python3 "$here/sources_manifest.py" "$event" -o "$dir/manifest.csv"
    manifest=(--manifest "$dir/manifest.csv")
  fi
  for format in json md html; do
    "$bin" analyze "$event"/*.txt "${manifest[@]}" -f "$format" -o "$dir/report.$format" --quiet
  done
  echo "$dir"
done
