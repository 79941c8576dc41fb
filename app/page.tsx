import Link from "@/components/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/server/auth";

export default async function Home() {
  const user = await getSessionUser();
  if (user) redirect("/decks");
  return (
    <>
      <h1>Learn from your documents, with proof.</h1>
      <p>
        CiteDeck turns articles and notes into quizzes and flashcards. Every question cites the exact sentence that
        proves its answer, highlighted in the document.
      </p>
      <p className="row">
        <Link className="btn" href="/signup">
          Create an account
        </Link>
        <Link className="btn secondary" href="/signin">
          Sign in
        </Link>
      </p>
    </>
  );
}
