// Two kinds of a thing set side by side, each as the setting of its clause: "Under original jurisdiction, a case is
// heard for the first time, whereas under appellate jurisdiction, a court hears …" -> "How does original jurisdiction
// differ from appellate jurisdiction?". (A setting alone, "In archaeology, the first step … is …", gives no card: it
// states one fact of many; blind raters accepted 1 of 8 "What happens in X?" cards on h88–h93.)
import { make } from "./definitions";
import { clauseEnd, phraseAt, termOk } from "./phrase";
import { clean, dangles, indefinite, leansOnContext } from "./prompt";
import { finish, surface, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";
import { backgroundWord } from "./mention-items";
import type { ConceptCandidate } from "./types";

/** "In a single covalent bond, …", "Under original jurisdiction, …": lower-case words only (no name, no year) */
const SETTING =
  /(?:^|,\s+(?:while|whereas)\s+|;\s+)([Ii]n|[Uu]nder)\s+((?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}'’-]*),\s+/gu;

/**
 * A connective or a frame, not a kind of thing: "In contrast", "In other words", "In this section", "In some cases",
 * "In recent decades", "In his mind", "In practice".
 */
const NOT_A_KIND =
  /^(?:(?:[\p{L}-]+\s+)*(?:century|centuries|decades?|years?|era|period|age|past|future|present|world|days?|months?|weeks?)$|(?:this|that|these|those|such|some|many|most|other|each|every|any|both|all|recent|his|her|their|its|our|my|your|one|another)\b|(?:contrast|addition|fact|general|practice|reality|theory|principle|turn|short|sum|summary|essence|effect|particular|part|total|response|return|order|times?|cases?|comparison|conclusion|simple terms|other words|the end|the past|the meantime|the long run|the short run|the same way|a sense|a way|the process)$)/iu;

/** ", whereas under appellate jurisdiction, …": the second setting of a contrast */
const CONTRAST =
  /^,\s+(?:while|whereas)\s+(?:in|under)\s+(an?\s+|the\s+)?((?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}'’-]*),\s/u;

/** a modal as the clause's first verb: "the mission may change substantially …" */
const MAY = /^(?:\S+\s+){1,4}(?:may|might|could|can)\s/i;

/** The clause must say what happens: a finite verb of its own. */
const FINITE = /\b(?:is|are|has|have|does|do|can|may|must|will|becomes?|\p{Ll}{3,}s)\b/u;

/**
 * Each "In X, <clause>" of a sentence that sets two of them side by side ("…, while in Y, …"), with the clause as the
 * gloss and "in" / "under" as the cue; none for a sentence with one setting.
 */
export function settingStatements(text: string): ConceptCandidate[] {
  if (!/^(?:In|Under)\s/.test(text) || !/,\s+(?:while|whereas)\s+(?:in|under)\s/i.test(text)) return [];
  const out: ConceptCandidate[] = [];
  for (const m of text.matchAll(SETTING)) {
    const raw = m[2]!;
    const term = raw.replace(/^(?:a|an|the)\s+/i, "");
    if (NOT_A_KIND.test(raw) || NOT_A_KIND.test(term) || !termOk(term)) continue;
    const ta = m.index + m[0].lastIndexOf(raw) + (raw.length - term.length);
    const ga = m.index + m[0].length;
    const gloss = phraseAt(text, ga, clauseEnd(text, ga));
    const n = gloss.text.split(/\s+/).length;
    // ("In lean manufacturing, for example, …": an illustration of the term, not what happens in it)
    if (
      n < 6 ||
      n > 35 ||
      !FINITE.test(gloss.text) ||
      /^(?:for (?:example|instance)|however|though|too)\b/i.test(gloss.text)
    )
      continue;
    out.push(make("contrast", { text: term, a: ta, b: ta + term.length }, gloss, "", false, m[1]!.toLowerCase()));
  }
  return out;
}

/**
 * The contrast card of the first setting ("How does original jurisdiction differ from appellate jurisdiction?"), the
 * whole sentence as its answer; the second setting gives none of its own.
 */
export function settingItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  const contrast = c.gloss ? CONTRAST.exec(s.text.slice(c.gloss.b)) : null;
  const other = contrast ? ctx.inv.get(contrast[2]!) : undefined;
  if (!info || !c.gloss || !contrast || !other) return null;
  // (two kinds of one thing set side by side are taught by the contrast, however often the text names each:
  // "In a single covalent bond, …, while in a double covalent bond, …")
  const pair = c.term.text.includes(" ") && other.key.includes(" ");
  if (!pair && !info.defined && !info.named && !info.listed && !info.inHeading && info.freq < 2) return null;
  // ("In chess, the rules are constant": a word of general English the text never defines is an example's setting)
  if (backgroundWord(info, ctx.lexicon)) return null;
  const gloss = clean(c.gloss.text);
  // ("…, the mission may change …": what may happen is no account of what does)
  if (leansOnContext(gloss) || dangles(gloss) || MAY.test(gloss)) return null;
  const term = surface(c.term.text, info);
  const art = /\b(an?|the)\s+$/i.exec(s.text.slice(0, c.term.a))?.[1]?.toLowerCase() ?? "";
  const the = art ? (art === "the" ? "the " : indefinite(term)) : "";
  const whole = clean(s.text).replace(/[.\s]+$/, "");
  const prompt = `How does ${the}${term} differ from ${contrast[1] ?? ""}${surface(contrast[2]!, other)}?`;
  return finish(ctx, s, "flashcard", prompt, whole, undefined, "setting", info);
}
