import { describe, expect, it } from "vitest";
import { normalize } from "@/lib/extraction/normalize.ts";
import { runPipeline } from "@/lib/extraction/pipeline.ts";
import { sentencesStage } from "@/lib/extraction/sentences/sentences-stage.ts";
import { taggerStage } from "@/lib/extraction/tagger/tagger-stage.ts";

const tagged = (text: string) => runPipeline({ text }, [normalize, sentencesStage, taggerStage]);

describe("taggerStage", () => {
  it("puts a POS tag and a name label on every token of a sentence", () => {
    const doc = tagged("Senator Maria Delgado said on Tuesday that the vote would wait.");
    expect(doc.tokens!.length).toBeGreaterThan(5);
    for (const t of doc.tokens!) {
      expect(t.pos).toMatch(/^[A-Z$.,:`'()#-]+$/);
      expect(t.ner).toMatch(/^(?:O|[BI]-(?:PERSON|ORGANIZATION|LOCATION|MISC))$/);
    }
    expect(doc.tokens!.find((t) => t.text === "said")?.pos).toBe("VBD");
  });

  it("lists the names it recognised as spans of the body", () => {
    const doc = tagged("Senator Maria Delgado met reporters in Kandahar.");
    expect(doc.names).toContainEqual(expect.objectContaining({ text: "Maria Delgado", type: "PERSON" }));
    for (const n of doc.names!) expect(doc.body.slice(n.start, n.end)).toBe(n.text);
  });

  it("labels both pieces of a token the tagger reads as one ('Mr.')", () => {
    const doc = tagged("Mr. Halvorsen arrived late.");
    const [mr, dot] = doc.tokens!;
    expect([mr!.text, dot!.text]).toEqual(["Mr", "."]);
    expect(dot!.pos).toBe(mr!.pos);
  });
});
