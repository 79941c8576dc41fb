// The client's address for per-address throttling, from X-Forwarded-For. `next start` fills
// the header with the socket address only when it is absent, and a reverse proxy appends the
// address it saw: so the entry `trustedHops` from the right is the first one no client chose.

const MAX_ADDRESS_LENGTH = 64;

export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  const index = Math.max(0, entries.length - Math.max(1, trustedHops));
  return entries[index]!.slice(0, MAX_ADDRESS_LENGTH).toLowerCase();
}
