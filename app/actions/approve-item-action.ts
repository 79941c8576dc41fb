"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { approveItem, curationPageOf } from "@/lib/server/curation";
import { toActionError } from "@/lib/server/action-result";

export async function approveItemAction(form: FormData): Promise<void> {
  const deckId = String(form.get("deckId") ?? "");
  const itemId = String(form.get("itemId") ?? "");
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
