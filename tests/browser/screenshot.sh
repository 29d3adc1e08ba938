#!/usr/bin/env bash
# Screenshot of an HTML report as headless Chromium renders it (the README's reports/seeds.png).
# usage: screenshot.sh REPORT.html OUT.png [WIDTH,HEIGHT]   (default 1440,1800)
set -euo pipefail
report=$(realpath "$1")
png=$2
size=${3:-1440,1800}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshot.sh: no chromium found" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size="$size" --screenshot="$(realpath -m "$png")" "file://$report" >/dev/null 2>&1
[ -s "$png" ] || { echo "screenshot.sh: no screenshot written" >&2; exit 1; }
