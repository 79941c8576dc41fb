"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { editItem, curationPageOf } from "@/lib/server/curation";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function editItemAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  const deckId = formText(form, "deckId");
  const itemId = formText(form, "itemId");
  try {
    const actor = await requireActor();
    const doc = formText(form, "citeDocumentId");
    await editItem(actor, {
      itemId,
      prompt: formText(form, "prompt"),
      answer: formText(form, "answer"),
      wrongOptions: formText(form, "wrongOptions"),
      citation: doc
        ? { documentId: doc, start: formText(form, "citeStart"), end: formText(form, "citeEnd") }
        : undefined,
    });
    revalidatePath(`/decks/${deckId}`);
    revalidatePath(`/decks/${deckId}/curate`);
  } catch (e) {
    return toActionError(e);
  }
  const page = await curationPageOf(deckId, itemId);
  redirect(
    `/decks/${encodeURIComponent(deckId)}/curate?saved=${encodeURIComponent(itemId)}${page > 1 ? `&page=${page}` : ""}#item-${itemId}`,
  );
}
