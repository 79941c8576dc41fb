"use server";
import { revalidatePath } from "next/cache";
import { requireActorSession } from "@/lib/server/auth";
import { endOtherSessions } from "@/lib/server/sessions";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

export async function signOutOtherSessionsAction(): Promise<ActionResult<{ endedSessions: number }>> {
  try {
    const { user, sessionId } = await requireActorSession();
    const endedSessions = await endOtherSessions(user.id, sessionId);
    revalidatePath("/account");
    return { ok: true, endedSessions };
  } catch (e) {
    return toActionError(e);
  }
}
