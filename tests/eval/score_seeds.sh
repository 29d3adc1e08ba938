#!/usr/bin/env bash
# Scores the seeds report against ../shared/eval with floors just under the measured figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
shared="$top/../shared"
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
"$CLAIMDIFF" analyze "$top/data/seeds" -o "$out" --quiet
python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.json" "$out" --quiet \
  --min attribution.f1=0.95 \
  --min speaker.accuracy=0.95 \
  --min cue.accuracy=0.95 \
  --min via.accuracy=0.75 \
  --min kind.accuracy=0.90 \
  --min unattributed.recall=0.95 \
  --min figures.recall=0.95 \
  --min framing_terms.recall=0.95 \
  --min alignment.f1=0.20
