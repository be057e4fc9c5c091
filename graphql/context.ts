/** The per-request context: the database, a fresh loader set and the caller's credentials (bearer token or session cookie). */
import type { Db } from "@/lib/db/client.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { EXECUTION_TIMEOUT_MS } from "./timeout.ts";
import type { Viewer } from "./viewer.ts";

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
  /** The CSRF token the caller sent (`X-CSRF-Token` header, or a form's field): cookie-authorised writes need it. */
  csrfToken: string | null;
  /** The secret sessions are sealed with (SESSION_SECRET), or null when editors cannot sign in. */
  sessionSecret: string | null;
  /** The signed-in editor, looked up once per operation (graphql/viewer.ts). */
  viewer?: Promise<Viewer | null>;
}

/** How an operation's caller is identified. */
export interface ContextOptions {
  authorization?: string | null;
  apiToken?: string | null;
  cookie?: string | null;
  csrfToken?: string | null;
  sessionSecret?: string | null;
}

/** The bearer token of an Authorization header value, or null. */
export function bearerTokenOf(header: string | null | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}

/** A new context for one operation. */
export function createContext(db: Db, opts: ContextOptions = {}): GraphQLContext {
  return {
    db,
    loaders: createLoaders(db, Date.now() + EXECUTION_TIMEOUT_MS),
    bearerToken: bearerTokenOf(opts.authorization),
    apiToken: opts.apiToken ?? null,
    cookie: opts.cookie ?? null,
    csrfToken: opts.csrfToken ?? null,
    sessionSecret: opts.sessionSecret !== undefined ? opts.sessionSecret : (getSettings().SESSION_SECRET ?? null),
  };
}
