// A prompt that leans on its subsection's topic gets the subheading before it (topic-label.ts).
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { deckOf } from "./testing";
import { splitSentences } from "../text/sentences";
import { topicOf, withTopic } from "./topic-label";

const rare = (w: string) => ({ pertussis: 0, whooping: 0, cough: 6, tort: 0, law: 96, cell: 116 })[w] ?? 10;

describe("the subheading as a prompt's topic", () => {
  it("labels a prompt that leaves its topic unnamed, in the heading's own words", () => {
    expect(
      withTopic(
        "The initial infection, termed the _____, is relatively mild.",
        "catarrhal stage",
        undefined,
        topicOf("Pertussis (Whooping Cough)"),
        rare,
      ),
    ).toBe("Pertussis (Whooping Cough): The initial infection, termed the _____, is relatively mild.");
    // (a heading set in capitals is written as a title)
    expect(topicOf("ELITISM VS. PLURALISM")).toBe("Elitism vs. Pluralism");
    // (a list item's lead is no heading)
    expect(topicOf("- Quantitative")).toBeNull();
    // (a heading with a subtitle: its topic is before the colon)
    expect(topicOf("Short-Duration Gamma-Ray Bursts: Colliding Stellar Corpses")).toBe(
      "Short-Duration Gamma-Ray Bursts",
    );
    // (but an abbreviation the text writes in capitals stays one)
    expect(topicOf("MEDIA AND FCC REGULATIONS", "MEDIA AND FCC REGULATIONS\n\nThe FCC licenses stations.")).toBe(
      "Media and FCC Regulations",
    );
    // (nor is a heading that holds the answer's stem written before it: "Neurotoxoplasmosis" tells Toxoplasma gondii)
    expect(
      withTopic(
        "What parasite can cause neonatal infections?",
        "Toxoplasma gondii",
        undefined,
        "Neurotoxoplasmosis",
        rare,
      ),
    ).toBe("What parasite can cause neonatal infections?");
  });

  it("leaves a prompt that names the topic, and one whose answer or option the heading would give away", () => {
    const topic = topicOf("Tort Law");
    expect(withTopic("What is a tort?", "a civil wrong", undefined, topic, rare)).toBe("What is a tort?");
    expect(withTopic("What is the term for a civil wrong?", "tort", undefined, topic, rare)).toBe(
      "What is the term for a civil wrong?",
    );
    expect(
      withTopic("Which of these harms others by carelessness?", "negligence", ["negligence", "torts"], topic, rare),
    ).toBe("Which of these harms others by carelessness?");
  });

  it("takes no heading that names a passage's kind, a clause, a question or an everyday word as a topic", () => {
    for (const h of ["Diagnosis and Treatment", "Signs and Symptoms of Infection", "Summary", "What Is Culture?"])
      expect(topicOf(h)).toBeNull();
    expect(topicOf("Catalysts Do Not Affect Equilibrium")).toBeNull();
    // (a line that announces an equation the text left out)
    expect(topicOf("Neptunium-239 also β– decays:")).toBeNull();
    expect(withTopic("The _____ divides the body.", "membrane", undefined, topicOf("Cells"), rare)).toBe(
      "The _____ divides the body.",
    );
  });
});

describe("a deck's prompts under subheadings", () => {
  const text = `Infections of the Airways

Bacteria of many kinds infect the airways, from the nose to the lungs. Some infections are mild and pass in days; others last for months and can kill.

Whooping Cough (Pertussis)

Whooping cough is caused by a gram-negative coccobacillus that attaches to the cilia of the airway. The illness runs through three stages. The first stage, termed the catarrhal stage, resembles a common cold and lasts about two weeks. It is followed by the paroxysmal stage, in which violent fits of coughing end in a high-pitched whoop. Vaccination of infants has made the disease rare in many countries.

Q Fever

Q fever is caused by a bacterium that survives for years in dust. In humans, the primary route of infection is inhalation of contaminated farmyard aerosols. Most patients recover without treatment.

Legionnaires Disease

Legionnaires disease is a severe pneumonia caused by bacteria that grow in warm water. The bacteria spread in droplets from cooling towers, showers and fountains. Patients are treated with macrolide antibiotics.
`;

  it("reads a plain-text heading that ends in a bracket as a heading", () => {
    const roles = splitSentences(text).map((s) => [s.text, s.role]);
    expect(roles).toContainEqual(["Whooping Cough (Pertussis)", "headline"]);
  });

  it("names the disease a question is about, and not the disease the answer is; a blank stays the text's sentence", () => {
    const items = deckOf(text, "Infections of the Airways", loadWordNet()!);
    expect(items.find((i) => i.answer === "inhalation of contaminated farmyard aerosols")?.prompt).toBe(
      "Q Fever: In humans, what is the primary route of infection?",
    );
    expect(items.find((i) => i.answer === "catarrhal stage")?.prompt).toBe(
      "The first stage, termed the _____, resembles a common cold and lasts about two weeks.",
    );
    const legionnaires = items.find((i) => i.answer === "legionnaires disease");
    expect(legionnaires?.prompt).toBe(
      "What is the term for a severe pneumonia caused by bacteria that grow in warm water?",
    );
  });
});
