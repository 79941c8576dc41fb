"use server";
import { AppError } from "@/lib/errors";
import { requestAddress, requireActorSession } from "@/lib/server/auth";
import { changePassword } from "@/lib/server/sign-in";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function changePasswordAction(
  _prev: unknown,
  form: FormData,
): Promise<ActionResult<{ endedSessions: number }>> {
  try {
    const { user, sessionId } = await requireActorSession();
    const currentPassword = formText(form, "currentPassword");
    const newPassword = formText(form, "newPassword");
    if (newPassword !== formText(form, "confirmPassword"))
      throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", {
        fieldErrors: { confirmPassword: "The two new passwords differ. Type the same one twice." },
      });
    const r = await changePassword(
      user,
      { currentPassword, newPassword },
      { address: await requestAddress(), sessionId },
    );
    return { ok: true, endedSessions: r.endedSessions };
  } catch (e) {
    return toActionError(e);
  }
}
