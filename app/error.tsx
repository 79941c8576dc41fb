"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <SegmentError what="this page" reset={reset} />;
}
