// Debian's Chromium on a machine with no internet: without these flags it keeps trying to reach
// Google's hosts (updates, sync, background fetches) and its connections are refused many at a
// time. Used by the e2e tests, the PDF ingest test and the page benchmark.
export const CHROMIUM_OFFLINE_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
