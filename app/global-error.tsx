"use client";
// When even the layout fails (the header needs the session, so a database outage lands here):
// a page of its own, in plain words.
import "./globals.css";

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>CiteDeck could not load</h1>
          <p>Something went wrong on our side. Nothing you saved was lost. Try again in a moment.</p>
          <p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
