// Anki's legacy collection (schema 11, collection.anki2): the tables, and the JSON the `col` row
// holds (configuration, note types, decks, deck options). Every Anki since 2.0 imports it.
import { NOTE_CSS, type NoteType } from "./anki-notes";

export const SCHEMA_11 = `
CREATE TABLE col (
  id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null,
  decks text not null, dconf text not null, tags text not null
);
CREATE TABLE notes (
  id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null
);
CREATE TABLE cards (
  id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null
);
CREATE TABLE revlog (
  id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null
);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

export function modelJson(t: NoteType, deckId: number, modSecs: number) {
  return {
    id: t.id,
    name: t.name,
    type: t.type,
    mod: modSecs,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      { name: t.type === 1 ? "Cloze" : "Card 1", ord: 0, qfmt: t.qfmt, afmt: t.afmt, did: null, bqfmt: "", bafmt: "" },
    ],
    flds: t.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    css: NOTE_CSS,
    latexPre: LATEX_PRE,
    latexPost: "\\end{document}",
    latexsvg: false,
    req: t.req,
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, desc: string, modSecs: number) {
  return {
    id,
    name,
    desc,
    mod: modSecs,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

const DECK_OPTIONS = {
  id: 1,
  name: "Default",
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
  lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
};

/** The single `col` row: Anki's Default deck plus ours, our note types, default options. */
export function colRow(p: { deckId: number; deckName: string; description: string; types: NoteType[]; now: Date }) {
  const ms = p.now.getTime();
  const secs = Math.floor(ms / 1000);
  const models = Object.fromEntries(p.types.map((t) => [String(t.id), modelJson(t, p.deckId, secs)]));
  const decks = {
    "1": deckJson(1, "Default", "", 0),
    [String(p.deckId)]: deckJson(p.deckId, p.deckName, p.description, secs),
  };
  const conf = {
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(p.types[0]?.id ?? ""),
    nextPos: 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
  };
  return {
    id: 1,
    crt: Math.floor(secs / 86400) * 86400,
    mod: ms,
    scm: ms,
    ver: 11,
    dty: 0,
    usn: 0,
    ls: 0,
    conf: JSON.stringify(conf),
    models: JSON.stringify(models),
    decks: JSON.stringify(decks),
    dconf: JSON.stringify({ "1": DECK_OPTIONS }),
    tags: "{}",
  };
}
