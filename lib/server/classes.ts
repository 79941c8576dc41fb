// Class use cases: create a class, join it with its code, manage the roster. Every read is
// scoped: an instructor reaches only the classes they teach, a student only those they joined;
// anything else is reported as not found (docs/decisions/030).
import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import {
  can,
  makeJoinCode,
  normalizeJoinCode,
  PERMISSION_DENIED,
  STANDING_LABEL,
  mayReveal,
  standing,
  type FeedbackPolicy,
  type Permission,
  type StudentStanding,
} from "@/lib/classes";
import { scorePercent } from "@/lib/grading";
import type { Action } from "@/lib/access";
import { AppError, notFound, ForbiddenError } from "@/lib/errors";
import { db } from "./db";
import { authorizeClass, readableDecks } from "./access";
import type { SessionUser } from "./accounts";

/** Throws FORBIDDEN, with a message saying who may, when the role lacks the permission. */
export function requirePermission(actor: SessionUser, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError(PERMISSION_DENIED[permission]);
}

const fail = (e: z.ZodError) => {
  const fieldErrors: Record<string, string> = {};
  for (const i of e.issues) fieldErrors[String(i.path[0])] ??= i.message;
  return new AppError("INVALID_INPUT", e.issues[0]?.message ?? "Please correct the form.", { fieldErrors });
};
export const parseOrThrow = <T extends z.ZodType>(schema: T, input: unknown): z.output<T> => {
  const r = schema.safeParse(input);
  if (!r.success) throw fail(r.error);
  return r.data;
};

export const createClassSchema = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(120, "Keep the name under 120 characters."),
  joinExpiresInDays: z
    .union([
      z.literal("").transform(() => undefined),
      z.coerce
        .number()
        .int("Use whole days.")
        .min(1, "The code must last at least a day.")
        .max(365, "A code lasts at most 365 days."),
    ])
    .optional(),
});

export async function createClass(
  actor: SessionUser,
  input: z.input<typeof createClassSchema>,
  now: Date = new Date(),
  seed: number = randomInt(2 ** 31 - 1),
): Promise<{ id: string; joinCode: string }> {
  requirePermission(actor, "class:create");
  const { name, joinExpiresInDays } = parseOrThrow(createClassSchema, input);
  const joinExpiresAt = joinExpiresInDays ? new Date(now.getTime() + joinExpiresInDays * 86_400_000) : null;
  for (let i = 0; ; i++) {
    const joinCode = makeJoinCode(seed + i * 7919);
    const taken = await db().class.findUnique({ where: { joinCode }, select: { id: true } });
    if (taken) {
      if (i < 20) continue;
      throw new AppError("CONFLICT", "Could not make a unique join code. Try again.");
    }
    const c = await db().class.create({
      data: { name, instructorId: actor.id, joinCode, joinExpiresAt },
      select: { id: true, joinCode: true },
    });
    return c;
  }
}

/** The instructor's own class for `action` (the matrix: a student is refused, 403; someone
 *  else's class does not exist for an instructor, 404). */
export async function requireOwnClass(actor: SessionUser | null, classId: string, action: Action = "class.manage") {
  return authorizeClass(actor, classId, action);
}

/** The class when the student is a member of it (assignment.take), or the matrix's refusal. */
export async function requireMembership(actor: SessionUser | null, classId: string) {
  return authorizeClass(actor, classId, "assignment.take");
}

export interface ClassSummary {
  id: string;
  name: string;
  studentCount: number;
  assignmentCount: number;
  instructorName: string;
}

export async function listClasses(actor: SessionUser): Promise<ClassSummary[]> {
  const where = actor.role === "instructor" ? { instructorId: actor.id } : { members: { some: { userId: actor.id } } };
  const rows = await db().class.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      instructor: { select: { name: true } },
      _count: { select: { members: true, assignments: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    instructorName: c.instructor.name,
    studentCount: c._count.members,
    assignmentCount: c._count.assignments,
  }));
}

export async function joinClass(
  actor: SessionUser,
  code: string,
  now: Date = new Date(),
): Promise<{ classId: string; name: string }> {
  requirePermission(actor, "class:join");
  const joinCode = normalizeJoinCode(code);
  const wrong = new AppError(
    "INVALID_INPUT",
    "No class has that join code. Check the code with your instructor: it has 8 letters and digits.",
    { fieldErrors: { code: "No class has that join code." } },
  );
  if (!joinCode) throw wrong;
  const c = await db().class.findUnique({
    where: { joinCode },
    select: { id: true, name: true, joinOpen: true, joinExpiresAt: true },
  });
  if (!c) throw wrong;
  const member = await db().classMember.findUnique({
    where: { classId_userId: { classId: c.id, userId: actor.id } },
    select: { id: true },
  });
  if (member) throw new AppError("CONFLICT", `You are already in ${c.name}.`, { classId: c.id });
  if (!c.joinOpen)
    throw new AppError("JOIN_CLOSED", `${c.name} is not taking new students. Ask your instructor to open joining.`);
  if (c.joinExpiresAt && now > c.joinExpiresAt)
    throw new AppError(
      "JOIN_CLOSED",
      `The join code for ${c.name} expired on ${c.joinExpiresAt.toISOString().slice(0, 10)}. Ask your instructor for a new one.`,
    );
  try {
    await db().classMember.create({ data: { classId: c.id, userId: actor.id, joinedAt: now } });
  } catch {
    // two joins at once: the unique (class, user) pair lets only one through
    throw new AppError("CONFLICT", `You are already in ${c.name}.`, { classId: c.id });
  }
  return { classId: c.id, name: c.name };
}

export async function removeStudent(actor: SessionUser | null, classId: string, studentId: string): Promise<void> {
  await requireOwnClass(actor, classId);
  const r = await db().classMember.deleteMany({ where: { classId, userId: studentId } });
  if (r.count === 0) throw notFound("This student in the class");
}

export async function setJoinOpen(actor: SessionUser | null, classId: string, open: boolean): Promise<void> {
  await requireOwnClass(actor, classId);
  await db().class.update({ where: { id: classId }, data: { joinOpen: open } });
}

export interface AssignmentSummary {
  id: string;
  title: string;
  deckId: string;
  deckTitle: string;
  opensAt: Date;
  dueAt: Date;
  questionCount: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  feedback: FeedbackPolicy;
  allowLate: boolean;
}
/** What a class shares: documents, and decks (those hidden from students only for the instructor). */
export interface ClassShares {
  documents: { id: string; title: string }[];
  decks: { id: string; title: string; hidden: boolean }[];
}
export interface InstructorClassView extends ClassShares {
  role: "instructor";
  id: string;
  name: string;
  joinCode: string;
  joinOpen: boolean;
  joinExpiresAt: Date | null;
  students: { id: string; name: string; email: string; joinedAt: Date }[];
  assignments: (AssignmentSummary & { submitted: number })[];
}
export interface StudentAssignmentView extends AssignmentSummary {
  standing: StudentStanding;
  standingLabel: string;
  attemptsUsed: number;
  inProgressAttemptId: string | null;
  /** best finished score, when the feedback policy lets the student see it */
  scorePercent: number | null;
  lastAttemptId: string | null;
}
export interface StudentClassView extends ClassShares {
  role: "student";
  id: string;
  name: string;
  instructorName: string;
  assignments: StudentAssignmentView[];
}

async function classShares(actor: SessionUser, classId: string): Promise<ClassShares> {
  const [documents, decks] = await Promise.all([
    db().classDocument.findMany({
      where: { classId },
      orderBy: { document: { title: "asc" } },
      select: { document: { select: { id: true, title: true } } },
    }),
    db().classDeck.findMany({
      where: { classId, deck: readableDecks(actor) },
      orderBy: { deck: { title: "asc" } },
      select: { deck: { select: { id: true, title: true, hiddenFromStudents: true } } },
    }),
  ]);
  return {
    documents: documents.map((d) => d.document),
    decks: decks.map((d) => ({ id: d.deck.id, title: d.deck.title, hidden: d.deck.hiddenFromStudents })),
  };
}

const assignmentSelect = {
  id: true,
  title: true,
  opensAt: true,
  dueAt: true,
  questionCount: true,
  maxAttempts: true,
  timeLimitMinutes: true,
  feedback: true,
  allowLate: true,
  deck: { select: { id: true, title: true } },
} as const;
type AssignmentRow = {
  id: string;
  title: string;
  opensAt: Date;
  dueAt: Date;
  questionCount: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  feedback: string;
  allowLate: boolean;
  deck: { id: string; title: string };
};
const summary = (a: AssignmentRow): AssignmentSummary => ({
  id: a.id,
  title: a.title,
  deckId: a.deck.id,
  deckTitle: a.deck.title,
  opensAt: a.opensAt,
  dueAt: a.dueAt,
  questionCount: a.questionCount,
  maxAttempts: a.maxAttempts,
  timeLimitMinutes: a.timeLimitMinutes,
  feedback: a.feedback as FeedbackPolicy,
  allowLate: a.allowLate,
});

export async function requireClass(
  actor: SessionUser | null,
  classId: string,
  now: Date = new Date(),
): Promise<InstructorClassView | StudentClassView> {
  const c = await authorizeClass(actor, classId, "class.read");
  const me = actor!;
  const shares = await classShares(me, classId);
  if (c.relation === "classInstructor") {
    const [members, assignments] = await Promise.all([
      db().classMember.findMany({
        where: { classId },
        orderBy: { joinedAt: "asc" },
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      }),
      db().assignment.findMany({
        where: { classId },
        orderBy: [{ dueAt: "asc" }, { title: "asc" }],
        select: {
          ...assignmentSelect,
          attempts: {
            where: { status: "finished", user: { memberships: { some: { classId } } } },
            select: { userId: true },
          },
        },
      }),
    ]);
    return {
      ...shares,
      role: "instructor",
      id: c.id,
      name: c.name,
      joinCode: c.joinCode,
      joinOpen: c.joinOpen,
      joinExpiresAt: c.joinExpiresAt,
      students: members.map((m) => ({ ...m.user, joinedAt: m.joinedAt })),
      assignments: assignments.map((a) => ({
        ...summary(a),
        submitted: new Set(a.attempts.map((x) => x.userId)).size,
      })),
    };
  }
  return {
    ...shares,
    role: "student",
    id: c.id,
    name: c.name,
    instructorName: c.instructorName,
    assignments: await studentAssignments(me, { classId }, now),
  };
}

/** The student's assignments (one class, or every class they joined) with their standing. */
export async function studentAssignments(
  actor: SessionUser,
  scope: { classId?: string },
  now: Date = new Date(),
): Promise<(StudentAssignmentView & { classId: string; className: string })[]> {
  const rows = await db().assignment.findMany({
    where: { ...(scope.classId ? { classId: scope.classId } : {}), class: { members: { some: { userId: actor.id } } } },
    orderBy: [{ dueAt: "asc" }, { title: "asc" }],
    select: {
      ...assignmentSelect,
      class: { select: { id: true, name: true } },
      attempts: {
        where: { userId: actor.id },
        orderBy: { startedAt: "asc" },
        select: { id: true, status: true, finishedAt: true, correctCount: true, questionCount: true },
      },
    },
  });
  return rows.map((a) => {
    const s = standing(a, a.attempts, now);
    const finished = a.attempts.filter((x) => x.status === "finished");
    const best = finished.reduce<number | null>(
      (m, x) => Math.max(m ?? 0, scorePercent(x.correctCount, x.questionCount)),
      null,
    );
    const reveal = mayReveal({ feedback: a.feedback as FeedbackPolicy, dueAt: a.dueAt }, true, now);
    return {
      ...summary(a),
      classId: a.class.id,
      className: a.class.name,
      standing: s,
      standingLabel: STANDING_LABEL[s],
      attemptsUsed: a.attempts.length,
      inProgressAttemptId: a.attempts.find((x) => x.status !== "finished")?.id ?? null,
      scorePercent: reveal ? best : null,
      lastAttemptId: finished.at(-1)?.id ?? null,
    };
  });
}
