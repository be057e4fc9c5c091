/** The per-request context: the database, a fresh loader set and the caller's bearer token. */
import type { Db } from "@/lib/db/client.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { EXECUTION_TIMEOUT_MS } from "./timeout.ts";

/** What every resolver receives as its third argument. */
export interface GraphQLContext {
  db: Db;
  loaders: Loaders;
  /** The token of an `Authorization: Bearer …` header, or null. */
  bearerToken: string | null;
  /** The API token mutations require, or null when none is configured. */
  apiToken: string | null;
  /** The request's Cookie header (pages pass it from next/headers), for session sign-in; null when none. */
  cookie: string | null;
}

/** The bearer token of an Authorization header value, or null. */
export function bearerTokenOf(header: string | null | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}

/** A new context for one operation. */
export function createContext(
  db: Db,
  opts: { authorization?: string | null; apiToken?: string | null; cookie?: string | null } = {},
): GraphQLContext {
  return {
    db,
    loaders: createLoaders(db, Date.now() + EXECUTION_TIMEOUT_MS),
    bearerToken: bearerTokenOf(opts.authorization),
    apiToken: opts.apiToken ?? null,
    cookie: opts.cookie ?? null,
  };
}
