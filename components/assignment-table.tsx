import Link from "@/components/link";

export interface AssignmentRowView {
  id: string;
  title: string;
  classId: string;
  className?: string;
  dueAt: Date;
  opensAt: Date;
  standing: string;
  standingLabel: string;
  attemptsUsed: number;
  maxAttempts: number;
  scorePercent: number | null;
  lastAttemptId: string | null;
  inProgressAttemptId: string | null;
  timeLimitMinutes: number | null;
}

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** A student's assignments: what is to do, done or late, with a start or resume button. */
export function AssignmentTable({
  rows,
  showClass = false,
  start,
}: {
  rows: AssignmentRowView[];
  showClass?: boolean;
  start?: (form: FormData) => Promise<void>;
}) {
  return (
    <table data-testid="assignments">
      <thead>
        <tr>
          <th>Assignment</th>
          {showClass && <th>Class</th>}
          <th>Due</th>
          <th>Status</th>
          <th>Score</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => {
          const canStart =
            a.inProgressAttemptId ||
            ((a.standing === "to_do" || a.standing === "done" || a.standing === "done_late") &&
              a.attemptsUsed < a.maxAttempts);
          return (
            <tr key={a.id} data-testid="assignment-row">
              <td>
                {a.title}
                <div className="small muted">
                  {a.attemptsUsed} of {a.maxAttempts} attempt{a.maxAttempts === 1 ? "" : "s"} used
                  {a.timeLimitMinutes ? ` · ${a.timeLimitMinutes} min limit` : ""}
                </div>
              </td>
              {showClass && (
                <td>
                  <Link href={`/classes/${a.classId}`}>{a.className}</Link>
                </td>
              )}
              <td className="small">{when(a.dueAt)}</td>
              <td>
                <span className="badge" data-testid="standing">
                  {a.standingLabel}
                </span>
              </td>
              <td>
                {a.scorePercent !== null ? (
                  <Link href={`/quiz/${a.lastAttemptId}`}>{a.scorePercent}%</Link>
                ) : a.lastAttemptId ? (
                  <Link href={`/quiz/${a.lastAttemptId}`}>Submitted</Link>
                ) : (
                  "—"
                )}
              </td>
              <td>
                {start && canStart ? (
                  <form action={start}>
                    <input type="hidden" name="assignmentId" value={a.id} />
                    <input type="hidden" name="classId" value={a.classId} />
                    <button type="submit">
                      {a.inProgressAttemptId ? "Resume" : a.attemptsUsed > 0 ? "Try again" : "Start"}
                    </button>
                  </form>
                ) : showClass && canStart ? (
                  <Link href={`/classes/${a.classId}`}>Open</Link>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
