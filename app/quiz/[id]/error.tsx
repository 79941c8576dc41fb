"use client";
import { SegmentError } from "@/components/segment-error";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <SegmentError
      what="this quiz"
      retry={retry}
      back={{ href: "/progress", label: "Your quizzes, on your progress page" }}
    />
  );
}
