import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireClass } from "@/lib/server/classes";
import { getEnv } from "@/lib/server/env";
import { AssignmentTable } from "@/components/assignment-table";
import { removeStudentAction } from "@/app/actions/remove-student-action";
import { setJoiningAction } from "@/app/actions/set-joining-action";
import { startAssignmentAction } from "@/app/actions/start-assignment-action";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Class · CiteDeck" };

const FEEDBACK_LABEL: Record<string, string> = {
  immediate: "after each question",
  after_submit: "after submission",
  after_due: "after the due date",
};
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export default async function ClassPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/classes/${id}`);
  const c = await pageData(requireClass(user, id));
  const shares = (
    <section aria-labelledby="shared-h">
      <h2 id="shared-h">Shared with the class</h2>
      {c.documents.length === 0 && c.decks.length === 0 ? (
        <p className="card small muted">
          {c.role === "instructor"
            ? "Nothing yet. Share a document or a deck from its page (Manage, at the bottom)."
            : "Nothing shared yet."}
        </p>
      ) : (
        <ul className="plain card" data-testid="class-shares">
          {c.documents.map((d) => (
            <li key={d.id}>
              <span className="badge">document</span> <Link href={`/documents/${d.id}`}>{d.title}</Link>
            </li>
          ))}
          {c.decks.map((d) => (
            <li key={d.id}>
              <span className="badge">deck</span> <Link href={`/decks/${d.id}`}>{d.title}</Link>
              {d.hidden && <span className="badge">hidden from students</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  const error = sp.error && <p className="error-box">{sp.error}</p>;
  if (c.role === "student") {
    return (
      <>
        <p className="small">
          <Link href="/classes">← Classes</Link>
        </p>
        <h1>{c.name}</h1>
        <p className="muted small">Instructor: {c.instructorName}</p>
        {error}
        {c.assignments.length === 0 ? (
          <p className="card">No assignments yet.</p>
        ) : (
          <AssignmentTable rows={c.assignments.map((a) => ({ ...a, classId: c.id }))} start={startAssignmentAction} />
        )}
        {shares}
      </>
    );
  }
  const link = `${getEnv().NEXTAUTH_URL.replace(/\/$/, "")}/classes?code=${c.joinCode}`;
  return (
    <>
      <p className="small">
        <Link href="/classes">← Classes</Link>
      </p>
      <h1>{c.name}</h1>
      {error}
      {sp.assigned && <p className="ok-box">Assignment created. Your students see it in their class.</p>}
      <section className="card" aria-label="Joining">
        <p style={{ margin: 0 }}>
          Join code:{" "}
          <strong data-testid="join-code" className="join-code">
            {c.joinCode}
          </strong>
        </p>
        <p className="small">
          Join link: <code data-testid="join-link">{link}</code>
        </p>
        <p className="small muted">
          {c.joinOpen ? "Joining is open" : "Joining is closed"}
          {c.joinExpiresAt ? ` · the code expires ${when(c.joinExpiresAt)}` : ""}
        </p>
        <form action={setJoiningAction}>
          <input type="hidden" name="classId" value={c.id} />
          <input type="hidden" name="open" value={c.joinOpen ? "false" : "true"} />
          <button type="submit" className="secondary">
            {c.joinOpen ? "Close joining" : "Open joining"}
          </button>
        </form>
      </section>
      <h2>Assignments</h2>
      <p className="row">
        <Link className="btn" href={`/classes/${c.id}/assign`}>
          Assign a quiz
        </Link>
        <Link className="btn secondary" href={`/classes/${c.id}/gradebook`}>
          Gradebook
        </Link>
      </p>
      {c.assignments.length === 0 ? (
        <p className="card">No assignments yet.</p>
      ) : (
        <table data-testid="class-assignments">
          <thead>
            <tr>
              <th>Assignment</th>
              <th>Opens</th>
              <th>Due</th>
              <th>Submitted</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {c.assignments.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.title}
                  <div className="small muted">
                    {a.questionCount} questions from {a.deckTitle} · {a.maxAttempts} attempt
                    {a.maxAttempts === 1 ? "" : "s"}
                    {a.timeLimitMinutes ? ` · ${a.timeLimitMinutes} min` : ""} · answers shown{" "}
                    {FEEDBACK_LABEL[a.feedback]}
                    {a.allowLate ? " · late work accepted" : ""}
                  </div>
                </td>
                <td className="small">{when(a.opensAt)}</td>
                <td className="small">{when(a.dueAt)}</td>
                <td>
                  {a.submitted} of {c.students.length}
                </td>
                <td>
                  <Link href={`/assignments/${a.id}`}>Results</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shares}
      <h2>Students ({c.students.length})</h2>
      {c.students.length === 0 ? (
        <p className="card">No students yet. Give them the join code or link above.</p>
      ) : (
        <table data-testid="roster">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Joined</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {c.students.map((s) => (
              <tr key={s.id} data-testid="roster-row">
                <td>{s.name}</td>
                <td className="small">{s.email}</td>
                <td className="small">{s.joinedAt.toISOString().slice(0, 10)}</td>
                <td>
                  <form action={removeStudentAction}>
                    <input type="hidden" name="classId" value={c.id} />
                    <input type="hidden" name="studentId" value={s.id} />
                    <button type="submit" className="secondary" aria-label={`Remove ${s.name}`}>
                      Remove
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
