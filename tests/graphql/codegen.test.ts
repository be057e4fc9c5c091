import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  generateOperationTypes,
  generateResolverTypes,
  generateSchemaFile,
  generateTypeDefsModule,
  OPERATIONS_OUTPUT,
  OUTPUT,
  SCHEMA_OUTPUT,
  TYPE_DEFS_OUTPUT,
} from "@/scripts/codegen.ts";

describe("codegen", () => {
  it("has committed resolver types identical to a fresh run (run `npm run codegen` after editing the SDL)", async () => {
    expect(await generateResolverTypes()).toBe(fs.readFileSync(OUTPUT, "utf8"));
  });

  it("has the committed schema.graphql identical to the served schema (run `npm run codegen` to regenerate it)", async () => {
    const fresh = await generateSchemaFile();
    expect(
      fresh === fs.readFileSync(SCHEMA_OUTPUT, "utf8"),
      "schema.graphql drifted from the served schema: run `npm run codegen` and commit schema.graphql",
    ).toBe(true);
  });

  it("has committed page and embed operation types identical to a fresh run (run `npm run codegen` after editing an operation)", async () => {
    expect(await generateOperationTypes()).toBe(fs.readFileSync(OPERATIONS_OUTPUT, "utf8"));
  });

  it("has the committed SDL module identical to the schema files", () => {
    expect(generateTypeDefsModule()).toBe(fs.readFileSync(TYPE_DEFS_OUTPUT, "utf8"));
  });
});
