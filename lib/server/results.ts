// Results of a class for its instructor: the gradebook (a row per student, a column per
// assignment) and per assignment the score distribution and item analysis. A student's score
// is their best finished attempt (docs/decisions/030).
import "server-only";
import { analyzeItems, itemFlags, scoreDistribution, toCsv, type Bucket, type ItemStats } from "@/lib/analytics";
import { standing, STANDING_LABEL, type StudentStanding } from "@/lib/classes";
import { scorePercent } from "@/lib/grading";
import { notFoundAs } from "@/lib/errors";
import { db } from "./db";
import { requireOwnClass } from "./classes";
import { expireIfPastDeadline } from "./quiz";
import { GRACE_MS } from "@/lib/classes";

/** Submits the class's attempts whose time ran out (no background job does it). */
async function closeExpiredAttempts(where: { classId: string } | { assignmentId: string }, now: Date): Promise<void> {
  const open = await db().attempt.findMany({
    where: {
      status: "in_progress",
      deadlineAt: { lt: new Date(now.getTime() - GRACE_MS) },
      ...("classId" in where ? { assignment: { classId: where.classId } } : { assignmentId: where.assignmentId }),
    },
    select: { id: true, status: true, deadlineAt: true },
  });
  for (const a of open) await expireIfPastDeadline(a, now);
}
import type { SessionUser } from "./accounts";

type AttemptLite = {
  id: string;
  userId: string;
  status: string;
  correctCount: number;
  questionCount: number;
  startedAt: Date;
  finishedAt: Date | null;
};

/** The attempt that counts: the best finished one (earliest on a tie). */
export function countedAttempt<T extends AttemptLite>(attempts: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of attempts) {
    if (a.status !== "finished") continue;
    if (!best || scorePercent(a.correctCount, a.questionCount) > scorePercent(best.correctCount, best.questionCount))
      best = a;
  }
  return best;
}

export interface GradeCell {
  scorePercent: number | null;
  correct: number | null;
  total: number | null;
  late: boolean;
  standing: StudentStanding;
  label: string;
  attempts: number;
}
export interface Gradebook {
  classId: string;
  className: string;
  assignments: { id: string; title: string; dueAt: Date }[];
  rows: { studentId: string; name: string; email: string; cells: GradeCell[]; averagePercent: number | null }[];
}

export async function requireGradebook(
  actor: SessionUser | null,
  classId: string,
  now: Date = new Date(),
): Promise<Gradebook> {
  const c = await requireOwnClass(actor, classId, "results.read");
  await closeExpiredAttempts({ classId }, now);
  const [members, assignments] = await Promise.all([
    db().classMember.findMany({
      where: { classId },
      orderBy: [{ user: { name: "asc" } }, { joinedAt: "asc" }],
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db().assignment.findMany({
      where: { classId },
      orderBy: [{ dueAt: "asc" }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        opensAt: true,
        dueAt: true,
        attempts: {
          select: {
            id: true,
            userId: true,
            status: true,
            correctCount: true,
            questionCount: true,
            startedAt: true,
            finishedAt: true,
          },
        },
      },
    }),
  ]);
  const rows = members.map(({ user }) => {
    const cells = assignments.map((a): GradeCell => {
      const mine = a.attempts.filter((x) => x.userId === user.id);
      const best = countedAttempt(mine);
      const s = standing(a, mine, now);
      return {
        scorePercent: best ? scorePercent(best.correctCount, best.questionCount) : null,
        correct: best?.correctCount ?? null,
        total: best?.questionCount ?? null,
        late: s === "done_late" || s === "missed",
        standing: s,
        label: STANDING_LABEL[s],
        attempts: mine.length,
      };
    });
    const scored = cells.filter((x) => x.scorePercent !== null);
    const averagePercent = scored.length
      ? Math.round(scored.reduce((n, x) => n + x.scorePercent!, 0) / scored.length)
      : null;
    return { studentId: user.id, name: user.name, email: user.email, cells, averagePercent };
  });
  return {
    classId: c.id,
    className: c.name,
    assignments: assignments.map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt })),
    rows,
  };
}

export function gradebookCsv(g: Gradebook): string {
  const header = [
    "Student",
    "Email",
    ...g.assignments.flatMap((a) => [`${a.title} (%)`, `${a.title} status`]),
    "Average (%)",
  ];
  const rows = g.rows.map((r) => [
    r.name,
    r.email,
    ...r.cells.flatMap((c) => [c.scorePercent, c.label]),
    r.averagePercent,
  ]);
  return toCsv(header, rows);
}

export interface ItemResult {
  itemId: string;
  status: string;
  deckId: string;
  stats: ItemStats;
  flags: string[];
  /** the question and key as the students saw them */
  prompt: string;
  answer: string;
  /** the item as it is now, when it was edited after the students saw it */
  editedTo: { prompt: string; answer: string } | null;
}
export interface AssignmentResults {
  id: string;
  title: string;
  classId: string;
  className: string;
  deckId: string;
  dueAt: Date;
  questionCount: number;
  submitted: number;
  students: number;
  averagePercent: number | null;
  distribution: Bucket[];
  scores: { studentId: string; name: string; scorePercent: number; late: boolean; attemptId: string }[];
  items: ItemResult[];
}

export async function requireAssignmentResults(
  actor: SessionUser | null,
  assignmentId: string,
  now: Date = new Date(),
): Promise<AssignmentResults> {
  const found = await db().assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, title: true, classId: true, deckId: true, dueAt: true, questionCount: true },
  });
  // The matrix first (a student is refused whatever the id), then existence.
  const c = await requireOwnClass(actor, found?.classId ?? "", "results.read").catch(notFoundAs("This assignment"));
  const a = found!;
  await closeExpiredAttempts({ assignmentId }, now);
  const members = await db().classMember.findMany({
    where: { classId: a.classId },
    select: { user: { select: { id: true, name: true } } },
  });
  const memberIds = new Set(members.map((m) => m.user.id));
  const attempts = await db().attempt.findMany({
    where: { assignmentId, status: "finished" },
    select: {
      id: true,
      userId: true,
      status: true,
      correctCount: true,
      questionCount: true,
      startedAt: true,
      finishedAt: true,
    },
  });
  const counted = [...memberIds]
    .map((id) => countedAttempt(attempts.filter((x) => x.userId === id)))
    .filter((x): x is NonNullable<typeof x> => x !== null);
  const questions = await db().attemptQuestion.findMany({
    where: { attemptId: { in: counted.map((x) => x.id) } },
    select: {
      attemptId: true,
      itemId: true,
      chosen: true,
      correct: true,
      answer: true,
      prompt: true,
      item: { select: { prompt: true, answer: true, status: true } },
    },
  });
  const userOf = new Map(counted.map((x) => [x.id, x.userId]));
  const rows = questions.map((q) => ({
    studentId: userOf.get(q.attemptId)!,
    itemId: q.itemId,
    chosen: q.chosen,
    correct: q.correct === true,
  }));
  // The key each student was graded against (the version they saw); the current one as a fallback.
  const keys = new Map(questions.map((q) => [q.itemId, q.answer ?? q.item.answer]));
  const stats = analyzeItems(rows, keys);
  const itemInfo = new Map(
    questions.map((q) => [
      q.itemId,
      { shownPrompt: q.prompt ?? q.item.prompt, shownAnswer: q.answer ?? q.item.answer, ...q.item },
    ]),
  );
  const names = new Map(members.map((m) => [m.user.id, m.user.name]));
  const scores = counted
    .map((x) => ({
      studentId: x.userId,
      name: names.get(x.userId) ?? "",
      scorePercent: scorePercent(x.correctCount, x.questionCount),
      late: !!x.finishedAt && x.finishedAt > a.dueAt,
      attemptId: x.id,
    }))
    .sort((p, q) => q.scorePercent - p.scorePercent || p.name.localeCompare(q.name));
  return {
    id: a.id,
    title: a.title,
    classId: a.classId,
    className: c.name,
    deckId: a.deckId,
    dueAt: a.dueAt,
    questionCount: a.questionCount,
    submitted: counted.length,
    students: memberIds.size,
    averagePercent: scores.length ? Math.round(scores.reduce((n, s) => n + s.scorePercent, 0) / scores.length) : null,
    distribution: scoreDistribution(scores.map((s) => s.scorePercent)),
    scores,
    items: stats
      .map((s) => {
        const info = itemInfo.get(s.itemId)!;
        const edited = info.prompt !== info.shownPrompt || info.answer !== info.shownAnswer;
        return {
          itemId: s.itemId,
          prompt: info.shownPrompt,
          answer: info.shownAnswer,
          editedTo: edited ? { prompt: info.prompt, answer: info.answer } : null,
          status: info.status,
          deckId: a.deckId,
          stats: s,
          flags: itemFlags(s),
        };
      })
      .sort((p, q) => p.stats.facility - q.stats.facility || p.prompt.localeCompare(q.prompt)),
  };
}
