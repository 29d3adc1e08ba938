#!/usr/bin/env python3
"""Fits the claim pair model (data/models/claim_pairs.txt) on annotated events, and reports
in-sample and leave-one-event-out figures beside the TF-IDF peer.

usage: scripts/fit_claims.py [--bin build/bench/claim_fit] [--work DIR] [--write] [--ridge R]
                             [--features a,b,...] [--objective b3|b3+pair] [--align name=value]
                             EVENT_DIR...

1. `claim_fit pairs` runs the default pipeline once per event and writes the candidate pairs'
   features; the gold (score.py's matching of statements to gold anchors) labels each pair whose
   two statements are gold statements: 1 for one gold claim, 0 for two claims that are not
   `compatible` (pairs within one X- claim, or of compatible claims, are left out).
2. `claim_fit sweep` fits a regularised logistic regression on the events of each fold (all events;
   each event left out in turn), each event weighing the same, and writes the report of every event
   at every clustering threshold of a grid.
3. Each fold's threshold is the best mean objective over its own events; a left-out event is scored
   at its fold's threshold (leave-one-event-out), the fold of all events gives the in-sample figures
   and, with --write, the committed model (a header saying how it was fitted, then the model).
Standard library only; deterministic."""
import json, os, subprocess, sys, tempfile
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "eval")
sys.path.insert(0, SHARED)
from score import score, norm  # noqa: E402
from peer_tfidf import regroup  # noqa: E402

PEER_GRID = [round(0.05 * i, 2) for i in range(1, 13)]
SHOWN = ["alignment.b3.f1", "alignment.f1", "figure_divergences.recall", "figure_divergences.precision"]


def match(gold, report):
    """score.py's matching: gold statement id -> report statement id."""
    stmts = report["statements"]
    content = {s["id"]: norm(s.get("content") or s.get("text") or "") for s in stmts}
    taken, found = set(), {}
    for g in gold["statements"]:
        a = norm(g["anchor"])
        cands = [s for s in stmts if s.get("article") == g["article"] and s["id"] not in taken and a in content[s["id"]]]
        if cands:
            best = min(cands, key=lambda s: len(content[s["id"]]))
            found[g["id"]] = best["id"]
            taken.add(best["id"])
    return found


def labels(gold, report):
    m = match(gold, report)
    compatible = {frozenset(p) for p in gold.get("compatible", [])}
    known = [g for g in gold["statements"] if g.get("required", True) and g.get("claim") and g["id"] in m]
    out = []
    for g1, g2 in combinations(known, 2):
        c1, c2 = g1["claim"], g2["claim"]
        if c1 == c2:
            if c1.startswith("X-"):
                continue
            label = 1
        elif frozenset((c1, c2)) in compatible:
            continue
        else:
            label = 0
        out.append((m[g1["id"]], m[g2["id"]], label))
    return out


def objective(metrics, kind):
    if kind == "b3":
        return metrics["alignment.b3.f1"]
    return 0.5 * (metrics["alignment.b3.f1"] + metrics["alignment.f1"])


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode:
        raise SystemExit(f"{' '.join(cmd[:2])}: exit {p.returncode}: {p.stderr.strip()[:500]}")
    return p.stdout


def main(argv):
    opts = {"--bin": os.path.join(ROOT, "build", "bench", "claim_fit"), "--work": None, "--ridge": "1",
            "--features": None, "--objective": "b3+pair"}
    write, events, align, i = False, [], [], 0
    while i < len(argv):
        if argv[i] == "--align":
            align += ["--align", argv[i + 1]]; i += 2
        elif argv[i] in opts:
            opts[argv[i]] = argv[i + 1]; i += 2
        elif argv[i] == "--write":
            write = True; i += 1
        else:
            events.append(argv[i].rstrip("/")); i += 1
    if not events:
        print(__doc__); return 2
    work = opts["--work"] or tempfile.mkdtemp(prefix="claim-fit-")
    names = [os.path.basename(e) for e in events]
    golds = {n: json.load(open(os.path.join(e, "gold.json"), encoding="utf-8")) for n, e in zip(names, events)}
    run([opts["--bin"], "pairs", work] + align + events)
    base = {}
    for n in names:
        base[n] = json.load(open(os.path.join(work, n, "report.json"), encoding="utf-8"))
        with open(os.path.join(work, n, "labels.tsv"), "w", encoding="utf-8") as f:
            for a, b, label in labels(golds[n], base[n]):
                f.write(f"{a}\t{b}\t{label}\n")
    sweep = [opts["--bin"], "sweep", work, "--ridge", opts["--ridge"]] + align
    if opts["--features"]:
        sweep += ["--features", opts["--features"]]
    sys.stderr.write(run(sweep + events))
    folds = {"all": names}
    for n in names:
        folds["without-" + n] = [x for x in names if x != n]
    chosen, metrics = {}, {}
    for fold, train in folds.items():
        fold_dir = os.path.join(work, "fold-" + fold)
        for t in sorted(d for d in os.listdir(fold_dir) if d.startswith("t")):
            for n in names:
                rep = json.load(open(os.path.join(fold_dir, t, n + ".json"), encoding="utf-8"))
                metrics[(fold, t, n)] = score(golds[n], rep)[0]
        thresholds = sorted({t for (f, t, _) in metrics if f == fold})
        chosen[fold] = max(thresholds, key=lambda t: (sum(objective(metrics[(fold, t, n)], opts["--objective"]) for n in train), -float(t[1:])))
    peer = {n: {t: score(golds[n], regroup(base[n], t))[0] for t in PEER_GRID} for n in names}
    peer_t = max(PEER_GRID, key=lambda t: sum(peer[n][t]["alignment.b3.f1"] for n in names))
    t_all = chosen["all"]
    rows = []
    print(f"in-sample threshold {t_all[1:]}; peer threshold {peer_t}")
    print(f"{'event':36s} {'B3F1':>6s} {'pairF1':>6s} {'figR':>6s} {'figP':>6s} | LOEO@t {'B3F1':>6s} {'pairF1':>6s} | peer B3F1 | singletons")
    for n in names:
        ins = metrics[("all", t_all, n)]
        held_t = chosen["without-" + n]
        out = metrics[("without-" + n, held_t, n)]
        single = score(golds[n], regroup(base[n], "singletons"))[0]["alignment.b3.f1"]
        rows.append((n, ins, out, peer[n][peer_t]["alignment.b3.f1"], single, held_t))
        print(f"{n[:36]:36s} " + " ".join(f"{ins[k]:6.3f}" for k in SHOWN) +
              f" | {held_t[1:]:6s} {out['alignment.b3.f1']:6.3f} {out['alignment.f1']:6.3f} | {peer[n][peer_t]['alignment.b3.f1']:9.3f} | {single:6.3f}")
    mean = lambda f: sum(f(r) for r in rows) / len(rows)
    print(f"{'mean':36s} " + " ".join(f"{mean(lambda r: r[1][k]):6.3f}" for k in SHOWN) +
          f" | {'':6s} {mean(lambda r: r[2]['alignment.b3.f1']):6.3f} {mean(lambda r: r[2]['alignment.f1']):6.3f} | "
          f"{mean(lambda r: r[3]):9.3f} | {mean(lambda r: r[4]):6.3f}")
    if write:
        model = open(os.path.join(work, "fold-all", "model.txt"), encoding="utf-8").read().splitlines()
        body = [("threshold " + t_all[1:]) if line.startswith("threshold ") else line for line in model if not line.startswith("#")]
        header = [
            "# claimdiff claim pair model: P(two statements render one claim) from detail::claim_features.",
            f"# Logistic regression (Newton/IRLS, L2 penalty {opts['--ridge']} on standardised weights), each event",
            "# weighing the same, on the candidate pairs of the news-dev events whose statements both match gold",
            "# statements (label: one gold claim or not; compatible claims left out): " + ", ".join(names) + ".",
            f"# threshold: the clustering threshold (average linkage over pair probabilities) with the best mean",
            f"# {'B-cubed F1' if opts['--objective'] == 'b3' else '(B-cubed F1 + pairwise F1) / 2'} over those events.",
            f"# In-sample mean B3 F1 {mean(lambda r: r[1]['alignment.b3.f1']):.3f}, pairwise F1 {mean(lambda r: r[1]['alignment.f1']):.3f};"
            f" leave-one-event-out B3 F1 {mean(lambda r: r[2]['alignment.b3.f1']):.3f}, pairwise F1 {mean(lambda r: r[2]['alignment.f1']):.3f}.",
            "# Redo: python3 scripts/fit_claims.py --write ../shared/bench-data/news-dev/*",
        ]
        path = os.path.join(ROOT, "data", "models", "claim_pairs.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(header + body) + "\n")
        print("wrote", path)
    print("work:", work, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
