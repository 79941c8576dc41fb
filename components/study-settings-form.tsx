"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors";

type Save = (prev: unknown, form: FormData) => Promise<ActionResult<{ saved: { retentionPercent: number; dailyNewLimit: number; rescheduled: number } }>>;

export function StudySettingsForm(props: { retentionPercent: number; dailyNewLimit: number; save: Save }) {
  const [state, action, pending] = useActionState(props.save, null);
  const err = state && !state.ok ? state : null;
  return (
    <form action={action} className="card" aria-label="Study settings">
      <label htmlFor="retentionPercent">Retention target (%)</label>
      <input id="retentionPercent" name="retentionPercent" type="number" min={70} max={99} step={1} defaultValue={props.retentionPercent} aria-describedby="retention-help" aria-invalid={!!err?.fieldErrors?.retentionPercent} style={{ maxWidth: "8rem" }} />
      <p id="retention-help" className="small muted">How likely you want to be to remember a card when it comes back. Higher means more reviews, shorter intervals. 90% suits most people.</p>
      {err?.fieldErrors?.retentionPercent && <p className="field-error small">{err.fieldErrors.retentionPercent}</p>}
      <p className="row small" style={{ margin: ".3rem 0" }}>
        <input id="reschedule" name="reschedule" type="checkbox" style={{ width: "auto" }} />
        <label htmlFor="reschedule" style={{ margin: 0, fontWeight: 400 }}>Also recompute the due dates of the cards you have already studied (from your review history)</label>
      </p>
      <label htmlFor="dailyNewLimit">New cards a day</label>
      <input id="dailyNewLimit" name="dailyNewLimit" type="number" min={0} max={500} step={1} defaultValue={props.dailyNewLimit} style={{ maxWidth: "8rem" }} aria-invalid={!!err?.fieldErrors?.dailyNewLimit} />
      {err?.fieldErrors?.dailyNewLimit && <p className="field-error small">{err.fieldErrors.dailyNewLimit}</p>}
      {err && !err.fieldErrors && <p className="error-box">{err.message}</p>}
      {state?.ok && <p className="ok-box small" role="status">Saved: {state.saved.retentionPercent}% retention, {state.saved.dailyNewLimit} new cards a day. {state.saved.rescheduled > 0 ? ` ${state.saved.rescheduled} cards rescheduled.` : " New intervals apply from your next rating."}</p>}
      <p><button type="submit" disabled={pending}>{pending ? "Saving…" : "Save settings"}</button></p>
    </form>
  );
}
