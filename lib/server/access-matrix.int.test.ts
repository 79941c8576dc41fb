// Every cell of the authorization matrix (lib/access, docs/decisions/040), run against the use
// cases and again through the server action or route a crafted request would reach, with the
// session replaced by the person of the column. Runs on SQLite and PostgreSQL.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError, isAppError } from "@/lib/errors";
import { matrixRows, RELATIONS, type Action, type Decision, type Relation, type ResourceState } from "@/lib/access";
import type { SessionUser } from "./accounts";

const session: { user: SessionUser | null } = { user: null };
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Redirect("404");
  },
  forbidden: () => {
    throw new Redirect("403");
  },
}));
vi.mock("@/lib/server/auth", () => ({
  getSessionUser: async () => session.user,
  requireActor: async () => {
    if (!session.user)
      throw new AppError("UNAUTHENTICATED", "Your session has expired. Sign in again to continue where you left off.");
    return session.user;
  },
  requireUser: async (returnTo: string) => {
    if (!session.user) throw new Redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    return session.user;
  },
}));

const { db } = await import("./db");
const { makeUser } = await import("./testing/fixtures");
const { createClass, joinClass, requireClass, setJoinOpen } = await import("./classes");
const { requireDocument, renameDocument, setDocumentShared } = await import("./documents");
const { buildDeck, requireDeck, renameDeck, setDeckShared, copyDeck } = await import("./decks");
const { requireCurationDeck } = await import("./curation");
const { startQuiz } = await import("./quiz");
const { createAssignment, startAssignment } = await import("./assignments");
const { requireGradebook } = await import("./results");
const actions = {
  buildDeck: (await import("@/app/actions/build-deck-action")).buildDeckAction,
  renameDocument: (await import("@/app/actions/rename-document-action")).renameDocumentAction,
  setDocumentShared: (await import("@/app/actions/set-document-shared-action")).setDocumentSharedAction,
  startQuiz: (await import("@/app/actions/start-quiz-action")).startQuizAction,
  renameDeck: (await import("@/app/actions/rename-deck-action")).renameDeckAction,
  copyDeck: (await import("@/app/actions/copy-deck-action")).copyDeckAction,
  setDeckShared: (await import("@/app/actions/set-deck-shared-action")).setDeckSharedAction,
  setJoining: (await import("@/app/actions/set-joining-action")).setJoiningAction,
  createAssignment: (await import("@/app/actions/create-assignment-action")).createAssignmentAction,
  startAssignment: (await import("@/app/actions/start-assignment-action")).startAssignmentAction,
  gradebookCsv: (await import("@/app/classes/[id]/gradebook/csv/route")).GET,
};

const TEXT =
  "Marie Curie won the Nobel Prize in Physics in 1903 in Stockholm. The Eiffel Tower was finished in Paris in 1889 by Gustave Eiffel. Mount Everest lies on the border of Nepal and China.";
let n = 0;

/** The people of the columns: the class's instructor, a member, the owner of private things (a
 *  student of the class too), another instructor, another student. */
let I: SessionUser, M: SessionUser, S: SessionUser, OI: SessionUser, OS: SessionUser;
let classId: string, assignmentId: string, ownDeckOfI: string;

function actorOf(relation: Relation, state: ResourceState): SessionUser | null {
  switch (relation) {
    case "owner":
      return state === "private" ? S : I;
    case "classMember":
      return M;
    case "classInstructor":
      return I;
    case "otherInstructor":
      return OI;
    case "otherStudent":
      return OS;
    case "signedOut":
      return null;
  }
}

async function makeDocument(state: ResourceState): Promise<string> {
  n += 1;
  const owner = state === "private" ? S : state === "starter" ? null : I;
  const d = await db().document.create({
    data: {
      title: `Doc ${n}`,
      text: `${TEXT} (${n})`,
      format: "txt",
      contentHash: `matrix-${n}-${Math.random()}`,
      wordCount: 30,
      addedById: owner?.id ?? null,
      starter: state === "starter",
    },
    select: { id: true },
  });
  if (state === "shared") await db().classDocument.create({ data: { classId, documentId: d.id } });
  return d.id;
}

async function makeDeck(state: ResourceState): Promise<string> {
  const documentId = await makeDocument(state === "hidden" ? "shared" : state);
  const owner = state === "private" ? S : state === "starter" ? null : I;
  const deck = await db().deck.create({
    data: {
      title: `Deck ${n}`,
      createdById: owner?.id ?? null,
      starter: state === "starter",
      hiddenFromStudents: state === "hidden",
      documents: { create: [{ documentId }] },
      ...(state === "shared" || state === "hidden" ? { classes: { create: [{ classId }] } } : {}),
    },
    select: { id: true },
  });
  for (const [position, [answer, start, end]] of (
    [
      ["1903", 0, 64],
      ["Paris", 65, 130],
    ] as const
  ).entries())
    await db().item.create({
      data: {
        deckId: deck.id,
        position,
        type: "mcq",
        kind: "other",
        prompt: `Question ${n}.${position}?`,
        answer,
        options: JSON.stringify([answer, "x", "y", "z"]),
        genKey: `m${n}-${position}`,
        citations: { create: [{ documentId, start, end, position: 0 }] },
      },
    });
  return deck.id;
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** The decision a use case's outcome stands for. */
async function outcome(p: Promise<unknown>): Promise<Decision> {
  try {
    await p;
    return "allow";
  } catch (e) {
    if (!isAppError(e)) throw e;
    return (
      ({ NOT_FOUND: "notFound", FORBIDDEN: "forbidden", UNAUTHENTICATED: "signIn" } as Record<string, Decision>)[
        e.code
      ] ??
      (() => {
        throw e;
      })()
    );
  }
}

type Cell = { actor: SessionUser | null; state: ResourceState };
/** Per action: the use case, and the entry point (server action or route) as a crafted request. */
const RUN: Record<Action, { useCase: (c: Cell) => Promise<Decision>; entry?: (c: Cell) => Promise<string> }> = {
  "document.read": { useCase: async ({ actor, state }) => outcome(requireDocument(actor, await makeDocument(state))) },
  "document.build": {
    useCase: async ({ actor, state }) => {
      const id = await makeDocument(state);
      return actor ? outcome(buildDeck({ documentIds: [id] }, actor)) : "signIn";
    },
    entry: async ({ state }) => redirectOf(actions.buildDeck(form({ documentIds: await makeDocument(state) }))),
  },
  "document.manage": {
    useCase: async ({ actor, state }) =>
      outcome(renameDocument(actor, { documentId: await makeDocument(state), title: "Renamed" })),
    entry: async ({ state }) =>
      resultOf(actions.renameDocument(null, form({ documentId: await makeDocument(state), title: "Renamed" }))),
  },
  "document.share": {
    useCase: async ({ actor, state }) =>
      outcome(setDocumentShared(actor, { documentId: await makeDocument(state), classId, shared: true })),
    entry: async ({ state }) =>
      redirectOf(actions.setDocumentShared(form({ documentId: await makeDocument(state), classId, shared: "true" }))),
  },
  "deck.read": { useCase: async ({ actor, state }) => outcome(requireDeck(actor, await makeDeck(state))) },
  "deck.study": {
    useCase: async ({ actor, state }) => outcome(startQuiz(actor, { deckId: await makeDeck(state), count: 1 })),
    entry: async ({ state }) => redirectOf(actions.startQuiz(form({ deckId: await makeDeck(state), count: "1" }))),
  },
  "deck.manage": {
    useCase: async ({ actor, state }) =>
      outcome(renameDeck(actor, { deckId: await makeDeck(state), title: "Renamed" })),
    entry: async ({ state }) =>
      resultOf(actions.renameDeck(null, form({ deckId: await makeDeck(state), title: "Renamed" }))),
  },
  "deck.curate": {
    useCase: async ({ actor, state }) => {
      const deckId = await makeDeck(state);
      const d = await requireCurationDeck(actor, deckId).then(
        (v): Decision => (v.kind === "copy" ? "copy" : "allow"),
        (e: unknown) => outcome(Promise.reject(e instanceof Error ? e : new Error(String(e)))),
      );
      if (d === "copy") {
        // the copy is theirs, the starter deck stays as it was
        const copy = await copyDeck(actor, deckId);
        expect(copy.id).not.toBe(deckId);
        expect(await db().deck.findUniqueOrThrow({ where: { id: copy.id }, select: { createdById: true } })).toEqual({
          createdById: actor!.id,
        });
        expect(await db().item.count({ where: { deckId: copy.id } })).toBe(2);
        expect(
          await db().deck.findUniqueOrThrow({ where: { id: deckId }, select: { createdById: true, starter: true } }),
        ).toEqual({ createdById: null, starter: true });
      }
      return d;
    },
    entry: async ({ state }) => {
      const deckId = await makeDeck(state);
      const url = await redirectOf(actions.copyDeck(form({ deckId })), true);
      // the action opens this deck's curation (allow) or the asker's copy's (copy)
      if (url === `/decks/${deckId}/curate`) return "allow";
      return /^\/decks\/[^/]+\/curate$/.test(url) ? "copy" : url;
    },
  },
  "deck.share": {
    useCase: async ({ actor, state }) =>
      outcome(setDeckShared(actor, { deckId: await makeDeck(state), classId, shared: true })),
    entry: async ({ state }) =>
      redirectOf(actions.setDeckShared(form({ deckId: await makeDeck(state), classId, shared: "true" }))),
  },
  "class.read": { useCase: async ({ actor }) => outcome(requireClass(actor, classId)) },
  "class.manage": {
    useCase: async ({ actor }) => outcome(setJoinOpen(actor, classId, true)),
    entry: async () => redirectOf(actions.setJoining(form({ classId, open: "true" }))),
  },
  "assignment.create": {
    useCase: async ({ actor }) =>
      outcome(
        createAssignment(actor, {
          classId,
          deckId: ownDeckOfI,
          questionCount: 1,
          opensAt: new Date(),
          dueAt: new Date(Date.now() + 86_400_000),
        }),
      ),
    entry: async () =>
      resultOf(
        actions.createAssignment(
          null,
          form({ classId, deckId: ownDeckOfI, questionCount: "1", dueAt: "2099-01-01T10:00" }),
        ),
      ),
  },
  "results.read": {
    useCase: async ({ actor }) => outcome(requireGradebook(actor, classId)),
    entry: async () => {
      const r = await actions.gradebookCsv(new Request(`http://x/classes/${classId}/gradebook/csv`), {
        params: Promise.resolve({ id: classId }),
      });
      return (
        ({ 200: "allow", 401: "signIn", 403: "forbidden", 404: "notFound" } as Record<number, string>)[r.status] ??
        `HTTP ${r.status}`
      );
    },
  },
  "assignment.take": {
    useCase: async ({ actor }) => outcome(startAssignment(actor, assignmentId)),
    entry: async () => redirectOf(actions.startAssignment(form({ classId, assignmentId }))),
  },
};

/** A redirecting action's outcome: the sign-in page, an error message, or where it went. */
async function redirectOf(p: Promise<unknown>, where = false): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof Redirect)) throw e;
    const url = decodeURIComponent(e.url);
    if (url.startsWith("/signin?")) return "signIn";
    const m = /[?&]error=(.*)$/.exec(url);
    return m ? `error: ${m[1]}` : where ? url : "allow";
  }
  return "allow";
}
/** An action returning a result: its code, or allow (success redirects too). */
async function resultOf(p: Promise<unknown>): Promise<string> {
  try {
    const r = (await p) as { ok: boolean; code?: string };
    return r.ok
      ? "allow"
      : (({ NOT_FOUND: "notFound", FORBIDDEN: "forbidden", UNAUTHENTICATED: "signIn" } as Record<string, string>)[
          r.code!
        ] ?? r.code!);
  } catch (e) {
    if (e instanceof Redirect) return "allow";
    throw e;
  }
}

/** The message a refused use case gives, to compare with what the action shows. */
async function refusalOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return isAppError(e) ? e.message : String(e);
  }
}

beforeAll(async () => {
  [I, M, S, OI, OS] = [
    await makeUser("instructor"),
    await makeUser(),
    await makeUser(),
    await makeUser("instructor"),
    await makeUser(),
  ];
  ({ id: classId } = await createClass(I, { name: "Matrix class" }));
  const { joinCode } = await db().class.findUniqueOrThrow({ where: { id: classId } });
  await joinClass(M, joinCode);
  await joinClass(S, joinCode);
  await createClass(OI, { name: "Another class" });
  ownDeckOfI = await makeDeck("shared");
  ({ id: assignmentId } = await createAssignment(I, {
    classId,
    deckId: ownDeckOfI,
    questionCount: 1,
    opensAt: new Date(Date.now() - 60_000),
    dueAt: new Date(Date.now() + 86_400_000),
    maxAttempts: 10,
  }));
});

describe.each(matrixRows().map((r) => [`${r.action} on a ${r.state} resource`, r] as const))("%s", (_name, row) => {
  // "n/a": a starter resource or a class has no separate owner; there is nobody to ask as.
  const cells = RELATIONS.filter((rel) => row.cells[rel] !== "n/a").map((rel) => [rel, row.cells[rel]] as const);
  it.each(cells)("%s: %s (use case)", async (relation, expected) => {
    expect(await RUN[row.action].useCase({ actor: actorOf(relation, row.state), state: row.state })).toBe(expected);
  });

  // Pages (document.read, deck.read, class.read) have no action or route of their own.
  if (RUN[row.action].entry)
    it.each(cells)("%s: %s (server action or route)", async (relation, expected) => {
      const actor = actorOf(relation, row.state);
      session.user = actor;
      const got = await RUN[row.action].entry!({ actor, state: row.state });
      if (got.startsWith("error: ")) {
        // A redirecting action shows the use case's own refusal: same message, so same cell.
        expect(expected).not.toBe("allow");
        const message = got.slice("error: ".length);
        const kind = /was not found/.test(message) ? "notFound" : "forbidden";
        expect(kind).toBe(expected);
      } else {
        expect(got).toBe(expected);
      }
    });
});

it("a refused action's message is the use case's (checked on one cell per kind)", async () => {
  session.user = M;
  const privateDoc = await makeDocument("private");
  expect(await redirectOf(actions.setDocumentShared(form({ documentId: privateDoc, classId, shared: "true" })))).toBe(
    `error: ${await refusalOf(() => setDocumentShared(M, { documentId: privateDoc, classId, shared: true }))}`,
  );
  session.user = OI;
  expect(await redirectOf(actions.setJoining(form({ classId, open: "true" })))).toBe(
    `error: ${await refusalOf(() => setJoinOpen(OI, classId, true))}`,
  );
});

it("readableDeckSql (raw reads) opens the same decks as readableDecks, for every column's person", async () => {
  const { readableDecks, readableDeckSql } = await import("./access");
  const deleted = await makeDeck("private");
  await db().deck.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
  for (const state of ["private", "shared", "hidden", "starter"] as const) await makeDeck(state);
  for (const person of [I, M, S, OI, OS]) {
    const viaPrisma = await db().deck.findMany({ where: readableDecks(person), select: { id: true } });
    const viaSql = await db().$queryRaw<
      { id: string }[]
    >`SELECT d."id" FROM "Deck" d WHERE ${readableDeckSql(person.id)}`;
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    expect(ids(viaSql)).toEqual(ids(viaPrisma));
    expect(ids(viaSql)).not.toContain(deleted);
  }
});
