import { describe, expect, it } from "vitest";
import { spansFromJson, spansToJson } from "./document-spans";

describe("stored formatting spans", () => {
  it("round-trip through JSON", () => {
    const spans = [
      { start: 0, end: 5, kind: "heading" as const },
      { start: 7, end: 11, kind: "bold" as const },
    ];
    expect(spansFromJson(spansToJson(spans), 20)).toEqual(spans);
  });

  it("bad JSON or a bad shape gives no spans; spans outside the text are dropped", () => {
    expect(spansFromJson("not json", 20)).toEqual([]);
    expect(spansFromJson('{"start":0}', 20)).toEqual([]);
    expect(spansFromJson('[{"start":0,"end":3,"kind":"underline"}]', 20)).toEqual([]);
    expect(
      spansFromJson(
        '[{"start":0,"end":3,"kind":"bold"},{"start":18,"end":25,"kind":"item"},{"start":4,"end":4,"kind":"italic"}]',
        20,
      ),
    ).toEqual([{ start: 0, end: 3, kind: "bold" }]);
  });
});
