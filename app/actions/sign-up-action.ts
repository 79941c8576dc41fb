"use server";
import { createAccount } from "@/lib/server/accounts";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function signUpAction(_prev: unknown, form: FormData): Promise<ActionResult<{ email: string }>> {
  try {
    const user = await createAccount({
      name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""), instructorCode: String(form.get("instructorCode") ?? ""),
    });
    return { ok: true, email: user.email };
  } catch (e) {
    return toActionError(e);
  }
}
