#!/usr/bin/env python3
"""Builds a claimdiff manifest (CSV: file, outlet, date, url) from an event's SOURCES.md.

usage: sources_manifest.py EVENT_DIR [-o FILE]

SOURCES.md holds a Markdown table with a header row naming at least the columns `file` and
`outlet` (and optionally `address` or `url`, and a `date ...` column). An outlet cell may carry a
note after the name ("The Week (India)", "Daybreak (Nigeria), byline ...", "CTV News (Canada). The
wording is AP's"): the manifest keeps the name, up to the first " (", ", " or ". ". A date is kept
only when the cell starts with one (ISO "2024-03-27" or "October 4, 2024"); "not given" and
"stored copy dated ..." (when a page was saved, not published) give none. Standard library only;
writes to standard output unless -o is given. Exit 2 when the table is missing."""
import csv, datetime, io, os, re, sys

MONTH_DATE = re.compile(r"^([A-Z][a-z]+\.? \d{1,2}, \d{4})")
ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})\b")


def fail(message):
    print(f"sources_manifest.py: {message}", file=sys.stderr); sys.exit(2)


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def outlet_name(cell):
    name = cell.replace("`", "")
    for stop in (" (", ", ", ". "):
        at = name.find(stop)
        if at > 0: name = name[:at]
    return name.strip()


def date_of(cell):
    cell = cell.strip().strip('"')
    if m := ISO_DATE.match(cell): return m.group(1)
    if m := MONTH_DATE.match(cell):
        for fmt in ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y"):
            try: return datetime.datetime.strptime(m.group(1), fmt).date().isoformat()
            except ValueError: pass
    return ""


def rows(markdown):
    """The rows of the first table whose header has 'file' and 'outlet', as dicts keyed by header."""
    header = None
    for line in markdown.splitlines():
        if not line.lstrip().startswith("|"):
            if header: break
            continue
        row = cells(line)
        if header is None:
            names = [c.lower() for c in row]
            if "file" in names and "outlet" in names: header = names
        elif not all(set(c) <= set("-: ") for c in row):
            yield dict(zip(header, row))


def manifest(event_dir):
    path = os.path.join(event_dir, "SOURCES.md")
    try:
        with open(path, encoding="utf-8") as f: found = list(rows(f.read()))
    except OSError as error: fail(f"{path}: {error.strerror}")
    if not found: fail(f"{path}: no table with 'file' and 'outlet' columns")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "outlet", "date", "url"])
    for row in found:
        url = next((row[k] for k in ("url", "address") if k in row), "")
        date = next((date_of(v) for k, v in row.items() if k.startswith("date")), "")
        writer.writerow([row["file"].strip("`"), outlet_name(row["outlet"]), date, url if url.startswith("http") else ""])
    return out.getvalue()


def main(argv):
    if not argv or argv[0] in ("-h", "--help"): print(__doc__); return 0 if argv else 2
    text = manifest(argv[0])
    if len(argv) >= 3 and argv[1] == "-o":
        with open(argv[2], "w", encoding="utf-8") as f: f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
