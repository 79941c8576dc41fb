"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { createClass } from "@/lib/server/classes";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function createClassAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  let target: string;
  try {
    const actor = await requireActor();
    const c = await createClass(actor, {
      name: formText(form, "name"),
      joinExpiresInDays: formText(form, "joinExpiresInDays"),
    });
    revalidatePath("/classes");
    target = `/classes/${c.id}`;
  } catch (e) {
    return toActionError(e);
  }
  redirect(target);
}
