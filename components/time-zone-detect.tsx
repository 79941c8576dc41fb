"use client";
// On a signed-in person's first visit from a browser, tells the server the browser's time zone,
// so an account made without one (or before time zones) counts days in its owner's zone. The
// server keeps a zone once set; each browser asks once (remembered in localStorage).
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/errors";

type Detect = (timeZone: string) => Promise<ActionResult<{ timeZone: string; changed: boolean }>>;

export function TimeZoneDetect({ userId, detect }: { userId: string; detect: Detect }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const key = `citedeck:tz:${userId}`;
    if (!zone || localStorage.getItem(key) === zone) return;
    void detect(zone)
      .then((r) => {
        if (!r.ok) return;
        localStorage.setItem(key, zone);
        if (r.changed) router.refresh();
      })
      .catch(() => {
        /* offline: asked again on the next page */
      });
  }, [userId, detect, router]);
  return null;
}
