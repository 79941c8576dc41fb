"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { renameDocument } from "@/lib/server/documents";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function renameDocumentAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  const documentId = formText(form, "documentId");
  try {
    const actor = await requireActor();
    await renameDocument(actor, { documentId, title: formText(form, "title") });
    revalidatePath("/library");
    revalidatePath(`/documents/${documentId}`);
  } catch (e) {
    return toActionError(e);
  }
  redirect(`/documents/${encodeURIComponent(documentId)}?saved=${encodeURIComponent("Renamed.")}`);
}
