"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { addItem, curationPageOf } from "@/lib/server/curation";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function addItemAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  const deckId = formText(form, "deckId");
  let itemId: string;
  try {
    const actor = await requireActor();
    ({ itemId } = await addItem(actor, {
      deckId,
      prompt: formText(form, "prompt"),
      answer: formText(form, "answer"),
      wrongOptions: formText(form, "wrongOptions"),
      citation: {
        documentId: formText(form, "citeDocumentId"),
        start: formText(form, "citeStart"),
        end: formText(form, "citeEnd"),
      },
    }));
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
