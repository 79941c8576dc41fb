"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/security";
import { formText } from "@/lib/form-data";
import { useBrowserValue } from "./use-browser-value";

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ email: string }>>;

export function SignUpForm({
  action,
  callbackUrl,
  instructorSignup,
}: {
  action: Action;
  callbackUrl: string;
  instructorSignup: boolean;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  const password = useRef("");
  // The browser's time zone, so streaks and daily limits follow the student's own days.
  const timeZone = useBrowserValue(() => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "", "");
  useEffect(() => {
    if (state?.ok) {
      void signIn("credentials", { email: state.email, password: password.current, redirect: false }).then(() => {
        router.push(safeRedirectPath(callbackUrl));
        router.refresh();
      });
    }
  }, [state, callbackUrl, router]);
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form
      action={formAction}
      className="card"
      aria-label="Sign up"
      onSubmit={(e) => {
        password.current = formText(new FormData(e.currentTarget), "password");
      }}
    >
      <input type="hidden" name="timeZone" value={timeZone} />
      <label htmlFor="name">Name</label>
      <input id="name" name="name" type="text" autoComplete="name" required maxLength={80} aria-invalid={!!fe.name} />
      {fe.name && <p className="field-error">{fe.name}</p>}
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={!!fe.email} />
      {fe.email && <p className="field-error">{fe.email}</p>}
      <label htmlFor="password">Password (at least 8 characters)</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        aria-invalid={!!fe.password}
      />
      {fe.password && <p className="field-error">{fe.password}</p>}
      {instructorSignup && (
        <>
          <label htmlFor="instructorCode">
            Instructor code <span className="muted small">(optional: leave empty to join as a student)</span>
          </label>
          <input id="instructorCode" name="instructorCode" type="text" autoComplete="off" />
          {fe.instructorCode && <p className="field-error">{fe.instructorCode}</p>}
        </>
      )}
      {state && !state.ok && !Object.keys(fe).length && <p className="error-box">{state.message}</p>}
      {state?.ok && <p className="ok-box">Account created. Signing you in…</p>}
      <p>
        <button type="submit" disabled={pending || !!state?.ok}>
          {pending ? "Creating account…" : "Create account"}
        </button>
      </p>
    </form>
  );
}
