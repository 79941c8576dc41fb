#!/usr/bin/env python3
"""learned-filter.py DECK.json POOL_DIR [plain|md]
Could a filter learned from the kept blind ratings drop the items raters refuse? (decision 019zj: tried, not adopted)
Joins DECK's items (textbook-decks.ts output on POOL_DIR) to the kept ratings of results/*.jsonl, describes each rated
item by surface features (form, question word, answer shape, the cited sentence's shape, the engine's score and rank,
how often the answer occurs in its section), fits a logistic regression (numpy, L2) leaving one book out at a time,
and prints the AUC and the acceptance kept at several shares of the deck. Needs numpy."""
import json, glob, collections, re, math, os, sys
import numpy as np
deck, pool = sys.argv[1], sys.argv[2]
md = (sys.argv[3] if len(sys.argv) > 3 else 'plain') == 'md'
HERE = os.path.dirname(os.path.abspath(__file__))
R = collections.defaultdict(list)
for fn in glob.glob(os.path.join(HERE, 'results', '*.jsonl')):
    for l in open(fn):
        r = json.loads(l)
        if r['file'].endswith('.md') != md: continue
        R[(r['file'], r['type'], r['prompt'], r['answer'], json.dumps(r.get('options')))].append(0 if r['flags'] else 1)
PRON = re.compile(r'^(this|these|that|those|it|its|they|their|such|he|she|both|each|another|other|others)\b', re.I)
def feats(it, i, n, text):
    p, a, q = it['prompt'], it['answer'], it.get('quote') or ''
    low = text.lower()
    v = {'form:' + f"{it['type']}|{it.get('form')}": 1,
         'prompt_words': math.log1p(len(p.split())), 'answer_words': min(len(a.split()), 6) / 6,
         'quote_words': math.log1p(len(q.split())), 'answer_capital': int(a[:1].isupper()),
         'answer_digit': int(bool(re.search(r'\d', a))), 'answer_list': int(',' in a or ' and ' in a),
         'quote_pronoun': int(bool(PRON.match(q))), 'quote_paren': min(q.count('('), 3) / 3,
         'quote_digits': min(len(re.findall(r'\d+', q)), 5) / 5,
         'quote_defines': int(bool(re.search(r'\b(is called|are called|known as|refers? to|defined as)\b', q))),
         'quote_is_a': int(bool(re.search(r'\b(is|are) (a|an|the)\b', q))),
         'quote_example': int(bool(re.search(r'\bfor example|for instance|such as|e\.g\.', q, re.I))),
         'quote_you_we': int(bool(re.search(r'\b(you|your|we|our)\b', q))),
         'answer_twice_in_quote': int(q.lower().count(a.lower()) > 1),
         'score': it.get('score') or 0, 'rank': i / max(n, 1),
         'answer_in_section': min(low.count(a.lower()), 8) / 8}
    w = re.match(r'^(\w+)', p)
    v['first:' + (w.group(1).lower() if w and w.group(1).lower() in ('what', 'which', 'who', 'when', 'how', 'name', 'why', 'where') else 'other')] = 1
    return v
rows = []
for s in json.load(open(deck))['sections']:
    text = open(os.path.join(pool, s['file'])).read()
    for i, it in enumerate(s['items']):
        k = (s['file'], it['type'], it['prompt'], it['answer'], json.dumps(it.get('options')))
        if k in R: rows.append((feats(it, i, len(s['items']), text), sum(R[k]) / len(R[k]), re.sub(r'-m\d+.*', '', s['file'])))
names = sorted({k for v, _, _ in rows for k in v})
X = np.array([[v.get(n, 0) for n in names] for v, _, _ in rows], dtype=float)
y = np.array([r[1] for r in rows]); g = np.array([r[2] for r in rows])
X = (X - X.mean(0)) / (X.std(0) + 1e-9)
def fit(X, y, l2=5.0, steps=3000, lr=0.5):
    Xb = np.hstack([X, np.ones((len(X), 1))]); w = np.zeros(Xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Xb @ w)); w -= lr * (Xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0] / len(y))
    return w
def pred(w, X): return 1 / (1 + np.exp(-np.hstack([X, np.ones((len(X), 1))]) @ w))
def auc(p, y):
    yb = y >= 0.5; o = np.argsort(p); r = np.empty(len(p)); r[o] = np.arange(len(p)); n1 = yb.sum(); n0 = len(y) - n1
    return (r[yb].sum() - n1 * (n1 - 1) / 2) / (n1 * n0)
P = np.zeros(len(y))
for b in sorted(set(g)):
    te = g == b; P[te] = pred(fit(X[~te], y[~te]), X[te])
print(f'{len(y)} rated items of {len(set(g))} books; acceptance {y.mean():.3f}; leave-one-book-out AUC {auc(P, y):.3f}')
for keep in (1.0, 0.95, 0.9, 0.85, 0.8):
    s = P >= np.quantile(P, 1 - keep); print(f'keep the best {keep:.0%}: acceptance {y[s].mean():.3f} ({s.sum()} items)')
