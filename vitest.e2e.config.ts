import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.config";

// End-to-end tests: the built app served by `next start` on a fresh SQLite database with the
// sample documents, driven in Debian's Chromium through playwright-core.
export default defineConfig({
  resolve,
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    environment: "node",
    testTimeout: 120000,
    hookTimeout: 240000,
    fileParallelism: false,
  },
});
