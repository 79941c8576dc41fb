"use client";
// Sends the browser's time-zone offset with a form, so datetime-local values (local time) are
// read as the instructor meant them.
import { useEffect, useState } from "react";

export function TzOffsetField() {
  const [offset, setOffset] = useState("0");
  useEffect(() => setOffset(String(new Date().getTimezoneOffset())), []);
  return <input type="hidden" name="tzOffset" value={offset} />;
}
