"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { startQuiz } from "@/lib/server/quiz";
import { toActionError } from "@/lib/server/action-result";

export async function startQuizAction(form: FormData): Promise<void> {
  const deckId = String(form.get("deckId") ?? "");
  const user = await requireUser(`/decks/${deckId}`);
  let target: string;
  try {
    const { attemptId } = await startQuiz(user, { deckId, count: String(form.get("count") ?? "") });
    target = `/quiz/${attemptId}`;
  } catch (e) {
    target = `/decks/${encodeURIComponent(deckId)}?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
