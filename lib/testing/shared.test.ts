import { describe, expect, it } from "vitest";
import { mustExist, sharedPath } from "./shared";

describe("the shared corpus", () => {
  it("is beside the project: the sample documents are found", () => {
    expect(sharedPath("sources")).toMatch(/shared[/\\]sources$/);
  });

  it("fails, naming the path, when something is missing (never a skip)", () => {
    expect(() => sharedPath("no-such-folder")).toThrow(/no-such-folder is missing/);
    expect(() => mustExist("/nonexistent/file.txt")).toThrow("/nonexistent/file.txt is missing");
  });
});
