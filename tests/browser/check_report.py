"""Opens recense's HTML in headless Chromium, offline, and checks what a
reader sees (issue 17). Run by .ci/run; needs Debian's chromium and the
`playwright` and `pillow` packages (Playwright drives the system Chromium:
no browser is downloaded).

    python tests/browser/check_report.py --report OUT/report.html \
        --show SEED.html --hostile HOSTILE.html --screenshots DIR [--json FILE]

Checks, each printed as "ok:" or "FAILED:" (exit 1 if any failed):
- the report and both article pages load from file:// with the network off,
  no request leaves the file, no console error, no dialog;
- the report has its charts, each with its data table, and the top-facts
  filter narrows the table to one event;
- the seed's view (in the report, and from `recense show`) has "2 571" marked
  as the figure of an ARREST fact, "Argentine" highlighted as LOC and
  "Liberterra II" as EVENT;
- a hostile article's <script> and <img onerror> are shown as text;
- screenshots of the report and the seed's view are PNGs of at least
  1000x800 that are not blank.
It also prints how long Chromium took to load the report (the bench uses it).
"""

import argparse
import json
import pathlib
import sys
import time

from PIL import Image
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium tries to reach Google's
# hosts at start; the checks below would count those as requests.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}

failures = []
figures = {}


def check(name, condition, detail=""):
    if condition:
        print(f"ok:     {name}")
    else:
        print(f"FAILED: {name} {detail}")
        failures.append(name)


class Watched:
    """A page whose requests, console errors and dialogs are recorded."""

    def __init__(self, context):
        self.page = context.new_page()
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, path):
        started = time.perf_counter()
        self.page.goto(pathlib.Path(path).resolve().as_uri(), wait_until="load")
        return time.perf_counter() - started

    def check_quiet(self, name):
        outside = [u for u in self.requests if not (u.startswith("file://") or u.startswith("data:"))]
        check(f"{name}: no request leaves the file", not outside, outside[:5])
        check(f"{name}: no console error", not self.errors, self.errors[:5])
        check(f"{name}: no dialog opened", not self.dialogs, self.dialogs[:5])


def check_screenshot(name, path):
    image = Image.open(path)
    width, height = image.size
    check(f"{name}: screenshot is at least 1000x800", width >= 1000 and height >= 800, (width, height))
    colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    check(f"{name}: screenshot is not blank", colours is None or len(colours) > 20, len(colours or []))


SEED_MARKS = """(root) => {
  const text = (el) => el.textContent.trim();
  const visible = (el) => el.getClientRects().length > 0;
  const marked = (sel, label) => [...root.querySelectorAll(sel)].filter((el) => visible(el) && text(el) === label);
  const fact = marked('span.qty.fact[data-event="ARREST"]', "2 571");
  const loc = marked('mark.ent[data-label="LOC"]', "Argentine");
  const event = marked('mark.ent[data-label="EVENT"]', "Liberterra II");
  const badge = fact.length ? getComputedStyle(fact[0], "::after").content : "";
  const shade = loc.length ? getComputedStyle(loc[0]).backgroundColor : "";
  return {fact: fact.length, badge, loc: loc.length, shade, event: event.length};
}"""


def check_seed_view(name, page, root_selector):
    marks = page.eval_on_selector(root_selector, SEED_MARKS)
    check(f"{name}: '2 571' is marked as the figure of an ARREST fact", marks["fact"] >= 1 and "ARREST" in marks["badge"], marks)
    check(f"{name}: 'Argentine' is highlighted as LOC", marks["loc"] >= 1 and marks["shade"] not in ("", "rgba(0, 0, 0, 0)"), marks)
    check(f"{name}: 'Liberterra II' is highlighted as EVENT", marks["event"] >= 1, marks)


def check_report(context, report, shots):
    watched = Watched(context)
    page = watched.page
    figures["report_load_seconds"] = round(watched.open(report), 3)
    charts = page.eval_on_selector_all(
        "figure.chart",
        "figs => figs.map(f => ({id: f.dataset.chart, svg: !!f.querySelector('svg'), rows: f.querySelectorAll('table.chart-data tbody tr').length}))",
    )
    ids = {c["id"] for c in charts}
    for wanted in ["facts-by-event", "people-by-event-country", "facts-by-month", "top-PER", "top-LOC", "top-ORG"]:
        check(f"report: chart {wanted} is present", wanted in ids, sorted(ids))
    drawn = [c for c in charts if c["rows"]]
    check("report: every chart with data is drawn and has its data table", drawn and all(c["svg"] for c in drawn), charts)
    page.screenshot(path=str(shots / "report.png"))
    check_screenshot("report", shots / "report.png")

    all_rows = page.locator("#top-facts tbody tr").count()
    page.select_option("#filter-event", "ARREST")
    shown = page.eval_on_selector_all("#top-facts tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.event)")
    check("report: the event filter keeps only ARREST facts", shown and set(shown) == {"ARREST"} and len(shown) < all_rows, (len(shown), all_rows))
    page.select_option("#filter-event", "")

    page.click("#articles a:text-is('interpol-liberterra-ii')")
    check_seed_view("report's article view", page, "article.view:target")
    page.locator("article.view:target").screenshot(path=str(shots / "report-article.png"))
    watched.check_quiet("report")


def check_show(context, show, shots):
    watched = Watched(context)
    watched.open(show)
    check_seed_view("show page", watched.page, "main")
    watched.page.screenshot(path=str(shots / "article.png"))
    check_screenshot("show page", shots / "article.png")
    watched.check_quiet("show page")


def check_hostile(context, hostile):
    watched = Watched(context)
    watched.open(hostile)
    shown = watched.page.inner_text("article.view .text")
    images = watched.page.locator("article.view img").count()
    check("hostile article: <script> shows as text", "<script>alert(1)</script>" in shown, shown[:200])
    check("hostile article: <img onerror> shows as text, no image element", "<img src=x onerror=alert(2)>" in shown and images == 0, shown[:200])
    watched.check_quiet("hostile article")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", required=True)
    parser.add_argument("--show", required=True)
    parser.add_argument("--hostile", required=True)
    parser.add_argument("--screenshots", required=True)
    parser.add_argument("--json")
    args = parser.parse_args()
    shots = pathlib.Path(args.screenshots)
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=VIEWPORT, offline=True)
        check_report(context, args.report, shots)
        check_show(context, args.show, shots)
        check_hostile(context, args.hostile)
        browser.close()
    print(json.dumps(figures))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({"failures": failures, **figures}))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
