"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { editItem, curationPageOf } from "@/lib/server/curation";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function editItemAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  const deckId = String(form.get("deckId") ?? "");
  const itemId = String(form.get("itemId") ?? "");
  try {
    const actor = await requireActor();
    const doc = String(form.get("citeDocumentId") ?? "");
    await editItem(actor, {
      itemId, prompt: String(form.get("prompt") ?? ""), answer: String(form.get("answer") ?? ""), wrongOptions: String(form.get("wrongOptions") ?? ""),
      citation: doc ? { documentId: doc, start: String(form.get("citeStart") ?? ""), end: String(form.get("citeEnd") ?? "") } : undefined,
    });
    revalidatePath(`/decks/${deckId}`);
    revalidatePath(`/decks/${deckId}/curate`);
  } catch (e) {
    return toActionError(e);
  }
  const page = await curationPageOf(deckId, itemId);
  redirect(`/decks/${encodeURIComponent(deckId)}/curate?saved=${encodeURIComponent(itemId)}${page > 1 ? `&page=${page}` : ""}#item-${itemId}`);
}
