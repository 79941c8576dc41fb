// Turns what a use case throws into a plain result a form can show: typed errors keep their
// message; anything else is logged and reported without internals.
import "server-only";
import { isAppError, type ActionError } from "@/lib/errors";
import { IngestError } from "@/lib/ingest";

export type { ActionError, ActionResult } from "@/lib/errors";

export function toActionError(e: unknown): ActionError {
  if (isAppError(e))
    return {
      ok: false,
      code: e.code,
      message: e.message,
      fieldErrors: e.details?.fieldErrors as Record<string, string> | undefined,
    };
  if (e instanceof IngestError) return { ok: false, code: e.code, message: e.message };
  console.error("Unexpected error in an action:", e instanceof Error ? e.stack : e);
  return {
    ok: false,
    code: "INTERNAL",
    message: "Something went wrong on our side. Nothing you entered was lost; try again.",
  };
}
