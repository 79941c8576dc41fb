import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.config";

// Integration tests: real database (TEST_DB=sqlite|postgres), fresh per test file.
export default defineConfig({
  resolve,
  test: {
    include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
    setupFiles: ["lib/server/testing/setup-db.ts"],
    environment: "node",
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
