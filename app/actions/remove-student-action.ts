"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth";
import { removeStudent } from "@/lib/server/classes";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function removeStudentAction(form: FormData): Promise<void> {
  const classId = formText(form, "classId");
  const user = await requireUser(`/classes/${classId}`);
  let target = `/classes/${encodeURIComponent(classId)}`;
  try {
    await removeStudent(user, classId, formText(form, "studentId"));
    revalidatePath(target);
  } catch (e) {
    target += `?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
