"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <SegmentError what="your decks" reset={reset} back={{ href: "/library", label: "Go to your library" }} />;
}
