#!/usr/bin/env python3
"""rebuild_rated.py OUT [md]: every section a kept rating names (results/*.jsonl), rebuilt from the books' CNXML into
one folder with an answers.json that holds each section's glossary (its key terms), as build_pools.py writes a pool.

Plain text by default; `md` rebuilds the sections rated in Markdown, as Markdown. With the folder,
`npm run decks:textbooks -- OUT deck.json` prints the key-term coverage of every rated section beside the plain
definition baseline, and a deck of it joins the kept ratings item for item (a replay: how the items the engine still
makes were rated). Needs the books under $MIRROR, as build_pools.py does; the folder holds book text: keep it outside
the repository."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
md = len(sys.argv) > 2 and sys.argv[2] == 'md'
os.environ['NOGLOSS'] = '1'
if md:
    os.environ['MARKUP'] = 'md'
# build_pools.py is a script: its functions without its main()
bp = {'__name__': 'build_pools'}
src = open(os.path.join(HERE, 'build_pools.py')).read()
exec(compile(src[:src.rindex('\nmain()')], 'build_pools.py', 'exec'), bp)

ext = '.md' if md else '.txt'
files = set()
for f in glob.glob(os.path.join(HERE, 'results', '*.jsonl')):
    for line in open(f):
        name = json.loads(line)['file']
        if re.match(r'^[a-z-]+-m\d+' + re.escape(ext) + '$', name):
            files.add(name)
os.makedirs(out, exist_ok=True)
mods = []
for name in sorted(files):
    slug, mid = re.match(r'^([a-z-]+)-(m\d+)\.', name).groups()
    m = bp['module'](bp['BOOKS'][slug], mid) if slug in bp['BOOKS'] else None
    if not m:
        print('not rebuilt (book not fetched?):', name)
        continue
    open(os.path.join(out, name), 'w').write(bp['section_text'](m))
    mods.append({'file': name, 'title': m['title'], 'terms': m['terms'], 'mcq': []})
json.dump({'modules': mods}, open(os.path.join(out, 'answers.json'), 'w'), indent=1)
print(len(mods), 'sections,', sum(len(m['terms']) for m in mods), 'key terms')
