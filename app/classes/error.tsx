"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <SegmentError what="your classes" reset={reset} back={{ href: "/decks", label: "Go to your decks" }} />;
}
