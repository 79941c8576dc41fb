"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { startAssignment } from "@/lib/server/assignments";
import { toActionError } from "@/lib/server/action-result";

export async function startAssignmentAction(form: FormData): Promise<void> {
  const classId = String(form.get("classId") ?? "");
  const user = await requireUser(`/classes/${classId}`);
  let target: string;
  try {
    const { attemptId } = await startAssignment(user, String(form.get("assignmentId") ?? ""));
    target = `/quiz/${attemptId}`;
  } catch (e) {
    target = `/classes/${encodeURIComponent(classId)}?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
