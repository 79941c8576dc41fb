// Which cue words a sentence holds, found in one scan. Most fact and concept patterns first test for a word they
// cannot match without ("refer", " when ", "consist"), and most sentences hold none of them: each test scanned the whole
// sentence to fail. One scan for every cue, remembered for the last sentence (the fact analysis and the concept family
// ask about the same sentence in turn), answers all those tests. A cue bit is set exactly when the text contains one of
// its words (case-sensitive substrings), so each test gives the answer its own `includes` or regex gave.

export const CUE_CHARGE = 1 << 0;
export const CUE_CAUSE = 1 << 1;
export const CUE_DEFINES = 1 << 2;
export const CUE_LIST = 1 << 3;
export const CUE_NAMING = 1 << 4;
export const CUE_TERM_WORD = 1 << 5;
export const CUE_REFER_DEFINE = 1 << 6;
export const CUE_THOSE = 1 << 7;
export const CUE_WHEN = 1 << 8;
export const CUE_THAT = 1 << 9;
export const CUE_BY = 1 << 10;
export const CUE_EXAMPLE = 1 << 11;
export const CUE_AS = 1 << 12;
export const CUE_INVOLVES = 1 << 13;
export const CUE_THAT_IS = 1 << 14;
export const CUE_MEANING = 1 << 15;
export const CUE_SAID = 1 << 16;
export const CUE_IF = 1 << 17;

/** each cue word and its bit; a word may serve several tests (a bit per test) */
const CUE_WORDS: [string, number][] = [
  // charges ("on suspicion of", "suspected of", "charged with", "on charges of", "accused of", "convicted of")
  ["charge", CUE_CHARGE],
  ["suspect", CUE_CHARGE],
  ["suspicion", CUE_CHARGE],
  ["accused", CUE_CHARGE],
  ["convicted", CUE_CHARGE],
  // causes: /rigger|park|rompt|ause|uel|led to|riven|made/
  ["rigger", CUE_CAUSE],
  ["park", CUE_CAUSE],
  ["rompt", CUE_CAUSE],
  ["ause", CUE_CAUSE],
  ["uel", CUE_CAUSE],
  ["led to", CUE_CAUSE],
  ["riven", CUE_CAUSE],
  ["made", CUE_CAUSE],
  // "The Treaty defines X as …" (/ defines\s/)
  [" defines", CUE_DEFINES],
  // lists: /consist|compos|made up|compris|divided|classified|categori|grouped|separated|split into|includ|such as|xamples of/
  ["consist", CUE_LIST],
  ["compos", CUE_LIST],
  ["made up", CUE_LIST],
  ["compris", CUE_LIST],
  ["divided", CUE_LIST],
  ["classified", CUE_LIST],
  ["categori", CUE_LIST],
  ["grouped", CUE_LIST],
  ["separated", CUE_LIST],
  ["split into", CUE_LIST],
  ["includ", CUE_LIST],
  ["such as", CUE_LIST],
  ["xamples of", CUE_LIST],
  // namings: /call|known|referred|termed|named|dubbed|label/
  ["call", CUE_NAMING],
  ["known", CUE_NAMING],
  ["referred", CUE_NAMING],
  ["termed", CUE_NAMING],
  ["named", CUE_NAMING],
  ["dubbed", CUE_NAMING],
  ["label", CUE_NAMING],
  // "the term X is used to …"
  ["term", CUE_TERM_WORD],
  ["word", CUE_TERM_WORD],
  ["phrase", CUE_TERM_WORD],
  ["concept", CUE_TERM_WORD],
  // "X refers to …", "X is defined as …"
  ["refer", CUE_REFER_DEFINE],
  ["define", CUE_REFER_DEFINE],
  // "X is characterized as …", "X can be described as …", "X encompasses the ability to …"
  ["characteri", CUE_REFER_DEFINE],
  ["describe", CUE_REFER_DEFINE],
  ["encompass", CUE_REFER_DEFINE],
  [" those ", CUE_THOSE],
  [" when ", CUE_WHEN],
  [" that ", CUE_THAT],
  [" by ", CUE_BY],
  ["example", CUE_EXAMPLE],
  [" as ", CUE_AS],
  // "X involves …", "X entails …"
  [" involves ", CUE_INVOLVES],
  [" entails ", CUE_INVOLVES],
  // "the antebellum era—that is, …"
  ["that is", CUE_THAT_IS],
  // "communicable, meaning they are …"
  ["meaning", CUE_MEANING],
  // "… is said to be unsaturated"
  ["said", CUE_SAID],
  [" if ", CUE_IF],
];

/** the cue words by their first code unit (a match of CUE_ANY at a position may start several of them) */
const BY_FIRST = new Map<number, [string, number][]>();
for (const cw of CUE_WORDS) {
  const c = cw[0].charCodeAt(0);
  const list = BY_FIRST.get(c);
  if (list) list.push(cw);
  else BY_FIRST.set(c, [cw]);
}

/** any cue word (the words are letters and spaces: nothing to escape) */
const CUE_ANY = new RegExp(CUE_WORDS.map((cw) => cw[0]).join("|"), "g");

class LastCues {
  text = "";
  mask = 0;
}
const LAST = new LastCues();

/** The cue bits of `text`: every position where a cue word starts is visited (matches may overlap). */
export function cues(text: string): number {
  if (text === LAST.text) return LAST.mask;
  let mask = 0;
  const re = CUE_ANY;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    const words = BY_FIRST.get(text.charCodeAt(at))!;
    for (let k = 0; k < words.length; k++) {
      const cw = words[k]!;
      if ((mask & cw[1]) === 0 && text.startsWith(cw[0], at)) mask |= cw[1];
    }
    re.lastIndex = at + 1;
  }
  LAST.text = text;
  LAST.mask = mask;
  return mask;
}
