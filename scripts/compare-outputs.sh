#!/usr/bin/env bash
# Check that a change leaves the output byte-identical: run `quotecheck extract --format jsonl` of a
# base revision and of the working tree over every text at hand, and compare.
#
#   scripts/compare-outputs.sh [BASE_REV]        (default: HEAD)
#
# COMPARE_EXTRA=DIR adds the *.txt files of DIR (another branch's corpus, generated inputs).
# Texts: every document of shared/corpora/polnear/*.jsonl (found in the ancestors of the repo),
# corpus/*.txt and shared/seeds/*.txt, written one file each into a temporary directory (never into
# the repository). Both binaries are built in release mode under `nice`.
set -euo pipefail
base=${1:-HEAD}
repo=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/texts"
up=$repo
while [ "$up" != / ]; do
  if [ -d "$up/shared" ]; then break; fi
  up=$(dirname "$up")
done
shared=$up/shared
for f in "$shared"/corpora/polnear/*.jsonl; do
  [ -f "$f" ] || continue
  python3 - "$f" "$work/texts" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
tag = os.path.basename(src).split('.')[0]
for n, line in enumerate(open(src, encoding='utf-8')):
    if line.strip():
        d = json.loads(line)
        open(os.path.join(out, f"{tag}_{n:05}.txt"), "w", encoding="utf-8").write(d["text"])
PY
done
for f in "$repo"/corpus/*.txt "$shared"/seeds/*.txt ${COMPARE_EXTRA:+"$COMPARE_EXTRA"/*.txt}; do
  [ -f "$f" ] && cp "$f" "$work/texts/$(basename "$(dirname "$f")")_$(basename "$f")"
done
# The same texts concatenated: long documents with many entities.
cat "$work"/texts/*.txt > "$work/all-in-one.txt"

mkdir -p "$work/base"
git -C "$repo" archive "$base" | tar -x -C "$work/base"
# One target directory per base commit: `git archive` gives every file its commit's time, so a
# build of another (older) commit in the same directory looked fresh to cargo and was not redone.
base_dir=$repo/target/compare-base-$(git -C "$repo" rev-parse --short "$base^{commit}")
(cd "$work/base" && nice cargo build --release --quiet --target-dir "$base_dir")
# The working tree's build goes where cargo puts it (CARGO_TARGET_DIR, when set).
target=${CARGO_TARGET_DIR:-$repo/target}
case $target in /*) ;; *) target=$repo/$target ;; esac
(cd "$repo" && nice cargo build --release --quiet)
old=$base_dir/release/quotecheck
new=$target/release/quotecheck

status=0
for flags in "" "--no-stance"; do
  # shellcheck disable=SC2086
  "$old" extract --format jsonl $flags "$work/texts" "$work/all-in-one.txt" > "$work/old.jsonl" || true
  # shellcheck disable=SC2086
  "$new" extract --format jsonl $flags "$work/texts" "$work/all-in-one.txt" > "$work/new.jsonl" || true
  n=$(wc -l < "$work/new.jsonl")
  if cmp -s "$work/old.jsonl" "$work/new.jsonl"; then
    echo "identical: $n documents, flags '${flags}' ($(wc -c < "$work/new.jsonl") bytes of JSON)"
  else
    echo "DIFFERENT output with flags '${flags}':"
    diff <(jq -c '{id, quotes: (.quotes|length), speakers: (.speakers|length)}' "$work/old.jsonl") \
         <(jq -c '{id, quotes: (.quotes|length), speakers: (.speakers|length)}' "$work/new.jsonl") | head -20 || true
    status=1
  fi
done
exit $status
