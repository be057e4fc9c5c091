/**
 * GraphQL over HTTP as a Fetch handler (Request → Response) over Apollo's
 * executeHTTPGraphQLRequest, so any server (Next route, node:http in tests) can host it.
 * Bodies are parsed here: Apollo expects parsed JSON, and media-type parameters
 * such as `charset=utf-8` must not stop a JSON body from being read.
 * Conventions of GraphQL over HTTP kept here (graphql-http's audits check them):
 * GET needs no preflight header (it can never run a mutation: Apollo answers 405),
 * a POST a browser form could send is refused (CSRF), GraphQL errors are 200 under
 * `application/json` and 400 under `application/graphql-response+json`, and reads
 * carry CORS headers for the configured origins.
 */
import { HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { etagOf, type CachedBody } from "@/lib/cache/response-cache.ts";
import { getDb, type Db } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { preflightResponse, withCorsHeaders, type AllowedOrigins } from "@/lib/http/cors.ts";
import { readBodyText } from "@/lib/http/read-body.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { createContext } from "./context.ts";
import { errorLog } from "./format-error.ts";
import { publicCacheHeaders } from "./plugins.ts";
import {
  contentTypeFor,
  httpOperationKey,
  learnContentType,
  passesCsrfCheck,
  responseCacheFor,
} from "./response-cache.ts";
import { getApolloServer } from "./server.ts";
import { TIMEOUT_MESSAGE, withTimeout } from "./timeout.ts";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/** Where the handler gets its database and token; defaults to the app's environment. */
export interface HandlerOptions {
  db?: Db;
  apiToken?: string | null;
  /** Origins whose scripts may read answers; defaults to CORS_ALLOWED_ORIGINS. */
  allowedOrigins?: AllowedOrigins;
}

/** The methods the endpoint answers besides OPTIONS. */
const METHODS = ["GET", "POST"] as const;

const CSRF_MESSAGE =
  "This POST was refused as a potential cross-site request forgery: send a content-type other than " +
  "application/x-www-form-urlencoded, multipart/form-data or text/plain (e.g. application/json), " +
  "or a non-empty apollo-require-preflight or x-apollo-operation-name header.";

function errorResponse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

const isJson = (contentType: string) => /^application\/(json|graphql-response\+json)\s*(;|$)/i.test(contentType.trim());

async function readBody(request: Request, contentType: string): Promise<{ body: unknown } | Response> {
  const read = await readBodyText(request, MAX_BODY_BYTES);
  if (read === null)
    return errorResponse(413, "PAYLOAD_TOO_LARGE", `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
  const text = read;
  if (!isJson(contentType)) return { body: text };
  if (!text.trim()) return { body: {} };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return errorResponse(400, "BAD_REQUEST", "Request body is not valid JSON.");
  }
}

/** Whether `err` comes from the client closing its connection (abort signal, reset or aborted body stream). */
export function isClientAbort(request: Request, err: unknown): boolean {
  if (request.signal.aborted) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  return (
    err.name === "AbortError" ||
    code === "ECONNRESET" ||
    code === "ERR_STREAM_PREMATURE_CLOSE" ||
    err.message === "aborted"
  );
}

/** Whether an If-None-Match header value names `etag` (weakly compared, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === etag;
  });
}

/** A public answer: 304 when a GET revalidates an unchanged body, else the body with its ETag on GET. */
function publicResponse(method: string, headers: HeaderMap, entry: CachedBody, contentType: string): Response {
  const out = new Headers(publicCacheHeaders());
  if (method !== "GET") {
    out.set("content-type", contentType);
    return new Response(entry.body, { status: 200, headers: out });
  }
  out.set("etag", entry.etag);
  if (matchesEtag(headers.get("if-none-match"), entry.etag)) return new Response(null, { status: 304, headers: out });
  out.set("content-type", contentType);
  return new Response(entry.body, { status: 200, headers: out });
}

/** Request errors (the request is not a well-formed GraphQL request) keep their 4xx under any media type. */
const REQUEST_ERROR_CODES = new Set(["BAD_REQUEST"]);

/**
 * The status of an answer: under `application/json` a GraphQL response (parse,
 * validation, coercion or limit errors) is 200, as the GraphQL-over-HTTP spec says;
 * `application/graphql-response+json` keeps Apollo's 4xx.
 */
export function statusFor(status: number, contentType: string | undefined, body: string | null): number {
  if (status !== 400 || body === null || !/^application\/json\b/i.test(contentType ?? "")) return status;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    if (!Array.isArray(parsed.errors) || parsed.errors.length === 0) return status;
    return parsed.errors.some((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code))) ? status : 200;
  } catch {
    return status;
  }
}

/** Apollo's answer as it is, `no-store` unless it says otherwise: errors, mutations, credentials, incremental delivery. */
function privateResponse(result: HTTPGraphQLResponse, status: number): Response {
  const out = new Headers();
  for (const [key, value] of result.headers) out.set(key, value);
  if (!out.has("cache-control")) out.set("cache-control", "no-store");
  if (result.body.kind === "complete") return new Response(result.body.string, { status, headers: out });
  const chunks = result.body.asyncIterator;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new TextEncoder().encode(next.value));
    },
  });
  return new Response(stream, { status, headers: out });
}

/** Answers one GraphQL HTTP request (GET, POST, or an OPTIONS preflight), with CORS headers for reads. */
export async function handleGraphQLRequest(request: Request, options: HandlerOptions = {}): Promise<Response> {
  const allowed = options.allowedOrigins ?? getSettings().CORS_ALLOWED_ORIGINS;
  const origin = request.headers.get("origin");
  if (request.method.toUpperCase() === "OPTIONS") return preflightResponse(origin, allowed, METHODS);
  return withCorsHeaders(await answer(request, options), origin, allowed);
}

async function answer(request: Request, options: HandlerOptions): Promise<Response> {
  try {
    const headers = new HeaderMap();
    request.headers.forEach((value, key) => headers.set(key, value));
    const method = request.method.toUpperCase();
    let body: unknown = undefined;
    if (method === "POST") {
      if (!passesCsrfCheck(headers)) return errorResponse(400, "BAD_REQUEST", CSRF_MESSAGE);
      const read = await readBody(request, headers.get("content-type") ?? "");
      if (read instanceof Response) return read;
      body = read.body;
    }
    const db = options.db ?? getDb();
    const search = new URL(request.url).search;
    // public queries are answered from the response cache while the data revision holds
    const cache = responseCacheFor(db);
    const key = cache ? httpOperationKey(method, headers, search, body) : null;
    const { hit, revision } = key ? cache!.lookup(key) : { hit: undefined, revision: null };
    const knownType = contentTypeFor(headers.get("accept"));
    if (hit && knownType) return publicResponse(method, headers, hit, knownType);
    const server = await getApolloServer();
    const apiToken = options.apiToken !== undefined ? options.apiToken : (getEnv().API_TOKEN ?? null);
    const result = await withTimeout(
      server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search, body },
        context: async () =>
          createContext(db, {
            authorization: headers.get("authorization"),
            apiToken,
            cookie: headers.get("cookie") ?? null,
            csrfToken: headers.get("x-csrf-token") ?? null,
          }),
      }),
    );
    const contentType = result.headers.get("content-type");
    const status = statusFor(
      result.status ?? 200,
      contentType,
      result.body.kind === "complete" ? result.body.string : null,
    );
    // the Cache-Control plugin marks what may be shared: queries without errors or credentials
    const isPublic =
      status === 200 && Boolean(contentType) && Boolean(result.headers.get("cache-control")?.startsWith("public"));
    if (result.body.kind === "complete" && isPublic) {
      learnContentType(headers.get("accept"), contentType!);
      // only a GET answer carries an ETag: a POST's body is not hashed for one
      const entry = key
        ? cache!.store(key, revision, result.body.string)
        : { body: result.body.string, etag: method === "GET" ? etagOf(result.body.string) : "" };
      return publicResponse(method, headers, entry, contentType!);
    }
    return privateResponse(result, status);
  } catch (err) {
    if (err instanceof Error && err.message === TIMEOUT_MESSAGE) return errorResponse(503, "TIMEOUT", TIMEOUT_MESSAGE);
    // the client went away mid-request: nobody reads this answer, and it is not our fault
    if (isClientAbort(request, err))
      return errorResponse(499, "CLIENT_CLOSED_REQUEST", "The client closed the request before it was answered.");
    errorLog.log(err);
    return errorResponse(500, "INTERNAL_SERVER_ERROR", "Internal server error");
  }
}
