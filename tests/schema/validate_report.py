#!/usr/bin/python3
"""Validates a claimdiff JSON report against schema/report.schema.json, and checks what a schema
cannot: every statement id unique, claim members and divergence statements refer to statements,
and statement offsets lie inside their article. usage: validate_report.py SCHEMA REPORT"""
import json
import sys

import jsonschema


def main(schema_path, report_path):
    schema = json.load(open(schema_path, encoding="utf-8"))
    report = json.load(open(report_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(report), key=lambda e: list(e.path))
    for error in errors[:20]:
        print("schema:", "/".join(map(str, error.path)), error.message[:200])
    ids = [s["id"] for s in report["statements"]]
    problems = []
    if len(ids) != len(set(ids)):
        problems.append("statement ids are not unique")
    known = set(ids)
    sizes = {a["id"]: a.get("bytes") for a in report["articles"]}
    for s in report["statements"]:
        if s["article"] not in sizes:
            problems.append(f"{s['id']}: unknown article {s['article']}")
        elif sizes[s["article"]] is not None and not (0 <= s["begin"] <= s["end"] <= sizes[s["article"]]):
            problems.append(f"{s['id']}: span outside its article")
    for c in report["claims"]:
        for m in c["members"]:
            if m not in known:
                problems.append(f"{c['id']}: unknown member {m}")
        for d in c["divergences"]:
            for v in d.get("values", []):
                # an omission names an article and no statement
                if v["statement"] and v["statement"] not in known:
                    problems.append(f"{c['id']}: divergence names unknown statement {v['statement']}")
    for p in problems[:20]:
        print("check:", p)
    if errors or problems:
        return 1
    print(f"valid: {len(report['statements'])} statements, {len(report['claims'])} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
