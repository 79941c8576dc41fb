"use server";
import { requireActor } from "@/lib/server/auth";
import type { Feedback } from "@/lib/server/quiz";
import { answerQuestion } from "@/lib/server/quiz-answer";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function answerQuestionAction(
  attemptId: string,
  questionId: string,
  chosen: string,
): Promise<ActionResult<{ feedback: Feedback }>> {
  try {
    const actor = await requireActor();
    return { ok: true, feedback: await answerQuestion(actor, { attemptId, questionId, chosen }) };
  } catch (e) {
    return toActionError(e);
  }
}
