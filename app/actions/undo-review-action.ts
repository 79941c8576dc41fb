"use server";
import { requireActor } from "@/lib/server/auth";
import { getReviewQueue, type ReviewQueue, type ReviewScope } from "@/lib/server/review";
import { undoLastReview } from "@/lib/server/review-undo";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function undoReviewAction(scope: ReviewScope): Promise<ActionResult<{ queue: ReviewQueue }>> {
  try {
    const actor = await requireActor();
    const { itemId } = await undoLastReview(actor);
    return { ok: true, queue: await getReviewQueue(actor, scope, new Date(), itemId) };
  } catch (e) {
    return toActionError(e);
  }
}
