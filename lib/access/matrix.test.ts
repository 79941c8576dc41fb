import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, decide, matrixMarkdown, matrixRows, RELATIONS, type Action } from "./index";

const row = (action: Action, state: string) =>
  matrixRows().find((r) => r.action === action && r.state === state)!.cells;

describe("the authorization matrix", () => {
  it("has a row for every action and each state it applies to, and a decision in every cell", () => {
    const rows = matrixRows();
    expect(rows.length).toBe(Object.values(ACTIONS).reduce((n, a) => n + a.states.length, 0));
    for (const r of rows)
      for (const c of RELATIONS)
        expect(["allow", "copy", "forbidden", "notFound", "signIn", "n/a"]).toContain(r.cells[c]);
  });

  it("keeps a private document or deck to its owner: nobody else learns it exists", () => {
    expect(row("document.read", "private")).toEqual({
      owner: "allow",
      classMember: "notFound",
      classInstructor: "notFound",
      otherInstructor: "notFound",
      otherStudent: "notFound",
      signedOut: "signIn",
    });
    expect(row("deck.read", "private").classInstructor).toBe("notFound"); // a student's deck is not their teacher's
  });

  it("shares with the class's members only, and a hidden deck with none of its students", () => {
    expect(row("deck.read", "shared")).toEqual({
      owner: "allow",
      classMember: "allow",
      classInstructor: "allow",
      otherInstructor: "notFound",
      otherStudent: "notFound",
      signedOut: "signIn",
    });
    expect(row("deck.read", "hidden")).toMatchObject({
      owner: "allow",
      classMember: "notFound",
      otherStudent: "notFound",
    });
    expect(row("document.manage", "shared")).toMatchObject({ classMember: "forbidden", otherStudent: "notFound" });
  });

  it("shows the starter collection to everyone, changes it for nobody, and curates it on a copy", () => {
    expect(row("deck.read", "starter")).toEqual({
      owner: "n/a",
      classMember: "allow",
      classInstructor: "allow",
      otherInstructor: "allow",
      otherStudent: "allow",
      signedOut: "signIn",
    });
    expect(row("deck.manage", "starter")).toMatchObject({
      classMember: "forbidden",
      classInstructor: "forbidden",
      otherInstructor: "forbidden",
    });
    expect(row("deck.curate", "starter")).toMatchObject({
      classInstructor: "copy",
      otherInstructor: "copy",
      classMember: "forbidden",
      otherStudent: "forbidden",
    });
  });

  it("never lets curation touch a student's deck or another instructor's", () => {
    expect(row("deck.curate", "private")).toMatchObject({
      owner: "forbidden",
      classInstructor: "notFound",
      otherInstructor: "notFound",
    });
    expect(row("deck.curate", "shared")).toMatchObject({ owner: "allow", otherInstructor: "notFound" });
  });

  it("refuses class work by role (403) and hides another instructor's class (404)", () => {
    expect(row("assignment.create", "class")).toEqual({
      owner: "n/a",
      classMember: "forbidden",
      classInstructor: "allow",
      otherInstructor: "notFound",
      otherStudent: "forbidden",
      signedOut: "signIn",
    });
    expect(row("assignment.take", "class")).toMatchObject({
      classMember: "allow",
      classInstructor: "forbidden",
      otherStudent: "notFound",
    });
    expect(row("class.read", "class")).toMatchObject({
      classMember: "allow",
      otherInstructor: "notFound",
      otherStudent: "notFound",
    });
  });

  it("gives the relations the server cannot tell apart the same answer (so collapsing them is safe)", () => {
    // For a private or starter resource nobody is a member or instructor of a class it is shared
    // with: lib/server/access.ts reports them as other students / other instructors.
    for (const r of matrixRows().filter((x) => x.state === "private" || x.state === "starter")) {
      expect(r.cells.classMember, `${r.action} ${r.state}`).toBe(r.cells.otherStudent);
      expect(r.cells.classInstructor, `${r.action} ${r.state}`).toBe(r.cells.otherInstructor);
    }
    // For a shared resource the class instructor is its owner (only they share with their class).
    for (const r of matrixRows().filter((x) => x.state === "shared" || x.state === "hidden"))
      expect(r.cells.classInstructor, r.action).toBe(r.cells.owner);
  });

  it("asks the role of whoever actually asks: an instructor owning a private deck curates it", () => {
    expect(decide("deck.curate", "private", "owner", "instructor")).toBe("allow");
    expect(decide("deck.curate", "private", "owner", "student")).toBe("forbidden");
    expect(() => decide("class.read", "private", "owner", "student")).toThrow();
  });

  it("is printed as is in docs/decisions/040", () => {
    const doc = readFileSync(
      path.resolve(import.meta.dirname, "../../docs/decisions/040-ownership-sharing-and-secrets.md"),
      "utf8",
    );
    expect(doc).toContain(matrixMarkdown());
  });
});
