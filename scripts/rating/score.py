#!/usr/bin/env python3
"""score.py RATEDDIR DECK.json [--forms] [--show FLAG|all|ok]: acceptable share of a deck's items among those rated."""
import json, sys, glob, os, hashlib, collections
rd, deck = sys.argv[1], sys.argv[2]
args = sys.argv[3:]
keymap = json.load(open(os.path.join(rd, 'key.json')))
rat = {}
for f in glob.glob(os.path.join(rd, 'ratings-part*.json')):
    for r in json.load(open(f)): rat[r['id']] = r
bykey = {v['key']: (rid, v) for rid, v in keymap.items()}
def key(f, it): return hashlib.sha1(json.dumps([f, it['type'], it['prompt'], it['answer'], it.get('options')]).encode()).hexdigest()[:16]
n = ok = unrated = 0; flags = collections.Counter(); forms = collections.defaultdict(lambda: [0, 0]); worth = asis = 0
show = args[args.index('--show') + 1] if '--show' in args else None
for s in json.load(open(deck))['sections']:
    for it in s['items']:
        k = key(s['file'], it)
        if k not in bykey or bykey[k][0] not in rat: unrated += 1; continue
        r = rat[bykey[k][0]]; n += 1; a = not r['flags']; ok += a
        flags.update(r['flags']); worth += bool(r.get('worth_remembering')); asis += r.get('overall') in ('as-is', 'minor')
        fk = f"{it['type']}/{it['kind']}/{it.get('form')}"; forms[fk][0] += a; forms[fk][1] += 1
        if show and (show == 'all' or (show == 'ok' and a) or show in r['flags']):
            print(f"{bykey[k][0]} [{fk}] {'OK ' if a else r['flags']} {it['prompt']} -> {it['answer']} {it.get('options') or ''}\n    note: {r.get('note')}")
print(f"{deck}: acceptable {ok}/{n} = {100*ok/max(n,1):.1f}%  (unrated {unrated}); worth {100*worth/max(n,1):.0f}%, as-is/minor {100*asis/max(n,1):.0f}%; flags {dict(flags)}")
if '--forms' in args:
    for fk, (a, t) in sorted(forms.items(), key=lambda x: -x[1][1]): print(f"  {fk:40s} {a}/{t}")
