// What blind raters flagged on pool pG (rated on the engine of the session's start; a learning pool from then on), in
// sentences written for the tests in the shape of the flagged ones.
import { describe, expect, it } from "vitest";
import { isApparatusSentence, isMetaDiscourse } from "./apparatus";
import { compoundGivesAway } from "./giveaways";
import { leansOnContext } from "./prompt";
import { sameLetters } from "../distractors/entities";
import { placeAskedWho } from "../items/forms";
import type { Fact } from "../facts/fact";

describe("what pG's raters flagged", () => {
  it("'LGTBQ' beside 'LGBTQ' is one option misspelt, never two options", () => {
    expect(sameLetters("LGTBQ", ["ERA", "LGBTQ"])).toBe(true);
    expect(sameLetters("NWPC", ["ERA", "LGBTQ"])).toBe(false);
  });
  it("'Who had presented difficulties for its neighbors …?' is not asked of Spanish Florida", () => {
    const f = (answer: string, kind: string) =>
      ({ answer, kind, wh: "Who had presented difficulties for its neighbors?" }) as unknown as Fact;
    expect(placeAskedWho(f("Spanish Florida", "other"))).toBe(true);
    expect(placeAskedWho(f("Great Britain", "other"))).toBe(true);
    expect(placeAskedWho(f("Maarten Schmidt", "other"))).toBe(false);
    expect(placeAskedWho(f("Florida", "person"))).toBe(false);
  });
  it("a pointer whose target the copy lost ('… is provided in .') is apparatus", () => {
    expect(isApparatusSentence("A list of frequently encountered disorders is provided in .")).toBe(true);
    expect(isApparatusSentence("The common symptoms are listed in.")).toBe(true);
    expect(isApparatusSentence("Most disorders are treated in clinics.")).toBe(false);
  });
  it("'Seek additional content for more information on …' is talk about the text", () => {
    expect(isMetaDiscourse("Seek additional content for more information on the role of the placenta.")).toBe(true);
  });
  it("'At the time, …' and 'the closely related concept of …' lean on the sentences before; 'By the time blood …' does not", () => {
    expect(leansOnContext("At the time, much of the public believed that hyperactivity was caused by sugar.")).toBe(
      true,
    );
    expect(leansOnContext("William James was a proponent of the closely related concept of pragmatism.")).toBe(true);
    expect(leansOnContext("By the time blood returns to the heart, the partial pressure of oxygen has fallen.")).toBe(
      false,
    );
  });
  it("'The example described at the beginning of the chapter …' is talk about the text", () => {
    expect(isMetaDiscourse("The example described at the beginning of the chapter involved heat and pain.")).toBe(true);
  });
  it("'The tectospinal tract projects … to the _____' (spinal cord): the compound name gives the blank away", () => {
    const unknown = (w: string) => !["contraction"].includes(w);
    const t = "The tectospinal tract projects from the midbrain to the spinal cord.";
    expect(compoundGivesAway(t, "spinal cord", unknown)).toBe(true);
    const u = "Propagation of an action potential along the sarcolemma starts excitation-contraction coupling.";
    expect(compoundGivesAway(u, "action potential", unknown)).toBe(false);
  });
  it("'The first condition is …' and 'Not all axons from …' lean on the sentence before", () => {
    expect(leansOnContext("The first condition is structural conduciveness, which occurs when people gather.")).toBe(
      true,
    );
    expect(leansOnContext("Not all axons from the central neurons terminate in the chain ganglia.")).toBe(true);
    expect(leansOnContext("The first step of protein synthesis is transcription.")).toBe(false);
  });
});
