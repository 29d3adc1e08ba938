#!/usr/bin/env python3
"""Framing terms flagged per 1,000 words of each article of a claimdiff report, so that a framing
recall is read beside how much was flagged to reach it (flagging every word would find every term).

usage: scripts/framing_density.py REPORT.json [ARTICLE_DIR]

Words are counted in each article's source file (articles[].source_file, or ARTICLE_DIR/<id>.txt
when given). Prints one row per article, then the mean and the highest. Standard library only."""
import json, os, re, sys

def main(argv):
    if not argv:
        print(__doc__); return 2
    report = json.load(open(argv[0], encoding="utf-8"))
    folder = argv[1] if len(argv) > 1 else None
    rows = []
    for article in report.get("articles", []):
        path = os.path.join(folder, article["id"] + ".txt") if folder else article.get("source_file", "")
        try:
            text = open(path, encoding="utf-8").read()
        except OSError:
            print(f"{article['id']}: no text at {path!r}", file=sys.stderr); continue
        words = len(re.findall(r"\w+(?:['’-]\w+)*", text))
        terms = article.get("framing") or []
        per_k = 1000.0 * len(terms) / words if words else 0.0
        rows.append(per_k)
        print(f"{article['id'][:40]:40s} {words:6d} words {len(terms):4d} terms {per_k:6.1f} per 1,000 words")
    if rows:
        print(f"{'mean':40s} {sum(rows) / len(rows):37.1f}\n{'highest':40s} {max(rows):37.1f}")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
