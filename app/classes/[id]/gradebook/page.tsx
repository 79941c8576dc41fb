import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireGradebook } from "@/lib/server/results";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Gradebook · CiteDeck" };

export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/classes/${id}/gradebook`);
  // Another instructor learns nothing of the class (404); a student is told it is not for them (403).
  const g = await pageData(requireGradebook(user, id));
  return (
    <>
      <p className="small">
        <Link href={`/classes/${g.classId}`}>← {g.className}</Link>
      </p>
      <h1>Gradebook</h1>
      <p className="row">
        <a className="btn secondary" href={`/classes/${g.classId}/gradebook/csv`} download>
          Download CSV
        </a>
        <span className="small muted">Scores are each student&apos;s best submitted attempt.</span>
      </p>
      {g.rows.length === 0 ? (
        <p className="card">No students yet.</p>
      ) : (
        // a region that scrolls sideways when the columns do not fit; focusable so a keyboard can scroll it
        <div className="table-scroll" role="region" aria-label="Gradebook table" tabIndex={0}>
          <table data-testid="gradebook">
            <thead>
              <tr>
                <th>Student</th>
                {g.assignments.map((a) => (
                  <th key={a.id}>
                    <Link href={`/assignments/${a.id}`}>{a.title}</Link>
                  </th>
                ))}
                <th>Average</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.studentId} data-testid="gradebook-row">
                  <th scope="row">
                    {r.name}
                    <div className="small muted">{r.email}</div>
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={g.assignments[i]!.id} data-testid="grade-cell">
                      {c.scorePercent !== null ? `${c.scorePercent}%` : "—"}
                      {c.late && (
                        <>
                          {" "}
                          <span className="badge bad">late</span>
                        </>
                      )}
                      <div className="small muted">{c.label}</div>
                    </td>
                  ))}
                  <td>{r.averagePercent !== null ? `${r.averagePercent}%` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
