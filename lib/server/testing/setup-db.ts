// Vitest setup for integration tests: each test file gets its own fresh database.
import { afterAll } from "vitest";
import { createTestDatabase, type TestProvider } from "./test-db";

const provider = (process.env.TEST_DB ?? "sqlite") as TestProvider;
const { url, drop } = await createTestDatabase(provider);
process.env.DATABASE_URL = url;

afterAll(async () => {
  const { db } = await import("../db");
  await db().$disconnect();
  await drop();
});
