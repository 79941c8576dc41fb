"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { createAssignment } from "@/lib/server/assignments";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText, formTexts } from "@/lib/form-data";

/** Dates arrive from datetime-local inputs as the browser's local time with the zone offset
 *  (minutes, as Date.getTimezoneOffset gives it) in a hidden field. */
function localDate(v: string, offsetMinutes: number): Date | string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
  return new Date(Date.parse(`${v}:00Z`) + offsetMinutes * 60_000);
}

export async function createAssignmentAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  const classId = formText(form, "classId");
  try {
    const actor = await requireActor();
    const tz = Number(form.get("tzOffset") ?? 0) || 0;
    await createAssignment(actor, {
      classId,
      deckId: formText(form, "deckId"),
      title: formText(form, "title"),
      itemIds: formTexts(form, "itemIds"),
      questionCount: formText(form, "questionCount"),
      opensAt: form.get("opensAt") ? localDate(formText(form, "opensAt"), tz) : new Date(),
      dueAt: localDate(formText(form, "dueAt"), tz),
      allowLate: form.get("allowLate") === "on",
      hideDeck: form.get("hideDeck") === "on",
      maxAttempts: formText(form, "maxAttempts", "1"),
      timeLimitMinutes: formText(form, "timeLimitMinutes"),
      shuffleQuestions: form.get("shuffleQuestions") === "on",
      shuffleOptions: form.get("shuffleOptions") === "on",
      // the schema checks the value (absent: its default); the cast only satisfies the literal input type
      feedback: form.get("feedback") ? (formText(form, "feedback") as never) : undefined,
    });
    revalidatePath(`/classes/${classId}`);
  } catch (e) {
    return toActionError(e);
  }
  redirect(`/classes/${encodeURIComponent(classId)}?assigned=1`);
}
