"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <SegmentError what="this quiz" reset={reset} back={{ href: "/progress", label: "Your quizzes, on your progress page" }} />;
}
