// Typed errors whose message is written for the person using the app (shown as is).

export type AppErrorCode =
  | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID_INPUT" | "CONFLICT" | "ALREADY_ANSWERED"
  | "ATTEMPT_FINISHED" | "DUPLICATE" | "NOT_DUE" | "NEW_LIMIT" | "NOTHING_TO_UNDO"
  // classes and assignments (docs/decisions/030)
  | "JOIN_CLOSED" | "NOT_OPEN" | "PAST_DUE" | "TIME_UP" | "NO_ATTEMPTS_LEFT"
  // sign-in security (docs/decisions/004)
  | "THROTTLED";

export class AppError extends Error {
  constructor(readonly code: AppErrorCode, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found. It may have been deleted, or the link is wrong.`);
export const forbidden = (what = "this") => new AppError("FORBIDDEN", `You do not have access to ${what}.`);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** For `.catch`: a NOT_FOUND about what a check looked up (a class, a deck) becomes one about
 *  what the caller asked for (`what`); any other error passes through. */
export function notFoundAs(what: string): (e: unknown) => never {
  return (e) => {
    throw isAppError(e) && e.code === "NOT_FOUND" ? notFound(what) : e;
  };
}

/** What a server action returns to a form: data on success, a plain message on failure. */
export type ActionError = { ok: false; code: string; message: string; fieldErrors?: Record<string, string> };
export type ActionResult<T> = ({ ok: true } & T) | ActionError;
