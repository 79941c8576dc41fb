"use server";
import { requireActor } from "@/lib/server/auth";
import { getReviewQueue, rateCard, type RateResult, type ReviewQueue, type ReviewScope } from "@/lib/server/review";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function rateCardAction(
  input: { itemId: string; rating: number; clientKey: string; durationMs: number; mode: "due" | "practice" },
  scope: ReviewScope,
): Promise<ActionResult<{ result: RateResult; queue: ReviewQueue }>> {
  try {
    const actor = await requireActor();
    const result = await rateCard(actor, input, new Date());
    return { ok: true, result, queue: await getReviewQueue(actor, scope, new Date()) };
  } catch (e) {
    return toActionError(e);
  }
}
