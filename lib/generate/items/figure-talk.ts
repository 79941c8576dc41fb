// What points the student to a picture, a table or a label of one they do not see: a figure's name the text lost, the
// hole a lost reference leaves, a figure's own words, and the letters that label its parts ("point B", "Graph A").
/**
 * What a figure's removal leaves: a panel label ("(a) illustrates …"), a sentence whose figure name went ("… the two.
 * graphically shows the relationship …"), a formula run into the sentence ("AC = TC/Q If producing …")
 */
const FIGURE_LEFTOVER =
  /^\([a-h]\)\s+(?:illustrates|shows|depicts|presents|displays)\b|[.:]\s+(?:\p{Ll}+\s+)?(?:illustrates|shows|depicts|summarizes)\s+(?:the|a|an|how)\b|^\p{Lu}{1,4}\s*=\s*[^\s_]/u;
/** "… as illustrated.", "… can be seen in.": a pointer to a figure whose name the text lost */
const FIGURE_REFERENCE =
  /\bas (?:illustrated|shown|depicted|pictured)(?:\s+(?:in|by|at))?\s*(?:[.,;]|$)|\b(?:seen|shown|illustrated|depicted|pictured|summarized|listed|displayed|presented|plotted|graphed|given|outlined)\s+in\s*[.,;]/i;
/**
 * Where a lost reference leaves a hole (kept blind ratings accepted none of 43 such prompts): "In , f is …", "In, the wave
 * …", "As covered in and reviewed in, …", "See , , and .", "the ectoderm (, step 1)", a sentence that opens on the
 * figure's verb ("Shows a diffraction pattern …")
 */
const HOLE =
  /(?:^|[.:]\s+)In\s*,|\bin\s+,|\b(?:discussed|covered|reviewed|learned|described|explained|introduced|mentioned|noted|the one)\s+in\s*(?:[.,;]|and\b)|(?:^|[.(]\s*)[Ss]ee\s*[,.]|\(\s*,|,\s*,|^(?:shows|Shows|illustrates|Illustrates|depicts|Depicts)\s/;
/** "the electric field (E) shown surrounding the wire", "the cells shown here": where a figure shows it ("crowds have shown dissatisfaction", "studies have shown that" are no figures) */
const SHOWN =
  /\bshown\s+(?:surrounding|around|in|on|at|here|above|below|beside|next to|between|inside|within)\b(?!\s+(?:that|order|the\s+(?:past|study|studies|research|literature)))/;
/**
 * "… and is labeled point B in the figure", "Graph A and Graph F", "the edge AC", "the field point P", "What is step
 * 2b?": a letter that labels a part of a figure, a worked example's set-up or a step of a procedure the card does not
 * show (kept blind ratings: vague, "a figure the student cannot see")
 */
const LETTER_LABEL =
  /\b(?:[Pp]oints?|[Vv]ertex|[Vv]ertices|[Ee]dges?|[Nn]odes?|[Gg]raphs?|[Ss]egments?|[Tt]riangles?|[Pp]anels?|[Tt]ubes?|[Ff]lasks?|[Cc]urves?|[Cc]omponents?)\s+\{?\p{Lu}{1,3}\}?(?:\s+(?:and|or)\s+\p{Lu}{1,3})?(?![\p{L}\p{N}’'.-])|\blabell?ed\s+(?:as\s+)?(?:point\s+)?\p{Lu}{1,2}\b|\b(?:in|on) the (?:figure|diagram|photograph|photo|image|illustration|drawing|picture|chart)\b/u;
/** "Tube C", "Panel B", "Flask 2", "Sample 1": a capitalised label of a figure or a set-up the sentence does not show */
const PART_LABEL =
  /\b(?:Tube|Panel|Flask|Sample|Plate|Dish|Graph|Curve|Column|Row|Image|Photo|Diagram)\s+(?:[A-Z]|\d+)\b/;
/** "step 2b", "stage 3", "Table 4", "rule 2": a place in a sequence, a procedure or the book's apparatus, by number */
export const SEQUENCE_PLACE = String.raw`(?:step|stage|phase|part|rule|panel|figure|table|example|case|equation)\s+\d+[a-z]?`;
const STEP_LABEL = new RegExp(`^What (?:is|are) ${SEQUENCE_PLACE}\\s*\\?`, "i");

/** The text names a part of a figure or a set-up by its label ("Tube C", "point B", "Graph A"). */
export function labelsFigurePart(text: string): boolean {
  return PART_LABEL.test(text) || LETTER_LABEL.test(text);
}

/** The prompt or the answer points to a figure or a label the student does not see. */
export function pointsToFigure(prompt: string, answer: string): boolean {
  return (
    FIGURE_REFERENCE.test(prompt) ||
    SHOWN.test(prompt) ||
    FIGURE_LEFTOVER.test(prompt) ||
    HOLE.test(prompt) ||
    HOLE.test(answer) ||
    labelsFigurePart(prompt) ||
    labelsFigurePart(answer) ||
    STEP_LABEL.test(prompt)
  );
}
