// Vitest setup for integration tests: each test file gets its own fresh database.
import { afterAll } from "vitest";
import { setDatabaseUrl, toolEnv } from "../env";
import { createTestDatabase } from "./test-db";

const { url, drop } = await createTestDatabase(toolEnv().TEST_DB);
setDatabaseUrl(url);

afterAll(async () => {
  const { db } = await import("../db");
  await db().$disconnect();
  await drop();
});
