"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <SegmentError what="this document" retry={retry} back={{ href: "/library", label: "Go to your library" }} />;
}
