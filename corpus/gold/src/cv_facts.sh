#!/usr/bin/env bash
# 5-fold cross-validation of the event model over corpus/gold/{train,dev}
# (or the splits in $SPLITS):
# articles in file-name order, fold k = every fifth from the k-th; train on
# four folds (`recense train-facts`), score the fifth with that model, pool
# the five folds' predictions and score them together. Prints fact F1 and
# location, country and date accuracy. Usage (from the repository root):
#   corpus/gold/src/cv_facts.sh [RECENSE_BINARY]     (EPOCHS=n to change epochs)
# SPLITS="train dev holdout holdout2 holdout5 holdout6 holdout7 holdout8" pools
# every set whose errors may be read (995 facts) for a steadier figure.
set -euo pipefail
BIN=${1:-target/release/recense}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/all"
for split in ${SPLITS:-train dev}; do ls corpus/gold/$split/*.jsonl; done | sort > "$W/files"
xargs -a "$W/files" cp -t "$W/all/"
for k in 0 1 2 3 4; do
  mkdir -p "$W/train$k" "$W/test$k"
  awk -v k=$k 'NR % 5 == k' "$W/files" | xargs cp -t "$W/test$k/"
  awk -v k=$k 'NR % 5 != k' "$W/files" | xargs cp -t "$W/train$k/"
  "$BIN" train-facts --epochs "${EPOCHS:-3}" --gold "$W/train$k" --out "$W/model$k.bin" 2> /dev/null
  "$BIN" evaluate --gold "$W/test$k" --facts-model "$W/model$k.bin" --save-pred "$W/pred$k.jsonl" --json > /dev/null
done
cat "$W"/pred?.jsonl > "$W/pred.jsonl"
"$BIN" evaluate --gold "$W/all" --pred "$W/pred.jsonl" --json | python3 -c "
import json, sys
r = json.load(sys.stdin)['facts']
print('5-fold CV: fact F1 %.3f, location %.3f, country %.3f, date %.3f' % (r['f1'], r['location_accuracy'], r['country_accuracy'], r['date_accuracy']))"
