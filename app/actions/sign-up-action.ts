"use server";
import { requestAddress } from "@/lib/server/auth";
import { signUp } from "@/lib/server/sign-in";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function signUpAction(_prev: unknown, form: FormData): Promise<ActionResult<{ email: string }>> {
  try {
    const user = await signUp({
      name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""), instructorCode: String(form.get("instructorCode") ?? ""),
    }, await requestAddress());
    return { ok: true, email: user.email };
  } catch (e) {
    return toActionError(e);
  }
}
