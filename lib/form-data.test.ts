import { describe, expect, it } from "vitest";
import { formText, formTexts } from "./form-data";

describe("formText", () => {
  const form = new FormData();
  form.set("title", "Cells");
  form.set("upload", new Blob(["x"]), "x.txt");
  form.append("ids", "a");
  form.append("ids", new Blob(["y"]), "y.txt");
  form.append("ids", "b");

  it("reads a text field, and the fallback when it is absent", () => {
    expect(formText(form, "title")).toBe("Cells");
    expect(formText(form, "missing")).toBe("");
    expect(formText(form, "missing", "1")).toBe("1");
  });

  it("reads a file sent in place of text as the fallback, not as [object File]", () => {
    expect(formText(form, "upload")).toBe("");
    expect(formTexts(form, "ids")).toEqual(["a", "b"]);
  });
});
