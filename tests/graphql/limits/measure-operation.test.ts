import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "@/graphql/generated/type-defs.ts";
import { measureOperation } from "@/graphql/limits/check-limits.ts";

const schema = buildSchema(typeDefs);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query, { noLocation: true });
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const d of doc.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    else if (d.kind === Kind.OPERATION_DEFINITION) operation = d;
  }
  return measureOperation({ schema, operation: operation!, fragments, variables });
}

/** N fragments, each spreading the next twice: 2^N fields if walked naively. */
function fragmentBomb(n: number, leaf: string): string {
  const frags = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `{ ...F0 } ${frags.join(" ")} fragment F${n} on Query { ${leaf} }`;
}

describe("measureOperation", () => {
  it("measures a fragment bomb with N=30 in a number of visits linear in the document", () => {
    const m = measure(fragmentBomb(30, "x: actors(first: 1) { totalCount }"));
    expect(m.visits).toBeLessThanOrEqual(2);
    expect(m.aliases).toBe(2 ** 30);
    expect(m.nodes).toBe(2 ** 30);
  });

  it("counts a fragment spread at several depths once per spread, measuring it once", () => {
    const m = measure(
      `{ actors(first: 2) { nodes { ...A } } a: actor(slug: "x") { ...A } } fragment A on Actor { quotes(first: 3) { nodes { text } } }`,
    );
    // actors: 2, two actors × 3 quotes, then one actor × 3 quotes
    expect(m.nodes).toBe(2 + 2 * 3 + 3);
    expect(m.aliases).toBe(1);
    expect(m.depth).toBe(5);
    expect(m.visits).toBe(6);
  });

  it.each([
    ["a declared default", `query($n: Int = 100) { actors(first: $n) { totalCount } }`, {}, 100],
    ["the request's value over the default", `query($n: Int = 100) { actors(first: $n) { totalCount } }`, { n: 5 }, 5],
    [
      "the argument's default when the variable is omitted",
      `query($n: Int) { actors(first: $n) { totalCount } }`,
      {},
      20,
    ],
    ["a literal", `{ actors(first: 7) { totalCount } }`, {}, 7],
  ])("reads page sizes from %s", (_, query, variables, nodes) => {
    expect(measure(query, variables).nodes).toBe(nodes);
  });

  it("counts aliases inside introspection but leaves its depth out", () => {
    const m = measure(
      `{ a: __schema { types { name } } b: __schema { queryType { fields { type { ofType { ofType { ofType { name } } } } } } } }`,
    );
    expect(m.aliases).toBe(2);
    expect(m.depth).toBe(0);
  });
});
