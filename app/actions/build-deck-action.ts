"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { buildDeck } from "@/lib/server/decks";
import { toActionError } from "@/lib/server/action-result";
import { formText, formTexts } from "@/lib/form-data";

export async function buildDeckAction(form: FormData): Promise<void> {
  const user = await requireUser("/decks");
  let target: string;
  try {
    const title = formText(form, "title").trim();
    const deck = await buildDeck({ documentIds: formTexts(form, "documentIds"), title: title || undefined }, user);
    revalidatePath("/decks");
    target = `/decks/${deck.id}`;
  } catch (e) {
    target = `/decks?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
