// Every form that checks a password or could reveal an account: sign-in, sign-up and password
// change, throttled per account and per client address (docs/decisions/004). An unknown email
// and a wrong password take the same path: the same throttle writes, one argon2 verification
// (against a dummy hash when there is no account) and the same reply.
import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { ACCOUNT_POLICY, ADDRESS_POLICY, throttledMessage } from "@/lib/security";
import {
  createAccount,
  passwordSchema,
  setPassword,
  type SessionUser,
  type SignUpInput,
  verifyCredentials,
} from "./accounts";
import { endOtherSessions } from "./sessions";
import { clearFailures, countFailure, throttleKey, waitFor } from "./sign-in-throttle";

export type SignInOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export const normalizeEmail = (email: string) => email.trim().toLowerCase().slice(0, 320);

export async function attemptSignIn(
  input: { email: string; password: string; address: string },
  now: Date = new Date(),
): Promise<SignInOutcome> {
  const email = normalizeEmail(input.email);
  const accountKey = throttleKey("account", email);
  const addressKey = throttleKey("address", input.address);
  const addressWait = await waitFor(addressKey, ADDRESS_POLICY, now);
  if (addressWait > 0) return { ok: false, reason: "throttled", retryAfterMs: addressWait };
  // Reserve the attempt before checking the password: parallel guesses each take one.
  const reserved = await countFailure(accountKey, ACCOUNT_POLICY, now, { refuseWhileLocked: true });
  if (!reserved.ok) return { ok: false, reason: "throttled", retryAfterMs: reserved.retryAfterMs };
  const user = await verifyCredentials(email, input.password);
  if (user) {
    await clearFailures(accountKey);
    return { ok: true, user };
  }
  await countFailure(addressKey, ADDRESS_POLICY, now, { refuseWhileLocked: false });
  return { ok: false, reason: "invalid" };
}

const throttled = (ms: number) => new AppError("THROTTLED", throttledMessage(ms), { retryAfterMs: ms });

/**
 * Sign-up. A taken email gets a plain refusal that says no more than the flow needs; it, and a
 * wrong instructor code, count as failures for the address, so probing emails or codes through
 * this form is throttled like guessing passwords.
 */
export async function signUp(input: SignUpInput, address: string, now: Date = new Date()): Promise<SessionUser> {
  const addressKey = throttleKey("address", address);
  const wait = await waitFor(addressKey, ADDRESS_POLICY, now);
  if (wait > 0) throw throttled(wait);
  try {
    return await createAccount(input);
  } catch (e) {
    const probing =
      isAppError(e) &&
      (e.code === "DUPLICATE" || (e.details?.fieldErrors as Record<string, string> | undefined)?.instructorCode);
    if (probing) await countFailure(addressKey, ADDRESS_POLICY, now, { refuseWhileLocked: false });
    throw e;
  }
}

/**
 * Changes the signed-in user's password after checking the current one (throttled like a
 * sign-in, so a borrowed session cannot guess it), then ends every other session of theirs.
 */
export async function changePassword(
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
  ctx: { address: string; sessionId: string },
  now: Date = new Date(),
): Promise<{ endedSessions: number }> {
  const parsed = passwordSchema.safeParse(input.newPassword);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", {
      fieldErrors: { newPassword: parsed.error.issues[0]!.message },
    });
  if (input.newPassword === input.currentPassword)
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", {
      fieldErrors: { newPassword: "Choose a password different from your current one." },
    });
  const outcome = await attemptSignIn(
    { email: user.email, password: input.currentPassword, address: ctx.address },
    now,
  );
  if (!outcome.ok && outcome.reason === "throttled") throw throttled(outcome.retryAfterMs);
  if (!outcome.ok || outcome.user.id !== user.id)
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", {
      fieldErrors: { currentPassword: "That is not your current password." },
    });
  await setPassword(user.id, parsed.data);
  return { endedSessions: await endOtherSessions(user.id, ctx.sessionId) };
}
