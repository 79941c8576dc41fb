// IMS QTI 2.1 content package (for Canvas, Blackboard and other QTI tools): imsmanifest.xml, one
// assessmentItem per item (choiceInteraction for multiple choice and true/false,
// textEntryInteraction for flashcards and cloze, the blank replaced by the entry box), and an
// assessmentTest that keeps the deck's title and order. The citation is modal feedback shown after
// the answer. Validated against the IMS XSD in the tests (lib/interop/testdata/xsd).
import { BLANK, type ExportDeck, type ExportItem } from "./types";
import { xmlId } from "./ids";
import { escapeXml as x, oneLine } from "./text";
import { questionName } from "./gift-writer";
import { writeZip } from "./zip";

const QTI_NS = `xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"`;
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n`;

const score = (v: string) =>
  `<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${v}</baseValue></setOutcomeValue>`;
const FEEDBACK_OUT = `<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">SOURCE</baseValue></setOutcomeValue>`;
const OUTCOMES = `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>`;

function feedback(item: ExportItem): string {
  const body =
    item.citations.length === 0
      ? `<p>Uncited: no sentence of the source documents was found that proves this answer.</p>`
      : `<p>Source:</p>${item.citations.map((c) => `<blockquote><p>${x(oneLine(c.quote))}</p></blockquote><p>${x(c.documentTitle)}</p>`).join("")}`;
  return `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOURCE" showHide="show" title="Source">${body}</modalFeedback>`;
}

function choiceParts(item: ExportItem) {
  const choices =
    item.type === "truefalse"
      ? [
          { id: "TRUE", text: "True" },
          { id: "FALSE", text: "False" },
        ]
      : item.options.map((o, k) => ({ id: `C${k + 1}`, text: o }));
  const correct = choices.find((c) => c.text === item.answer)?.id ?? choices[0]!.id;
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${correct}</value></correctResponse></responseDeclaration>`,
    body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${item.type === "mcq"}" maxChoices="1"><prompt>${x(oneLine(item.prompt))}</prompt>${choices.map((c) => `<simpleChoice identifier="${c.id}">${x(c.text)}</simpleChoice>`).join("")}</choiceInteraction>`,
    processing: `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${score("1")}</responseIf><responseElse>${score("0")}</responseElse></responseCondition>`,
  };
}

function entryParts(item: ExportItem) {
  const box = `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(10, item.answer.length + 5)}"/>`;
  const prompt = oneLine(item.prompt);
  const at = prompt.indexOf(BLANK);
  const body =
    at >= 0
      ? `<p>${x(prompt.slice(0, at))}${box}${x(prompt.slice(at + BLANK.length))}</p>`
      : `<p>${x(prompt)}</p><p>${box}</p>`;
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse><value>${x(item.answer)}</value></correctResponse><mapping defaultValue="0"><mapEntry mapKey="${x(item.answer)}" mappedValue="1" caseSensitive="false"/></mapping></responseDeclaration>`,
    body,
    processing: `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${score("0")}</responseIf><responseElse><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseElse></responseCondition>`,
  };
}

export function qtiItem(item: ExportItem, n: number): string {
  const p = item.type === "mcq" || item.type === "truefalse" ? choiceParts(item) : entryParts(item);
  return `${XML_HEAD}<assessmentItem ${QTI_NS} identifier="${xmlId("item", item.key)}" title="${x(questionName(item, n))}" adaptive="false" timeDependent="false">
  ${p.declaration}
  ${OUTCOMES}
  <itemBody>${p.body}</itemBody>
  <responseProcessing>${p.processing}${FEEDBACK_OUT}</responseProcessing>
  ${feedback(item)}
</assessmentItem>
`;
}

export function qtiTest(deck: ExportDeck): string {
  return `${XML_HEAD}<assessmentTest ${QTI_NS} identifier="${xmlId("test", deck.id)}" title="${x(deck.title)}">
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">
    <assessmentSection identifier="section-1" title="${x(deck.title)}" visible="true">
${deck.items.map((i) => `      <assessmentItemRef identifier="${xmlId("item", i.key)}" href="items/${xmlId("item", i.key)}.xml"/>`).join("\n")}
    </assessmentSection>
  </testPart>
  <outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>
</assessmentTest>
`;
}

export function qtiManifest(deck: ExportDeck): string {
  const test = xmlId("test", deck.id);
  const items = deck.items.map((i) => xmlId("item", i.key));
  return `${XML_HEAD}<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="${xmlId("manifest", deck.id)}">
  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>
  <organizations/>
  <resources>
    <resource identifier="${test}" type="imsqti_test_xmlv2p1" href="assessment.xml"><file href="assessment.xml"/>${items.map((id) => `<dependency identifierref="${id}"/>`).join("")}</resource>
${items.map((id) => `    <resource identifier="${id}" type="imsqti_item_xmlv2p1" href="items/${id}.xml"><file href="items/${id}.xml"/></resource>`).join("\n")}
  </resources>
</manifest>
`;
}

export function qtiFiles(deck: ExportDeck): { name: string; data: string }[] {
  return [
    { name: "imsmanifest.xml", data: qtiManifest(deck) },
    { name: "assessment.xml", data: qtiTest(deck) },
    ...deck.items.map((item, k) => ({ name: `items/${xmlId("item", item.key)}.xml`, data: qtiItem(item, k + 1) })),
  ];
}

export async function writeQti(deck: ExportDeck, now: Date): Promise<Uint8Array> {
  return writeZip(qtiFiles(deck), now);
}
