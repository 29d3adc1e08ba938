#!/usr/bin/env bash
# Runs bench/paraphrase_eval (the fitted models of data/models/ on the MSRP and STS-B test files in
# ../shared/bench-data) and fails when a figure drops below its floor, set just under the measured one.
set -euo pipefail
eval_bin=${PARAPHRASE_EVAL:?set PARAPHRASE_EVAL to the paraphrase_eval binary}
out=$("$eval_bin")
echo "$out"
python3 - "$out" <<'PY'
import re, sys
text = sys.argv[1]
floors = [  # (figure, line pattern, floor)
    ("msrp.test accuracy", r"^msrp\.test accuracy=([0-9.]+)", 0.77),
    ("msrp.test f1", r"^msrp\.test accuracy=[0-9.]+ f1=([0-9.]+)", 0.835),
    ("stsb.test pearson", r"^stsb\.test pearson=([0-9.]+)", 0.76),
]
failed = False
for name, pattern, floor in floors:
    match = re.search(pattern, text, re.M)
    if not match:
        print(f"FAIL {name}: not in paraphrase_eval's output")
        failed = True
        continue
    value = float(match.group(1))
    ok = value >= floor
    failed |= not ok
    print(f"{'ok  ' if ok else 'FAIL'} {name} = {value:.4f} (floor {floor})")
sys.exit(1 if failed else 0)
PY
