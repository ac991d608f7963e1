#!/usr/bin/env bash
# NER accuracy side by side: recense's shipped model and spaCy
# fr_core_news_md on every gold set the project has, scored in one run by
# the same scorer (`recense evaluate`: exact span and label; spaCy's MISC
# counts as a wrong prediction). spaCy runs over exactly the texts scored
# (`evaluate --save-gold-texts`). Prints a Markdown table of headline F1
# (micro over PER, LOC, ORG) and the difference. Europeana BnF is left out:
# its BIO file is one 1 MB document, over spaCy's default max_length.
# Usage: bench/ner-side-by-side.sh  (spaCy from PyPI into ~/.cache/recense-peers on first use)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared
VENV=${RECENSE_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/recense-peers}
WORK=${RECENSE_BENCH_DIR:-/tmp/recense-ner-side-by-side}
[ -x "$VENV/bin/python" ] || bash $SHARED/bench/setup-peers.sh "$VENV"
cargo build --release --quiet
BIN=target/release/recense
rm -rf "$WORK" && mkdir -p "$WORK"

# name|gold path|what it is
SETS=(
  "winer-test|$SHARED/data/ner/winer-fr/test|WiNER-fr test (Wikinews 2018, the model's own domain)"
  "seed|$SHARED/data/news/seed/interpol-liberterra-ii.gold.jsonl|the seed article (2024)"
  "gold-train|corpus/gold/train|project gold, train (Wikinews 2012; trained on)"
  "gold-dev|corpus/gold/dev|project gold, dev (Wikinews 2012; trained on)"
  "ner-dev|corpus/gold/ner-dev|Wikinews 2012 entity dev (trained on)"
  "ner-test|corpus/gold/ner-test|Wikinews 2012 entity test (frozen, never trained on)"
  "hipe-test|$SHARED/data/ner/hipe2022-newseye-fr/HIPE-2022-v2.1-newseye-test-fr.tsv|HIPE-2022 NewsEye test (19th–20th c. press, OCR)"
)
# headline F1, or "-" for a set without entity gold
f1() { python3 -c "import json,sys; r=(json.load(open(sys.argv[1])).get('entities') or {}).get('headline_f1'); print('-' if r is None else f'{r:.3f}')" "$1"; }
echo "| gold set | documents | recense | spaCy md | recense − spaCy |"
echo "|---|---:|---:|---:|---:|"
for entry in "${SETS[@]}"; do
  IFS='|' read -r name gold about <<< "$entry"
  $BIN evaluate --gold "$gold" --json --save-gold-texts "$WORK/$name-texts" > "$WORK/$name-recense.json"
  "$VENV/bin/python" $SHARED/bench/spacy_ner.py fr_core_news_md "$WORK/$name-texts" --out "$WORK/$name-spacy.jsonl" > /dev/null
  $BIN evaluate --gold "$gold" --pred "$WORK/$name-spacy.jsonl" --json > "$WORK/$name-spacy.json"
  docs=$(ls "$WORK/$name-texts" | wc -l)
  ours=$(f1 "$WORK/$name-recense.json"); theirs=$(f1 "$WORK/$name-spacy.json")
  diff=$(python3 -c "import sys; a, b = sys.argv[1:]; print('-' if '-' in (a, b) else f'{float(a) - float(b):+.3f}')" "$ours" "$theirs")
  echo "| $about | $docs | $ours | $theirs | $diff |"
done
