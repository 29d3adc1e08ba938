#!/usr/bin/env bash
# Scores the seeds report against ../shared/eval with floors just under the measured figures.
# framing_terms.recall is 5 of 6 (0.833): "tends to repeat itself", an idiom copied from a seed
# article into the lexicon, was taken out on purpose (#14): the lexicon holds general English only.
# alignment.f1 is 0.936 with the claim pair model fitted on all five news-dev events after #14's
# extraction (0.942 before the refit); issue 12 asks for at least 0.88 on the seeds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
shared="$top/../shared"
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
"$CLAIMDIFF" analyze "$top/data/seeds" -o "$out" --quiet
python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.json" "$out" --quiet \
  --min attribution.f1=0.98 \
  --min speaker.accuracy=0.97 \
  --min cue.accuracy=0.99 \
  --min via.accuracy=0.99 \
  --min kind.accuracy=0.95 \
  --min unattributed.recall=0.99 \
  --min figures.recall=0.99 \
  --min framing_terms.recall=0.83 \
  --min figure_divergences.recall=1.0 \
  --min alignment.f1=0.93
