// Title search for the library and deck lists: a case-insensitive "contains". SQLite's LIKE
// ignores case (for ASCII) by itself; PostgreSQL needs Prisma's insensitive mode, which the
// SQLite client's types (our one Db type) do not know, hence the cast.
import "server-only";
import { getEnv, providerOf } from "./env";

export const MAX_QUERY_LENGTH = 100;

export function titleFilter(q: string | undefined): { title?: { contains: string } } {
  const t = q?.trim().slice(0, MAX_QUERY_LENGTH);
  if (!t) return {};
  const insensitive = providerOf(getEnv().DATABASE_URL) === "postgres" ? { mode: "insensitive" } : {};
  return { title: { contains: t, ...insensitive } };
}
