// Human labels for the time until a due date: "10m", "3h", "4d", "2.5mo", "1.2y".

export function intervalLabel(from: Date, to: Date): string {
  const mins = Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  if (mins < 1) return "now";
  if (mins < 60) return `${Math.round(mins)}m`;
  const hours = mins / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round((days / 30) * 10) / 10}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

/** UTC day number (days since 1970-01-01): days as a UTC clock counts them (scripts, tests).
 *  People's days are study days in their own time zone: see days.ts. */
export function dayNumber(d: Date): number {
  return Math.floor(d.getTime() / 86_400_000);
}
