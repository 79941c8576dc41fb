"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { addDocument } from "@/lib/server/documents";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export type AddDocumentState = ActionResult<{ status: "added" | "duplicate"; id: string; title: string }> | null;

export async function addDocumentAction(_prev: AddDocumentState, form: FormData): Promise<AddDocumentState> {
  try {
    const actor = await requireActor();
    const file = form.get("file");
    const input =
      file instanceof File && file.size > 0
        ? {
            kind: "file" as const,
            fileName: file.name,
            mimeType: file.type,
            bytes: new Uint8Array(await file.arrayBuffer()),
          }
        : { kind: "paste" as const, title: formText(form, "title") || undefined, text: formText(form, "text") };
    const res = await addDocument(input, actor);
    revalidatePath("/library");
    return { ok: true, status: res.status, id: res.document.id, title: res.document.title };
  } catch (e) {
    return toActionError(e);
  }
}
