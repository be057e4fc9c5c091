import { describe, expect, it } from "vitest";
import { readerWarning } from "@/app/_components/reader-warning.ts";

describe("readerWarning", () => {
  it("says what a date contradiction means, without the offset", () => {
    const w = readerWarning(
      `stated date 2019-04-02 precedes "last autumn" (2019-10), told in the past tense at offset 1779`,
    );
    expect(w).toBe(
      "The article says it was published on 2 April 2019, yet it tells of “last autumn” (October 2019) as past: its date may be wrong, and dates worked out from it with it.",
    );
    expect(w).not.toMatch(/offset|\d{4}-\d{2}/);
  });

  it.each([
    ["quote marks unbalanced at offset 12", "Quote marks unbalanced"],
    ["speaker unclear (chars 40-52)", "Speaker unclear"],
    ["fixture warning", "Fixture warning"],
  ])("drops positions from %j", (w, out) => expect(readerWarning(w)).toBe(out));
});
