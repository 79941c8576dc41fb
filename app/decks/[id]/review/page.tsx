import { redirect } from "next/navigation";

// /decks/<id>/review is the same session as /review?deck=<id>.
export default async function DeckReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(`/review?deck=${encodeURIComponent(id)}`);
}
