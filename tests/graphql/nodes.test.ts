import { describe, expect, it } from "vitest";
import { toGlobalId } from "@/graphql/global-id.ts";
import { codes, ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Query.node and Query.nodes", () => {
  const api = useSeededApi();

  it("resolves every Node type by global id", async () => {
    const q = await api.db.quote.findFirstOrThrow();
    const m = await api.db.mention.findFirstOrThrow();
    const e = await api.db.event.findFirstOrThrow();
    const gids = [
      toGlobalId("Actor", api.ids.atmar),
      toGlobalId("Quote", q.id),
      toGlobalId("Article", api.ids.articles[1]!),
      toGlobalId("Event", e.id),
      toGlobalId("Mention", m.id),
      toGlobalId("Quote", 99999),
      "garbage",
    ];
    const d = ok(await api.run<any>(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: gids }));
    expect(d.nodes.map((n: any) => n?.__typename ?? null)).toEqual([
      "Actor",
      "Quote",
      "Article",
      "Event",
      "Mention",
      null,
      null,
    ]);
    expect(d.nodes.slice(0, 5).map((n: any) => n.id)).toEqual(gids.slice(0, 5));
    const one = ok(await api.run<any>(`query($id: ID!) { node(id: $id) { ... on Actor { name } } }`, { id: gids[0] }));
    expect(one.node.name).toBe("Mohammad Hanif Atmar");
  });

  it("refuses more than 100 ids", async () => {
    expect(
      codes(
        await api.run(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
          ids: Array.from({ length: 101 }, (_, i) => toGlobalId("Quote", i)),
        }),
      ),
    ).toEqual(["BAD_USER_INPUT"]);
  });
});
