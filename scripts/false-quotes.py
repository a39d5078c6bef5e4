#!/usr/bin/env python3
"""Sort the quotes (direct + partial) that quotecheck finds and the gold lacks into classes, with counts.

    quotecheck extract --input jsonl --format jsonl --no-stance -q GOLD.jsonl > PRED.jsonl
    scripts/false-quotes.py GOLD.jsonl PRED.jsonl [CLASS-WORDS]

False quotes are found the way score.py finds them (trimmed spans, overlap of at least half the
longer span, one-to-one, greedy), with the helpers of goldspans.py. Each goes to the first class
that fits, tested in this order:

- boundary: it shares bytes with a gold quote but less than half (the gold takes the first
  sentence(s) of our quote from the same start; or ours lies inside a longer gold quote; or other);
- inside a gold indirect unit: it shares bytes with a gold unit of another kind only;
- headline: in the first paragraph; furniture: in or right after a markup tag, ending in a colon, or
  read by a colon lead-in or a chain of quoted paragraphs (excerpts of another article);
- capitals: every letter upper case; title: two words or more in title case;
- short: at most four words not ending like a sentence, or at most two words (scare quotes, terms);
- fragment: five to seven words that are no capitalised sentence;
- speech the gold leaves out: the rest (sentences and long fragments, most with a speaker).

The classes are read off the span's shape, not from the reason the gold leaves it out: a sample of
each is worth reading (CLASS-WORDS lists the false quotes of every class whose name holds them).
Use train data for error analysis only; dev is for measuring.
"""
import collections
import re
import sys

from goldspans import KINDS, load, match, overlap, show_examples, trim

SMALL = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or", "from"}


def title_like(c):
    words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", c)
    return 2 <= len(words) <= 9 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in SMALL for w in words
    )


def shape(q, text_bytes, para):
    c = q["content"].strip()
    around = text_bytes[max(0, q["start"] - 200):q["start"]].decode("utf-8", "replace")
    n = len(c.split())
    if para == 0:
        return "headline (first paragraph)"
    if "<" in around[around.rfind(">") + 1:] or c.startswith(">") or c.endswith(":") or q[
        "pattern"
    ] in ("colon_label", "multi_paragraph", "colon_lead_in"):
        return "furniture: markup, labels, excerpts of another article"
    if c.isupper() and n > 1:
        return "capitals: a headline or subheading"
    if title_like(c):
        return "title: two or more words in title case"
    if n <= 2 or (n <= 4 and not re.search(r"[.?!]\W*$", c)):
        return "short: scare quote or term (at most four words)"
    if n < 8 and not (c[0].isupper() and re.search(r"[.?!,]\W*$", c)):
        return "fragment: five to seven words"
    return "speech the gold leaves out (sentence or long fragment)"


def classify(g, p):
    tb = g["text"].encode()
    gq = [q for q in g["quotes"] if q["kind"] in KINDS]
    other = [trim(tb, q["start"], q["end"]) for q in g["quotes"] if q["kind"] not in KINDS]
    pq = [q for q in p["quotes"] if q["kind"] in KINDS]
    gt = [trim(tb, q["start"], q["end"]) for q in gq]
    pt = [trim(tb, q["start"], q["end"]) for q in pq]
    _, pm = match(gt, pt)
    for j, q in enumerate(pq):
        if j in pm:
            continue
        b = pt[j]
        shared = [(min(a[1], b[1]) - max(a[0], b[0]), a) for a in gt]
        shared = [(s, a) for s, a in shared if s > 0]
        if shared:
            _, a = max(shared)
            if b[0] == a[0] and b[1] > a[1]:
                c = "boundary: the gold takes the first sentence(s) of ours (same start)"
            elif b[0] >= a[0] and b[1] <= a[1]:
                c = "boundary: ours inside a longer gold quote"
            else:
                c = "boundary: other"
        elif any(overlap(a, b) > 0 for a in other):
            c = "inside a gold unit of another kind (indirect)"
        else:
            c = shape(q, tb, q["paragraph"])
        speaker = "speaker" if q.get("speaker") else "no speaker"
        context = tb[max(0, q["start"] - 80):q["end"] + 80].decode("utf-8", "replace")
        yield c, speaker, "%s %d..%d %s | %s" % (
            g["id"], q["start"], q["end"], q["pattern"], context.replace("\n", "¶")
        )


def main():
    gold, pred = load(sys.argv[1], sys.argv[2])
    show = sys.argv[3] if len(sys.argv) > 3 else None
    counts = collections.Counter()
    with_speaker = collections.Counter()
    examples = collections.defaultdict(list)
    for g in gold:
        for c, speaker, example in classify(g, pred.get(g["id"], {"quotes": []})):
            counts[c] += 1
            with_speaker[c] += speaker == "speaker"
            examples[c].append(example)
    print("false quotes: %d" % sum(counts.values()))
    for c, n in counts.most_common():
        print("%5d  %s (with a speaker: %d)" % (n, c, with_speaker[c]))
    show_examples(examples, show)


if __name__ == "__main__":
    main()
