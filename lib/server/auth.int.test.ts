// next-auth wiring (docs/decisions/004): secure cookies over https, the redirect callback, and
// a session whose row was deleted reading as signed out.
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { makeUser } from "./testing/fixtures";
import { startSession, endSession } from "./sessions";

// next-auth's core handler, which its Next route handler wraps (the package does not export
// it, so it is loaded by path).
type Core = {
  AuthHandler: (p: {
    req: object;
    options: object;
  }) => Promise<{ cookies?: { name: string; options: { secure?: boolean; httpOnly?: boolean } }[] }>;
};
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as Core;

async function freshAuth(url: string) {
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.resetModules(); // env is read once per module instance
  return import("./auth");
}

/** The cookies next-auth sets for GET /api/auth/csrf with the app's options. */
async function csrfCookies(url: string) {
  const { authOptions } = await freshAuth(url);
  const res = await AuthHandler({
    req: { action: "csrf", method: "GET", cookies: {}, headers: {} },
    options: authOptions(),
  });
  vi.unstubAllEnvs();
  return res.cookies ?? [];
}

describe("auth options", () => {
  it("over https, next-auth's cookies are Secure and carry the __Host-/__Secure- prefixes", async () => {
    const [csrf] = await csrfCookies("https://citedeck.example");
    expect(csrf).toMatchObject({ name: "__Host-next-auth.csrf-token", options: { secure: true, httpOnly: true } });
    const { authOptions } = await freshAuth("https://citedeck.example");
    expect(authOptions().useSecureCookies).toBe(true);
    vi.unstubAllEnvs();
  });

  it("over plain http (local use), they are not (browsers would drop them)", async () => {
    const [csrf] = await csrfCookies("http://localhost:3000");
    expect(csrf).toMatchObject({ name: "next-auth.csrf-token", options: { secure: false } });
  });

  it("the redirect callback keeps only same-origin paths", async () => {
    const { authOptions } = await freshAuth("http://localhost:3000");
    const redirect = authOptions().callbacks!.redirect!;
    const baseUrl = "http://localhost:3000";
    expect(await redirect({ url: "/progress", baseUrl })).toBe(`${baseUrl}/progress`);
    expect(await redirect({ url: "/\\evil.example/phish", baseUrl })).toBe(`${baseUrl}/decks`);
    expect(await redirect({ url: "https://evil.example", baseUrl })).toBe(`${baseUrl}/decks`);
    vi.unstubAllEnvs();
  });

  it("the jwt callback refuses a token whose session was ended, and refreshes name and role otherwise", async () => {
    const { authOptions } = await freshAuth("http://localhost:3000");
    const jwt = authOptions().callbacks!.jwt!;
    const u = await makeUser();
    const sid = await startSession(u.id);
    const token = { sub: u.id, sid, name: "Old name", role: "student" };
    await expect(jwt({ token, user: undefined as never, account: null })).resolves.toMatchObject({
      sub: u.id,
      name: u.name,
    });
    await endSession(sid);
    await expect(jwt({ token, user: undefined as never, account: null })).rejects.toThrow("SESSION_ENDED");
    await expect(
      jwt({ token: { sub: u.id, name: "no sid" }, user: undefined as never, account: null }),
    ).rejects.toThrow("SESSION_ENDED");
    vi.unstubAllEnvs();
  });
});
