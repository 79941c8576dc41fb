"use server";
import { requestAddress } from "@/lib/server/auth";
import { signUp } from "@/lib/server/sign-in";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function signUpAction(_prev: unknown, form: FormData): Promise<ActionResult<{ email: string }>> {
  try {
    const user = await signUp(
      {
        name: formText(form, "name"),
        email: formText(form, "email"),
        password: formText(form, "password"),
        instructorCode: formText(form, "instructorCode"),
        timeZone: formText(form, "timeZone"),
      },
      await requestAddress(),
    );
    return { ok: true, email: user.email };
  } catch (e) {
    return toActionError(e);
  }
}
