// Lint: Next's recommended rules (core web vitals, TypeScript), plus the layering rule of this
// codebase: lib/ never imports Next or React, so business logic stays framework-free.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "scripts/**/tmp-*", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/testing/**", "lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next/*", "next", "react", "react-dom", "@/app/*"], message: "lib/ stays free of Next and React; put framework glue under app/." }] },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
