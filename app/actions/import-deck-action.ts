"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { importDeck } from "@/lib/server/deck-import";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export type ImportDeckState = ActionResult<{
  deckId: string;
  title: string;
  itemCount: number;
  citedCount: number;
  uncitedCount: number;
  warnings: string[];
}> | null;

export async function importDeckAction(_prev: ImportDeckState, form: FormData): Promise<ImportDeckState> {
  try {
    const actor = await requireActor();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      return { ok: false, code: "INVALID_INPUT", message: "Choose a question bank file to import." };
    const format = formText(form, "format");
    const title = formText(form, "title").trim();
    const r = await importDeck(actor, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      format: (format || undefined) as never,
      title: title || undefined,
    });
    revalidatePath("/decks");
    return { ok: true, ...r };
  } catch (e) {
    return toActionError(e);
  }
}
