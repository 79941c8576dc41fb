"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { curationPageOf, setItemStatus } from "@/lib/server/curation";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

/** Retires an item (it leaves new quizzes; past answers keep it) or restores it. */
export async function setItemStatusAction(form: FormData): Promise<void> {
  const deckId = formText(form, "deckId");
  const itemId = formText(form, "itemId");
  const user = await requireUser(`/decks/${deckId}/curate`);
  const back = formText(form, "returnTo");
  let target =
    back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
      ? back
      : `/decks/${encodeURIComponent(deckId)}/curate`;
  try {
    await setItemStatus(user, itemId, form.get("status") === "retired" ? "retired" : "active");
    if (target.endsWith("/curate")) {
      const page = await curationPageOf(deckId, itemId);
      target += `${page > 1 ? `?page=${page}` : ""}#item-${itemId}`;
    }
    revalidatePath(`/decks/${deckId}/curate`);
    revalidatePath(`/decks/${deckId}`);
  } catch (e) {
    target = `/decks/${encodeURIComponent(deckId)}/curate?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
