"use client";
// What a section shows when its page fails unexpectedly (error.tsx): a plain sentence about
// what could not be shown, that nothing saved was lost, a retry and a way out. Expected refusals
// (not found, not allowed) have their own pages; this is for the rest. "Try again" is Next's
// `retry`, which asks the server for the section again (`reset` would only re-render what failed).
import Link from "@/components/link";
import { useEffect, useRef } from "react";

export function SegmentError({
  what,
  retry,
  back = { href: "/decks", label: "Go to your decks" },
}: {
  /** e.g. "your progress" */
  what: string;
  retry: () => void;
  back?: { href: string; label: string };
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div data-testid="segment-error">
      <h1 ref={heading} tabIndex={-1}>
        We could not show {what}
      </h1>
      <p>
        Something went wrong on our side while loading it. Nothing you saved was lost: your documents, answers and
        reviews are stored as you made them.
      </p>
      <p className="row">
        <button type="button" onClick={retry}>
          Try again
        </button>
        <Link href={back.href}>{back.label}</Link>
      </p>
    </div>
  );
}
