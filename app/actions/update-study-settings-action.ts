"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { updateStudySettings } from "@/lib/server/study-settings";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import type { SavedSettings } from "@/components/study-settings-form";
import { formText } from "@/lib/form-data";

export async function updateStudySettingsAction(
  _prev: unknown,
  form: FormData,
): Promise<ActionResult<{ saved: SavedSettings }>> {
  try {
    const actor = await requireActor();
    const s = await updateStudySettings(actor, {
      retentionPercent: formText(form, "retentionPercent"),
      dailyNewLimit: formText(form, "dailyNewLimit"),
      reschedule: form.get("reschedule") === "on",
      ...(form.get("timeZone")
        ? { timeZone: formText(form, "timeZone"), dayStartHour: formText(form, "dayStartHour") }
        : {}),
    });
    revalidatePath("/review");
    revalidatePath("/progress");
    return {
      ok: true,
      saved: {
        retentionPercent: Math.round(s.retention * 100),
        dailyNewLimit: s.dailyNewLimit,
        rescheduled: s.rescheduled,
        timeZone: s.clock.timeZone,
        dayStartHour: s.clock.dayStartHour,
      },
    };
  } catch (e) {
    return toActionError(e);
  }
}
