"""Reliability of recense's entity confidences on a brat gold folder (WiNER).

    recense evaluate --gold GOLD --save-pred pred.jsonl [--ner-model M]
    python bench/ner-confidence.py GOLD pred.jsonl

Prints, per confidence bucket, how many predicted entities fall in it and
how many of those are right (exact span and label, the contract's rules:
spans inside another span and Date/Hour spans left out), then the expected
calibration error (ECE: the mean gap between confidence and precision,
weighted by bucket size).
"""
import json
import pathlib
import sys

LABELS = {"Person": "PER", "Location": "LOC", "Organization": "ORG", "Event": "EVENT", "Product": "PRODUCT"}
BUCKETS = [0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001]


def gold_entities(folder):
    gold = {}
    for ann in sorted(pathlib.Path(folder).glob("*.ann")):
        spans = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            kind_and_offsets = line.split("\t")[1]
            kind, start, end = kind_and_offsets.split(" ")[:3]
            spans.append((int(start), int(end), kind))
        outermost = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] and (o[0], o[1]) != (s[0], s[1]) for o in spans)]
        gold[ann.stem] = {(s, e, LABELS[k]) for s, e, k in outermost if k in LABELS}
    return gold


def main():
    gold = gold_entities(sys.argv[1])
    rows = []
    for line in open(sys.argv[2], encoding="utf-8"):
        record = json.loads(line)
        for e in record.get("entities") or []:
            if e.get("confidence") is None:
                continue
            rows.append((e["confidence"], (e["start"], e["end"], e["label"]) in gold.get(record["doc"], set())))
    print("| confidence | entities | precision | mean confidence |")
    print("|---|---:|---:|---:|")
    ece = 0.0
    for low, high in zip(BUCKETS, BUCKETS[1:]):
        inside = [(c, ok) for c, ok in rows if low <= c < high]
        if not inside:
            continue
        precision = sum(ok for _, ok in inside) / len(inside)
        mean = sum(c for c, _ in inside) / len(inside)
        ece += len(inside) / len(rows) * abs(precision - mean)
        print(f"| {low:.2f}–{min(high, 1.0):.2f} | {len(inside)} | {precision:.3f} | {mean:.3f} |")
    print(f"\nentities: {len(rows)}, precision {sum(ok for _, ok in rows) / len(rows):.3f}, ECE {ece:.3f}")


if __name__ == "__main__":
    main()
