"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { renameDeck } from "@/lib/server/decks";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function renameDeckAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  const deckId = formText(form, "deckId");
  try {
    const actor = await requireActor();
    await renameDeck(actor, { deckId, title: formText(form, "title") });
    revalidatePath("/decks");
    revalidatePath(`/decks/${deckId}`);
  } catch (e) {
    return toActionError(e);
  }
  redirect(`/decks/${encodeURIComponent(deckId)}?saved=${encodeURIComponent("Renamed.")}`);
}
