#!/usr/bin/env bash
# Main-text extraction on the 88 html-extraction pages (read from ../shared, never copied), scored
# by ../shared/eval/html_ingest.py: body + bullet sentences, floors just under the measured figures
# (P 0.972, R 0.976, F1 0.974 when they were last raised).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
line=$(python3 "$top/../shared/eval/html_ingest.py" "$CLAIMDIFF" | grep '^claimdiff (body+bullets)')
echo "$line"
read -r p r f1 <<<"$(echo "$line" | awk '{print $4, $6, $8}')"
python3 - "$p" "$r" "$f1" "${HTML_MIN_P:-0.965}" "${HTML_MIN_R:-0.965}" "${HTML_MIN_F1:-0.97}" <<'PY'
import sys
p, r, f1, min_p, min_r, min_f1 = map(float, sys.argv[1:])
failed = [f"{name} {value:.3f} < {floor:.3f}" for name, value, floor in
          (("P", p, min_p), ("R", r, min_r), ("F1", f1, min_f1)) if value < floor]
if failed:
    print("html ingest below its floor:", ", ".join(failed)); sys.exit(1)
PY
