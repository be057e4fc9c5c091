import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { generateResolverTypes, generateTypeDefsModule, OUTPUT, TYPE_DEFS_OUTPUT } from "../../scripts/codegen.ts";

describe("codegen", () => {
  it("has committed resolver types identical to a fresh run (run `npm run codegen` after editing the SDL)", async () => {
    expect(await generateResolverTypes()).toBe(fs.readFileSync(OUTPUT, "utf8"));
  });

  it("has the committed SDL module identical to the schema files", () => {
    expect(generateTypeDefsModule()).toBe(fs.readFileSync(TYPE_DEFS_OUTPUT, "utf8"));
  });
});
