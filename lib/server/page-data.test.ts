import { describe, expect, it, vi } from "vitest";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { pageData } from "./page-data";

// next.config.js turns on authInterrupts (forbidden()); next build passes it to the app this way.
vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");

// Next throws these to render its not-found (404) and forbidden (403) pages with their status.
const digestOf = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: unknown) => (e as { digest?: string }).digest ?? String(e),
  );

describe("pageData: the one place pages turn refusals into 404 and 403", () => {
  it("passes the data through", async () => {
    await expect(pageData(Promise.resolve({ id: "d1" }))).resolves.toEqual({ id: "d1" });
  });

  it("shows the not-found page for a NotFoundError and the forbidden page for a ForbiddenError", async () => {
    expect(await digestOf(pageData(Promise.reject(notFound("This deck"))))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await digestOf(pageData(Promise.reject(forbidden("this deck"))))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  it("lets any other error through to the error boundary", async () => {
    const other = new AppError("INVALID_INPUT", "Choose a deck.");
    await expect(pageData(Promise.reject(other))).rejects.toBe(other);
  });
});
