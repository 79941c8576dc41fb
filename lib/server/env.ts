// The one place that reads process.env: validated with zod, failing with a message that names
// the variable and why.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/citedeck.db")
    .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  /** Sign-up code that makes the new account an instructor; unset means no instructor sign-up. */
  INSTRUCTOR_CODE: z.string().min(4).optional(),
  CITEDECK_SAMPLES: z.string().optional(),
  /** Reverse proxies in front of the app that append to X-Forwarded-For: the client address
   *  for sign-in throttling is the entry this many places from the right (docs/decisions/004). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(10, "must be at most 10").default(1),
});

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`CiteDeck configuration is invalid:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  let secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    if (env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build")
      throw new Error("CiteDeck configuration is invalid:\n  NEXTAUTH_SECRET: required in production (npm run setup writes one to .env.local)");
    secret = "citedeck-development-secret-not-for-production";
  }
  cached = { ...env, NEXTAUTH_SECRET: secret };
  return cached;
}

/** Served over https (NEXTAUTH_URL): secure cookies, HSTS, upgrade-insecure-requests. */
export function servedOverHttps(env: Pick<Env, "NEXTAUTH_URL"> = getEnv()): boolean {
  return env.NEXTAUTH_URL.startsWith("https://");
}

export function providerOf(url: string): "sqlite" | "postgres" {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}
