#!/usr/bin/env python3
"""Macro-F1 of `quotecheck stance` predictions against a gold JSON Lines file.

Usage:
    quotecheck stance --format jsonl GOLD.jsonl > pred.jsonl
    python3 scripts/stance_f1.py GOLD.jsonl pred.jsonl [--errors]

GOLD rows need `stance` and may have `proxy` (true/false) and `source`; predictions are joined to
gold rows by line number. Prints macro-F1 over neutral/conciliatory/critical for proxy false, proxy
true and all rows, each source, and a confusion matrix; --errors lists the misclassified rows.
"""
import json
import sys

LABELS = ["neutral", "conciliatory", "critical"]


def macro_f1(pairs):
    f1s = []
    for lab in LABELS:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gold_path, pred_path = args
    gold = {}
    with open(gold_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                gold[n] = json.loads(line)
    rows = []
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            g = gold[p["line"]]
            rows.append((g, p))
    groups = {
        "proxy=false": [r for r in rows if not r[0].get("proxy", False)],
        "proxy=true": [r for r in rows if r[0].get("proxy", False)],
        "all": rows,
    }
    for src in sorted({r[0].get("source", "?") for r in rows}):
        groups["source=" + src] = [r for r in rows if r[0].get("source", "?") == src]
    for name, rs in groups.items():
        pairs = [(g["stance"], p["label"]) for g, p in rs]
        acc = sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0
        print(f"{name:<24} n={len(pairs):<4} macro-F1={macro_f1(pairs):.3f} acc={acc:.3f}")
    print("confusion (rows gold, columns predicted):", " ".join(l[:4] for l in LABELS))
    for gl in LABELS:
        counts = [sum(1 for g, p in rows if g["stance"] == gl and p["label"] == pl) for pl in LABELS]
        print(f"  {gl[:4]}", " ".join(f"{c:4}" for c in counts))
    if "--errors" in sys.argv:
        for g, p in rows:
            if g["stance"] != p["label"]:
                ev = "; ".join(f'{e["text"]}={e["weight"]:+.2f}' for e in p.get("evidence", []))
                print(f'{g["stance"][:4]}->{p["label"][:4]} {p["score"]:+.3f} {g["text"][:150]!r} [{ev}]')


if __name__ == "__main__":
    main()
