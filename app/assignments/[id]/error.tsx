"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <SegmentError what="these results" retry={retry} back={{ href: "/classes", label: "Go to your classes" }} />;
}
