/**
 * The response cache of the GraphQL API, shared by /api/graphql and in-process
 * page rendering: one per database, keyed by `operationKey`, invalidated by the
 * database's data revision (lib/cache). `RESPONSE_CACHE=0` turns it off;
 * `RESPONSE_CACHE_MB` bounds its size (default 64).
 */
import type { HeaderMap } from "@apollo/server";
import { getDataRevision } from "@/lib/cache/data-revision.ts";
import { ResponseCache } from "@/lib/cache/response-cache.ts";
import type { Db } from "@/lib/db/client.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { operationKey } from "./operation-key.ts";
import { hasSessionCookie } from "./viewer.ts";

/** Most answers held per database. */
const MAX_ENTRIES = 20_000;

function readSettings(): { enabled: boolean; maxBytes: number } {
  const { RESPONSE_CACHE, RESPONSE_CACHE_MB } = getSettings();
  return { enabled: RESPONSE_CACHE, maxBytes: Math.round(RESPONSE_CACHE_MB * 1024 * 1024) };
}

const globalForCache = globalThis as unknown as { __newsResponseCaches?: WeakMap<Db, ResponseCache> };

/** The response cache of `db`, or null when caching is off or the client's database is unknown. */
export function responseCacheFor(db: Db): ResponseCache | null {
  const caches = (globalForCache.__newsResponseCaches ??= new WeakMap());
  const known = caches.get(db);
  if (known) return known;
  const settings = readSettings();
  if (!settings.enabled) return null;
  const revision = getDataRevision(db);
  if (!revision) return null;
  const cache = new ResponseCache(revision, { maxEntries: MAX_ENTRIES, maxBytes: settings.maxBytes });
  caches.set(db, cache);
  return cache;
}

const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/**
 * Whether a POST passes CSRF prevention: a content type a browser form cannot
 * send, or a preflight header (Apollo's rule; GET needs neither, it never runs a mutation).
 */
export function passesCsrfCheck(headers: HeaderMap): boolean {
  const contentType = headers.get("content-type");
  if (contentType !== undefined && !SIMPLE_CONTENT_TYPES.includes(contentType.split(";")[0]!.trim().toLowerCase()))
    return true;
  return ["x-apollo-operation-name", "apollo-require-preflight"].some((h) => Boolean(headers.get(h)));
}

function parseJsonParam(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return Symbol("invalid");
  }
}

/**
 * The cache key of an HTTP GraphQL request, or null when it must go to Apollo:
 * credentials (a bearer token or an editor's session cookie), extensions (persisted queries), batches, CSRF-unsafe requests,
 * anything but a single public query.
 */
export function httpOperationKey(method: string, headers: HeaderMap, search: string, body: unknown): string | null {
  if (headers.get("authorization") || hasSessionCookie(headers.get("cookie"))) return null;
  if (method !== "GET" && !passesCsrfCheck(headers)) return null;
  if (method === "GET") {
    const params = new URLSearchParams(search);
    if (params.has("extensions") || params.getAll("query").length !== 1) return null;
    if (params.getAll("variables").length > 1 || params.getAll("operationName").length > 1) return null;
    return operationKey(
      params.get("query"),
      parseJsonParam(params.get("variables")),
      params.get("operationName") ?? undefined,
    );
  }
  if (method !== "POST" || !body || typeof body !== "object" || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  if (b.extensions !== undefined) return null;
  return operationKey(b.query, b.variables, b.operationName);
}

// Apollo picks the response content type from the Accept header alone; learned from its answers
const contentTypes = new Map<string, string>();
const MAX_ACCEPT_VALUES = 100;

/** The content type Apollo answered a request with this Accept header with, if seen. */
export function contentTypeFor(accept: string | undefined): string | undefined {
  return contentTypes.get(accept ?? "");
}

/** Remembers the content type Apollo chose for an Accept header. */
export function learnContentType(accept: string | undefined, contentType: string): void {
  if (contentTypes.size >= MAX_ACCEPT_VALUES && !contentTypes.has(accept ?? "")) return;
  contentTypes.set(accept ?? "", contentType);
}
