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

export function providerOf(url: string): "sqlite" | "postgres" {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}
