"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { setDeckHidden } from "@/lib/server/curation";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function setDeckVisibilityAction(form: FormData): Promise<void> {
  const deckId = formText(form, "deckId");
  const user = await requireUser(`/decks/${deckId}/curate`);
  let target = `/decks/${encodeURIComponent(deckId)}/curate`;
  try {
    await setDeckHidden(user, deckId, form.get("hidden") === "true");
    revalidatePath(target);
    revalidatePath("/decks");
  } catch (e) {
    target += `?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
