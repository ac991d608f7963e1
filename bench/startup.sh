#!/usr/bin/env bash
# Start-up: `recense annotate` of an empty file (models loaded, nothing to
# analyse), mean seconds over 30 runs (hyperfine when installed, else a
# timed loop) and peak RSS. Prints "startup_seconds N" and "startup_rss_mb N".
# Usage: bench/startup.sh [RECENSE_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/recense}
WORK=$(mktemp -d)
: > "$WORK/empty.txt"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs 30 --export-json "$WORK/h.json" "$BIN annotate $WORK/empty.txt" > /dev/null 2>&1
  seconds=$(python3 -c "import json; print(round(json.load(open('$WORK/h.json'))['results'][0]['mean'], 4))")
else
  seconds=$(python3 - "$BIN" "$WORK/empty.txt" <<'PY'
import subprocess, sys, time
runs = []
for i in range(33):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "annotate", sys.argv[2]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - start)
print(round(sum(runs[3:]) / len(runs[3:]), 4))
PY
)
fi
rss=$(/usr/bin/time -f "%M" "$BIN" annotate "$WORK/empty.txt" 2>&1 > /dev/null | tail -1)
echo "startup_seconds $seconds"
echo "startup_rss_mb $(python3 -c "print(round($rss / 1024, 1))")"
rm -rf "$WORK"
