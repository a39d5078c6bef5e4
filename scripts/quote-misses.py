#!/usr/bin/env python3
"""Sort the gold quotes (direct + partial) that quotecheck misses into classes, with counts.

    quotecheck extract --input jsonl --format jsonl --no-stance -q GOLD.jsonl > PRED.jsonl
    scripts/quote-misses.py GOLD.jsonl PRED.jsonl [CLASS-WORDS]

Misses are found the way score.py finds them (trimmed spans, overlap of at least half the longer
span, one-to-one, greedy). Each miss goes to the first class that fits:

- boundary: a predicted quote overlaps it by less than half; the two spans compared (ours runs
  past the gold's end from the same start, and whether the gold ends at a sentence end; the gold
  starts inside ours; ours is inside the gold; ours matched another gold quote);
- conflict: a predicted quote overlaps it by half or more but was matched to another gold quote;
- set aside: a `non_quotes` entry overlaps it by half or more (its `why` and `evidence`);
- not found: none of these, by the characters next to the gold span (a quote mark or not).

With CLASS-WORDS, the misses of every class whose name holds them are listed with their context.
Use train data for error analysis only; dev is for measuring.
"""
import collections
import re
import sys

from goldspans import KINDS, MARKS, load, match, overlap, show_examples, trim

def boundary_class(tb, a, b, matched_elsewhere):
    if b[0] <= a[0] and b[1] >= a[1]:
        if matched_elsewhere:
            return "boundary: ours holds the gold and matched another gold quote"
        if b[0] == a[0]:
            ends = re.match(r"^[.?!]", tb[a[1]:a[1] + 4].decode("utf-8", "replace"))
            where = "at a sentence end" if ends else "mid-sentence"
            return "boundary: ours runs past the gold's end (same start; gold ends %s)" % where
        return "boundary: the gold starts inside ours"
    if a[0] <= b[0] and a[1] >= b[1]:
        return "boundary: ours is inside the gold"
    return "boundary: the spans cross"


def classify(g, p):
    text = g["text"]
    tb = text.encode()
    gq = [q for q in g["quotes"] if q["kind"] in KINDS]
    pq = [q for q in p["quotes"] if q["kind"] in KINDS]
    gt = [trim(tb, q["start"], q["end"]) for q in gq]
    pt = [trim(tb, q["start"], q["end"]) for q in pq]
    gm, pm = match(gt, pt)
    for i, q in enumerate(gq):
        if i in gm:
            continue
        a = gt[i]
        near = [(overlap(a, b), j) for j, b in enumerate(pt) if overlap(a, b) > 0]
        if any(o >= 0.5 for o, _ in near):
            c = "conflict: ours matched another gold quote"
        elif near:
            _, j = max(near)
            c = boundary_class(tb, a, pt[j], j in pm)
        else:
            aside = [
                n for n in p.get("non_quotes", [])
                if overlap(a, trim(tb, n["start"], n["end"])) >= 0.5
            ]
            before = tb[max(0, q["start"] - 4):q["start"]].decode("utf-8", "replace").rstrip()
            after = tb[q["end"]:q["end"] + 4].decode("utf-8", "replace").lstrip()
            if aside:
                c = "set aside as %s: %s" % (aside[0]["why"], aside[0].get("evidence", ""))
            elif before[-1:] in MARKS or after[:1] in MARKS:
                c = "not found: a quote mark next to the gold span"
            else:
                c = "not found: no quote mark next to the gold span"
        context = tb[max(0, q["start"] - 80):q["end"] + 80].decode("utf-8", "replace")
        yield c, "%s %d..%d | %s" % (g["id"], q["start"], q["end"], context.replace("\n", "¶"))


def main():
    gold, pred = load(sys.argv[1], sys.argv[2])
    show = sys.argv[3] if len(sys.argv) > 3 else None
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for g in gold:
        for c, example in classify(g, pred.get(g["id"], {"quotes": []})):
            counts[c] += 1
            examples[c].append(example)
    print("misses: %d" % sum(counts.values()))
    for c, n in counts.most_common():
        print("%5d  %s" % (n, c))
    show_examples(examples, show)


if __name__ == "__main__":
    main()
