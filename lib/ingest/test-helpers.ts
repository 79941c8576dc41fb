// Shared helpers for the ingest tests (not exported from index.ts).
import { expect } from "vitest";
import { IngestError } from "./errors";
import type { IngestErrorCode } from "./errors";

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Awaits `run` and asserts it rejects/throws an IngestError with `code`; returns it for message checks. */
export async function expectIngestError(run: () => unknown, code: IngestErrorCode): Promise<IngestError> {
  let caught: unknown;
  try {
    await run();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected IngestError ${code}`).toBeInstanceOf(IngestError);
  const err = caught as IngestError;
  expect(err.code).toBe(code);
  expect(err.message.length).toBeGreaterThan(10);
  return err;
}
