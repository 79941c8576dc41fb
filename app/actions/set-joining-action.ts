"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { setJoinOpen } from "@/lib/server/classes";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function setJoiningAction(form: FormData): Promise<void> {
  const classId = formText(form, "classId");
  const user = await requireUser(`/classes/${classId}`);
  let target = `/classes/${encodeURIComponent(classId)}`;
  try {
    await setJoinOpen(user, classId, form.get("open") === "true");
    revalidatePath(target);
  } catch (e) {
    target += `?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
