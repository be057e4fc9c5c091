/**
 * In-process execution for pages: the same server and schema as /api/graphql,
 * a fresh context per call, errors thrown as one typed error.
 */
import type { GraphQLFormattedError } from "graphql";
import { getDb, type Db } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { createContext } from "./context.ts";
import { operationKey } from "./operation-key.ts";
import { responseCacheFor } from "./response-cache.ts";
import { getApolloServer } from "./server.ts";
import { withTimeout } from "./timeout.ts";

/** Thrown by `runOperation` when the operation reports errors; carries them all. */
export class GraphQLOperationError extends Error {
  /** The GraphQL errors of the response, each with `extensions.code`. */
  readonly errors: readonly GraphQLFormattedError[];

  constructor(errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => `${e.message} (${String(e.extensions?.code ?? "UNKNOWN")})`).join("; "));
    this.name = "GraphQLOperationError";
    this.errors = errors;
  }

  /** The code of the first error, e.g. NOT_FOUND or BAD_USER_INPUT. */
  get code(): string {
    return String(this.errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  }
}

/** Options of one in-process run; the database defaults to the app's. */
export interface RunOptions {
  db?: Db;
  /** An Authorization header value, for pages that run mutations. */
  authorization?: string | null;
  apiToken?: string | null;
  /** The request's Cookie header, for pages whose operations an editor's session authorises. */
  cookie?: string | null;
  /** False skips the shared response cache, for long runs of pages (exports) that would only evict the pages' answers. */
  cache?: boolean;
  /** The CSRF token a form sent, for mutations a session cookie authorises. */
  csrfToken?: string | null;
}

/**
 * Runs a query or mutation in-process and returns its `data`; throws GraphQLOperationError on any error.
 * Public queries share the API's response cache: a hit is the stored HTTP body, parsed, so callers get a fresh object.
 */
export async function runOperation<T>(
  query: string,
  variables?: Record<string, unknown>,
  options: RunOptions = {},
): Promise<T> {
  const db = options.db ?? getDb();
  // an answer authorised by a token or a session cookie is never shared through the cache
  const cache = options.authorization || options.cookie || options.cache === false ? null : responseCacheFor(db);
  const key = cache ? operationKey(query, variables, undefined) : null;
  const { hit, revision } = key ? cache!.lookup(key) : { hit: undefined, revision: null };
  if (hit) return (JSON.parse(hit.body) as { data: T }).data;
  const server = await getApolloServer();
  const apiToken = options.apiToken !== undefined ? options.apiToken : (getEnv().API_TOKEN ?? null);
  const contextValue = createContext(db, {
    authorization: options.authorization,
    apiToken,
    cookie: options.cookie,
    csrfToken: options.csrfToken,
  });
  const response = await withTimeout(server.executeOperation({ query, variables }, { contextValue }));
  if (response.body.kind !== "single")
    throw new GraphQLOperationError([
      { message: "Incremental delivery is not supported", extensions: { code: "BAD_REQUEST" } },
    ]);
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new GraphQLOperationError(errors);
  // the body Apollo's HTTP transport would send for this result, so both paths share entries
  if (key) cache!.store(key, revision, `${JSON.stringify({ data })}\n`);
  return data as T;
}
