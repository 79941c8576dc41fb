import Link from "@/components/link";

// Shown with status 403 when a page calls forbidden(): the person is signed in and sees that
// the page exists, but it is not for their role (e.g. a student on an instructor's page).
export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p data-testid="forbidden-message">
        This page is for another role: only the class&apos;s instructor, or the owner of this document or deck, can use
        it. Nothing was changed.
      </p>
      <p>
        <Link href="/decks">Go to your decks</Link> · <Link href="/classes">Your classes</Link>
      </p>
    </>
  );
}
