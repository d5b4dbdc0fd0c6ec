// Unit and integration tests. Integration tests run against a real, throwaway PostgreSQL that
// test/support/global-setup.ts starts (or creates on DATABASE_URL's server) and migrates.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "test/support/empty-module.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "test/**/*.test.ts", "app/**/*.test.ts", "seeds/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", ".next/**"],
    pool: "forks",
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    allowOnly: false,
  },
});
