"use client";
// On a signed-in person's first visit from a browser, tells the server the browser's time zone,
// so an account made without one (or before time zones) counts days in its owner's zone. The
// server keeps a zone once set; each browser asks once (remembered in localStorage), a few
// seconds after the page is up.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/errors";

type Detect = (timeZone: string) => Promise<ActionResult<{ timeZone: string; changed: boolean }>>;

export function TimeZoneDetect({ userId, detect }: { userId: string; detect: Detect }) {
  const router = useRouter();
  useEffect(() => {
    const key = `citedeck:tz:${userId}`;
    // this browser told the server already (the server keeps a zone once it has one)
    if (localStorage.getItem(key)) return;
    const ask = () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (!zone) return;
      void detect(zone)
        .then((r) => {
          if (!r.ok) return;
          localStorage.setItem(key, zone);
          if (r.changed) router.refresh();
        })
        .catch(() => {
          /* offline: asked again on the next page */
        });
    };
    // Not urgent, and the first use of Intl costs tens of milliseconds on a phone: a few seconds
    // after the page is up, when the browser is idle, not during loading (decision 071).
    let idle = 0;
    const t = setTimeout(() => {
      if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(ask, { timeout: 2000 });
      else ask();
    }, 4000);
    return () => {
      clearTimeout(t);
      if (idle) window.cancelIdleCallback(idle);
    };
  }, [userId, detect, router]);
  return null;
}
