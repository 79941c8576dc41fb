import Link from "@/components/link";

// 403 on /decks/<id>/curate for a student.
export default function CurateForbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p data-testid="forbidden-message">Only instructors can review and edit deck items.</p>
      <p>
        <Link href="/decks">Go to your decks</Link>
      </p>
    </>
  );
}
