"use client";
// Signs out through next-auth's own endpoints (a CSRF token, then POST /api/auth/signout), the
// two requests next-auth/react's signOut makes. Not that module itself: it sits in the header
// of every signed-in page, and next-auth/react with its transpiled runtime was most of the
// header's JavaScript (decision 071). Nothing here uses next-auth's session hooks, so its
// cross-tab broadcast had no listener.
const AUTH = "/api/auth";

async function signOut(callbackUrl: string): Promise<string> {
  const { csrfToken } = (await (await fetch(`${AUTH}/csrf`)).json()) as { csrfToken: string };
  const res = await fetch(`${AUTH}/signout`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await res.json()) as { url?: string };
  return url ?? callbackUrl;
}

/** A full page load afterwards, as next-auth does: nothing of the signed-in pages stays cached. */
const go = (url: string) => {
  window.location.href = url;
};

export function SignOutButton() {
  return (
    <button
      className="secondary"
      type="button"
      onClick={() => {
        signOut("/signin")
          .then(go)
          // offline or refused: next-auth's own sign-out page asks again and explains
          .catch(() => go(`${AUTH}/signout`));
      }}
    >
      Sign out
    </button>
  );
}
