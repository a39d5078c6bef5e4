"""Gold and predicted quote spans side by side, the way score.py sees them: trimmed spans, overlap
of at least half the longer span, one-to-one greedy matching. The scripts that sort misses, false
quotes and set-aside spans (quote-misses.py, false-quotes.py, non-quotes.py) share these so that
they count what the scorer counts; a module of its own because a hyphenated script name cannot be
imported.
"""
import json

TRIM = " \t\r\n.,;:!?\"'“”‘’«»„‚‹›—–-…"
MARKS = "\"'“”‘’«»„‚‹›`"
KINDS = {"direct", "partial"}


def trim(tb, s, e):
    t = tb[s:e].decode("utf-8", "replace")
    lead = len(t) - len(t.lstrip(TRIM))
    body = t.lstrip(TRIM).rstrip(TRIM)
    s2 = s + len(t[:lead].encode())
    e2 = s2 + len(body.encode())
    return (s2, e2) if e2 > s2 else (s, e)


def overlap(a, b):
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return 0.0 if shared <= 0 else shared / max(a[1] - a[0], b[1] - b[0])


def match(gt, pt):
    """score.py's matching of trimmed gold and predicted spans: overlap of at least half the
    longer span, one-to-one, greedy. Returns gold index -> predicted index, and the reverse."""
    pairs = sorted(
        ((overlap(a, b), i, j) for i, a in enumerate(gt) for j, b in enumerate(pt)),
        reverse=True,
    )
    gm, pm = {}, {}
    for o, i, j in pairs:
        if o < 0.5:
            break
        if i not in gm and j not in pm:
            gm[i], pm[j] = j, i
    return gm, pm


def load(gold_path, pred_path):
    """The gold documents, and the predicted ones by id."""
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    pred = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            pred[d["id"]] = d
    return gold, pred


def show_examples(examples, show):
    """List the examples of every class whose name holds `show` (nothing when it is None)."""
    for c in sorted(examples):
        if show and show in c:
            print("== " + c)
            for e in examples[c]:
                print("   " + e)
