"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { approveItem, curationPageOf } from "@/lib/server/curation";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function approveItemAction(form: FormData): Promise<void> {
  const deckId = formText(form, "deckId");
  const itemId = formText(form, "itemId");
  const user = await requireUser(`/decks/${deckId}/curate`);
  let target = `/decks/${encodeURIComponent(deckId)}/curate`;
  try {
    await approveItem(user, itemId);
    revalidatePath(target);
    const page = await curationPageOf(deckId, itemId);
    target += `${page > 1 ? `?page=${page}` : ""}#item-${itemId}`;
  } catch (e) {
    target += `?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
