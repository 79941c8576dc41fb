"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/auth";
import { joinClass } from "@/lib/server/classes";
import { toActionError, type ActionResult } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function joinClassAction(_prev: unknown, form: FormData): Promise<ActionResult<object>> {
  let target: string;
  try {
    const actor = await requireActor();
    const c = await joinClass(actor, formText(form, "code"));
    revalidatePath("/classes");
    target = `/classes/${c.classId}`;
  } catch (e) {
    return toActionError(e);
  }
  redirect(target);
}
