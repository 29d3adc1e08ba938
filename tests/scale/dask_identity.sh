#!/usr/bin/env bash
# Identity (issue 17): scripts/claimdiff-dask on a LocalCluster, with several worker and partition
# counts, writes the statements `extract --jsonl` writes, the model `model build` counts, and the
# claims `analyze` finds, on a small invented corpus. Needs Debian's python3-distributed.
# usage: dask_identity.sh CLAIMDIFF SOURCE_DIR
set -euo pipefail
claimdiff=$1
top=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Six invented outlets on a harbour strike, written as JSONL records.
/usr/bin/python3 - <<'PY'
import json
facts = [
    ("Dock workers at Port Halden walked out on Monday, union leader Marta Olsen said.",
     "About 1,200 dock workers stopped work at Port Halden on Monday, according to the union.",
     "The strike at Port Halden began on Monday, Marta Olsen of the dockers' union said."),
    ("\"We will not unload a single ship until the pay offer improves,\" Olsen told reporters.",
     "Olsen said the workers would not unload a single ship before a better pay offer.",
     "\"No ship will be unloaded until the offer improves,\" said Olsen, the union leader."),
    ("Kessler Shipping said the strike cost it 2 million euros a day.",
     "The strike costs Kessler Shipping about 2 million euros a day, the company said.",
     "Kessler Shipping put its losses at 2 million euros each day."),
    ("The port authority asked both sides to return to talks.",
     "Both sides were urged by the port authority to resume negotiations.",
     "Port officials called for new talks between the union and the employers."),
]
with open("records.jsonl", "w") as f:
    for n, outlet in enumerate(["Planet", "Herald", "Courier", "Gazette", "Chronicle", "Observer"]):
        body = "\n\n".join(variants[(n + k) % 3] for k, variants in enumerate(facts[: 3 + n % 2]))
        f.write(json.dumps({"id": outlet.lower(), "outlet": "The " + outlet, "text": "Harbour strike\n\n" + body + "\n"}) + "\n")
PY

"$claimdiff" extract --jsonl records.jsonl -o statements.jsonl --quiet
"$claimdiff" model build statements.jsonl -o model.json
"$claimdiff" analyze records.jsonl -o report.json --quiet
groups() {  # the claims' member lists, sorted: analyze numbers claims by divergence, align by first member
  /usr/bin/python3 -c '
import json, sys
path = sys.argv[1]
claims = json.load(open(path))["claims"] if path.endswith(".json") else [json.loads(l) for l in open(path)]
print("\n".join(sorted(json.dumps(c["members"]) for c in claims)))' "$1"
}
groups report.json > expected-groups

fail=0
for run in "1 1" "2 3" "2 5"; do
  set -- $run
  out="out-$1-$2"
  CLAIMDIFF="$claimdiff" /usr/bin/python3 "$top/scripts/claimdiff-dask" --local "$1" --partitions "$2" records.jsonl -o "$out" --quiet
  cat "$out"/statements/part-*.jsonl > "$out/statements.jsonl"
  cmp -s statements.jsonl "$out/statements.jsonl" || { echo "workers $1, partitions $2: statements differ"; fail=1; }
  cmp -s model.json "$out/model/model.json" || { echo "workers $1, partitions $2: model differs from model build"; fail=1; }
  groups "$out/claims/claims.jsonl" > "$out/groups"
  cmp -s expected-groups "$out/groups" || { echo "workers $1, partitions $2: claims differ from analyze"; diff expected-groups "$out/groups" | head; fail=1; }
done
[ "$(wc -l < expected-groups)" -ge 4 ] || { echo "too few claims to compare: $(wc -l < expected-groups)"; fail=1; }
[ "$fail" = 0 ] && echo "dask identity: statements, model and claims identical at 1x1, 2x3, 2x5"
exit "$fail"
