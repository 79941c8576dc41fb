// From the blind ratings of pAD: a roll of place names asked as a classification, a ranked nation asked "Who", a
// ranked answer cut before its noun, a term applied to an example ("would be called"), and a kind with its topic read
// as a definition ("a theory about knowledge").
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { stemInsideAnswer } from "../items/option-flaws";
import { normAnswer } from "../text/words";
import { notDefining } from "./definition-guards";
import { CUT_DEFINITION } from "./item-kit";
import { termOk } from "./phrase";
import { askedOf } from "./testing";
import type { ConceptCandidate } from "./types";

const wn = loadWordNet()!;
const asked = (text: string, title: string) => askedOf(text, title, wn);

describe("lists and ranks", () => {
  it("five ports by name are a roll to recite; five classes of antibody are a classification", () => {
    const ports = asked(
      "Britain won the First Opium War (1839–1842), gaining control over Hong Kong and five other ports: Guangzhou, Shanghai, Ningbo, Fuzhou, and Xiamen. The treaty system opened China to foreign trade.",
      "The Opium Wars",
    );
    expect(ports.filter(([, a]) => /Guangzhou/.test(a))).toEqual([]);
    const classes = asked(
      "Antibodies are proteins made by plasma cells. There are five different classes of antibody found in humans: IgM, IgD, IgG, IgA, and IgE. Each class has a different role in the immune response.",
      "Antibodies",
    );
    expect(classes.some(([, a]) => a === "IgM, IgD, IgG, IgA, and IgE")).toBe(true);
  });
  it("two names the text never comes back to are an example's detail; two it keeps using are a classification", () => {
    const chains = asked(
      "Large retailers often expand abroad by buying local firms. In the late 1990s, Brightmart entered the Danish market by purchasing two existing retail chains: Nordkop and Vestmark. The venture later failed.",
      "Entering Foreign Markets",
    );
    expect(chains.filter(([, a]) => /Nordkop/.test(a))).toEqual([]);
    const parties = asked(
      "On the question of the new charter, citizens quickly separated into two groups: Loyalists and Reformers. The Loyalists wanted a strong crown. The Reformers wanted an elected assembly.",
      "The Charter Debate",
    );
    expect(parties.some(([, a]) => a === "Loyalists and Reformers")).toBe(true);
  });
  it("a ranked nation is asked 'What', not 'Who'", () => {
    const items = asked(
      "Great Britain was the first nation to enter the Industrial Revolution. Its factories drew workers from the countryside. Steam engines powered the new mills.",
      "The Industrial Revolution",
    );
    expect(items.filter(([p]) => /^Who was the first nation/.test(p))).toEqual([]);
  });
  it("a ranked answer that ends on no noun is no answer ('the most common type of sensory ganglion' -> 'a dorsal')", () => {
    const items = asked(
      "Sensory neurons have their cell bodies in ganglia. The most common type of sensory ganglion is a dorsal (posterior) root ganglion. These ganglia lie beside the spinal cord.",
      "Sensory Ganglia",
    );
    expect(items.filter(([, a]) => a === "a dorsal")).toEqual([]);
  });
});

describe("namings and definitions that are not", () => {
  it("'(and would be called the agonists of knee extension)' applies a term to the example", () => {
    const items = asked(
      "Muscles that move a joint work in groups. To extend the knee, a group of four muscles called the quadriceps femoris in the anterior compartment of the thigh are activated (and would be called the agonists of knee extension). The hamstrings oppose them.",
      "Muscle Groups",
    );
    expect(items.filter(([, a]) => /agonists/.test(a))).toEqual([]);
  });
  it("'a theory about knowledge and justification' names a kind and a topic, which fit its rivals too", () => {
    const c = {
      rel: "definition",
      term: { text: "Contextualism", a: 0, b: 13 },
      members: [],
      cue: "",
      subject: true,
    } as unknown as ConceptCandidate;
    const text = "Contextualism is a theory about knowledge and justification.";
    expect(notDefining(c, text, "a theory about knowledge and justification")).toBe(true);
    expect(notDefining(c, text, "a theory about knowledge that makes its attributions depend on context")).toBe(false);
    expect(notDefining(c, text, "the study of morality")).toBe(false);
  });
});

describe("cut prompts and spelled-out answers", () => {
  it("a definition card cut before its object ('the tendency to search for?') is not asked", () => {
    expect(CUT_DEFINITION.test("What is the term for the tendency to search for?")).toBe(true);
    // (a relative clause ends on its own preposition)
    expect(CUT_DEFINITION.test("What is the term for the group of people that researchers are interested in?")).toBe(
      false,
    );
    expect(CUT_DEFINITION.test("What does metaethics focus on?")).toBe(false);
  });
  it("a word of the stem inside a compound answer gives it away ('between the two ventricles' -> interventricular)", () => {
    expect(
      stemInsideAnswer(
        normAnswer("Between the two ventricles is a second septum known as the _____"),
        "interventricular septum",
      ),
    ).toBe(true);
    expect(
      stemInsideAnswer(normAnswer("A thick pad of fibrocartilage is called a(n) _____"), "intervertebral disc"),
    ).toBe(false);
  });
});

describe("Latin phrases and cut claims", () => {
  it("'a priori knowledge' is never cut to 'priori knowledge'; a clause is no term", () => {
    expect(termOk("priori knowledge")).toBe(false);
    expect(termOk("posteriori knowledge")).toBe(false);
    expect(termOk("keep in mind that knowledge")).toBe(false);
    expect(termOk("propositional knowledge")).toBe(true);
  });
  it("'the view that justification' is a claim cut after its subject", () => {
    const c = {
      rel: "definition",
      term: { text: "Coherentism", a: 0, b: 11 },
      members: [],
      cue: "",
      subject: true,
    } as unknown as ConceptCandidate;
    expect(notDefining(c, "Coherentism is the view that justification …", "the view that justification")).toBe(true);
    expect(notDefining(c, "", "the view that beliefs are justified by their coherence with other beliefs")).toBe(false);
  });
});
