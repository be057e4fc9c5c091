import { getIntrospectionQuery } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { createContext } from "@/graphql/context.ts";
import { GraphQLOperationError, runOperation } from "@/graphql/execute.ts";
import { errorLog } from "@/graphql/format-error.ts";
import { LIMITS } from "@/graphql/limits/check-limits.ts";
import { createLoaders } from "@/graphql/loaders.ts";
import { getApolloServer } from "@/graphql/server.ts";
import { withTimeout } from "@/graphql/timeout.ts";
import type { Db } from "@/lib/db/client.ts";
import { codes, ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("limits and errors", () => {
  const api = useSeededApi();

  it("lets GraphiQL's full introspection query through", async () => {
    const r = await api.run(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        inputValueDeprecation: true,
      }),
    );
    expect(r.errors).toBeUndefined();
  });

  it("refuses queries deeper than the limit with QUERY_TOO_DEEP", async () => {
    let inner = "name";
    for (let i = 0; i < 5; i++) inner = `quotes(first: 1) { nodes { speaker { ${inner} } } }`;
    const r = await api.run(`{ actors(first: 1) { nodes { ${inner} } } }`);
    expect(codes(r)).toEqual(["QUERY_TOO_DEEP"]);
    expect(r.errors![0]!.message).toContain(`maximum depth of ${LIMITS.maxDepth}`);
    const fine = await api.run(
      `{ actors(first: 1) { nodes { quotes(first: 1) { nodes { speaker { quotes(first: 1) { nodes { article { title } } } } } } } } }`,
    );
    expect(fine.errors).toBeUndefined();
  });

  it("counts depth through fragments", async () => {
    const fragments = Array.from(
      { length: 5 },
      (_, i) =>
        `fragment F${i} on Actor { quotes(first: 1) { nodes { speaker { ${i < 4 ? `...F${i + 1}` : "name"} } } } }`,
    );
    const r = await api.run(`{ actors(first: 1) { nodes { ...F0 } } } ${fragments.join(" ")}`);
    expect(codes(r)).toEqual(["QUERY_TOO_DEEP"]);
  });

  it("refuses too many aliases with TOO_MANY_ALIASES", async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { articles }`).join(" ");
    expect(codes(await api.run(`{ ${fields} }`))).toEqual(["TOO_MANY_ALIASES"]);
    const few = Array.from({ length: 5 }, (_, i) => `a${i}: stats { articles }`).join(" ");
    expect((await api.run(`{ ${few} }`)).errors).toBeUndefined();
  });

  it("refuses documents with too many tokens with TOO_MANY_TOKENS", async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => "__typename").join(" ");
    expect(codes(await api.run(`{ ${fields} }`))).toEqual(["TOO_MANY_TOKENS"]);
  });

  it("refuses queries asking for too many nodes with QUERY_TOO_COMPLEX, counting variables", async () => {
    const Q = `query($n: Int) { actors(first: $n) { nodes { quotes(first: $n) { nodes { article { quotes(first: $n) { totalCount } } } } } } }`;
    const r = await api.run(Q, { n: 100 });
    expect(codes(r)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(r.errors![0]!.extensions!.nodes).toBe(100 + 100 * 100 + 100 * 100 * 100);
    expect((await api.run(Q, { n: 10 })).errors).toBeUndefined();
    // default page sizes count too: 20 × 20 × 20 × 20 = 160,000
    expect(
      codes(
        await api.run(
          `{ actors { nodes { quotes { nodes { article { quotes { nodes { speaker { quotes { totalCount } } } } } } } } } }`,
        ),
      ),
    ).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("refuses a fragment bomb (N=30, each fragment spreading the next twice) by measure, not by walking it", async () => {
    const frags = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const r = await api.run(`{ ...F0 } ${frags.join(" ")} fragment F30 on Query { actors(first: 1) { totalCount } }`);
    expect(codes(r)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(r.errors![0]!.extensions!.nodes).toBe(2 ** 30);
  });

  it("applies a variable's declared default before measuring, as execution does", async () => {
    const Q = `query($n: Int = 100) { actors(first: $n) { nodes { quotes(first: $n) { nodes { speaker { quotes(first: $n) { nodes { text } } } } } } } }`;
    expect(codes(await api.run(Q))).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(codes(await api.run(Q, { n: 100 }))).toEqual(["QUERY_TOO_COMPLEX"]);
    expect((await api.run(Q, { n: 3 })).errors).toBeUndefined();
  });

  it("counts aliased introspection fields against the alias limit", async () => {
    const fields = Array.from(
      { length: LIMITS.maxAliases + 1 },
      (_, i) => `s${i}: __schema { queryType { name } }`,
    ).join(" ");
    expect(codes(await api.run(`{ ${fields} }`))).toEqual(["TOO_MANY_ALIASES"]);
  });

  it("puts a code on parse, validation and variable errors", async () => {
    expect(codes(await api.run(`{ quotes( }`))).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(codes(await api.run(`{ nope }`))).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(codes(await api.run(`query($n: Int) { quotes(first: $n) { totalCount } }`, { n: "many" }))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });

  it("masks unknown errors as INTERNAL_SERVER_ERROR, logs them and shows no stack", async () => {
    const broken = new Proxy(api.db, {
      get(target, prop, receiver) {
        if (prop === "$queryRaw") return () => Promise.reject(new Error("connection to secret-host:5432 failed"));
        return Reflect.get(target, prop, receiver);
      },
    }) as Db;
    const spy = vi.spyOn(errorLog, "log").mockImplementation(() => undefined);
    try {
      const server = await getApolloServer();
      const res = await server.executeOperation(
        { query: "{ quotes { nodes { text } } }" },
        { contextValue: createContext(broken) },
      );
      const body = res.body.kind === "single" ? res.body.singleResult : null;
      expect(body?.errors).toEqual([
        {
          message: "Internal server error",
          locations: [{ line: 1, column: 3 }],
          path: ["quotes"],
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        },
      ]);
      expect(JSON.stringify(body)).not.toContain("secret-host");
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]![0])).toContain("secret-host");
    } finally {
      spy.mockRestore();
    }
  });

  it("never includes stack traces outside development", async () => {
    const r = await api.run(`{ quotes(first: 1000) { totalCount } }`);
    expect(r.errors![0]!.extensions).not.toHaveProperty("stacktrace");
  });

  it("bounds execution time with a TIMEOUT error", async () => {
    await expect(withTimeout(new Promise(() => undefined), 20)).rejects.toMatchObject({
      extensions: { code: "TIMEOUT" },
    });
    await expect(withTimeout(Promise.resolve(7), 20)).resolves.toBe(7);
  });

  it("stops issuing statements once the request's deadline has passed", async () => {
    const late = createLoaders(api.db, Date.now() - 1);
    await expect(late.article.load(1)).rejects.toMatchObject({ extensions: { code: "TIMEOUT" } });
    expect(await createLoaders(api.db, Date.now() + 10_000).article.load(1)).not.toBeNull();
  });

  it("runOperation returns data and throws a typed error carrying the GraphQL errors", async () => {
    const data = await runOperation<{ stats: { quotes: number } }>(
      "{ stats { quotes } }",
      {},
      { db: api.db, apiToken: null },
    );
    expect(data.stats.quotes).toBe(9);
    const err = await runOperation(
      '{ quotes(after: "junk") { totalCount } }',
      {},
      { db: api.db, apiToken: null },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphQLOperationError);
    expect((err as GraphQLOperationError).code).toBe("BAD_USER_INPUT");
    expect((err as GraphQLOperationError).errors[0]!.message).toContain("after");
    expect(ok(await api.run<any>(`{ quotes(first: 1) { totalCount } }`)).quotes.totalCount).toBe(9);
  });
});
