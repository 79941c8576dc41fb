#!/usr/bin/env python3
"""sample.py DECK.json OUT.json N SEED: N random items of a deck (decks:textbooks output), in the same format, for a
blind rating (pair.py OUTDIR SEED NPARTS OUT.json)."""
import json, random, sys
deck, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
items = [(s['file'], it) for s in json.load(open(deck))['sections'] for it in s['items']]
random.Random(seed).shuffle(items)
sections = {}
for f, it in items[:n]: sections.setdefault(f, []).append(it)
json.dump({'sections': [{'file': f, 'items': its} for f, its in sections.items()]}, open(out, 'w'), indent=1)
print(min(n, len(items)))
