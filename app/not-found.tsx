import Link from "@/components/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>This page does not exist, or it is not yours to see.</p>
      <p>
        <Link href="/decks">Go to your decks</Link>
      </p>
    </>
  );
}
