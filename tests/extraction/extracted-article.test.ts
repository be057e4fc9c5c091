import { describe, expect, it } from "vitest";
import { fromContract, toContract } from "@/lib/extraction/contract.ts";
import { toExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { runPipeline } from "@/lib/extraction/pipeline.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";

/** An event as older records have it: no roles, no evidence spans, no `reported`. */
type OlderEvent = Omit<ContractOutput["events"][number], "roles" | "evidenceSpans">;

const TEXT = [
  "Harbour deal signed",
  "",
  "PORT ELDER — Mayor Tilda Varga met the Harbour Workers Guild on Monday.",
  "",
  "“We have a deal,” Varga said. The guild said its members would vote on Friday.",
].join("\n");

describe("toExtractedArticle", () => {
  const x = toExtractedArticle(runPipeline({ text: TEXT, referenceDate: new Date("2024-05-06T00:00:00Z") }));
  const keys = new Set(x.actors.map((a) => a.key));

  it("refers to actors by keys the article lists", () => {
    expect(x.actors.length).toBeGreaterThan(0);
    for (const m of x.mentions) expect(keys.has(m.actorKey)).toBe(true);
    for (const q of x.quotes) if (q.speakerKey !== null) expect(keys.has(q.speakerKey)).toBe(true);
    for (const e of x.events) for (const p of e.participants) expect(keys.has(p.actorKey)).toBe(true);
  });

  it("keeps every mention a span of the body", () => {
    for (const m of x.mentions) expect(x.article.body.slice(m.start, m.end)).toBe(m.text);
  });

  it("becomes the contract JSON, and that JSON reads back into the same contract", () => {
    const contract = toContract(x);
    expect(contract.quotes.find((q) => q.text.includes("deal"))?.speaker).toBe("Tilda Varga");
    expect(toContract(fromContract(contract))).toEqual(contract);
  });
});

describe("fromContract", () => {
  it("reads a record without roles or evidence spans the way the writer always stored one", () => {
    const x = fromContract({
      article: {
        title: "A",
        publisher: null,
        author: null,
        publishedAt: "2024-05",
        url: null,
        dateline: null,
        body: "Ana Bell met Cy Dunn.",
        warnings: [],
      },
      actors: [],
      mentions: [],
      quotes: [],
      events: [
        {
          type: "CONSULT",
          summary: "Ana Bell met Cy Dunn",
          date: null,
          participants: ["Ana Bell", "Cy Dunn"],
          location: null,
          evidence: "met",
        } satisfies OlderEvent as ContractOutput["events"][number],
      ],
    });
    expect(x.article.publishedAt).toEqual({ value: "2024-05", precision: "MONTH" });
    expect(x.events[0]!.participants).toEqual([
      { actorKey: "Ana Bell", role: "OTHER" },
      { actorKey: "Cy Dunn", role: "OTHER" },
    ]);
    expect(x.events[0]!.evidence).toEqual([{ start: -1, end: -1, text: "met" }]);
    expect(x.events[0]!.reported).toBe(false);
  });
});
