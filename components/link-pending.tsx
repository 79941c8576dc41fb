"use client";
// While a link's page is on its way (a client navigation waits for the server), one line under
// the header says what is opening ("Opening Decks…", "Opening page 2…"), so a slow connection
// never looks like a dead click (docs/decisions/072). Put <LinkPending label="…" /> inside a
// Link; the line is a polite live region and shows after 0.2 s, so a quick navigation does not
// flash it. The previous page stays on screen and usable until the next one is ready.
import { useLinkStatus } from "next/link";
import { createContext, useCallback, useContext, useEffect, useState } from "react";
import { useBrowserValue } from "./use-browser-value";

type Report = (label: string, pending: boolean) => void;
const ReportContext = createContext<Report>(() => {});
const OpeningContext = createContext<string | null>(null);

export function PendingProvider({ children }: { children: React.ReactNode }) {
  const [opening, setOpening] = useState<string | null>(null);
  // the last link clicked wins; a link that stops waiting clears only its own line
  const report = useCallback<Report>((label, pending) => {
    setOpening((cur) => (pending ? label : cur === label ? null : cur));
  }, []);
  return (
    <ReportContext.Provider value={report}>
      <OpeningContext.Provider value={opening}>{children}</OpeningContext.Provider>
    </ReportContext.Provider>
  );
}

/** Inside a Link: reports while that link's page is loading. Renders nothing. */
export function LinkPending({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  const report = useContext(ReportContext);
  useEffect(() => {
    report(label, pending);
    // unmounted or relabelled while waiting (a pager's "Next" becomes the next page's): clear it
    return () => {
      if (pending) report(label, false);
    };
  }, [label, pending, report]);
  return null;
}

/** The line itself (in the header). `data-ready` once the page has hydrated: from then on a
 *  link is a client navigation, and the line can show. */
export function PendingStatus() {
  const opening = useContext(OpeningContext);
  const ready = useBrowserValue(() => true, false);
  return (
    <p className="nav-status" role="status" data-testid="nav-status" data-ready={ready ? "true" : undefined}>
      {opening && <span key={opening}>Opening {opening}…</span>}
    </p>
  );
}
