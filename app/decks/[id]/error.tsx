"use client";
import { SegmentError } from "@/components/segment-error";

// A deck, its curation or an item's form: named as what the person opened, not "your decks".
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <SegmentError what="this deck" retry={retry} back={{ href: "/decks", label: "Go to your decks" }} />;
}
