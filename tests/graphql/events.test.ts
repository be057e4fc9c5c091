import { describe, expect, it } from "vitest";
import { toGlobalId } from "@/graphql/global-id.ts";
import { codes, ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Query.events and Event fields", () => {
  const api = useSeededApi();

  it.each([
    [``, ["CONSULT", "ACCUSE", "ANNOUNCE"].sort()],
    [`(type: ACCUSE)`, ["ACCUSE"]],
    [`(participant: "Omar Khan")`, ["CONSULT"]],
    [`(participant: "ministry of rivers")`, ["ACCUSE", "ANNOUNCE"]],
    [`(from: "2019")`, ["ACCUSE"]],
    [`(to: "2018")`, ["ANNOUNCE"]],
    [`(location: "Port")`, ["ACCUSE"]],
    [`(location: "port sample")`, ["ACCUSE"]],
    [`(location: "%")`, []],
  ])("filters events%s", async (args, expected) => {
    const d = ok(await api.run<any>(`{ events${args} { totalCount nodes { type } } }`)).events;
    expect(d.nodes.map((n: any) => n.type).sort()).toEqual(expected);
    expect(d.totalCount).toBe(expected.length);
  });

  it("refuses an event type outside the EventType enum, naming it", async () => {
    const r = await api.run(`{ events(type: NOPE) { totalCount } }`);
    expect(codes(r)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(JSON.stringify(r)).toMatch(/NOPE/);
  });

  it("lists dated events latest first and undated last", async () => {
    expect(ok(await api.run<any>(`{ events { nodes { date } } }`)).events.nodes.map((n: any) => n.date)).toEqual([
      "2019-07-02",
      "2018-03",
      null,
    ]);
  });

  it("looks one up by id", async () => {
    const e = await api.db.event.findFirstOrThrow({ where: { type: "ACCUSE" } });
    expect(
      ok(await api.run<any>(`query($id: ID!) { event(id: $id) { summary } }`, { id: toGlobalId("Event", e.id) })).event
        .summary,
    ).toBe("López accuses the ministry");
    expect(
      codes(await api.run(`query($id: ID!) { event(id: $id) { summary } }`, { id: toGlobalId("Quote", e.id) })),
    ).toEqual(["BAD_USER_INPUT"]);
  });
});
