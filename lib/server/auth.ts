// next-auth configuration (credentials, JWT sessions backed by UserSession rows) and the
// session helpers pages use: getSessionUser() may return null; requireUser() redirects to
// sign-in and back. docs/decisions/003 and 004.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { clientAddress, safeRedirectPath, safeRedirectUrl, throttledCode } from "@/lib/security";
import type { SessionUser } from "./accounts";
import { getEnv, servedOverHttps } from "./env";
import { endSession, findSessionUser, SESSION_MAX_AGE_S, startSession } from "./sessions";
import { attemptSignIn } from "./sign-in";

/** Thrown in the jwt callback for a session that was ended: next-auth clears the cookie. */
const SESSION_ENDED = "SESSION_ENDED";
class SessionEnded extends Error {
  constructor() {
    super(SESSION_ENDED);
  }
}

type RequestHeaders = Record<string, string | string[] | undefined> | Headers | undefined;
function forwardedFor(h: RequestHeaders): string | undefined {
  const v = h instanceof Headers ? h.get("x-forwarded-for") : h?.["x-forwarded-for"];
  return Array.isArray(v) ? v.join(",") : (v ?? undefined);
}

/** The client address of the current request (pages, actions, route handlers). */
export async function requestAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"), getEnv().TRUSTED_PROXY_HOPS);
}

export function authOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: servedOverHttps(env),
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const address = clientAddress(forwardedFor(req?.headers as RequestHeaders), env.TRUSTED_PROXY_HOPS);
          const outcome = await attemptSignIn({ email: credentials.email, password: credentials.password, address });
          if (outcome.ok) return outcome.user;
          // next-auth hands an error's message to the form (?error=…): a code, not prose.
          if (outcome.reason === "throttled") throw new Error(throttledCode(outcome.retryAfterMs));
          return null;
        },
      }),
    ],
    callbacks: {
      // Runs at sign-in (with `user`) and on every session read: the session row must still exist.
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as SessionUser;
          return { sub: u.id, sid: await startSession(u.id), name: u.name, email: u.email, role: u.role };
        }
        const current = typeof token.sid === "string" && token.sub ? await findSessionUser(token.sid, token.sub) : null;
        if (!current) throw new SessionEnded();
        return { ...token, name: current.name, email: current.email, role: current.role };
      },
      session({ session, token }) {
        session.user = {
          id: token.sub,
          name: token.name,
          email: token.email,
          role: token.role,
          sid: token.sid,
        } as typeof session.user;
        return session;
      },
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        const err = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (err instanceof SessionEnded || (err as Error | undefined)?.message === SESSION_ENDED) return; // signed out, not a fault
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
}

type SessionView = SessionUser & { sid: string };

/** Read once per request (React cache): the root layout, a section layout and the page all ask. */
const currentSession = cache(async (): Promise<SessionView | null> => {
  const session = await getServerSession(authOptions());
  const u = session?.user as Partial<SessionView> | undefined;
  if (!u?.id || !u.sid || !u.email) return null;
  return {
    id: u.id,
    email: u.email,
    name: u.name ?? "",
    role: u.role === "instructor" ? "instructor" : "student",
    sid: u.sid,
  };
});

/** The signed-in user, or null (no session, an ended one, or the account behind it is gone). */
export async function getSessionUser(): Promise<SessionUser | null> {
  const s = await currentSession();
  if (!s) return null;
  const { sid: _sid, ...user } = s;
  return user;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For layouts above a loading skeleton (loading.tsx): the sign-in redirect must happen before
 *  the skeleton streams, or it would be sent with status 200. Comes back to the page asked for
 *  (proxy.ts passes its path), else to `fallback`. */
export async function requireUserForSection(fallback: string): Promise<SessionUser> {
  const asked = (await headers()).get("x-request-path");
  return requireUser(asked ? safeRedirectPath(asked) : fallback);
}

const sessionExpired = () =>
  new AppError("UNAUTHENTICATED", "Your session has expired. Sign in again to continue where you left off.");

/** For actions and route handlers: the signed-in user, or a typed UNAUTHENTICATED error. */
export async function requireActor(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw sessionExpired();
  return user;
}

/** requireActor with the id of the session asking (to keep it when ending the others). */
export async function requireActorSession(): Promise<{ user: SessionUser; sessionId: string }> {
  const s = await currentSession();
  if (!s) throw sessionExpired();
  const { sid, ...user } = s;
  return { user, sessionId: sid };
}
