"use client";
// The site's sections; the one you are in is marked (aria-current) for screen readers and by
// weight on screen. While a section is on its way (a client navigation waits for the server),
// a line under the header says which one is opening, so a slow connection never looks like a
// dead click (docs/decisions/072). The line is a polite live region; it shows after 0.2 s, so a
// quick navigation does not flash it.
import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";

const SECTIONS = [["/library", "Library"], ["/decks", "Decks"], ["/review", "Review"], ["/progress", "Progress"], ["/classes", "Classes"]] as const;

/** Reports its link's pending state up (useLinkStatus works only inside the Link). */
function PendingReporter({ label, report }: { label: string; report: (label: string, pending: boolean) => void }) {
  const { pending } = useLinkStatus();
  useEffect(() => report(label, pending), [label, pending, report]);
  return null;
}

export function MainNav() {
  const path = usePathname() ?? "";
  const [opening, setOpening] = useState<string | null>(null);
  const report = useCallback((label: string, pending: boolean) => {
    setOpening((cur) => (pending ? label : cur === label ? null : cur));
  }, []);
  return (
    <>
      <nav aria-label="Main">
        {SECTIONS.map(([href, label]) => (
          <Link key={href} href={href} aria-current={path === href || path.startsWith(`${href}/`) ? "page" : undefined}>
            {label}<PendingReporter label={label} report={report} />
          </Link>
        ))}
      </nav>
      <p className="nav-status" role="status" data-testid="nav-status">{opening && <span key={opening}>Opening {opening}…</span>}</p>
    </>
  );
}
