#!/usr/bin/env bash
# The report of a large corpus (issue 17): corpus/'s articles repeated to
# ARTICLES (default 10 000), extracted, then `recense report` timed
# (hyperfine when installed), its size, and how long headless Chromium
# takes to load report.html and one article view from file://.
# Usage: bench/report.sh [ARTICLES]; PYTHON names a Python with playwright,
# RECENSE_BIN a built binary (else this builds one).
set -euo pipefail
RECENSE_BIN_ABSOLUTE=$([ -z "${RECENSE_BIN:-}" ] || realpath "$RECENSE_BIN")
cd "$(dirname "$0")/.."
ARTICLES=${1:-10000}
WORK=${RECENSE_BENCH_DIR:-/tmp/recense-report-bench}
PYTHON=${PYTHON:-python3}
if [ -n "${RECENSE_BIN:-}" ]; then
  BIN=$RECENSE_BIN_ABSOLUTE
else
  cargo build --release --quiet --bin recense
  BIN=$PWD/target/release/recense
fi

rm -rf "$WORK" && mkdir -p "$WORK/corpus"
python3 bench/replicate_corpus.py "$WORK/corpus" --articles "$ARTICLES"
$BIN extract "$WORK/corpus" --out "$WORK/out" --quiet --formats parquet

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs 5 --export-json "$WORK/hyperfine.json" "$BIN report $WORK/out" > /dev/null
  seconds=$(python3 -c "import json; print(round(json.load(open('$WORK/hyperfine.json'))['results'][0]['mean'], 2))")
else
  start=$(date +%s.%N); $BIN report "$WORK/out" 2> /dev/null; end=$(date +%s.%N)
  seconds=$(python3 -c "print(round($end - $start, 2))")
fi
report_bytes=$(stat -c %s "$WORK/out/report.html")
views_bytes=$( (du -sb "$WORK/out/report-articles" 2> /dev/null || echo 0) | cut -f1)
views=$( (ls "$WORK/out/report-articles" 2> /dev/null || true) | wc -l)

"$PYTHON" - "$WORK/out" <<'PY' > "$WORK/load.txt"
import pathlib, sys, time
from playwright.sync_api import sync_playwright
out = pathlib.Path(sys.argv[1])
args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
    page = browser.new_context(offline=True).new_page()
    def load(path):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            page.goto(path.resolve().as_uri(), wait_until="load")
            took = time.perf_counter() - start
            best = took if best is None else min(best, took)
        return best
    views = sorted((out / "report-articles").glob("*.html"))
    view = load(views[0]) if views else float("nan")
    print(f"{load(out / 'report.html'):.2f} {view:.2f}")
    browser.close()
PY
read -r load_report load_view < "$WORK/load.txt"
cat <<TABLE
| articles | report build (s) | report.html (MB) | article views | views folder (MB) | Chromium load, report (s) | Chromium load, one view (s) |
|---:|---:|---:|---:|---:|---:|---:|
| $ARTICLES | $seconds | $(python3 -c "print(round($report_bytes / 1e6, 1))") | $views | $(python3 -c "print(round($views_bytes / 1e6, 1))") | $load_report | $load_view |
TABLE
