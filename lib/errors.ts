// Typed errors whose message is written for the person using the app (shown as is).

export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "ALREADY_ANSWERED"
  | "ATTEMPT_FINISHED"
  | "DUPLICATE"
  | "NOT_DUE"
  | "NEW_LIMIT"
  | "NOTHING_TO_UNDO"
  // classes and assignments (docs/decisions/030)
  | "JOIN_CLOSED"
  | "NOT_OPEN"
  | "PAST_DUE"
  | "TIME_UP"
  | "NO_ATTEMPTS_LEFT"
  // sign-in security (docs/decisions/004)
  | "THROTTLED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** What was asked for does not exist for this person (requireX throws it; getX returns null).
 *  A page shows it as the not-found page with status 404 (lib/server/page-data.ts). */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super("NOT_FOUND", message);
    this.name = "NotFoundError";
  }
}

/** It exists, but is not for this person's role or relation: a page shows 403. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("FORBIDDEN", message);
    this.name = "ForbiddenError";
  }
}

/** For `.catch` in a getX that may return nothing: NotFoundError and ForbiddenError become null
 *  (absent for this person); any other error passes through. */
export function absentAsNull(e: unknown): null {
  if (e instanceof NotFoundError || e instanceof ForbiddenError) return null;
  throw e;
}

export const notFound = (what: string) =>
  new NotFoundError(`${what} was not found. It may have been deleted, or the link is wrong.`);
export const forbidden = (what = "this") => new ForbiddenError(`You do not have access to ${what}.`);

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
