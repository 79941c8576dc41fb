"use client";
import { useEffect } from "react";

/** Scrolls the highlighted citation into view, also after client-side navigation. */
export function ScrollToCite() {
  useEffect(() => {
    document.getElementById("cite")?.scrollIntoView({ block: "center" });
  }, []);
  return null;
}
