"use client";
// Change password: the current one, then the new one twice. Other sessions end on success.
import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/errors";

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ endedSessions: number }>>;

export function ChangePasswordForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (id: string, label: string, autoComplete: string) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="password"
        autoComplete={autoComplete}
        required
        minLength={id === "currentPassword" ? undefined : 8}
        maxLength={200}
        aria-invalid={!!fe[id]}
      />
      {fe[id] && <p className="field-error small">{fe[id]}</p>}
    </>
  );
  return (
    <form ref={form} action={formAction} className="card" aria-label="Change password">
      {field("currentPassword", "Current password", "current-password")}
      {field("newPassword", "New password (at least 8 characters)", "new-password")}
      {field("confirmPassword", "New password again", "new-password")}
      {state && !state.ok && !Object.keys(fe).length && (
        <p className="error-box" role="status">
          {state.message}
        </p>
      )}
      {state?.ok && (
        <p className="ok-box" role="status" data-testid="password-changed">
          Password changed.{" "}
          {state.endedSessions > 0
            ? `Signed out of ${state.endedSessions} other session${state.endedSessions === 1 ? "" : "s"}.`
            : "You stay signed in here."}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </p>
    </form>
  );
}
