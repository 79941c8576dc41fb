#!/usr/bin/env python3
"""pair.py OUTDIR SEED NPARTS DECK.json...  (env SRC = pool folder, shown to raters)
Pools the items of several decks (kt.ts output), dedupes identical items, shuffles with SEED and writes
OUTDIR/partK.md for raters plus OUTDIR/key.json (rating id -> item key and the decks holding it)."""
import json, random, sys, os, hashlib
out, seed, nparts, decks = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
os.makedirs(out, exist_ok=True)
def key(f, it): return hashlib.sha1(json.dumps([f, it['type'], it['prompt'], it['answer'], it.get('options')]).encode()).hexdigest()[:16]
pool = {}
for d in decks:
    for s in json.load(open(d))['sections']:
        for it in s['items']:
            k = key(s['file'], it)
            e = pool.setdefault(k, {'file': s['file'], 'item': it, 'decks': []})
            e['decks'].append(d)
keys = sorted(pool); rnd = random.Random(seed); rnd.shuffle(keys)
parts = [keys[i::nparts] for i in range(nparts)]
ids = {}
for p, ks in enumerate(parts, 1):
    lines = [f"# Part {p}: {len(ks)} items (source folder: {os.environ.get('SRC','?')})\n"]
    for j, k in enumerate(ks, 1):
        e = pool[k]; it = e['item']; rid = f"p{p}-{j:02d}"; ids[rid] = {'key': k, 'file': e['file'], 'decks': e['decks'], 'form': it.get('form'), 'type': it['type'], 'kind': it['kind']}
        lines.append(f"### {rid}  [{it['type']}]  source: {e['file']}")
        lines.append(f"Q: {it['prompt']}")
        if it.get('options'): lines.append("Options: " + " | ".join(it['options']))
        lines.append(f"A: {it['answer']}")
        lines.append(f"Cited: {it.get('quote')}\n")
    open(os.path.join(out, f"part{p}.md"), 'w').write("\n".join(lines))
json.dump(ids, open(os.path.join(out, 'key.json'), 'w'), indent=1)
print(len(pool), "items in", nparts, "parts; per deck:", {d: sum(d in e['decks'] for e in pool.values()) for d in decks})
