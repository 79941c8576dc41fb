import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireAssignmentResults } from "@/lib/server/results";
import { ScoreChart } from "@/components/score-chart";
import { setItemStatusAction } from "@/app/actions/set-item-status-action";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Assignment results · CiteDeck" };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number | null) => (x === null ? "—" : x.toFixed(2));

export default async function AssignmentResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/assignments/${id}`);
  // Another instructor learns nothing of the class (404); a student is told it is not for them (403).
  const r = await pageData(requireAssignmentResults(user, id));
  return (
    <>
      <p className="small">
        <Link href={`/classes/${r.classId}`}>← {r.className}</Link>
      </p>
      <h1>{r.title}: results</h1>
      <p className="card" data-testid="results-summary">
        {r.submitted} of {r.students} students submitted
        {r.averagePercent !== null ? ` · average ${r.averagePercent}%` : ""}
      </p>
      <h2>Score distribution</h2>
      {r.submitted > 0 && <ScoreChart buckets={r.distribution} />}
      <table data-testid="distribution" className="small">
        <thead>
          <tr>
            <th>Score</th>
            {r.distribution.map((b) => (
              <th key={b.label}>{b.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Students</th>
            {r.distribution.map((b) => (
              <td key={b.label}>{b.count}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <h2>Scores</h2>
      <table data-testid="scores">
        <thead>
          <tr>
            <th>Student</th>
            <th>Score</th>
          </tr>
        </thead>
        <tbody>
          {r.scores.map((s) => (
            <tr key={s.studentId} data-testid="score-row">
              <td>{s.name}</td>
              <td>
                {s.scorePercent}%
                {s.late && (
                  <>
                    {" "}
                    <span className="badge">late</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Questions</h2>
      <p className="small muted">
        Facility: share who answered correctly. Discrimination: share correct in the top 27% of students minus the
        bottom 27% (near 0 or negative: the question does not separate strong from weak). Point-biserial: correlation of
        the question with the total score. Hardest questions first.
      </p>
      <ol className="plain">
        {r.items.map((i) => (
          <li key={i.itemId} className="card" data-testid="item-stats">
            <p style={{ marginTop: 0 }}>
              <strong data-testid="item-prompt">{i.prompt}</strong>{" "}
              <span className="small muted">Answer: {i.answer}</span>
              {i.status === "retired" && <span className="badge">retired</span>}
            </p>
            {i.editedTo && (
              <p className="small muted">
                Edited since: now “{i.editedTo.prompt}” (answer {i.editedTo.answer}).
              </p>
            )}
            <p className="small" data-testid="item-numbers">
              Facility <strong data-testid="facility">{pct(i.stats.facility)}</strong> ({i.stats.correct} of{" "}
              {i.stats.responses}) · Discrimination{" "}
              <strong data-testid="discrimination">{num(i.stats.discrimination)}</strong> · Point-biserial{" "}
              {num(i.stats.pointBiserial)}
              {i.stats.unanswered ? ` · ${i.stats.unanswered} unanswered` : ""}
            </p>
            <table className="small" data-testid="option-counts">
              <thead>
                <tr>
                  <th>Option</th>
                  <th>Chosen</th>
                </tr>
              </thead>
              <tbody>
                {i.stats.options.map((o) => (
                  <tr key={o.option}>
                    <td>
                      {o.option}
                      {o.correct && " ✓ (correct)"}
                    </td>
                    <td>
                      {o.count} ({pct(o.share)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {i.flags.map((f) => (
              <p key={f} className="error-box small">
                {f}
              </p>
            ))}
            {/* div, not p: a <form> inside a <p> is invalid HTML and broke hydration (React #418) */}
            <div className="row small">
              <Link href={`/decks/${i.deckId}/items/${i.itemId}/edit`}>Edit this question</Link>
              {i.status !== "retired" && (
                <form action={setItemStatusAction}>
                  <input type="hidden" name="deckId" value={i.deckId} />
                  <input type="hidden" name="itemId" value={i.itemId} />
                  <input type="hidden" name="status" value="retired" />
                  <input type="hidden" name="returnTo" value={`/assignments/${r.id}`} />
                  <button type="submit" className="secondary">
                    Retire it
                  </button>
                </form>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
