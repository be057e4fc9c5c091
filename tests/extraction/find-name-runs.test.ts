import { describe, expect, it } from "vitest";
import { findNameRuns } from "@/lib/extraction/actors/find-name-runs.ts";
import { tokenize } from "@/lib/extraction/actors/tokenize.ts";

const runs = (text: string) => findNameRuns(tokenize(text)).map((r) => r.tokens.map((t) => t.text).join(" "));

describe("findNameRuns", () => {
  it("joins capitalised words into one run when they stand together", () => {
    expect(runs("Yesterday Mira Holt met the Nordic Fisheries Council.")).toContain("Nordic Fisheries Council");
  });

  it("opens a run with a stop word when the two words name an organisation of the lexicon", () => {
    expect(runs("The Islamic State group claimed the raid.")).toContain("Islamic State");
  });

  it("still skips a stop word that opens no lexicon name", () => {
    expect(runs("An Islamic scholar spoke to Mira Holt.")).toEqual(["Mira Holt"]);
  });
});
