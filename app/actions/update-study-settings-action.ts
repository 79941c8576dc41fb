"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { updateStudySettings } from "@/lib/server/review";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function updateStudySettingsAction(_prev: unknown, form: FormData): Promise<ActionResult<{ saved: { retentionPercent: number; dailyNewLimit: number; rescheduled: number } }>> {
  try {
    const actor = await requireActor();
    const s = await updateStudySettings(actor, { retentionPercent: form.get("retentionPercent") as string, dailyNewLimit: form.get("dailyNewLimit") as string, reschedule: form.get("reschedule") === "on" });
    revalidatePath("/review");
    return { ok: true, saved: { retentionPercent: Math.round(s.retention * 100), dailyNewLimit: s.dailyNewLimit, rescheduled: s.rescheduled } };
  } catch (e) {
    return toActionError(e);
  }
}
