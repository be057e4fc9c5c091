import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL("./", import.meta.url)) };

// Two projects: fast suites on a fresh database per file, and end-to-end suites
// in Chromium against one production build served for the whole run.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: "forks",
          globalSetup: ["tests/support/global-setup.ts"],
          // fixed fast-check seed in CI (or FC_SEED); failures print seed and path
          setupFiles: ["tests/support/fast-check-setup.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          pool: "forks",
          fileParallelism: false,
          globalSetup: ["tests/e2e/support/global-setup.ts"],
        },
      },
    ],
  },
});
