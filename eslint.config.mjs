// ESLint: Next's rules (core web vitals, React, hooks, a11y, imports), typescript-eslint's
// type-aware rules, and one house rule (configuration is read in lib/server/env.ts only).
// Formatting is Prettier's job: eslint-config-prettier comes last and turns off style rules.
// Why each rule below is off or changed: docs/decisions/070-lint-format-and-config.md.
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

const processEnv = "Configuration is read in lib/server/env.ts only (getEnv, toolEnv, childEnv).";
const envImports = [
  { name: "process", importNames: ["env"], message: processEnv },
  { name: "node:process", importNames: ["env"], message: processEnv },
];
const nextLink = {
  name: "next/link",
  importNames: ["default"],
  message: "Use @/components/link: next/link without viewport prefetching (decision 071).",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      "data/**",
      "node_modules/**",
      "test-results/**",
      "tmp/**",
      ".tmp-*/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused code is an error, not a warning (--max-warnings 0 makes it one anyway); a
      // leading underscore marks a parameter that is there for its position.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      // Server actions passed straight to <form action> return a promise; React awaits it.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // An async function without await still returns the promise its interface asks for
      // (mocked async helpers, Prisma's adapter factory); the rule found no bug here.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests: Vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any`,
    // so every use inside an expected object is an "unsafe assignment"; and vi.mock's documented
    // importOriginal<typeof import("…")>() needs a type-position import(). The e2e helper
    // useBrowserAndDb is a Vitest fixture, not a React hook.
    files: ["**/*.test.ts", "e2e/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "react-hooks/rules-of-hooks": "off",
    },
  },
  {
    // wink-nlp's `its.*` helpers are plain functions meant to be passed (tokens.out(its.pos)).
    files: ["lib/generate/read/nlp.ts"],
    rules: { "@typescript-eslint/unbound-method": "off" },
  },
  {
    // Plain JavaScript (node scripts, configs) has no types to check.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: processEnv }],
      "no-restricted-imports": ["error", { paths: [...envImports, nextLink] }],
    },
  },
  {
    // The one module that wraps next/link.
    files: ["components/link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: envImports }] },
  },
  {
    // The one module that reads the environment.
    files: ["lib/server/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Plain Node scripts that cannot import TypeScript: each only hands its own environment,
    // plus a few variables, to the child process it starts (decision 070).
    files: ["scripts/test-all.mjs", "scripts/prisma.mjs"],
    rules: { "no-restricted-properties": "off" },
  },
  prettier,
);
