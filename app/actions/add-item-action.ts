"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { addItem, curationPageOf } from "@/lib/server/curation";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function addItemAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  const deckId = String(form.get("deckId") ?? "");
  let itemId: string;
  try {
    const actor = await requireActor();
    ({ itemId } = await addItem(actor, {
      deckId, prompt: String(form.get("prompt") ?? ""), answer: String(form.get("answer") ?? ""), wrongOptions: String(form.get("wrongOptions") ?? ""),
      citation: { documentId: String(form.get("citeDocumentId") ?? ""), start: String(form.get("citeStart") ?? ""), end: String(form.get("citeEnd") ?? "") },
    }));
    revalidatePath(`/decks/${deckId}`);
    revalidatePath(`/decks/${deckId}/curate`);
  } catch (e) {
    return toActionError(e);
  }
  const page = await curationPageOf(deckId, itemId);
  redirect(`/decks/${encodeURIComponent(deckId)}/curate?saved=${encodeURIComponent(itemId)}${page > 1 ? `&page=${page}` : ""}#item-${itemId}`);
}
