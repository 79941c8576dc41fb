"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { deleteDeck } from "@/lib/server/decks";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function deleteDeckAction(form: FormData): Promise<void> {
  const deckId = formText(form, "deckId");
  const user = await requireUser(`/decks/${deckId}`);
  let target: string;
  try {
    const { title } = await deleteDeck(user, deckId);
    revalidatePath("/decks");
    target = `/decks?deleted=${encodeURIComponent(title)}`;
  } catch (e) {
    target = `/decks/${encodeURIComponent(deckId)}?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
