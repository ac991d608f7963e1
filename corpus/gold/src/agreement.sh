#!/usr/bin/env bash
# How well the gold's annotation process reproduces itself: the same seven
# fresh WiNER articles annotated twice, blind, into corpus/gold/repro-a and
# corpus/gold/repro-b, each scored against the other with recense's scorer,
# then recense scored against each. Usage (from the repository root):
#   corpus/gold/src/agreement.sh [RECENSE_BINARY]
set -euo pipefail
BIN=${1:-target/release/recense}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cat corpus/gold/repro-a/*.gold.jsonl > "$W/a.jsonl"
cat corpus/gold/repro-b/*.gold.jsonl > "$W/b.jsonl"
summary() {
  python3 -c "
import json, sys
r = json.load(sys.stdin); q, f = r['quantities'], r['facts']
print('%s: quantity F1 %.3f (kind %.3f, value %.3f, unit %.3f); fact F1 %.3f (location %.3f, country %.3f, date %.3f)'
      % ('$1', q['f1'], q['kind_accuracy'], q['value_accuracy'], q['unit_accuracy'], f['f1'], f['location_accuracy'], f['country_accuracy'], f['date_accuracy']))"
}
"$BIN" evaluate --gold corpus/gold/repro-a --pred "$W/b.jsonl" --json | summary "second annotation against the first"
"$BIN" evaluate --gold corpus/gold/repro-b --pred "$W/a.jsonl" --json | summary "first annotation against the second"
"$BIN" evaluate --gold corpus/gold/repro-a --json | summary "recense against the first"
"$BIN" evaluate --gold corpus/gold/repro-b --json | summary "recense against the second"

# repro-c: sixteen articles of holdout2/ (8) and dev/ (8), annotated a
# second time, blind, years of briefs after the first; each half scored
# apart, since the event model trains on dev/ but never on holdout2/.
for split in holdout2 dev; do
  mkdir -p "$W/$split-first" "$W/$split-second"
  for f in corpus/gold/repro-c/*.gold.jsonl; do
    id=$(basename "$f")
    if [ -f "corpus/gold/$split/$id" ]; then
      cp "corpus/gold/$split/$id" "$W/$split-first/"
      cp "$f" "$W/$split-second/"
    fi
  done
  cat "$W/$split-first"/*.jsonl > "$W/$split-first.jsonl"
  cat "$W/$split-second"/*.jsonl > "$W/$split-second.jsonl"
  "$BIN" evaluate --gold "$W/$split-first" --pred "$W/$split-second.jsonl" --json | summary "repro-c ($split half): second annotation against the first"
  "$BIN" evaluate --gold "$W/$split-second" --pred "$W/$split-first.jsonl" --json | summary "repro-c ($split half): first annotation against the second"
  "$BIN" evaluate --gold "$W/$split-first" --json | summary "repro-c ($split half): recense against the first"
  "$BIN" evaluate --gold "$W/$split-second" --json | summary "repro-c ($split half): recense against the second"
done
