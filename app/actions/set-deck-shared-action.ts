"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { setDeckShared } from "@/lib/server/decks";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function setDeckSharedAction(form: FormData): Promise<void> {
  const deckId = formText(form, "deckId");
  const user = await requireUser(`/decks/${deckId}`);
  let target = `/decks/${encodeURIComponent(deckId)}`;
  try {
    const shared = form.get("shared") === "true";
    await setDeckShared(user, { deckId, classId: formText(form, "classId"), shared });
    revalidatePath(target);
    target += `?saved=${encodeURIComponent(shared ? "Shared with the class." : "No longer shared with the class.")}`;
  } catch (e) {
    target += `?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
