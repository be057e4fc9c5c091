/** Runs operations through the real Apollo server with `executeOperation`, returning the single result. */
import type { GraphQLFormattedError } from "graphql";
import { createContext } from "@/graphql/context.ts";
import { getApolloServer } from "@/graphql/server.ts";
import type { Db } from "@/lib/db/client.ts";

/** Token the mutation tests configure. */
export const TEST_TOKEN = "test-token-0123456789abcdef";

/** The outcome of one operation. */
export interface ExecResult<T = any> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** An executor bound to a database; options set the Authorization header and the configured token. */
export function executor(db: Db, defaults: { authorization?: string | null; apiToken?: string | null } = {}) {
  return async <T = any>(
    query: string,
    variables?: Record<string, unknown>,
    opts: { authorization?: string | null; apiToken?: string | null } = {},
  ): Promise<ExecResult<T>> => {
    const server = await getApolloServer();
    const o = { ...defaults, ...opts };
    const res = await server.executeOperation(
      { query, variables },
      { contextValue: createContext(db, { authorization: o.authorization ?? null, apiToken: o.apiToken ?? null }) },
    );
    if (res.body.kind !== "single") throw new Error("unexpected incremental result");
    return res.body.singleResult as ExecResult<T>;
  };
}

/** The data of a result that must have no errors. */
export function ok<T>(r: ExecResult<T>): T {
  if (r.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** The codes of a result's errors. */
export const codes = (r: ExecResult) => (r.errors ?? []).map((e) => e.extensions?.code);
