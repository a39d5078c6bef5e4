#!/usr/bin/env python3
"""List the stance misses of corpus quotes: matched direct and partial quotes whose predicted stance
differs from gold, with the reporter's context and the evidence that fired (`eval --verbose` lists
quote misses, not stance misses).

    scripts/stance-misses.py [--bin target/release/quotecheck] [--gold corpus/] [--group ID,ID]

Quotes are matched as `eval` matches them (overlap of at least half the longer span, one-to-one, in
gold order). --group prints the accuracy of the named documents and of the rest separately. Use
corpus/ and PolNeAR train for error analysis; dev sets are for measuring only.
"""
import argparse
import glob
import json
import os
import subprocess

KINDS = ("direct", "partial")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/quotecheck")
    ap.add_argument("--gold", default="corpus/")
    ap.add_argument("--group", default="")
    args = ap.parse_args()
    group = set(filter(None, args.group.split(",")))
    tot = {"all": [0, 0], "group": [0, 0], "rest": [0, 0]}
    for gf in sorted(glob.glob(os.path.join(args.gold, "*.gold.json"))):
        g = json.load(open(gf, encoding="utf-8"))
        tf = os.path.join(os.path.dirname(gf), g["source"])
        text = open(tf, "rb").read()
        out = subprocess.run([args.bin, "extract", "--format", "json", tf],
                             capture_output=True, check=True).stdout
        pred = [q for q in json.loads(out)["quotes"] if q["kind"] in KINDS]
        used = set()
        for gq in g["quotes"]:
            if gq["kind"] not in KINDS or not gq.get("stance"):
                continue
            glen = gq["end"] - gq["start"]
            match = next((i for i, q in enumerate(pred) if i not in used
                          and 2 * (min(gq["end"], q["end"]) - max(gq["start"], q["start"]))
                          >= max(glen, q["end"] - q["start"])), None)
            if match is None:
                continue
            used.add(match)
            st = pred[match]["stance"]
            ok = st["label"] == gq["stance"]
            for k in ("all", "group" if g["id"] in group else "rest"):
                tot[k][0] += ok
                tot[k][1] += 1
            if ok:
                continue
            print(f"== {g['id']} {gq['start']} {gq['kind']}: gold {gq['stance']}, "
                  f"predicted {st['label']} {st['score']:+.3f}")
            ctx = text[max(0, gq["start"] - 250):gq["end"] + 120]
            print("   ", ctx.decode("utf-8", "replace").replace("\n", " | "))
            for e in st["evidence"]:
                print(f"      {e['weight']:+.2f} {e['text']!r} {e['why']}")
    for k, (right, n) in tot.items():
        if n:
            print(f"{k}: {right} of {n} right, accuracy {right / n:.4f}")


if __name__ == "__main__":
    main()
