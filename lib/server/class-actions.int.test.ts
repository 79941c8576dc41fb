// Authorization at the entry points: the server actions and the CSV route, called directly
// (as a crafted request would), with the session replaced by the user under test.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
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

const { createClassAction } = await import("@/app/actions/create-class-action");
const { joinClassAction } = await import("@/app/actions/join-class-action");
const { removeStudentAction } = await import("@/app/actions/remove-student-action");
const { setJoiningAction } = await import("@/app/actions/set-joining-action");
const { createAssignmentAction } = await import("@/app/actions/create-assignment-action");
const { startAssignmentAction } = await import("@/app/actions/start-assignment-action");
const { editItemAction } = await import("@/app/actions/edit-item-action");
const { addItemAction } = await import("@/app/actions/add-item-action");
const { setItemStatusAction } = await import("@/app/actions/set-item-status-action");
const { GET: gradebookCsvRoute } = await import("@/app/classes/[id]/gradebook/csv/route");
const { createClass, joinClass } = await import("./classes");
const { makeUser } = await import("./testing/fixtures");
const { makeClassDeck } = await import("./testing/class-fixtures");
const { db } = await import("./db");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const as = (u: SessionUser | null) => {
  session.user = u;
};
async function redirectOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Redirect) return decodeURIComponent(e.url);
    throw e;
  }
  throw new Error("expected a redirect");
}
const csv = (classId: string) =>
  gradebookCsvRoute(new Request(`http://x/classes/${classId}/gradebook/csv`), {
    params: Promise.resolve({ id: classId }),
  });

let teacher: SessionUser, other: SessionUser, student: SessionUser;
let classId: string, code: string, deck: Awaited<ReturnType<typeof makeClassDeck>>;

beforeAll(async () => {
  [teacher, other, student] = [await makeUser("instructor"), await makeUser("instructor"), await makeUser()];
  ({ id: classId, joinCode: code } = await createClass(teacher, { name: "Actions 101" }));
  await joinClass(student, code);
  deck = await makeClassDeck("Action facts", { owner: teacher, shareWith: classId });
});

describe("server actions refuse the wrong caller with a plain answer", () => {
  it("a student calling instructor actions gets FORBIDDEN and nothing changes", async () => {
    as(student);
    await expect(createClassAction(null, form({ name: "Sneaky" }))).resolves.toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "Only instructors can create classes.",
    });
    await expect(
      createAssignmentAction(
        null,
        form({ classId, deckId: deck.deckId, questionCount: "1", dueAt: "2030-01-01T10:00" }),
      ),
    ).resolves.toMatchObject({ ok: false, code: "FORBIDDEN", message: "Only instructors can assign quizzes." });
    await expect(
      editItemAction(
        null,
        form({
          deckId: deck.deckId,
          itemId: deck.itemIds[0]!,
          prompt: "Changed by a student?",
          answer: "1903",
          wrongOptions: "1",
        }),
      ),
    ).resolves.toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "Only instructors can review and edit deck items.",
    });
    await expect(
      addItemAction(
        null,
        form({
          deckId: deck.deckId,
          prompt: "Added by a student?",
          answer: "1903",
          wrongOptions: "1",
          citeDocumentId: deck.documentId,
          citeStart: "0",
          citeEnd: "10",
        }),
      ),
    ).resolves.toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await redirectOf(removeStudentAction(form({ classId, studentId: student.id })))).toBe(
      `/classes/${classId}?error=Only the class's instructor can change it.`,
    );
    expect(await redirectOf(setJoiningAction(form({ classId, open: "false" })))).toContain(
      "error=Only the class's instructor can change it.",
    );
    expect(
      await redirectOf(setItemStatusAction(form({ deckId: deck.deckId, itemId: deck.itemIds[0]!, status: "retired" }))),
    ).toContain("error=Only instructors can review and edit deck items.");
    expect(await db().classMember.count({ where: { classId } })).toBe(1);
    expect(await db().class.count({ where: { name: "Sneaky" } })).toBe(0);
    expect((await db().item.findUniqueOrThrow({ where: { id: deck.itemIds[0]! } })).status).toBe("active");
  });

  it("another instructor's class is not found through the actions either", async () => {
    as(other);
    await expect(
      createAssignmentAction(
        null,
        form({ classId, deckId: deck.deckId, questionCount: "1", dueAt: "2030-01-01T10:00" }),
      ),
    ).resolves.toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "This class was not found. It may have been deleted, or the link is wrong.",
    });
    expect(await redirectOf(removeStudentAction(form({ classId, studentId: student.id })))).toContain(
      "error=This class was not found.",
    );
    expect(await db().assignment.count({ where: { classId } })).toBe(0);
  });

  it("signed out: actions answer UNAUTHENTICATED or send to sign-in", async () => {
    as(null);
    await expect(joinClassAction(null, form({ code }))).resolves.toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await redirectOf(startAssignmentAction(form({ classId, assignmentId: "x" })))).toBe(
      `/signin?callbackUrl=/classes/${classId}`,
    );
  });

  it("the owner's actions work: assignment with local dates, then an instructor cannot start it", async () => {
    as(teacher);
    // 10:00 in a zone 120 minutes behind UTC (getTimezoneOffset() = 120) is 12:00 UTC
    const url = await redirectOf(
      createAssignmentAction(
        null,
        form({
          classId,
          deckId: deck.deckId,
          title: "Via action",
          questionCount: "2",
          dueAt: "2030-01-01T10:00",
          tzOffset: "120",
          maxAttempts: "1",
          feedback: "after_due",
          timeLimitMinutes: "",
        }),
      ),
    );
    expect(url).toBe(`/classes/${classId}?assigned=1`);
    const a = await db().assignment.findFirstOrThrow({ where: { classId } });
    expect(a).toMatchObject({
      title: "Via action",
      questionCount: 2,
      feedback: "after_due",
      timeLimitMinutes: null,
      shuffleQuestions: false,
      dueAt: new Date("2030-01-01T12:00:00Z"),
    });
    expect(await redirectOf(startAssignmentAction(form({ classId, assignmentId: a.id })))).toContain(
      "error=Assignments are taken by the class's students.",
    );
    as(student);
    expect(await redirectOf(startAssignmentAction(form({ classId, assignmentId: a.id })))).toMatch(/^\/quiz\/\w+$/);
  });

  it("a wrong join code and a second join have clear answers", async () => {
    as(student);
    await expect(joinClassAction(null, form({ code: "AAAAAAAA" }))).resolves.toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: expect.stringContaining("No class has that join code"),
    });
    await expect(joinClassAction(null, form({ code }))).resolves.toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "You are already in Actions 101.",
    });
  });
});

describe("the gradebook CSV route", () => {
  it("serves the owner, and tells everyone else plainly", async () => {
    as(teacher);
    const ok = await csv(classId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toBe('attachment; filename="Actions-101-gradebook.csv"');
    expect((await ok.text()).split("\r\n")[0]).toBe("Student,Email,Via action (%),Via action status,Average (%)");
    as(student);
    const s = await csv(classId);
    expect([s.status, await s.text()]).toEqual([403, "Only the class's instructor can read its results.\n"]);
    as(other);
    expect((await csv(classId)).status).toBe(404);
    as(null);
    expect((await csv(classId)).status).toBe(401);
  });
});
