// Inputs that are not tidy prose: a story without key terms, lecture notes as bullets, slides, formulas, a
// reference list. Each gives a deck a student can use (or a small one), never an error or a junk item.
import { describe, expect, it } from "vitest";
import { generateDeck, normAnswer, type Item } from ".";

const deck = (text: string): { items: Item[]; warnings: string[] } =>
  generateDeck([{ id: "d", title: "t", text }], { seed: 1 });

function grounded(items: Item[], text: string): void {
  for (const it of items) {
    for (const c of it.citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
    const tested = normAnswer(it.type === "truefalse" ? (it.trueAnswer ?? "") : it.answer);
    expect(it.citations.some((c) => (" " + normAnswer(c.quote) + " ").includes(" " + tested + " "))).toBe(true);
  }
}

describe("inputs that are not tidy prose", () => {
  it("a story with no key terms gives a small deck and no error", () => {
    const story = [
      "The Lighthouse Keeper",
      "",
      "Every evening Mara climbed the hundred steps of the old lighthouse. She lit the lamp, wiped the glass and watched the boats come home. One night the fog rolled in so thick that she could not see her own hands. She rang the bell until her arms ached, and in the morning the fishermen brought her bread and a jar of honey. Nobody spoke much, but everyone knew what she had done.",
    ].join("\n");
    const d = deck(story);
    expect(d.warnings.filter((w) => /error/i.test(w))).toEqual([]);
    expect(d.items.length).toBeLessThanOrEqual(4);
    expect(d.items.filter((i) => i.kind === "term")).toEqual([]);
    grounded(d.items, story);
  });

  it("lecture notes written as 'Term: what it is' bullets become definition cards", () => {
    const terms = [
      "Homeostasis",
      "Set point",
      "Sensor",
      "Control center",
      "Effector",
      "Negative feedback",
      "Positive feedback",
    ];
    const notes = [
      "Lecture 3: Homeostasis",
      "",
      "- Homeostasis: the maintenance of a steady internal state despite changes in the world outside the body",
      "- Set point: the physiological value around which the normal range of a variable fluctuates",
      "- Sensor: a component of a feedback system that monitors a physiological value and reports it",
      "- Control center: the component in a feedback system that compares the value to the normal range",
      "- Effector: the component in a feedback system that causes a change to reverse the situation",
      "- Negative feedback: a mechanism that reverses a deviation from the set point and restores the value",
      "- Positive feedback: a mechanism that intensifies a change until a definite end point is reached",
      "",
      "Body temperature, blood glucose and blood pressure are all held near their set points by negative feedback loops that run at every moment of the day. Childbirth and blood clotting are the classic examples of positive feedback in the human body.",
    ].join("\n");
    const d = deck(notes);
    grounded(d.items, notes);
    const asked = d.items
      .filter((i) => i.kind === "term")
      .map((i) => i.prompt + " " + i.answer)
      .join(" | ")
      .toLowerCase();
    expect(terms.filter((t) => asked.includes(t.toLowerCase())).length).toBeGreaterThanOrEqual(5);
  });

  it("slides (short fragments without verbs) give no junk: every item is grounded, none asks a bare title", () => {
    const slides =
      "Cell Structure\n\nPlasma membrane\n\nNucleus\n\nMitochondria: the site of cellular respiration in the cell\n\nRibosomes: the sites where proteins are assembled from amino acids\n\nKey points\n\nSummary";
    const d = deck(slides);
    grounded(d.items, slides);
    for (const it of d.items) expect(it.prompt).not.toMatch(/^(?:_____|Key points|Summary)\.?$/);
  });

  it("a text full of formulas and symbols is read without error and asks nothing from the symbols", () => {
    const math =
      "Kinematics\n\nThe displacement is Δx = x_f − x_i, and the average velocity is v̄ = Δx/Δt. For constant acceleration, x = x₀ + v₀t + ½at². Acceleration is the rate at which velocity changes with time. In the SI system, acceleration is measured in metres per second squared (m/s²).";
    const d = deck(math);
    grounded(d.items, math);
    for (const it of d.items) expect(it.answer).not.toMatch(/[=Δ½²₀]/);
  });

  it("a reference list is apparatus: none of its entries is asked", () => {
    const refs = [
      "Sleep and Memory",
      "",
      "A sleep spindle is a rapid burst of higher frequency brain waves that may be important for learning and memory (Fogel & Smith, 2011). Stage 2 sleep is marked by sleep spindles and K-complexes, which may bridge the sleeping brain to its environment (Halász, 1993).",
      "",
      "References",
      "",
      "Fogel, S. M., & Smith, C. T. (2011). The function of the sleep spindle. Neuroscience and Biobehavioral Reviews, 35(5), 1154–1165.",
      "Halász, P. (1993). Arousals without awakening. Journal of Sleep Research, 2(1), 1–16.",
    ].join("\n");
    const d = deck(refs);
    grounded(d.items, refs);
    expect(d.items.length).toBeGreaterThan(0);
    for (const it of d.items) {
      expect(it.citations[0]!.quote).not.toMatch(/^(?:Fogel, S|Halász, P)/);
      expect(["2011", "1993", "35", "1154–1165"]).not.toContain(it.answer);
    }
  });
});
