"use client";
// A form bound to a server action that returns a plain error or redirects on success. Submitted
// through a transition (not the form's action prop) so React does not clear what was typed when
// the server refuses it.
import { useActionState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors";

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<object>>;

export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel = "Saving…",
  label,
  className = "card",
}: {
  action: Action;
  children: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  label: string;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const [pending, start] = useTransition();
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form
      aria-label={label}
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        start(() => formAction(fd));
      }}
    >
      {children}
      {state && !state.ok && (
        <div className="error-box" role="alert" data-testid="form-error">
          {state.message}
          {Object.entries(fe)
            .filter(([, m]) => m !== state.message)
            .map(([k, m]) => (
              <div key={k} className="small">
                {m}
              </div>
            ))}
        </div>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </p>
    </form>
  );
}
