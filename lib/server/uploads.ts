// Uploads arrive at a route handler (app/library/upload), not a server action: a route can read
// the declared size first and answer 413 with a plain message before reading 15 MB, where a
// server action over its body limit fails inside Next with a 500 (docs/decisions/040).
import "server-only";
import { MAX_FILE_BYTES } from "@/lib/ingest";

/** Room for the multipart framing around the file (boundaries, headers, the file name). */
export const UPLOAD_OVERHEAD_BYTES = 64 * 1024;
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES + UPLOAD_OVERHEAD_BYTES;

const mb = (bytes: number) => {
  const x = Math.round((bytes / 1048576) * 10) / 10;
  return `${Number.isInteger(x) ? x.toFixed(0) : x.toFixed(1)} MB`;
};

/** "The file is 15 MB; the limit is 10 MB. …" (`atLeast` when the body was cut off unread). */
export function tooLargeMessage(bytes: number, atLeast = false): string {
  // The request's size is the file's plus a few hundred bytes of framing: 15 MB reads "15 MB".
  const size =
    mb(bytes) === mb(MAX_FILE_BYTES) ? `${(Math.ceil((bytes / 1048576) * 10) / 10).toFixed(1)} MB` : mb(bytes);
  return `The file is ${atLeast ? "more than " : ""}${size}; the limit is ${mb(MAX_FILE_BYTES)}. Split it into smaller files or paste the part you need.`;
}

/** Reads a request body up to `limit` bytes; null when it is longer (the rest is not read). */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<{ bytes: Uint8Array | null; seen: number }> {
  if (!body) return { bytes: new Uint8Array(0), seen: 0 };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel().catch(() => undefined);
      return { bytes: null, seen };
    }
    chunks.push(value);
  }
  return { bytes: Buffer.concat(chunks), seen };
}
