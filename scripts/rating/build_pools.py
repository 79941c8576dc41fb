#!/usr/bin/env python3
"""Holdout pools of OpenStax sections in the format of ../shared/corpus/textbooks (title, blank line, body paragraphs,
list items and subheadings; answers.json with the glossary's key terms, mcq left empty).

usage: build_pools.py OUT SEED N [EXCLUDE_DIR...]
Reads the books' CNXML from bare git snapshots under $MIRROR (default /work/.mirror), brought there by the tool
library's `fetch github:openstax/osbooks-<book>`. Picks N modules with a glossary and >= 600 words at random (SEED),
at most about N/books per book, never the six development modules nor a module already in an EXCLUDE_DIR pool.
Exercises, figures, tables, notes, footnotes, learning objectives and end-of-section apparatus are left out."""
import subprocess, random, sys, os, json, re
import xml.etree.ElementTree as ET
M = os.environ.get('MIRROR', '/work/.mirror')
BOOKS = {'psychology': 'openstax+osbooks-psychology', 'sociology': 'openstax+osbooks-introduction-sociology',
         'american-government': 'openstax+osbooks-american-government', 'microbiology': 'openstax+osbooks-microbiology',
         'astronomy': 'openstax+osbooks-astronomy', 'us-history': 'openstax+osbooks-us-history',
         'anatomy-physiology': 'openstax+osbooks-anatomy-physiology',
         'philosophy': 'openstax+osbooks-introduction-philosophy', 'world-history': 'openstax+osbooks-world-history',
         'anthropology': 'openstax+osbooks-introduction-anthropology', 'economics': 'openstax+osbooks-principles-economics-bundle',
         'business': 'openstax+osbooks-introduction-business', 'political-science': 'openstax+osbooks-introduction-political-science',
         'marketing': 'openstax+osbooks-principles-marketing', 'business-ethics': 'openstax+osbooks-business-ethics',
         'entrepreneurship': 'openstax+osbooks-entrepreneurship', 'college-success': 'openstax+osbooks-college-success',
         'chemistry': 'openstax+osbooks-chemistry-bundle', 'life-liberty': 'openstax+osbooks-life-liberty-and-pursuit-happiness',
         'finance': 'openstax+osbooks-principles-finance', 'writing-guide': 'openstax+osbooks-writing-guide',
         'physics': 'openstax+osbooks-college-physics-bundle', 'statistics': 'openstax+osbooks-introductory-statistics-bundle',
         'neuroscience': 'gbeckers+osbooks-neuroscience', 'python': 'openstax+osbooks-introduction-python-programming',
         'organic-chemistry': 'openstax+osbooks-organic-chemistry', 'accounting': 'openstax+osbooks-principles-accounting-bundle',
         'intellectual-property': 'openstax+osbooks-introduction-intellectual-property',
         'software-skills': 'openstax+osbooks-workplace-software-skills', 'math': 'openstax+osbooks-contemporary-mathematics',
         'university-physics': 'openstax+osbooks-university-physics-bundle', 'business-law': 'openstax+osbooks-business-law'}
# ONLY=slug,slug draws from those books alone (a pool of books no earlier pool has seen needs no EXCLUDE_DIR)
if os.environ.get('ONLY'): BOOKS = {k: v for k, v in BOOKS.items() if k in os.environ['ONLY'].split(',')}
DEV = {('anatomy-physiology', 'm45989'), ('anatomy-physiology', 'm46000'), ('psychology', 'm82173'), ('psychology', 'm82182'),
       ('us-history', 'm50041'), ('political-science', 'm00002')}
NS = '{http://cnx.rice.edu/cnxml}'
SKIP = {'figure', 'table', 'exercise', 'note', 'footnote', 'media', 'equation', 'glossary', 'metadata', 'example', 'problem', 'solution', 'code', 'preformat'}
def git(repo, *a): return subprocess.run(['git', '--git-dir', f'{M}/{repo}/repo', *a], capture_output=True, text=True).stdout
# MARKUP=md writes Markdown: the title and subheadings as headings, list items as bullets, the book's key-term markup
# and bold as **…**, italics as *…* (the same text otherwise; the formatted-ingest comparison of decision 019v)
MD = os.environ.get('MARKUP') == 'md'
# NOGLOSS=1 also draws sections without a glossary (for blind ratings, which need no key terms; their answers.json
# lists no terms)
NOGLOSS = os.environ.get('NOGLOSS') == '1'
def mark(e, tag):
    if not MD: return ''
    if tag == 'term': return '**'
    if tag == 'emphasis': return '*' if e.get('effect') == 'italics' else '**'
    return ''
def text_of(el):
    out = []
    def walk(e):
        tag = e.tag.replace(NS, '')
        m = mark(e, tag)
        if m:
            inner = text_of(e)
            if inner: out.append(m + inner + m)
            if e.tail: out.append(e.tail)
            return
        # (a reference note inside a <cite> is an endnote the book shows as a superscript number)
        if tag in ('footnote', 'figure', 'media', 'table', 'note', 'cite'): 
            if e.tail: out.append(e.tail)
            return
        if e.text: out.append(e.text)
        for c in e: walk(c)
        if e.tail: out.append(e.tail)
    if el.text: out.append(el.text)
    for c in el: walk(c)
    # a self-closing <link> to a figure or table renders as "(Figure 3.4)" in the book; left empty it would be "()"
    text = re.sub(r'\s*\(\s*(?:[,;]\s*)*\)', '', ''.join(out))
    return re.sub(r'\s+', ' ', text).strip()
def blocks(el, acc):
    for c in el:
        tag = c.tag.replace(NS, '')
        if tag in SKIP: continue
        if tag == 'section':
            t = c.find(NS + 'title')
            if t is not None:
                tt = text_of(t)
                if re.search(r'summary|review|exercise|question|glossary|key terms|link to learning|quiz|short answer|further research|references|critical thinking|bibliography|learning objectives|further exploration|websites|videos|figuring for yourself|collaborative group|for further|activities', tt, re.I): continue
                acc.append(('## ' if MD else '') + tt)
            blocks(c, acc)
        elif tag == 'para':
            s = text_of(c)
            if s and not re.match(r'By the end of this (section|module)', s): acc.append(s)
        elif tag == 'list':
            for it in c.findall(NS + 'item'):
                s = text_of(it)
                if s: acc.append(('- ' if MD else '') + s)
        elif tag not in ('title',):
            blocks(c, acc)
def module(repo, mid):
    raw = git(repo, 'show', f'HEAD:modules/{mid}/index.cnxml')
    try: root = ET.fromstring(raw)
    except ET.ParseError: return None
    title = root.find(NS + 'title'); content = root.find(NS + 'content'); gl = root.find(NS + 'glossary')
    if title is None or content is None or (gl is None and not NOGLOSS): return None
    terms = [] if gl is None else [{'term': text_of(d.find(NS + 'term')), 'meaning': text_of(d.find(NS + 'meaning'))} for d in gl.findall(NS + 'definition') if d.find(NS + 'term') is not None and d.find(NS + 'meaning') is not None]
    acc = []; blocks(content, acc)
    body = [b for b in acc if b]
    words = sum(len(b.split()) for b in body)
    t = text_of(title)
    if (not terms and not NOGLOSS) or words < 600 or re.search(r'^introduction', t, re.I): return None
    return {'title': t, 'body': body, 'terms': terms, 'words': words}
def section_text(m):
    """A module as a pool file: its title (a heading in Markdown), a blank line, its blocks."""
    return ('# ' if MD else '') + m['title'] + '\n\n' + '\n\n'.join(m['body']) + '\n'
def main():
    out, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    # (a section is its book's slug and its module id: the newer books number their modules from m00001, so an id
    # alone would exclude another book's module of the same number, as it did every module of contemporary mathematics)
    excl = set()
    for d in sys.argv[4:]:
        for f in os.listdir(d):
            m = re.search(r'(?:^|_)([a-z-]+)-(m\d+)\.(?:txt|md)$', f)
            if m: excl.add((m.group(1), m.group(2)))
    cands = []
    for slug, repo in BOOKS.items():
        for p in git(repo, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n'):
            m = re.match(r'modules/(m\d+)/index\.cnxml$', p)
            if m and (slug, m.group(1)) not in DEV and (slug, m.group(1)) not in excl: cands.append((slug, repo, m.group(1)))
    rnd = random.Random(seed); rnd.shuffle(cands)
    os.makedirs(out, exist_ok=True); mods = []; per = {}
    cap = -(-n // len(BOOKS)) + 1
    for slug, repo, mid in cands:
        if len(mods) >= n: break
        if per.get(slug, 0) >= cap: continue
        m = module(repo, mid)
        if not m: continue
        f = f'{slug}-{mid}.' + ('md' if MD else 'txt')
        open(os.path.join(out, f), 'w').write(section_text(m))
        mods.append({'file': f, 'title': m['title'], 'terms': m['terms'], 'mcq': []}); per[slug] = per.get(slug, 0) + 1
        print(f, m['words'], 'words', len(m['terms']), 'terms')
    json.dump({'modules': mods}, open(os.path.join(out, 'answers.json'), 'w'), indent=1)
main()
