"use client";
// Sends the browser's time-zone offset with a form, so datetime-local values (local time) are
// read as the instructor meant them.
import { useBrowserValue } from "./use-browser-value";

export function TzOffsetField() {
  const offset = useBrowserValue(() => String(new Date().getTimezoneOffset()), "0");
  return <input type="hidden" name="tzOffset" value={offset} />;
}
