#!/usr/bin/env bash
# Agreement between two blind annotations of the same articles: the 12
# `dev` articles annotated a second time into corpus/gold/iaa, scored with
# recense's own scorer both ways (each annotation as the gold, the other as
# the prediction). Usage (from the repository root):
#   corpus/gold/src/agreement.sh [RECENSE_BINARY]
set -euo pipefail
BIN=${1:-target/release/recense}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/first"
for second in corpus/gold/iaa/*.gold.jsonl; do
  cp "corpus/gold/dev/$(basename "$second")" "$W/first/"
done
cat corpus/gold/iaa/*.gold.jsonl > "$W/second.jsonl"
cat "$W"/first/*.gold.jsonl > "$W/first.jsonl"
for way in "first $W/first $W/second.jsonl" "second corpus/gold/iaa $W/first.jsonl"; do
  set -- $way
  "$BIN" evaluate --gold "$2" --pred "$3" --json | python3 -c "
import json, sys
r = json.load(sys.stdin); q, f = r['quantities'], r['facts']
print('%s annotation as gold: quantity F1 %.3f (kind %.3f, value %.3f, unit %.3f); fact F1 %.3f (location %.3f, country %.3f, date %.3f)'
      % ('$1', q['f1'], q['kind_accuracy'], q['value_accuracy'], q['unit_accuracy'], f['f1'], f['location_accuracy'], f['country_accuracy'], f['date_accuracy']))"
done
