#!/usr/bin/env bash
# Identity and faults (issue 17): scripts/claimdiff-dask on a LocalCluster, with several worker and
# partition counts, after a --resume and with a worker killed mid-task, writes the statements
# `extract --jsonl` writes, the model `model build` counts, and the claims `analyze` finds, on a small
# invented corpus. Needs Debian's python3-distributed.
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
# Runs the driver with $1 workers and $2 partitions into $3 (further arguments passed on) and compares.
run_and_compare() {
  local workers=$1 partitions=$2 out=$3
  shift 3
  CLAIMDIFF="${CLAIMDIFF_UNDER_TEST:-$claimdiff}" /usr/bin/python3 "$top/scripts/claimdiff-dask" --local "$workers" \
    --partitions "$partitions" records.jsonl -o "$out" --quiet "$@"
  cat "$out"/statements/part-*.jsonl > "$out/statements.jsonl"
  cmp -s statements.jsonl "$out/statements.jsonl" || { echo "$out: statements differ"; fail=1; }
  cmp -s model.json "$out/model/model.json" || { echo "$out: model differs from model build"; fail=1; }
  groups "$out/claims/claims.jsonl" > "$out/groups"
  cmp -s expected-groups "$out/groups" || { echo "$out: claims differ from analyze"; diff expected-groups "$out/groups" | head; fail=1; }
}
for run in "1 1" "2 3" "2 5"; do
  set -- $run
  run_and_compare "$1" "$2" "out-$1-$2"
done
[ "$(wc -l < expected-groups)" -ge 4 ] || { echo "too few claims to compare: $(wc -l < expected-groups)"; fail=1; }

# --resume after a crash: what was finished is kept, what is missing is done again, same output.
kept=$(stat -c %y out-2-3/statements/part-00000.jsonl)
rm out-2-3/statements/part-00001.jsonl out-2-3/claims/claims.jsonl
run_and_compare 2 3 out-2-3 --resume
[ -e out-2-3/statements/part-00001.jsonl ] || { echo "--resume did not redo a missing partition"; fail=1; }
[ "$(stat -c %y out-2-3/statements/part-00000.jsonl)" = "$kept" ] ||
  { echo "--resume redid a finished partition"; fail=1; }

# A worker process killed in the middle of a task (the second partition's model count): Dask runs
# the task again on a restarted worker, and the output is the same.
cat > flaky-claimdiff <<FLAKY
#!/usr/bin/env bash
if [[ " \$* " == *" model count "*part-00001* && ! -e "$work/killed" ]]; then
  touch "$work/killed"
  kill -9 "\$PPID"
  sleep 5
fi
exec "$claimdiff" "\$@"
FLAKY
chmod +x flaky-claimdiff
CLAIMDIFF_UNDER_TEST="$work/flaky-claimdiff" run_and_compare 2 3 out-killed
[ -e "$work/killed" ] || { echo "the worker was never killed"; fail=1; }

[ "$fail" = 0 ] && echo "dask identity: statements, model and claims identical at 1x1, 2x3, 2x5, after --resume and a killed worker"
exit "$fail"
