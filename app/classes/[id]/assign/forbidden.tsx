import Link from "@/components/link";

// 403 on /classes/<id>/assign for a student.
export default function AssignForbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p data-testid="forbidden-message">
        Only instructors can assign quizzes, and only to their own classes. Your assignments are on your class page.
      </p>
      <p>
        <Link href="/classes">Your classes</Link>
      </p>
    </>
  );
}
