"use server";
import { requireActor } from "@/lib/server/auth";
import { setDayClock } from "@/lib/server/study-days";
import { toActionError, type ActionResult } from "@/lib/server/action-result";

/** The browser reports its time zone; it is kept only if the account has none yet. */
export async function detectTimeZoneAction(
  timeZone: string,
): Promise<ActionResult<{ timeZone: string; changed: boolean }>> {
  try {
    const actor = await requireActor();
    const r = await setDayClock(actor, { timeZone }, { onlyIfUnknown: true });
    return { ok: true, timeZone: r.timeZone, changed: r.changed };
  } catch (e) {
    return toActionError(e);
  }
}
