#!/usr/bin/env python3
"""What a one-word search downloads from a built site (docs/search-index.md, version 1).

    python3 Benchmarks/search-cost.py PUBLIC_DIR [STEM]

The client loads the entry file search/index.json, the term shard whose range holds the stem
(entry "shards": first term of every shard, shard i holds shards[i] <= t < shards[i+1]), and the
document chunks of the 10 best postings (ranked as the client ranks one word: in the title first,
then score; chunk = id // entry "chunk"). STEM defaults to "урок" (Snowball Russian stem of
урок/урока/уроков), a word of nearly every page of the benchmark corpus.

Prints one line: `index_bytes query_bytes query_gzip_bytes postings chunks` (the .json files; a
`.js` twin loaded from file:// adds ~30 bytes per file), or `n/a <reason>` with exit status 0,
so a site without an index does not stop the benchmark.
"""
import bisect
import gzip
import json
import os
import sys


def main():
    public = sys.argv[1]
    stem = sys.argv[2] if len(sys.argv) > 2 else "урок"
    sdir = os.path.join(public, "search")
    entry_path = os.path.join(sdir, "index.json")
    if not os.path.isfile(entry_path):
        print("n/a no search/index.json")
        return
    index_bytes = 0
    for dirpath, _, files in os.walk(sdir):
        for f in files:
            index_bytes += os.path.getsize(os.path.join(dirpath, f))
    with open(entry_path, "rb") as f:
        entry = json.loads(f.read().decode("utf-8"))
    shards, chunk = entry.get("shards"), entry.get("chunk")
    if not shards or not chunk:
        print("n/a entry file without shards/chunk")
        return
    # Python compares str by code point, as the format requires
    i = bisect.bisect_right(shards, stem) - 1
    if i < 0:
        print("n/a stem sorts before the first shard")
        return
    shard_path = os.path.join(sdir, "t", "%d.json" % i)
    with open(shard_path, "rb") as f:
        shard = json.loads(f.read().decode("utf-8"))
    flat = shard.get(stem)
    if not flat:
        print("n/a stem %r not in shard %d" % (stem, i))
        return
    postings = []
    doc = 0
    for k in range(0, len(flat) - 2, 3):
        doc += flat[k]
        postings.append((-flat[k + 2], -flat[k + 1], doc))
    postings.sort()
    chunks = sorted({doc // chunk for _, _, doc in postings[:10]})
    paths = [entry_path, shard_path] + [os.path.join(sdir, "d", "%d.json" % c) for c in chunks]
    raw = gz = 0
    for p in paths:
        with open(p, "rb") as f:
            data = f.read()
        raw += len(data)
        gz += len(gzip.compress(data, 6, mtime=0))
    print(index_bytes, raw, gz, len(postings), len(chunks))


if __name__ == "__main__":
    main()
