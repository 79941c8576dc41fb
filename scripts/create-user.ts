// npm run user:create -- --email a@b.c --name "Ada" --password secret123 [--instructor]
import { createAccount } from "@/lib/server/accounts";
import { getEnv } from "@/lib/server/env";
import { migrate } from "@/lib/server/migrate";
import { isAppError } from "@/lib/errors";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const email = arg("email"),
    name = arg("name"),
    password = arg("password");
  if (!email || !name || !password) {
    console.error(
      'usage: npm run user:create -- --email a@b.c --name "Ada Lovelace" --password <at least 8 chars> [--instructor]',
    );
    process.exit(2);
  }
  await migrate(getEnv().DATABASE_URL);
  try {
    const u = await createAccount(
      { email, name, password },
      { role: process.argv.includes("--instructor") ? "instructor" : "student" },
    );
    console.log(`created ${u.role} ${u.email}`);
  } catch (e) {
    console.error(isAppError(e) ? `refused: ${e.message} ${JSON.stringify(e.details?.fieldErrors ?? {})}` : e);
    process.exit(1);
  }
  process.exit(0);
}
void main();
