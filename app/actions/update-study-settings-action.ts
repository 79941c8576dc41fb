"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { updateStudySettings } from "@/lib/server/review";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import type { SavedSettings } from "@/components/study-settings-form";

export async function updateStudySettingsAction(_prev: unknown, form: FormData): Promise<ActionResult<{ saved: SavedSettings }>> {
  try {
    const actor = await requireActor();
    const s = await updateStudySettings(actor, {
      retentionPercent: form.get("retentionPercent") as string, dailyNewLimit: form.get("dailyNewLimit") as string, reschedule: form.get("reschedule") === "on",
      ...(form.get("timeZone") ? { timeZone: String(form.get("timeZone")), dayStartHour: form.get("dayStartHour") as string } : {}),
    });
    revalidatePath("/review");
    revalidatePath("/progress");
    return { ok: true, saved: { retentionPercent: Math.round(s.retention * 100), dailyNewLimit: s.dailyNewLimit, rescheduled: s.rescheduled, timeZone: s.clock.timeZone, dayStartHour: s.clock.dayStartHour } };
  } catch (e) {
    return toActionError(e);
  }
}
