"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { startQuiz } from "@/lib/server/quiz";
import { toActionError } from "@/lib/server/action-result";
import { formText } from "@/lib/form-data";

export async function startQuizAction(form: FormData): Promise<void> {
  const deckId = formText(form, "deckId");
  const user = await requireUser(`/decks/${deckId}`);
  let target: string;
  try {
    const { attemptId } = await startQuiz(user, { deckId, count: formText(form, "count") });
    target = `/quiz/${attemptId}`;
  } catch (e) {
    target = `/decks/${encodeURIComponent(deckId)}?error=${encodeURIComponent(toActionError(e).message)}`;
  }
  redirect(target);
}
