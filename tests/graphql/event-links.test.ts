import { describe, expect, it } from "vitest";
import { ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Event.quotes, Quote.events and Event.reports", () => {
  const api = useSeededApi();

  it("lists the quotes of the event's paragraph, in text order", async () => {
    const d = ok(
      await api.run<any>(`{ events(type: ANNOUNCE) { nodes { summary quotes { text article { title } } } } }`),
    ).events.nodes;
    expect(d).toHaveLength(1);
    // the fixture body is one paragraph: every quote of the article speaks about its event
    expect(d[0].quotes.map((q: any) => q.text)).toEqual([
      "Talks will begin in the spring",
      "We are ready to listen",
      "The city supports the plan",
    ]);
  });

  it("lists the events a quote's paragraph reports, and none from other articles", async () => {
    const d = ok(await api.run<any>(`{ quotes(first: 100) { nodes { text events { type } } } }`)).quotes.nodes;
    const byText = new Map(d.map((q: any) => [q.text, q.events.map((e: any) => e.type)]));
    expect(byText.get("Talks will begin in the spring")).toEqual(["ANNOUNCE"]);
    expect(byText.get("Nobody expected this flood")).toEqual(["ACCUSE"]);
    expect(byText.get("Spring floods are coming early this year")).toEqual([]);
  });

  it("lists every report of one happening, itself included", async () => {
    const d = ok(await api.run<any>(`{ events { nodes { id clusterKey reports { id article { title } } } } }`)).events
      .nodes;
    for (const e of d) expect(e.reports.map((r: any) => r.id)).toContain(e.id);
  });
});
