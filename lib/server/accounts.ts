// Accounts: sign-up (student, or instructor with the configured code) and credential checks.
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "./db";
import { getEnv } from "./env";
import { hashPassword, verifyPassword } from "./passwords";
import { canonicalTimeZone, isTimeZone } from "@/lib/scheduling";

export type Role = "student" | "instructor";
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters for the password.")
  .max(200, "Keep the password under 200 characters.");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep the name under 80 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter a valid email address.").max(200, "Keep the email under 200 characters.")),
  password: passwordSchema,
  instructorCode: z.string().trim().max(100).optional().default(""),
  /** the browser's IANA zone; one it does not know is ignored (the first visit asks again) */
  timeZone: z.string().trim().max(64).optional(),
});
export type SignUpInput = z.input<typeof signUpSchema>;

const toSessionUser = (u: { id: string; email: string; name: string; role: string }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role === "instructor" ? "instructor" : "student",
});

/** What sign-up says when the email is taken: no more than the flow needs (docs/decisions/004). */
export const SIGN_UP_REFUSED =
  "We could not create an account with these details. If you have signed up before, sign in instead.";

/** Creates an account. Throws AppError INVALID_INPUT (with field errors) or DUPLICATE. */
export async function createAccount(input: SignUpInput, opts: { role?: Role } = {}): Promise<SessionUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { fieldErrors });
  }
  const { name, email, password, instructorCode } = parsed.data;
  const timeZone =
    parsed.data.timeZone && isTimeZone(parsed.data.timeZone) ? canonicalTimeZone(parsed.data.timeZone) : null;
  let role: Role = opts.role ?? "student";
  if (!opts.role && instructorCode) {
    const expected = getEnv().INSTRUCTOR_CODE;
    if (!expected || instructorCode !== expected)
      throw new AppError("INVALID_INPUT", "That instructor code is not valid.", {
        fieldErrors: { instructorCode: "That instructor code is not valid. Leave it empty to sign up as a student." },
      });
    role = "instructor";
  }
  const existing = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("DUPLICATE", SIGN_UP_REFUSED);
  const user = await db()
    .user.create({
      data: { name, email, role, passwordHash: await hashPassword(password), timeZone },
      select: { id: true, email: true, name: true, role: true },
    })
    .catch((e: unknown) => {
      if ((e as { code?: string }).code === "P2002") throw new AppError("DUPLICATE", SIGN_UP_REFUSED); // taken in the meantime
      throw e;
    });
  return toSessionUser(user);
}

// Verified against when no account has the email, so that an unknown email costs the same
// argon2 work as a wrong password. Hashed once per process, started at load.
const dummyHash = hashPassword(randomBytes(18).toString("base64"));

/** Returns the user for valid credentials, or null (never says which part was wrong). */
export async function verifyCredentials(email: string, password: string): Promise<SessionUser | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  return user && ok ? toSessionUser(user) : null;
}

/** Sets a new password (already checked against the current one by the caller). */
export async function setPassword(userId: string, password: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
}

export { toSessionUser };
