"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { setDocumentShared } from "@/lib/server/documents";
import { toActionError } from "@/lib/server/action-result";

export async function setDocumentSharedAction(form: FormData): Promise<void> {
  const documentId = String(form.get("documentId") ?? "");
  const user = await requireUser(`/documents/${documentId}`);
  let target = `/documents/${encodeURIComponent(documentId)}`;
  try {
    const shared = form.get("shared") === "true";
    await setDocumentShared(user, { documentId, classId: String(form.get("classId") ?? ""), shared });
    revalidatePath(target);
    target += `?saved=${encodeURIComponent(shared ? "Shared with the class." : "No longer shared with the class.")}`;
  } catch (e) {
    target += `?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
