// The formatting spans stored with a document (JSON in Document.spans), read back for the
// generation engine. Stored data is checked, not trusted: a bad value means no spans.
import "server-only";
import { z } from "zod";
import type { FormatSpan } from "@/lib/generate";

const spanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  kind: z.enum(["heading", "bold", "italic", "item"]),
});
const spansSchema = z.array(spanSchema);

/** The JSON written to Document.spans. */
export const spansToJson = (spans: readonly FormatSpan[]): string =>
  JSON.stringify(spans.map(({ start, end, kind }) => ({ start, end, kind })));

/** The spans of a stored document: [] when the JSON is bad; spans outside the text are dropped. */
export function spansFromJson(json: string, textLength: number): FormatSpan[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const parsed = spansSchema.safeParse(value);
  if (!parsed.success) return [];
  return parsed.data.filter((s) => s.start < s.end && s.end <= textLength);
}
