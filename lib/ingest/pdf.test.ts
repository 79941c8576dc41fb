// PDFs read as a person reads them: real PDFs typeset with pdf-lib in the test (running
// headers, page numbers, justified and hyphenated lines, two columns, bold headings, slides).
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractDocument, normalizeText, type FormatSpan } from "./index";
import { typeset, type Paragraph } from "./pdf-fixture";

const SOFT = "\u00AD";
const under = (doc: { text: string; spans: FormatSpan[] }, kind: FormatSpan["kind"]) =>
  doc.spans.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));
/** Soft hyphens in every word of nine letters or more, every three letters. */
const hyphenable = (text: string) =>
  text.replace(/\p{L}{9,}/gu, (w) => w.replace(/(\p{L}{3})(?=\p{L}{3})/gu, `$1${SOFT}`));
/** The text a reader sees: no bold markers, no soft hyphens. */
const plain = (p: Paragraph) => p.text.replace(/\*\*/g, "").replaceAll(SOFT, "");

const CHAPTER: Paragraph[] = [
  { text: "Overview of Anatomy and Physiology", size: 18, bold: true },
  {
    text: hyphenable(
      "Human anatomy is the scientific study of the body's structures. Some of these structures are very small and can only be observed and analyzed with the assistance of a microscope. Other larger structures can readily be seen, manipulated, measured, and weighed. The word anatomy comes from a Greek root that means to cut apart, and human anatomy was first studied by observing the exterior of the body and observing the wounds of soldiers and other injuries.",
    ),
  },
  {
    text: hyphenable(
      "Physiology is the scientific study of the chemistry and physics of the structures of the body and the ways in which they work together to support the functions of life. Much of the study of physiology centers on the body's tendency toward homeostasis, the state of steady internal conditions maintained by living things. The study of physiology certainly includes observation, both with the naked eye and with microscopes, as well as manipulations and measurements.",
    ),
    gapBefore: 8,
  },
  { text: "Structural Organization of the Human Body", size: 14, bold: true, gapBefore: 14 },
  {
    text: hyphenable(
      "Before you begin to study the different structures and functions of the human body, it is helpful to consider its basic architecture; that is, how its smallest parts are assembled into larger structures. It is convenient to consider the structures of the body in terms of fundamental levels of organization that increase in complexity: subatomic particles, atoms, molecules, organelles, cells, tissues, organs, organ systems, organisms and biosphere.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "A **cell** is the smallest independently functioning unit of a living organism. Even bacteria, which are extremely small, independently living organisms, have a cellular structure. Each bacterium is a single cell. All living structures of human anatomy contain cells, and almost all functions of human physiology are performed in cells or are initiated by cells. A **tissue** is a group of many similar cells that work together to perform a specific function.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "An **organ** is an anatomically distinct structure of the body composed of two or more tissue types. Each organ performs one or more specific physiological functions. An organ system is a group of organs that work together to perform major functions or meet physiological needs of the body. The organ systems of the body are described in the following chapters, each with its characteristic organs and its contribution to the body as a whole.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "Many structures are shared by several organ systems, and physiologists describe how those systems depend on one another. The cardiovascular system moves blood through the body, the respiratory system exchanges gases with the environment, and the digestive system breaks food down into molecules that cells can absorb and use for energy and for building their own structures over a lifetime.",
    ),
    gapBefore: 8,
  },
  { text: "Functions of Human Life", size: 14, bold: true, gapBefore: 14 },
  {
    text: hyphenable(
      "The different organ systems each have different functions and therefore unique perspectives on physiology and anatomy. Life processes include organization, metabolism, responsiveness, movement, development and reproduction. Organization is the first of these: every living organism is built of parts that are arranged and coordinated, from the molecules of a single cell to the organ systems of the whole body.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "Metabolism is the sum of all anabolic and catabolic reactions that take place in the body. Both anabolism and catabolism occur simultaneously and continuously to keep you alive. Responsiveness is the ability of an organism to adjust to changes in its internal and external environments, and movement includes not only the actions of the limbs but also the motion of materials inside the body.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "Development describes the changes an organism goes through in its life. Development includes differentiation, the process by which unspecialized cells become specialized in structure and function to perform certain tasks in the body. Development also includes growth, the process of increasing in body size, and it continues long after birth as organs reach their adult proportions and their adult capacities.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "Reproduction is the formation of a new organism from parent organisms. In humans, reproduction is carried out by the male and female reproductive systems. Because death will come to all complex organisms, without reproduction the line of organisms would end. Requirements for human life include oxygen, nutrients, narrow ranges of temperature and atmospheric pressure, and water in the right amount.",
    ),
    gapBefore: 8,
  },
  { text: "Requirements for Human Life", size: 14, bold: true, gapBefore: 14 },
  {
    text: hyphenable(
      "Humans have been adapting to life on Earth for at least the past two hundred thousand years. Earth and its atmosphere have provided us with air to breathe, water to drink, and food to eat, but these are not the only requirements for survival. Although you may rarely think about it, you also cannot live outside of a certain range of temperature and pressure that the surface of our planet and its atmosphere provides.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "Atoms and molecules are the building blocks of all matter, and oxygen is a key component of the chemical reactions that keep the body alive, including the reactions that produce adenosine triphosphate. Brain cells are especially sensitive to lack of oxygen because of their requirement for a high and steady production of this molecule, and brain damage is likely within five minutes without it.",
    ),
    gapBefore: 8,
  },
  {
    text: hyphenable(
      "A nutrient is a substance in foods and beverages that is essential to human survival. The three basic classes of nutrients are water, the energy-yielding nutrients, the body-building nutrients, and the micronutrients, which are vitamins and minerals. The most critical nutrient is water; depending on the environmental temperature and our state of health, we may be able to survive for only a few days without water.",
    ),
    gapBefore: 8,
  },
];

describe("a typeset chapter: pages, running header, page numbers, two columns, hyphens", () => {
  it("reads as the author's paragraphs, in order, with headings and bold words as spans", async () => {
    const { bytes, broken } = await typeset(CHAPTER, (n) => ({
      columns: n === 2 ? 2 : 1,
      header: n > 1 ? "Anatomy and Physiology · Chapter 1" : undefined,
      pageNumber: true,
    }));
    // The typesetter really broke words at line ends and filled three pages, the second in two columns.
    expect(broken.length).toBeGreaterThan(2);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(3);

    const doc = await extractDocument({ fileName: "chapter.pdf", bytes });
    expect(doc.text).toBe(CHAPTER.map(plain).join("\n\n"));
    expect(doc.title).toBe("Overview of Anatomy and Physiology");
    const headings = [
      "Overview of Anatomy and Physiology",
      "Structural Organization of the Human Body",
      "Functions of Human Life",
      "Requirements for Human Life",
    ];
    expect(under(doc, "heading")).toEqual(headings);
    expect(under(doc, "bold")).toEqual([...headings.slice(0, 2), "cell", "tissue", "organ", ...headings.slice(2)]);
    expect(doc.text).not.toMatch(/Chapter 1|^\d+$/m);
  });
});

describe("slides without bullets, fragments centred", () => {
  it("still gives a line per fragment under each title", async () => {
    const pdf = await PDFDocument.create();
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const slides: [string, string[]][] = [
      [
        "Cell Membrane",
        ["Phospholipid bilayer", "Selective permeability", "Membrane proteins: channels, carriers, receptors"],
      ],
      ["Transport", ["Diffusion and osmosis", "Active transport uses ATP"]],
    ];
    for (const [title, lines] of slides) {
      const page = pdf.addPage([720, 405]);
      page.drawText(title, { x: 360 - bold.widthOfTextAtSize(title, 28) / 2, y: 330, size: 28, font: bold });
      lines.forEach((t, i) =>
        page.drawText(t, { x: 360 - regular.widthOfTextAtSize(t, 18) / 2, y: 250 - i * 30, size: 18, font: regular }),
      );
    }
    const doc = await extractDocument({ fileName: "centred.pdf", bytes: await pdf.save() });
    expect(doc.text).toBe(slides.map(([t, l]) => `${t}\n\n${l.join("\n")}`).join("\n\n"));
    expect(under(doc, "heading")).toEqual(["Cell Membrane", "Transport"]);
  });
});

describe("a book's pages: indented paragraphs without space between them, alternating running headers", () => {
  it("starts a paragraph at each first-line indent and drops both running headers and the page numbers", async () => {
    const body = CHAPTER.filter((p) => !p.bold);
    const paras: Paragraph[] = [...body, ...body].map((p) => ({ text: p.text, indent: 18, gapBefore: 0 }));
    const { bytes } = await typeset(paras, (n) => ({
      columns: 1,
      header: n % 2 === 0 ? "Human Anatomy" : "Chapter 1 · The Body as a Whole",
      pageNumber: true,
    }));
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(4);
    const doc = await extractDocument({ fileName: "book.pdf", bytes });
    expect(doc.text).toBe(paras.map(plain).join("\n\n"));
    expect(doc.spans.filter((s) => s.kind === "heading")).toEqual([]);
  });

  it("keeps a slide title that repeats on every page: it is bigger than the body, so not a running header", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (const fact of ["Cells divide by mitosis", "Gametes form by meiosis", "Cancer is uncontrolled division"]) {
      const page = pdf.addPage([720, 405]);
      page.drawText("Cell Division", { x: 40, y: 340, size: 30, font });
      page.drawText(fact, { x: 60, y: 260, size: 20, font });
    }
    const doc = await extractDocument({ fileName: "deck.pdf", bytes: await pdf.save() });
    expect(doc.text).toBe(
      "Cell Division\n\nCells divide by mitosis\n\nCell Division\n\nGametes form by meiosis\n\nCell Division\n\nCancer is uncontrolled division",
    );
  });
});

/** A PDF page with lines placed by hand: [text, x, y, options]. */
async function handPlaced(
  pages: [string, number, number, { size?: number; bold?: boolean }?][][],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    for (const [text, x, y, o] of lines)
      page.drawText(text, { x, y, size: o?.size ?? 11, font: o?.bold ? bold : regular });
  }
  return pdf.save();
}

describe("end-of-line hyphens", () => {
  it("joins a broken word seen whole elsewhere, keeps real compounds, and keeps the hyphen before a capital or 'and'", async () => {
    const lines = [
      "The physiological state of the body is the subject here, and the physio-",
      "logical view explains how the body adjusts; a student's sense of self-",
      "esteem grows as the homeo-",
      "stasis idea becomes clear in the long-",
      "term, as the long-term studies of pre-",
      "and post-war cohorts and of post-",
      "World War II recovery in the COVID-",
      "19 years show.",
    ];
    const bytes = await handPlaced([lines.map((t, i) => [t, 50, 780 - i * 14] as [string, number, number])]);
    const doc = await extractDocument({ fileName: "hyphens.pdf", bytes });
    expect(doc.text).toBe(
      "The physiological state of the body is the subject here, and the physiological view explains how the body adjusts; a student's sense of self-esteem grows as the homeostasis idea becomes clear in the long-term, as the long-term studies of pre- and post-war cohorts and of post-World War II recovery in the COVID-19 years show.",
    );
  });
});

describe("line ends at dashes, slashes, addresses and compounds", () => {
  it("runs on without a space after a dash or slash, keeps an address's hyphen, keeps a compound of two words the text uses", async () => {
    const lines = [
      "The neuron lives in a fluid environment—",
      "it is surrounded by fluid, as water",
      "—the solvent—fills the cell; ions move in and/",
      "or out, see https://example.org/ion-",
      "channels for the long-standing long-",
      "term view: sodium and potassium move through the sodium-",
      "potassium pump, a long standing term.",
    ];
    const bytes = await handPlaced([lines.map((t, i) => [t, 50, 780 - i * 14] as [string, number, number])]);
    const doc = await extractDocument({ fileName: "dashes.pdf", bytes });
    expect(doc.text).toBe(
      "The neuron lives in a fluid environment—it is surrounded by fluid, as water—the solvent—fills the cell; ions move in and/or out, see https://example.org/ion-channels for the long-standing long-term view: sodium and potassium move through the sodium-potassium pump, a long standing term.",
    );
  });
});

describe("end-of-line hyphens: the rule's known limit", () => {
  it("a real compound seen nowhere else, after a word not on the prefix list, loses its hyphen", async () => {
    const bytes = await handPlaced([
      [
        ["Proteins are the most important of the body-", 50, 780],
        ["building nutrients in the diet of an athlete.", 50, 766],
      ],
    ]);
    const doc = await extractDocument({ fileName: "limit.pdf", bytes });
    expect(doc.text).toBe("Proteins are the most important of the bodybuilding nutrients in the diet of an athlete.");
  });
});

describe("two columns on one page", () => {
  it("reads the left column, then the right one, under a full-width title", async () => {
    const left = [
      "Epithelial tissue covers the body and",
      "lines its cavities, its ducts and its",
      "glands: the first of four types.",
    ];
    const right = [
      "Connective tissue binds organs and",
      "supports them; it is the second type,",
      "and muscle and nervous tissue follow.",
    ];
    const bytes = await handPlaced([
      [
        ["The Four Tissue Types", 50, 790, { size: 20, bold: true }],
        ...left.map((t, i) => [t, 50, 750 - i * 14] as [string, number, number]),
        ...right.map((t, i) => [t, 320, 750 - i * 14] as [string, number, number]),
      ],
    ]);
    const doc = await extractDocument({ fileName: "columns.pdf", bytes });
    expect(doc.text).toBe(`The Four Tissue Types\n\n${left.join(" ")}\n\n${right.join(" ")}`);
    expect(under(doc, "heading")).toEqual(["The Four Tissue Types"]);
  });
});

describe("slides exported to PDF", () => {
  it("keeps one line per fragment and each slide's title as a heading, not one run-on paragraph", async () => {
    const slides: [string, string[]][] = [
      ["Homeostasis", ["Set point and normal range", "Negative feedback", "Positive feedback (rare)"]],
      [
        "Feedback Loops",
        ["Sensor, control center, effector", "Body temperature regulation", "Blood glucose: insulin and glucagon"],
      ],
    ];
    const pdf = await PDFDocument.create();
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    slides.forEach(([title, bullets], n) => {
      const page = pdf.addPage([720, 405]);
      page.drawText(title, { x: 40, y: 340, size: 32, font: bold });
      bullets.forEach((b, i) => page.drawText(`• ${b}`, { x: 60, y: 270 - i * 40, size: 20, font: regular }));
      page.drawText(`Biology 101 · Lecture 3`, { x: 40, y: 20, size: 10, font: regular });
      page.drawText(`${n + 1}`, { x: 680, y: 20, size: 10, font: regular });
    });
    const doc = await extractDocument({ fileName: "slides.pdf", bytes: await pdf.save() });
    expect(doc.text).toBe(slides.map(([t, b]) => `${t}\n\n${b.map((x) => `• ${x}`).join("\n")}`).join("\n\n"));
    expect(under(doc, "heading")).toEqual(["Homeostasis", "Feedback Loops"]);
    expect(normalizeText(doc.text)).toBe(doc.text);
  });
});
