// Sign-in throttling, sign-up's refusal and password change on a real database
// (docs/decisions/004). Clock passed in, so locks are tested without waiting.
import { spawnSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { db } from "./db";
import { childEnv } from "./env";
import { makeUser } from "./testing/fixtures";
import { attemptSignIn, changePassword, signUp } from "./sign-in";
import { findSessionUser, startSession } from "./sessions";
import { verifyPassword } from "./passwords";

// The real argon2 verification, watched: an unknown email must cost one verification too.
vi.mock("./passwords", async (importOriginal) => {
  const real = await importOriginal<typeof import("./passwords")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const PASSWORD = "correct horse"; // makeUser's
let t = Date.parse("2026-11-30T10:00:00Z");
/** A fresh instant per test, hours apart, so earlier tests' locks never overlap. */
const freshNow = () => new Date((t += 6 * 3600_000));
let addr = 0;
const freshAddress = () => `198.51.100.${++addr}`;

describe("sign-in throttle", () => {
  it("five wrong passwords, then the sixth attempt is throttled with a plain wait, even with the right password", async () => {
    const u = await makeUser();
    const now = freshNow(),
      address = freshAddress();
    for (let i = 0; i < 5; i++)
      expect(
        await attemptSignIn({ email: u.email, password: `wrong ${i}`, address }, new Date(now.getTime() + i)),
      ).toEqual({ ok: false, reason: "invalid" });
    const sixth = await attemptSignIn({ email: u.email, password: PASSWORD, address }, new Date(now.getTime() + 1000));
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    expect(sixth.ok === false && sixth.reason === "throttled" && sixth.retryAfterMs).toBeGreaterThan(55_000);
    // from another address too: the lock is the account's
    expect(
      await attemptSignIn(
        { email: u.email, password: PASSWORD, address: freshAddress() },
        new Date(now.getTime() + 2000),
      ),
    ).toMatchObject({ reason: "throttled" });
    // after the minute, the right password works and clears the failures
    const later = new Date(now.getTime() + 61_000);
    expect(await attemptSignIn({ email: u.email, password: PASSWORD, address }, later)).toMatchObject({
      ok: true,
      user: { id: u.id },
    });
    for (let i = 0; i < 4; i++)
      expect(
        await attemptSignIn({ email: u.email, password: "wrong", address }, new Date(later.getTime() + i)),
      ).toMatchObject({ reason: "invalid" });
  });

  it("the lock doubles with each further failure", async () => {
    const u = await makeUser();
    const now = freshNow(),
      address = freshAddress();
    for (let i = 0; i < 5; i++) await attemptSignIn({ email: u.email, password: "wrong", address }, now);
    const afterFirstLock = new Date(now.getTime() + 60_000);
    expect(await attemptSignIn({ email: u.email, password: "wrong", address }, afterFirstLock)).toMatchObject({
      reason: "invalid",
    });
    const r = await attemptSignIn(
      { email: u.email, password: PASSWORD, address },
      new Date(afterFirstLock.getTime() + 1000),
    );
    expect(r.ok === false && r.reason === "throttled" ? Math.round(r.retryAfterMs / 1000) : 0).toBe(119);
  });

  it("counts an unknown email like a real one: same replies, same lock", async () => {
    const now = freshNow(),
      address = freshAddress();
    const email = `nobody-${now.getTime()}@example.test`;
    for (let i = 0; i < 5; i++)
      expect(await attemptSignIn({ email, password: "guess", address }, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptSignIn({ email, password: "guess", address }, now)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  it("parallel guesses cannot slip past the count: at most five of twelve are checked", async () => {
    const u = await makeUser();
    const now = freshNow();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        attemptSignIn({ email: u.email, password: `wrong ${i}`, address: freshAddress() }, now),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThanOrEqual(7);
  });

  it("an address is locked after thirty failures across accounts; another address is not", async () => {
    const now = freshNow(),
      address = freshAddress();
    for (let i = 0; i < 30; i++)
      await attemptSignIn({ email: `spray-${i}-${now.getTime()}@example.test`, password: "Winter2026", address }, now);
    const u = await makeUser();
    expect(await attemptSignIn({ email: u.email, password: PASSWORD, address }, now)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await attemptSignIn({ email: u.email, password: PASSWORD, address: freshAddress() }, now)).toMatchObject({
      ok: true,
    });
  });

  it("stores neither emails nor addresses, only keyed hashes", async () => {
    const u = await makeUser();
    const address = freshAddress();
    await attemptSignIn({ email: u.email, password: "wrong", address }, freshNow());
    const keys = (await db().signInThrottle.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(keys)).not.toContain(u.email);
  });

  it("holds across processes: a new process started after five failures refuses the right password", async () => {
    const u = await makeUser();
    const now = new Date(); // the child process uses its own clock
    for (let i = 0; i < 5; i++)
      await attemptSignIn({ email: u.email, password: "wrong", address: freshAddress() }, now);
    const script = `const { attemptSignIn } = await import("./lib/server/sign-in.ts");
      const r = await attemptSignIn({ email: ${JSON.stringify(u.email)}, password: ${JSON.stringify(PASSWORD)}, address: "203.0.113.77" });
      console.log(JSON.stringify(r)); process.exit(0);`;
    const child = spawnSync(
      "node",
      ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script],
      {
        encoding: "utf8",
        env: childEnv({ NODE_ENV: "test" }),
        timeout: 60_000,
      },
    );
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout.trim().split("\n").at(-1)!)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("an unknown email takes about as long as a wrong password (both verify an argon2 hash)", async () => {
    const u = await makeUser();
    const ghost = `ghost-${Date.now()}@example.test`;
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const unknown: number[] = [],
      wrong: number[] = [];
    for (let i = 0; i < 8; i++) {
      const now = freshNow(); // hours apart: no lock in the way, both keys start over
      let s = performance.now();
      const a = await attemptSignIn({ email: ghost, password: "wrong", address: freshAddress() }, now);
      const ta = performance.now() - s;
      s = performance.now();
      const b = await attemptSignIn({ email: u.email, password: "wrong", address: freshAddress() }, now);
      const tb = performance.now() - s;
      expect(a).toEqual(b); // the same reply
      if (i > 0) {
        unknown.push(ta);
        wrong.push(tb);
      } // the first round warms up
    }
    // Before the fix an unknown email skipped argon2 (a ratio of 0.4-0.55 here). The bound is
    // generous because the machine is shared; the next test checks the cause exactly.
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("an unknown email is verified against a dummy argon2 hash, once, like a wrong password", async () => {
    const spy = vi.mocked(verifyPassword);
    spy.mockClear();
    await attemptSignIn(
      { email: `ghost-${Date.now()}@example.test`, password: "guess", address: freshAddress() },
      freshNow(),
    );
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toMatch(/^\$argon2id\$/);
    await expect(spy.mock.results[0]!.value).resolves.toBe(false);
  });
});

describe("sign-up", () => {
  it("refuses a taken email without saying it exists, and counts it against the address", async () => {
    const u = await makeUser();
    const address = freshAddress();
    const err = await signUp({ name: "Copy", email: u.email, password: "another long one" }, address).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: "DUPLICATE", message: expect.stringContaining("could not create an account") });
    expect(JSON.stringify(err)).not.toMatch(/exist/i);
    expect((err as { details?: unknown }).details).toBeUndefined(); // no field message on the email
    // thirty such probes lock the address for sign-up and sign-in alike
    for (let i = 0; i < 29; i++)
      await signUp({ name: "Copy", email: u.email, password: "another long one" }, address).catch(() => null);
    await expect(
      signUp({ name: "New", email: `new-${Date.now()}@example.test`, password: "long enough" }, address),
    ).rejects.toMatchObject({ code: "THROTTLED" });
    expect(await attemptSignIn({ email: u.email, password: PASSWORD, address })).toMatchObject({ reason: "throttled" });
  });
});

describe("password change", () => {
  it("needs the current password, ends the other sessions and keeps this one", async () => {
    const u = await makeUser();
    const here = await startSession(u.id),
      phone = await startSession(u.id);
    const ctx = { address: freshAddress(), sessionId: here };
    await expect(
      changePassword(u, { currentPassword: "not it", newPassword: "brand new pass" }, ctx),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { currentPassword: expect.any(String) } },
    });
    await expect(changePassword(u, { currentPassword: PASSWORD, newPassword: "short" }, ctx)).rejects.toMatchObject({
      details: { fieldErrors: { newPassword: expect.stringContaining("8 characters") } },
    });
    expect(await changePassword(u, { currentPassword: PASSWORD, newPassword: "brand new pass" }, ctx)).toEqual({
      endedSessions: 1,
    });
    expect(await findSessionUser(here, u.id)).toMatchObject({ id: u.id });
    expect(await findSessionUser(phone, u.id)).toBeNull();
    expect(await attemptSignIn({ email: u.email, password: PASSWORD, address: freshAddress() })).toMatchObject({
      reason: "invalid",
    });
    expect(await attemptSignIn({ email: u.email, password: "brand new pass", address: freshAddress() })).toMatchObject({
      ok: true,
    });
  });
});
