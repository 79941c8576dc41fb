import { defineConfig } from "vitest/config";
import path from "node:path";

/** Shared by every test tier: the `@/` alias, and `server-only` as its empty module (the
 *  server code is imported outside Next here, as in the scripts). */
export const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
  },
};

export default defineConfig({
  resolve,
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    environment: "node",
    testTimeout: 20000,
  },
});
