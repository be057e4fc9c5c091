import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { generateResolverTypes, OUTPUT } from "../../scripts/codegen.ts";

describe("codegen", () => {
  it("has committed resolver types identical to a fresh run (run `npm run codegen` after editing the SDL)", async () => {
    expect(await generateResolverTypes()).toBe(fs.readFileSync(OUTPUT, "utf8"));
  });
});
