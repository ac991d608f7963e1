#!/usr/bin/env bash
# How steady the event model is under a small change of its training data:
# train on corpus/gold/{train,dev}, then six times with one article left out
# (a different one each time), and count the facts of the three held-out
# sets (holdout, holdout2, holdout3, pooled) whose event differs from the
# full model's. A retrain after any change to the count candidates moves
# predictions by about this much, whatever the change is worth. Prints the
# pooled held-out fact F1 of the full model and the flips. Usage (from the
# repository root):
#   corpus/gold/src/stability_facts.sh [RECENSE_BINARY]
set -euo pipefail
BIN=${1:-target/release/recense}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/pool"
cp corpus/gold/holdout/*.jsonl corpus/gold/holdout2/*.jsonl corpus/gold/holdout3/*.jsonl "$W/pool/"
ls corpus/gold/train/*.jsonl corpus/gold/dev/*.jsonl | sort > "$W/files"
n=$(wc -l < "$W/files")

"$BIN" train-facts --gold corpus/gold/train corpus/gold/dev --out "$W/full.bin" 2> /dev/null
"$BIN" evaluate --gold "$W/pool" --facts-model "$W/full.bin" --save-pred "$W/full.jsonl" --json \
  | python3 -c "import json, sys; print('pooled held-out fact F1 %.4f' % json.load(sys.stdin)['facts']['f1'])"
total=0
for k in 0 1 2 3 4 5; do
  left_out=$(( (k * 37 + 11) % n + 1 ))
  mkdir -p "$W/drop$k"
  awk -v i=$left_out 'NR != i' "$W/files" | xargs cp -t "$W/drop$k/"
  "$BIN" train-facts --gold "$W/drop$k" --out "$W/drop$k.bin" 2> /dev/null
  "$BIN" evaluate --gold "$W/pool" --facts-model "$W/drop$k.bin" --save-pred "$W/drop$k.jsonl" --json > /dev/null
  flips=$(python3 - "$W/full.jsonl" "$W/drop$k.jsonl" <<'PY'
import json, sys
def events(path):
    return {r['doc']: {f['quantity']['start']: f['event'] for f in r['facts']} for r in map(json.loads, open(path))}
full, other = events(sys.argv[1]), events(sys.argv[2])
print(sum(other.get(doc, {}).get(q) != e for doc in full for q, e in full[doc].items()))
PY
)
  echo "without $(basename "$(sed -n "${left_out}p" "$W/files")" .gold.jsonl): $flips facts change event"
  total=$((total + flips))
done
echo "flips over six one-article changes: $total"
