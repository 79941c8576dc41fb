"use client";
import { useActionState, useState } from "react";
import { useBrowserValue } from "./use-browser-value";
import type { ActionResult } from "@/lib/errors";

export interface SavedSettings {
  retentionPercent: number;
  dailyNewLimit: number;
  rescheduled: number;
  timeZone: string;
  dayStartHour: number;
}
type Save = (prev: unknown, form: FormData) => Promise<ActionResult<{ saved: SavedSettings }>>;

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function StudySettingsForm(props: {
  retentionPercent: number;
  dailyNewLimit: number;
  timeZone: string;
  dayStartHour: number;
  zones: string[];
  save: Save;
}) {
  const [state, action, pending] = useActionState(props.save, null);
  const err = state && !state.ok ? state : null;
  const [zone, setZone] = useState(props.timeZone);
  const device = useBrowserValue<string | null>(() => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null, null);
  const zones = props.zones.includes(zone) ? props.zones : [zone, ...props.zones];
  return (
    <form action={action} className="card" aria-label="Study settings">
      <label htmlFor="retentionPercent">Retention target (%)</label>
      <input
        id="retentionPercent"
        name="retentionPercent"
        type="number"
        min={70}
        max={99}
        step={1}
        defaultValue={props.retentionPercent}
        aria-describedby="retention-help"
        aria-invalid={!!err?.fieldErrors?.retentionPercent}
        className="narrow"
      />
      <p id="retention-help" className="small muted">
        How likely you want to be to remember a card when it comes back. Higher means more reviews, shorter intervals.
        90% suits most people.
      </p>
      {err?.fieldErrors?.retentionPercent && <p className="field-error small">{err.fieldErrors.retentionPercent}</p>}
      <label className="check small">
        <input id="reschedule" name="reschedule" type="checkbox" />{" "}
        <span>Also recompute the due dates of the cards you have already studied (from your review history)</span>
      </label>
      <label htmlFor="dailyNewLimit">New cards a day</label>
      <input
        id="dailyNewLimit"
        name="dailyNewLimit"
        type="number"
        min={0}
        max={500}
        step={1}
        defaultValue={props.dailyNewLimit}
        className="narrow"
        aria-invalid={!!err?.fieldErrors?.dailyNewLimit}
      />
      {err?.fieldErrors?.dailyNewLimit && <p className="field-error small">{err.fieldErrors.dailyNewLimit}</p>}
      <fieldset className="bare">
        <legend>
          <h2 className="legend">Your days</h2>
        </legend>
        <p className="small muted" id="day-help">
          Your streak, the calendar on your progress page and the daily new cards count days in your time zone, from the
          hour a new day starts (4:00 lets a late-night session count for the evening before). Changing either recounts
          your past days.
        </p>
        <div className="fields">
          <div>
            <label htmlFor="timeZone">Time zone</label>
            <select
              id="timeZone"
              name="timeZone"
              value={zone}
              onChange={(e) => setZone(e.target.value)}
              aria-describedby="day-help"
              aria-invalid={!!err?.fieldErrors?.timeZone}
            >
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replace(/_/g, " ")}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dayStartHour">A new day starts at</label>
            <select
              id="dayStartHour"
              name="dayStartHour"
              defaultValue={props.dayStartHour}
              aria-invalid={!!err?.fieldErrors?.dayStartHour}
            >
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {h}:00{h === 0 ? " (midnight)" : ""}
                </option>
              ))}
            </select>
          </div>
        </div>
        {device && device !== zone && (
          <p className="small">
            <button type="button" className="secondary small-btn" onClick={() => setZone(device)}>
              Use this device&apos;s time zone ({device.replace(/_/g, " ")})
            </button>
          </p>
        )}
        {err?.fieldErrors?.timeZone && <p className="field-error small">{err.fieldErrors.timeZone}</p>}
        {err?.fieldErrors?.dayStartHour && <p className="field-error small">{err.fieldErrors.dayStartHour}</p>}
      </fieldset>
      {err && !err.fieldErrors && <p className="error-box">{err.message}</p>}
      {state?.ok && (
        <p className="ok-box small" role="status">
          Saved: {state.saved.retentionPercent}% retention, {state.saved.dailyNewLimit} new cards a day, days from{" "}
          {state.saved.dayStartHour}:00 in {state.saved.timeZone}.
          {state.saved.rescheduled > 0
            ? ` ${state.saved.rescheduled} cards rescheduled.`
            : " New intervals apply from your next rating."}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </button>
      </p>
    </form>
  );
}
