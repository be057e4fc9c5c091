import { describe, expect, it } from "vitest";
import { explainSpeakers } from "@/scripts/lib/explain-speakers.ts";

describe("npm run extract -- --explain", () => {
  it("prints each quote's candidates with scores, and for a pronoun who it points to and why", () => {
    const lines = explainSpeakers(
      "Harbour talks stall again\n\nPORT ELLIS — Councillor Idris Mabry spoke on Tuesday about selling the ferry to Brenna Olafsdottir.\n\n“We will not sell the ferry this winter,” he said.",
    );
    expect(lines[0]).toMatch(/^“We will not sell the ferry this winter,” \[DIRECT\] → Idris Mabry \(he\)$/);
    expect(lines.some((l) => /^ {2}\*\s+-?\d+\.\d\d {2}"he"/.test(l))).toBe(true);
    const pronoun = lines.findIndex((l) => l.startsWith('  "he" → Idris Mabry'));
    expect(pronoun).toBeGreaterThan(0);
    const chosen = lines.slice(pronoun + 1).find((l) => l.startsWith("    *"));
    expect(chosen).toMatch(/Idris Mabry .*\bopens\b/);
  });
});
