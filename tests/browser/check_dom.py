#!/usr/bin/env python3
"""Checks a DOM that headless Chromium dumped (--dump-dom) from a claimdiff HTML report.

usage: check_dom.py DOM.html [--hostile] [--min-cards N] [--visible N]

Always: the report's script ran (data-ready="1" on <html>), claim cards carry data-claim-id, the
coverage matrix (id="coverage") has a row per article and a cell per claim, and no element has an
event-handler attribute or loads anything. With --hostile (the fixture built from articles carrying
<script> and onerror=): the hostile script and image are text, the title is untouched, nothing was
marked by the article's script, and the cards show <ins>, <del> and <mark> highlights. With
--visible N: exactly N claim cards are not hidden (the filter box's script filtered the rest).
Standard library only; exits 1 with one line per failed check."""
import sys
from html.parser import HTMLParser


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open elements: (tag, attrs)
        self.html_attrs = {}
        self.title = ""
        self.scripts = 0
        self.cards = []          # data-claim-id values
        self.visible = 0         # cards without the hidden attribute
        self.card_marks = {"ins": 0, "del": 0, "mark": 0}
        self.handlers = []       # elements with on* attributes
        self.loaders = []        # elements that would fetch something
        self.images = 0
        self.coverage_rows = 0
        self.coverage_cells = 0
        self.text = []
        self.body_attrs = {}

    def inside(self, predicate):
        return any(predicate(tag, attrs) for tag, attrs in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_attrs = a
        if tag == "body":
            self.body_attrs = a
        if tag == "script":
            self.scripts += 1
        if tag == "img":
            self.images += 1
        for name in a:
            if name.startswith("on"):
                self.handlers.append(tag + " " + name)
        if "src" in a or (tag == "link" and "href" in a):
            self.loaders.append(tag)
        if "data-claim-id" in a:
            self.cards.append(a["data-claim-id"])
            if "hidden" not in a:
                self.visible += 1
        if tag in self.card_marks and self.inside(lambda t, at: "data-claim-id" in at):
            self.card_marks[tag] += 1
        in_coverage = self.inside(lambda t, at: at.get("id") == "coverage")
        if in_coverage and tag == "tr" and self.inside(lambda t, at: t == "tbody"):
            self.coverage_rows += 1
        if in_coverage and tag == "td":
            self.coverage_cells += 1
        if tag not in ("meta", "br", "hr", "input", "img", "link", "col", "wbr", "source"):
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "title":
            self.title += data
        self.text.append(data)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    hostile = "--hostile" in argv
    min_cards = 1
    if "--min-cards" in argv:
        min_cards = int(argv[argv.index("--min-cards") + 1])
    visible = None
    if "--visible" in argv:
        visible = int(argv[argv.index("--visible") + 1])
    dom = Dom()
    with open(argv[0], encoding="utf-8") as f:
        dom.feed(f.read())
    text = "".join(dom.text)
    failures = []

    def check(ok, message):
        if not ok:
            failures.append(message)

    check(dom.html_attrs.get("data-ready") == "1", "the report's own script did not run (no data-ready)")
    check(len(dom.cards) >= min_cards, f"{len(dom.cards)} claim cards, want at least {min_cards}")
    check(len(dom.cards) == len(set(dom.cards)), "duplicate data-claim-id")
    check(dom.coverage_rows >= 1, "no coverage matrix rows (id=coverage)")
    check(dom.coverage_cells == dom.coverage_rows * len(dom.cards),
          f"coverage matrix has {dom.coverage_cells} cells for {dom.coverage_rows} rows x {len(dom.cards)} claims")
    check(not dom.handlers, "event-handler attributes: " + ", ".join(dom.handlers))
    check(not dom.loaders, "elements that load resources: " + ", ".join(dom.loaders))
    check(dom.scripts == 1, f"{dom.scripts} script elements, want only the report's own")
    check(dom.title.startswith("claimdiff"), f"title changed to {dom.title!r}")
    if visible is not None:
        check(dom.visible == visible, f"{dom.visible} claim cards visible after filtering, want {visible}")
    if hostile:
        check("pwned" not in dom.title, "the article's script changed the title")
        check("data-pwned" not in dom.body_attrs, "the article's onerror handler ran")
        check(dom.images == 0, "the article's <img> became an element")
        check("<script>document.title='pwned'</script>" in text, "the hostile script is not shown as text")
        check("onerror=" in text, "the hostile onerror= is not shown as text")
        for tag, n in dom.card_marks.items():
            check(n > 0, f"no <{tag}> highlight inside the claim cards")
    for line in failures:
        print("FAIL:", line)
    if not failures:
        print(f"ok: {len(dom.cards)} claim cards, coverage {dom.coverage_rows} x {len(dom.cards)}, "
              f"highlights {dom.card_marks}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
