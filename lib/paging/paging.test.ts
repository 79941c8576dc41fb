import { describe, expect, it } from "vitest";
import { pageOf, rangeLabel } from "./index";

describe("paging", () => {
  it("clamps the requested page to the pages that exist", () => {
    expect(pageOf("2", 287, 50)).toEqual({ page: 2, pages: 6, skip: 50, take: 50, total: 287 });
    expect(pageOf("99", 287, 50).page).toBe(6);
    expect(pageOf("0", 287, 50).page).toBe(1);
    expect(pageOf("-3", 287, 50).page).toBe(1);
    expect(pageOf("abc", 287, 50).page).toBe(1);
    expect(pageOf(undefined, 0, 50)).toEqual({ page: 1, pages: 1, skip: 0, take: 50, total: 0 });
  });

  it("says which part of the list is shown", () => {
    expect(rangeLabel(pageOf("6", 287, 50), 37, "items")).toBe("Showing 251–287 of 287 items");
    expect(rangeLabel(pageOf("1", 12, 50), 12, "items")).toBe("12 items");
    expect(rangeLabel(pageOf("1", 0, 50), 0, "items")).toBe("No items");
  });
});
