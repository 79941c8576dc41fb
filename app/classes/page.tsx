import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { listClasses, studentAssignments } from "@/lib/server/classes";
import { ActionForm } from "@/components/action-form";
import { createClassAction } from "@/app/actions/create-class-action";
import { joinClassAction } from "@/app/actions/join-class-action";
import { AssignmentTable } from "@/components/assignment-table";

export const metadata = { title: "Classes · CiteDeck" };

export default async function ClassesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  const user = await requireUser(sp.code ? `/classes?code=${encodeURIComponent(sp.code)}` : "/classes");
  const classes = await listClasses(user);
  if (user.role === "instructor") {
    return (
      <>
        <h1>Your classes</h1>
        {classes.length === 0 ? (
          <p className="card">
            No classes yet. Create one below: you get a join code and a link to give your students.
          </p>
        ) : (
          <ul className="plain" data-testid="class-list">
            {classes.map((c) => (
              <li key={c.id} className="card">
                <Link href={`/classes/${c.id}`}>
                  <strong>{c.name}</strong>
                </Link>
                <div className="small muted">
                  {c.studentCount} student{c.studentCount === 1 ? "" : "s"} · {c.assignmentCount} assignment
                  {c.assignmentCount === 1 ? "" : "s"}
                </div>
              </li>
            ))}
          </ul>
        )}
        <h2>Create a class</h2>
        <ActionForm
          action={createClassAction}
          label="Create a class"
          submitLabel="Create class"
          pendingLabel="Creating…"
        >
          <label htmlFor="name">Class name</label>
          <input id="name" name="name" type="text" required maxLength={120} />
          <label htmlFor="joinExpiresInDays">
            Join code expires after (days) <span className="muted small">(optional)</span>
          </label>
          <input id="joinExpiresInDays" name="joinExpiresInDays" type="number" min={1} max={365} className="narrow" />
        </ActionForm>
      </>
    );
  }
  const assignments = await studentAssignments(user, {});
  return (
    <>
      <h1>Your classes</h1>
      <h2>Join a class</h2>
      <ActionForm action={joinClassAction} label="Join a class" submitLabel="Join" pendingLabel="Joining…">
        <label htmlFor="code">Join code from your instructor</label>
        <input
          id="code"
          name="code"
          type="text"
          required
          defaultValue={sp.code ?? ""}
          autoComplete="off"
          className="join-input"
        />
      </ActionForm>
      {classes.length === 0 ? (
        <p className="card">
          You have not joined a class yet. Your teacher gives you a join code or a link: enter the code above.
        </p>
      ) : (
        <ul className="plain" data-testid="class-list">
          {classes.map((c) => (
            <li key={c.id} className="card">
              <Link href={`/classes/${c.id}`}>
                <strong>{c.name}</strong>
              </Link>{" "}
              <span className="small muted">· {c.instructorName}</span>
            </li>
          ))}
        </ul>
      )}
      {assignments.length > 0 && (
        <>
          <h2>Your assignments</h2>
          <AssignmentTable rows={assignments} showClass />
        </>
      )}
    </>
  );
}
