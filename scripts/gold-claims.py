#!/usr/bin/env python3
"""Claims made from a gold file, to measure `quotecheck verify` on real news.

    scripts/gold-claims.py GOLD.jsonl OUTDIR

Writes OUTDIR/texts/ID.txt (one article a file) and four claims files, each a line per claim
with the article's id as `doc`:

- quoted.jsonl: every gold direct or partial quote of four words or more whose gold speaker is a
  name (capitalised, not a pronoun), claimed word for word: `verified` is the right verdict.
- changed.jsonl, dropped.jsonl: the same quotes of six words or more with one inner word replaced
  by "zebra", or one inner word left out (seeded, so reproducible): `altered` is the right
  verdict, unless the word left out is punctuation between spaces ("--"), which matching ignores.
- contracted.jsonl: the same quotes that contain a contraction ("we’re", "don’t", "they’ll",
  "we’ve"), with its first one spelt out: `altered`, at the quote.
- reported.jsonl: every gold indirect statement of five words or more, without quote marks,
  whose gold speaker is a name: `paraphrased` is the right verdict.

Then, for example:

    quotecheck verify --claims OUTDIR/quoted.jsonl --format jsonl OUTDIR/texts/ | \
        python3 -c 'import sys,json,collections; print(collections.Counter(
            json.loads(l)["verdict"] for l in sys.stdin))'
"""
import json
import os
import random
import re
import sys

PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them"}
SPELT = [("’re", " are"), ("'re", " are"), ("n’t", " not"), ("n't", " not"),
         ("’ll", " will"), ("'ll", " will"), ("’ve", " have"), ("'ve", " have")]


def named(speaker):
    return bool(speaker) and speaker[:1].isupper() and speaker.lower() not in PRONOUNS


def main(gold, outdir):
    rng = random.Random(5)
    os.makedirs(os.path.join(outdir, "texts"), exist_ok=True)
    files = {k: [] for k in ["quoted", "changed", "dropped", "contracted", "reported"]}
    with open(gold, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            with open(os.path.join(outdir, "texts", d["id"] + ".txt"), "w", encoding="utf-8") as t:
                t.write(d["text"])
            for q in d["quotes"]:
                if not named(q.get("speaker")):
                    continue
                words = q["content"].split()
                claim = {"speaker": q["speaker"], "quote": q["content"], "doc": d["id"]}
                if q["kind"] == "indirect":
                    if len(words) >= 5 and not re.search("[\"“”]", q["content"]):
                        files["reported"].append(claim)
                    continue
                if len(words) < 4:
                    continue
                files["quoted"].append(claim)
                if len(words) < 6:
                    continue
                k = rng.randrange(1, len(words) - 1)
                files["changed"].append(dict(claim, quote=" ".join(
                    words[:k] + ["zebra"] + words[k + 1:])))
                k = rng.randrange(1, len(words) - 1)
                files["dropped"].append(dict(claim, quote=" ".join(words[:k] + words[k + 1:])))
                for short, long in SPELT:
                    m = re.search(r"\w" + re.escape(short) + r"\b", q["content"])
                    if m:
                        spelt = q["content"][:m.start() + 1] + long + q["content"][m.end():]
                        files["contracted"].append(dict(claim, quote=spelt))
                        break
    for name, claims in files.items():
        with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as f:
            for c in claims:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"{name}: {len(claims)} claims")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
