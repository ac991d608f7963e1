#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png): the report
# of corpus/ and the seed's article view, taken by the browser checks in
# headless Chromium. PYTHON names a Python with playwright and pillow.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
work=$(mktemp -d)
cargo build --release --quiet
BIN=target/release/recense
$BIN extract corpus --out "$work/out" --quiet
$BIN report "$work/out"
$BIN show corpus/seed/interpol-liberterra-ii.txt --out "$work/seed.html"
$BIN show tests/fixtures/report/hostile.txt --out "$work/hostile.html"
"$PYTHON" tests/browser/check_report.py --report "$work/out/report.html" --show "$work/seed.html" \
  --hostile "$work/hostile.html" --screenshots "$work/shots" > /dev/null
cp "$work/shots/report.png" "$work/shots/article.png" docs/screenshots/
rm -rf "$work"
echo "docs/screenshots/report.png, docs/screenshots/article.png"
