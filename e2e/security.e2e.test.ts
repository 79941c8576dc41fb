// Security end to end (docs/decisions/004): the open redirect, sign-in throttling, sessions
// ended on the server (old cookie replayed), and the security headers, with Chromium walking
// the main pages under the CSP without an error, a CSP violation or a hydration error.
import type { BrowserContext, Page, Response as PwResponse } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { reviewReady, signIn, signUp, text, useBrowserAndDb } from "./browser";

const baseURL = inject("baseURL");
const instructorCode = inject("instructorCode");
const { browser, sqlite } = useBrowserAndDb();
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

/** A page in a fresh browser context that records console errors, page errors and CSP violations. */
async function newPage(
  opts: { timezoneId?: string } = {},
): Promise<{ page: Page; problems: string[]; responses: PwResponse[] }> {
  const ctx = await browser().newContext(opts);
  contexts.push(ctx);
  await ctx.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  const page = await ctx.newPage();
  const problems: string[] = [];
  const responses: PwResponse[] = [];
  page.on("console", (m) => {
    // the resource that failed is the message's location, not the page it was on
    const at = m.location().url;
    if (m.type() === "error") problems.push(`${page.url()}: ${m.text()}${at && at !== page.url() ? ` (${at})` : ""}`);
  });
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  page.on("response", (r) => {
    if (r.url().startsWith(baseURL)) responses.push(r);
  });
  return { page, problems, responses };
}

const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]).join("; ");

/** next-auth's scripted sign-in (STACK.md): the error code and the session cookie, if any. */
async function scriptedSignIn(
  email: string,
  password: string,
  callbackUrl = "/decks",
): Promise<{ error: string | null; url: string; cookie: string }> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf.headers.getSetCookie()) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: "true" }),
  });
  const { url } = (await res.json()) as { url: string };
  const session = res.headers.getSetCookie().filter((c) => c.startsWith("next-auth.session-token="));
  return { error: new URL(url).searchParams.get("error"), url, cookie: cookieHeader(session) };
}

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies(baseURL);
  const s = cookies.find((c) => c.name === "next-auth.session-token");
  expect(s).toBeDefined();
  return `${s!.name}=${s!.value}`;
}

const get = (path: string, cookie = "") =>
  fetch(`${baseURL}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

describe("open redirect", () => {
  it("signing in from /signin?callbackUrl=/%5Cevil.example/phish lands on the app", async () => {
    const { page: first } = await newPage();
    const who = await signUp(first, baseURL, "Redirect Rita");
    const { page } = await newPage();
    const offSite: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL)) offSite.push(r.url());
    });
    await page.goto(`${baseURL}/signin?callbackUrl=/%5Cevil.example/phish`);
    // the "Sign up" link does not carry the bad target either
    expect(await page.locator("main a", { hasText: "Sign up" }).getAttribute("href")).toBe(
      "/signup?callbackUrl=%2Fdecks",
    );
    await signIn(page, who.email, who.password);
    await page.waitForURL(`${baseURL}/decks`);
    expect(offSite).toEqual([]);
  });

  it("the same on /signup, with a protocol-relative target", async () => {
    const { page } = await newPage();
    await page.goto(`${baseURL}/signup?callbackUrl=${encodeURIComponent("//evil.example/phish")}`);
    await page.fill("#name", "Redirect Rob");
    await page.fill("#email", `rob-${Date.now()}@example.test`);
    await page.fill("#password", "correct horse battery");
    await page.click("button[type=submit]");
    await page.waitForURL(`${baseURL}/welcome`); // the first-run page, where a new account lands by default
  });

  it("next-auth's own callbackUrl stays on the site", async () => {
    for (const target of ["https://evil.example/phish", "/\\evil.example", "//evil.example"]) {
      const r = await scriptedSignIn("demo@citedeck.local", "citedeck-demo", target);
      expect(r.error).toBeNull();
      expect(r.url).toBe(`${baseURL}/decks`);
    }
    expect((await scriptedSignIn("demo@citedeck.local", "citedeck-demo", "/progress")).url).toBe(`${baseURL}/progress`);
  });
});

describe("password guessing", () => {
  it("after five wrong passwords the right one is refused with a plain wait message", async () => {
    const { page: first } = await newPage();
    const who = await signUp(first, baseURL, "Throttle Theo");
    for (let i = 0; i < 5; i++)
      expect((await scriptedSignIn(who.email, `wrong guess ${i}`)).error).toBe("CredentialsSignin");
    const scripted = await scriptedSignIn(who.email, who.password);
    expect(scripted.error).toMatch(/^THROTTLED:\d+$/);
    expect(scripted.cookie).toBe(""); // no session
    const { page } = await newPage();
    await page.goto(`${baseURL}/signin`);
    await signIn(page, who.email, who.password);
    await page.waitForSelector("form[aria-label='Sign in'] .error-box");
    expect(await text(page, "form[aria-label='Sign in'] .error-box")).toMatch(
      /^Too many failed attempts\. Wait (1 minute|\d+ seconds), then try again\.$/,
    );
    expect(page.url()).toBe(`${baseURL}/signin`);
  });

  it("an unknown email gets the same reply as a wrong password", async () => {
    expect((await scriptedSignIn(`nobody-${Date.now()}@example.test`, "whatever it is")).error).toBe(
      "CredentialsSignin",
    );
  });

  it("sign-up does not say that an email has an account", async () => {
    const { page } = await newPage();
    await page.goto(`${baseURL}/signup`);
    await page.fill("#name", "Someone");
    await page.fill("#email", "demo@citedeck.local");
    await page.fill("#password", "a different password");
    await page.click("button[type=submit]");
    await page.waitForSelector("form[aria-label='Sign up'] .error-box");
    const msg = await text(page, "form[aria-label='Sign up'] .error-box");
    expect(msg).toContain("We could not create an account with these details");
    expect(await page.textContent("main")).not.toMatch(/already exists/i);
  });
});

describe("sessions end on the server", () => {
  it("after sign-out, the old cookie gets the signed-out answers (pages redirect, downloads 401)", async () => {
    const { page } = await newPage();
    await signUp(page, baseURL, "Replay Rhea");
    const cookie = await sessionCookie(page);
    expect((await get("/progress", cookie)).status).toBe(200);
    expect((await get("/progress/export/reviews", cookie)).status).toBe(200);
    await page.click("header >> text=Sign out");
    await page.waitForURL(/\/signin/);
    const pageRes = await get("/progress", cookie);
    expect(pageRes.status).toBe(307);
    expect(pageRes.headers.get("location")).toBe("/signin?callbackUrl=%2Fprogress");
    expect((await get("/progress/export/reviews", cookie)).status).toBe(401);
    expect(await (await get("/api/auth/session", cookie)).json()).toEqual({});
  });

  it("a password change ends the other sessions and keeps this one", async () => {
    const { page: laptop } = await newPage();
    const who = await signUp(laptop, baseURL, "Change Chloe");
    const { page: phone } = await newPage();
    await phone.goto(`${baseURL}/signin`);
    await signIn(phone, who.email, who.password);
    await phone.waitForURL(`${baseURL}/decks`);
    const phoneCookie = await sessionCookie(phone);
    await laptop.click("header .who a"); // the name links to the account page
    await laptop.waitForURL(`${baseURL}/account`);
    expect(await text(laptop, "[data-testid=session-count]")).toContain("signed in on 2 browsers");
    await laptop.fill("#currentPassword", "not my password");
    await laptop.fill("#newPassword", "a brand new password");
    await laptop.fill("#confirmPassword", "a brand new password");
    await laptop.click("form[aria-label='Change password'] button");
    expect(await text(laptop, "form[aria-label='Change password'] .field-error")).toBe(
      "That is not your current password.",
    );
    await laptop.fill("#currentPassword", who.password);
    await laptop.fill("#newPassword", "a brand new password");
    await laptop.fill("#confirmPassword", "a brand new password");
    await laptop.click("form[aria-label='Change password'] button");
    expect(await text(laptop, "[data-testid=password-changed]")).toBe(
      "Password changed. Signed out of 1 other session.",
    );
    expect((await get("/progress", phoneCookie)).status).toBe(307);
    await phone.goto(`${baseURL}/progress`);
    await phone.waitForURL(/\/signin\?callbackUrl=%2Fprogress/);
    await laptop.goto(`${baseURL}/progress`);
    expect(laptop.url()).toBe(`${baseURL}/progress`);
    expect((await scriptedSignIn(who.email, who.password)).error).toBe("CredentialsSignin");
    expect((await scriptedSignIn(who.email, "a brand new password")).error).toBeNull();
  });
});

const REQUIRED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

function checkHeaders(where: string, h: Record<string, string>): string | null {
  const csp = h["content-security-policy"] ?? "";
  const script = csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const problems = [
    !/'nonce-[A-Za-z0-9+/=]+'/.test(script) && "no script nonce",
    csp.includes("unsafe-eval") && "unsafe-eval",
    script.includes("unsafe-inline") && "unsafe-inline scripts",
    !csp.includes("frame-ancestors 'none'") && "no frame-ancestors 'none'",
    !h["permissions-policy"]?.includes("camera=()") && "no Permissions-Policy",
    ...Object.entries(REQUIRED)
      .filter(([k, v]) => h[k] !== v)
      .map(([k]) => `no ${k}`),
  ].filter(Boolean);
  return problems.length ? `${where}: ${problems.join(", ")}` : null;
}

describe("security headers and the CSP in Chromium", () => {
  const seen: PwResponse[] = [];
  const problems: string[] = [];
  let classUrl = "";
  let assignmentUrl = "";

  it("an instructor assigns a quiz; a student joins, takes it and reviews a card: no errors, no CSP violations", async () => {
    const t = await newPage({ timezoneId: "Asia/Kolkata" });
    await signUp(t.page, baseURL, "Header Hana", instructorCode);
    await t.page.click("header >> text=Classes");
    await t.page.fill("#name", "Security 1");
    await t.page.click("text=Create class");
    await t.page.waitForSelector("[data-testid=join-code]");
    classUrl = t.page.url();
    const joinCode = await text(t.page, "[data-testid=join-code]");
    await t.page.goto(`${classUrl}/assign`);
    await t.page.selectOption("#deck", { index: 1 });
    await t.page.click("text=Use this deck");
    await t.page.waitForSelector("form[aria-label='Assignment settings']");
    await t.page.fill("#title", "Headers quiz");
    await t.page.fill("#questionCount", "2");
    const due = new Date(Date.now() + 3 * 86_400_000);
    await t.page.fill("#dueAt", new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    // leave the deck visible: the other e2e files share this app and its decks
    const hide = t.page.locator("input[name=hideDeck]:not([disabled])");
    if (await hide.count()) await hide.uncheck();
    await t.page.click("text=Assign to the class");
    await t.page.waitForSelector("text=Assignment created.");
    await t.page.click("[data-testid=class-assignments] >> text=Results");
    await t.page.waitForSelector("[data-testid=results-summary]");
    assignmentUrl = t.page.url();

    const s = await newPage({ timezoneId: "America/Los_Angeles" });
    await signUp(s.page, baseURL, "Header Hugo");
    await s.page.goto(`${baseURL}/classes?code=${joinCode}`);
    await s.page.click("form[aria-label='Join a class'] button");
    await s.page.waitForURL(/\/classes\/[^/?]+$/);
    await s.page.click("[data-testid=assignment-row] >> text=Start");
    await s.page.waitForURL(/\/quiz\//);
    for (let i = 0; ; i++) {
      await s.page.locator("fieldset.options label input").first().check();
      await s.page.click("text=Submit answer");
      await s.page.waitForSelector("[data-testid=feedback]");
      const finish = s.page.locator("button", { hasText: "Finish" });
      if (await finish.count()) {
        await finish.click();
        await s.page.waitForSelector("[data-testid=score]");
        break;
      }
      await s.page.click("text=Next question");
      await s.page.waitForFunction(
        (n) =>
          !document.querySelector("[data-testid=feedback]") && document.body.innerText.includes(`Question ${n} of`),
        i + 2,
      );
    }
    await s.page.goto(`${baseURL}/decks`);
    await s.page.click("text=All sample documents");
    await s.page.click("[data-testid=review-deck]");
    await s.page.waitForSelector("[data-testid=flashcard]");
    await reviewReady(s.page);
    await s.page.keyboard.press("Space");
    await s.page.waitForSelector("[data-testid=card-back]");
    await s.page.keyboard.press("3");
    await s.page.waitForSelector("text=Saved: Good");
    const doc = sqlite().prepare("SELECT id FROM Document LIMIT 1").get() as { id: string };
    for (const path of [
      "/",
      "/library",
      "/decks",
      `/documents/${doc.id}`,
      "/review",
      "/progress",
      "/classes",
      classUrl.replace(baseURL, ""),
      "/account",
    ]) {
      await s.page.goto(`${baseURL}${path}`);
      await s.page.waitForLoadState("networkidle");
    }
    // the instructor's pages: the gradebook (React #418 was reported here) and the results chart
    for (const url of [classUrl, `${classUrl}/gradebook`, assignmentUrl, `${baseURL}/library`]) {
      await t.page.goto(url);
      await t.page.waitForLoadState("networkidle");
    }
    expect(
      await t.page.goto(`${classUrl}/gradebook`).then(() => t.page.locator("[data-testid=gradebook-row]").count()),
    ).toBe(1);
    await t.page.goto(assignmentUrl);
    await t.page.waitForSelector("[data-testid=score-chart] svg");
    await t.page.waitForLoadState("networkidle");
    seen.push(...t.responses, ...s.responses);
    problems.push(...t.problems, ...s.problems);
    expect(problems).toEqual([]);
  });

  it("every response the browser got from the app carried the headers (pages, data, scripts, actions, auth API)", () => {
    expect(seen.length).toBeGreaterThan(50);
    const kinds = new Set(seen.map((r) => r.request().resourceType()));
    for (const k of ["document", "script", "stylesheet", "fetch"]) expect(kinds).toContain(k);
    const bad = seen.map((r) => checkHeaders(`${r.request().method()} ${r.url()}`, r.headers())).filter(Boolean);
    expect(bad).toEqual([]);
  });

  it("redirects, refusals, 404s, downloads and the icon carry them too; each page's scripts carry its nonce", async () => {
    const { cookie } = await scriptedSignIn("demo@citedeck.local", "citedeck-demo");
    const paths = [
      "/signin",
      "/signup",
      "/progress",
      "/no-such-page",
      "/decks/no-such-deck",
      "/progress/export/reviews",
      "/api/auth/session",
      "/api/auth/csrf",
      "/icon.svg",
      `${classUrl.replace(baseURL, "")}/gradebook/csv`,
    ];
    const bad: string[] = [];
    for (const [path, c] of [
      ...paths.map((p) => [p, cookie] as const),
      ["/progress", ""] as const,
      ["/progress/export/reviews", ""] as const,
    ]) {
      const r = await get(path, c);
      const problem = checkHeaders(`${path} (${r.status}${c ? "" : ", signed out"})`, Object.fromEntries(r.headers));
      if (problem) bad.push(problem);
    }
    expect(bad).toEqual([]);
    const nonces = new Set<string>();
    for (const path of ["/signin", "/decks"]) {
      const r = await get(path, cookie);
      const nonce = /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")![1]!;
      nonces.add(nonce);
      const scripts = (await r.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(3);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2); // fresh per response
  });

  it("another site cannot frame the sign-in page", async () => {
    const { page, problems } = await newPage();
    await page.setContent(`<iframe src="${baseURL}/signin" width="600" height="400"></iframe>`);
    await page.waitForTimeout(1000);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(
      (await framed
        ?.locator("form[aria-label='Sign in']")
        .count()
        .catch(() => 0)) ?? 0,
    ).toBe(0);
    expect(problems.join("\n")).toContain("frame-ancestors 'none'");
  });
});
