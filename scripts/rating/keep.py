#!/usr/bin/env python3
"""keep.py RATEDDIR DECK.json OUT.jsonl LABEL: the rated items of a sample with their flags and notes, one JSON line
each, kept in the repository (scripts/rating/results/) so that a later round can study them: the pools and rating
folders live outside it and were lost between sessions."""
import json, sys, glob, os, hashlib
rd, deck, out, label = sys.argv[1:5]
keymap = json.load(open(os.path.join(rd, 'key.json')))
rat = {}
for f in sorted(glob.glob(os.path.join(rd, 'ratings-part*.json'))):
    for r in json.load(open(f)): rat[r['id']] = r
bykey = {v['key']: rid for rid, v in keymap.items()}
def key(f, it): return hashlib.sha1(json.dumps([f, it['type'], it['prompt'], it['answer'], it.get('options')]).encode()).hexdigest()[:16]
n = 0
with open(out, 'w') as o:
    for s in json.load(open(deck))['sections']:
        for it in s['items']:
            rid = bykey.get(key(s['file'], it))
            if not rid or rid not in rat: continue
            r = rat[rid]; n += 1
            o.write(json.dumps({'sample': label, 'file': s['file'], 'type': it['type'], 'kind': it['kind'], 'form': it.get('form'),
                                'prompt': it['prompt'], 'options': it.get('options'), 'answer': it['answer'], 'quote': it.get('quote'),
                                'flags': r['flags'], 'overall': r.get('overall'), 'note': r.get('note')}, ensure_ascii=False) + '\n')
print(n, 'rated items written to', out)
