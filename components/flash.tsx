// The message a page shows after a redirect: what went wrong (an alert) or what was done (a status).
import type { ReactNode } from "react";

export function Flash({ error, ok }: { error?: string | undefined; ok?: ReactNode }) {
  return (
    <>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {ok && (
        <p className="ok-box" role="status">
          {ok}
        </p>
      )}
    </>
  );
}
