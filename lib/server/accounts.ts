// Accounts: sign-up (student, or instructor with the configured code) and credential checks.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "./db";
import { getEnv } from "./env";
import { hashPassword, verifyPassword } from "./passwords";

export type Role = "student" | "instructor";
export interface SessionUser { id: string; email: string; name: string; role: Role }

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep the name under 80 characters."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(200, "Keep the email under 200 characters.")),
  password: z.string().min(8, "Use at least 8 characters for the password.").max(200, "Keep the password under 200 characters."),
  instructorCode: z.string().trim().max(100).optional().default(""),
});
export type SignUpInput = z.input<typeof signUpSchema>;

const toSessionUser = (u: { id: string; email: string; name: string; role: string }): SessionUser => ({
  id: u.id, email: u.email, name: u.name, role: u.role === "instructor" ? "instructor" : "student",
});

/** Creates an account. Throws AppError INVALID_INPUT (with field errors) or DUPLICATE. */
export async function createAccount(input: SignUpInput, opts: { role?: Role } = {}): Promise<SessionUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { fieldErrors });
  }
  const { name, email, password, instructorCode } = parsed.data;
  let role: Role = opts.role ?? "student";
  if (!opts.role && instructorCode) {
    const expected = getEnv().INSTRUCTOR_CODE;
    if (!expected || instructorCode !== expected)
      throw new AppError("INVALID_INPUT", "That instructor code is not valid.", { fieldErrors: { instructorCode: "That instructor code is not valid. Leave it empty to sign up as a student." } });
    role = "instructor";
  }
  const existing = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("DUPLICATE", "An account with this email already exists. Sign in instead.", { fieldErrors: { email: "An account with this email already exists." } });
  const user = await db().user.create({
    data: { name, email, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, role: true },
  });
  return toSessionUser(user);
}

/** Returns the user for valid credentials, or null (never says which part was wrong). */
export async function verifyCredentials(email: string, password: string): Promise<SessionUser | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return null;
  return (await verifyPassword(user.passwordHash, password)) ? toSessionUser(user) : null;
}

/** The account behind a session token, or null when it no longer exists (stale session). */
export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
  return user ? toSessionUser(user) : null;
}
