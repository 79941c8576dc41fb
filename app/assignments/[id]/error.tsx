"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <SegmentError what="these results" reset={reset} back={{ href: "/classes", label: "Go to your classes" }} />;
}
