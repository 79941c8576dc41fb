"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <SegmentError what="your decks" retry={retry} back={{ href: "/library", label: "Go to your library" }} />;
}
