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

  it("filters reported speech and names its speaker when an event is marked reported", async () => {
    const e = await api.db.event.findFirstOrThrow({ where: { type: "ACCUSE" } });
    const speaker = await api.db.actor.findFirstOrThrow({ where: { name: "Omar Khan" } });
    await api.db.event.update({ where: { id: e.id }, data: { reported: true, reportedById: speaker.id } });
    try {
      const q = (arg: string) =>
        api.run<any>(`{ events${arg} { totalCount nodes { type reported reportedBy { name } } } }`);
      expect(ok(await q(`(reported: true)`)).events.nodes).toEqual([
        { type: "ACCUSE", reported: true, reportedBy: { name: "Omar Khan" } },
      ]);
      const own = ok(await q(`(reported: false)`)).events;
      expect(own.nodes.map((n: any) => n.type).sort()).toEqual(["ANNOUNCE", "CONSULT"]);
      expect(own.nodes.every((n: any) => n.reported === false && n.reportedBy === null)).toBe(true);
      expect(ok(await q(``)).events.totalCount).toBe(3);
    } finally {
      await api.db.event.update({ where: { id: e.id }, data: { reported: false, reportedById: null } });
    }
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
