"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { copyDeck } from "@/lib/server/decks";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

/** An instructor's own copy of a starter deck, opened for curation. */
export async function copyDeckAction(form: FormData): Promise<void> {
  const deckId = formText(form, "deckId");
  const user = await requireUser(`/decks/${deckId}`);
  let target: string;
  try {
    const copy = await copyDeck(user, deckId);
    revalidatePath("/decks");
    target = `/decks/${encodeURIComponent(copy.id)}/curate`;
  } catch (e) {
    target = `/decks/${encodeURIComponent(deckId)}?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
