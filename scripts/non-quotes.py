#!/usr/bin/env python3
"""Count, for each reason quotecheck gives for setting a quoted span aside, how many of those spans
the gold keeps as a quote (direct or partial) and how many it does not.

    quotecheck extract --input jsonl --format jsonl --no-stance -q GOLD.jsonl > PRED.jsonl
    scripts/non-quotes.py GOLD.jsonl PRED.jsonl [EVIDENCE-WORDS]

A `non_quotes` entry counts as a gold quote when it overlaps, by at least half the longer trimmed
span (score.py's test), a gold quote that no predicted quote matched: then it is a miss the rule
made. Rows are a reason (`why`) and its evidence, with its numbers for digits, most spans first:
"not" is a span set aside rightly as far as the gold says, "gold" one the gold wants back. A rule is
worth its place when its "not" clearly outnumbers its "gold". With EVIDENCE-WORDS, the spans whose
reason or evidence holds those words are listed with their context, the gold ones marked GOLD.
Use train data for error analysis only; dev is for measuring.
"""
import collections
import re
import sys

from goldspans import KINDS, load, match, overlap, trim


def classify(g, p):
    """Each set-aside span of one document: (reason, evidence), whether the gold keeps it, and
    its context."""
    tb = g["text"].encode()
    gq = [q for q in g["quotes"] if q["kind"] in KINDS]
    pq = [q for q in p.get("quotes", []) if q["kind"] in KINDS]
    gt = [trim(tb, q["start"], q["end"]) for q in gq]
    pt = [trim(tb, q["start"], q["end"]) for q in pq]
    gm, _ = match(gt, pt)
    missed = [a for i, a in enumerate(gt) if i not in gm]
    for n in p.get("non_quotes", []):
        b = trim(tb, n["start"], n["end"])
        gold = any(overlap(a, b) >= 0.5 for a in missed)
        evidence = re.sub(r"\d+", "N", n.get("evidence", ""))
        context = tb[max(0, n["start"] - 90):n["end"] + 50].decode("utf-8", "replace")
        yield (n["why"], evidence), gold, "%s %d..%d | %s" % (
            g["id"], n["start"], n["end"], context.replace("\n", "¶")
        )


def main():
    gold, pred = load(sys.argv[1], sys.argv[2])
    show = sys.argv[3] if len(sys.argv) > 3 else None
    counts = collections.defaultdict(lambda: [0, 0])
    examples = []
    for g in gold:
        for key, is_gold, example in classify(g, pred.get(g["id"], {})):
            counts[key][is_gold] += 1
            if show and show in " ".join(key):
                examples.append(("GOLD " if is_gold else "     ") + example)
    total = [sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())]
    print("set aside: %d (not in gold %d, gold quotes %d)" % (sum(total), total[0], total[1]))
    print("  not  gold  reason: evidence")
    for (why, evidence), (n, g) in sorted(counts.items(), key=lambda kv: -sum(kv[1])):
        print("%5d %5d  %s: %s" % (n, g, why, evidence))
    for e in examples:
        print("   " + e)


if __name__ == "__main__":
    main()
