"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { startAssignment } from "@/lib/server/assignments";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function startAssignmentAction(form: FormData): Promise<void> {
  const classId = formText(form, "classId");
  const user = await requireUser(`/classes/${classId}`);
  let target: string;
  try {
    const { attemptId } = await startAssignment(user, formText(form, "assignmentId"));
    target = `/quiz/${attemptId}`;
  } catch (e) {
    target = `/classes/${encodeURIComponent(classId)}?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
