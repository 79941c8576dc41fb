"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { deleteDocument } from "@/lib/server/documents";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function deleteDocumentAction(form: FormData): Promise<void> {
  const documentId = formText(form, "documentId");
  const user = await requireUser(`/documents/${documentId}`);
  let target: string;
  try {
    const { title } = await deleteDocument(user, documentId);
    revalidatePath("/library");
    target = `/library?deleted=${encodeURIComponent(title)}`;
  } catch (e) {
    target = `/documents/${encodeURIComponent(documentId)}?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
