"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { setDocumentShared } from "@/lib/server/documents";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function setDocumentSharedAction(form: FormData): Promise<void> {
  const documentId = formText(form, "documentId");
  const user = await requireUser(`/documents/${documentId}`);
  let target = `/documents/${encodeURIComponent(documentId)}`;
  try {
    const shared = form.get("shared") === "true";
    await setDocumentShared(user, { documentId, classId: formText(form, "classId"), shared });
    revalidatePath(target);
    target += `?saved=${encodeURIComponent(shared ? "Shared with the class." : "No longer shared with the class.")}`;
  } catch (e) {
    target += `?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
