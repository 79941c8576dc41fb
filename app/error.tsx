"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (<><h1>Something went wrong</h1><p>We could not show this page. Nothing you saved was lost.</p><p><button onClick={reset}>Try again</button></p></>);
}
