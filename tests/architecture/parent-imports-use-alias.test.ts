import path from "node:path";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { parentImportsUseAlias } from "@/scripts/eslint/parent-imports-use-alias.js";

RuleTester.describe = describe;
RuleTester.it = it;

const root = path.resolve(import.meta.dirname, "../..");
const file = path.join(root, "app", "actors", "page.tsx");

new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } }).run(
  "parent-imports-use-alias",
  parentImportsUseAlias,
  {
    valid: [
      { filename: file, code: 'import { a } from "./near.ts";' },
      { filename: file, code: 'import { a } from "@/lib/text/slug.ts";' },
      { filename: file, code: 'import React from "react";' },
    ],
    invalid: [
      {
        filename: file,
        code: 'import { getDb } from "../../lib/db/client.ts";',
        output: 'import { getDb } from "@/lib/db/client.ts";',
        errors: [{ messageId: "useAlias" }],
      },
      {
        filename: file,
        code: "export { x } from '../_components/x.tsx'; const m = import('../../graphql/server.ts');",
        output: "export { x } from '@/app/_components/x.tsx'; const m = import('@/graphql/server.ts');",
        errors: [{ messageId: "useAlias" }, { messageId: "useAlias" }],
      },
    ],
  },
);
