import { describe, expect, it, vi } from "vitest";
import { createAccount, verifyCredentials } from "./accounts";
import { db } from "./db";

describe("accounts", () => {
  it("signs up a student whose password is stored hashed and verifies only the right password", async () => {
    const u = await createAccount({ name: "Ada", email: "  Ada@Example.test ", password: "long enough" });
    expect(u).toMatchObject({ email: "ada@example.test", role: "student" });
    expect(u).not.toHaveProperty("passwordHash");
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("long enough");
    expect(await verifyCredentials("ada@example.test", "long enough")).toMatchObject({ id: u.id });
    expect(await verifyCredentials("ada@example.test", "wrong password")).toBeNull();
    expect(await verifyCredentials("nobody@example.test", "long enough")).toBeNull();
  });

  it("refuses a second account with the same email, and short passwords, with field messages", async () => {
    await createAccount({ name: "Bo", email: "bo@example.test", password: "long enough" });
    await expect(
      createAccount({ name: "Bo2", email: "BO@example.test", password: "long enough" }),
    ).rejects.toMatchObject({ code: "DUPLICATE" });
    await expect(createAccount({ name: "C", email: "c@example.test", password: "short" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { password: expect.stringContaining("8 characters") } },
    });
  });

  it("makes an instructor only with the configured code", async () => {
    vi.stubEnv("INSTRUCTOR_CODE", "teach-2026");
    vi.resetModules(); // env is read once per module instance: load a fresh one
    const fresh = await import("./accounts");
    await expect(
      fresh.createAccount({ name: "T", email: "t1@example.test", password: "long enough", instructorCode: "guess" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const t = await fresh.createAccount({
      name: "T",
      email: "t2@example.test",
      password: "long enough",
      instructorCode: "teach-2026",
    });
    expect(t.role).toBe("instructor");
    vi.unstubAllEnvs();
  });

  it("never logs a password", async () => {
    const spy = vi.spyOn(console, "log");
    const err = vi.spyOn(console, "error");
    await createAccount({ name: "Q", email: "q@example.test", password: "secret-pass-123" });
    await verifyCredentials("q@example.test", "secret-pass-123");
    for (const call of [...spy.mock.calls, ...err.mock.calls])
      expect(JSON.stringify(call)).not.toContain("secret-pass-123");
  });
});
