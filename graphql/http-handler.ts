/**
 * GraphQL over HTTP, server-neutral: `answerGraphQL` takes a request as method,
 * headers, query string and a body reader, and gives status, headers and body
 * bytes, over Apollo's executeHTTPGraphQLRequest. Two adapters host it:
 * `handleGraphQLRequest` (Fetch Request → Response, for the Next route and
 * tests) and graphql/node-handler.ts (node:http, for scripts/serve.ts, with no
 * Fetch objects on the way). Bodies are parsed here: Apollo expects parsed JSON,
 * and media-type parameters such as `charset=utf-8` must not stop a JSON body
 * from being read.
 * Conventions of GraphQL over HTTP kept here (graphql-http's audits check them):
 * GET needs no preflight header (it can never run a mutation: Apollo answers 405),
 * a POST a browser form could send is refused (CSRF), GraphQL errors are 200 under
 * `application/json` and 400 under `application/graphql-response+json`, and reads
 * carry CORS headers for the configured origins. A response-cache hit is answered
 * from the stored bytes before Apollo is reached.
 */
import { HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { etagOf, type CachedBody } from "@/lib/cache/response-cache.ts";
import { getDb, type Db } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { addCorsHeaders, preflightHeaders, type AllowedOrigins } from "@/lib/http/cors.ts";
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

/** A request as the core reads it, whatever server received it. */
export interface GraphQLHttpRequest {
  /** Upper case. */
  method: string;
  /** Lower-case names, repeated values joined as Fetch joins them. */
  headers: HeaderMap;
  /** The URL's query string, with its `?` (or empty). */
  search: string;
  /** The body as UTF-8 text, or null when it is (or declares itself) larger than `limit` bytes. */
  readBody(limit: number): Promise<string | null>;
  /** Whether the client has gone away. */
  aborted(): boolean;
}

/** An answer: status, lower-case headers, and the body (an async iterator for incremental delivery). */
export interface GraphQLHttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer | null | AsyncIterator<string>;
}

function errorAnswer(status: number, code: string, message: string): GraphQLHttpAnswer {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

const isJson = (contentType: string) => /^application\/(json|graphql-response\+json)\s*(;|$)/i.test(contentType.trim());

async function readBody(
  request: GraphQLHttpRequest,
  contentType: string,
): Promise<{ body: unknown } | { refused: GraphQLHttpAnswer }> {
  const text = await request.readBody(MAX_BODY_BYTES);
  if (text === null)
    return { refused: errorAnswer(413, "PAYLOAD_TOO_LARGE", `Request body is larger than ${MAX_BODY_BYTES} bytes.`) };
  if (!isJson(contentType)) return { body: text };
  if (!text.trim()) return { body: {} };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { refused: errorAnswer(400, "BAD_REQUEST", "Request body is not valid JSON.") };
  }
}

/** Whether `err` comes from the client closing its connection (abort signal, reset or aborted body stream). */
export function isClientAbort(aborted: boolean, err: unknown): boolean {
  if (aborted) return true;
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

/** The bytes of a stored answer: as the HTTP layer stored them, else encoded now (an answer stored by page rendering). */
function bytesOf(entry: CachedBody): Buffer | string {
  return entry.bytes ?? entry.body;
}

/** A public answer: 304 when a GET revalidates an unchanged body, else the body with its ETag on GET. */
function publicAnswer(
  method: string,
  headers: HeaderMap,
  entry: CachedBody,
  contentType: string,
  body: string | Buffer,
): GraphQLHttpAnswer {
  const out = publicCacheHeaders();
  if (method !== "GET") {
    out["content-type"] = contentType;
    return { status: 200, headers: out, body };
  }
  out.etag = entry.etag;
  if (matchesEtag(headers.get("if-none-match"), entry.etag)) return { status: 304, headers: out, body: null };
  out["content-type"] = contentType;
  return { status: 200, headers: out, body };
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
function privateAnswer(result: HTTPGraphQLResponse, status: number): GraphQLHttpAnswer {
  const out: Record<string, string> = {};
  for (const [key, value] of result.headers) out[key] = value;
  out["cache-control"] ??= "no-store";
  return {
    status,
    headers: out,
    body: result.body.kind === "complete" ? result.body.string : result.body.asyncIterator,
  };
}

/** Answers one GraphQL HTTP request (GET, POST, or an OPTIONS preflight), with CORS headers for reads. */
export async function answerGraphQL(
  request: GraphQLHttpRequest,
  options: HandlerOptions = {},
): Promise<GraphQLHttpAnswer> {
  const allowed = options.allowedOrigins ?? getSettings().CORS_ALLOWED_ORIGINS;
  const origin = request.headers.get("origin") ?? null;
  if (request.method === "OPTIONS")
    return { status: 204, headers: preflightHeaders(origin, allowed, METHODS), body: null };
  const answer = await answerRequest(request, options);
  addCorsHeaders(answer.headers, origin, allowed);
  return answer;
}

async function answerRequest(request: GraphQLHttpRequest, options: HandlerOptions): Promise<GraphQLHttpAnswer> {
  try {
    const { method, headers, search } = request;
    let body: unknown = undefined;
    if (method === "POST") {
      if (!passesCsrfCheck(headers)) return errorAnswer(400, "BAD_REQUEST", CSRF_MESSAGE);
      const read = await readBody(request, headers.get("content-type") ?? "");
      if ("refused" in read) return read.refused;
      body = read.body;
    }
    const db = options.db ?? getDb();
    // public queries are answered from the response cache while the data revision holds
    const cache = responseCacheFor(db);
    const key = cache ? httpOperationKey(method, headers, search, body) : null;
    const { hit, revision } = key ? cache!.lookup(key) : { hit: undefined, revision: null };
    const knownType = contentTypeFor(headers.get("accept"));
    if (hit && knownType) return publicAnswer(method, headers, hit, knownType, bytesOf(hit));
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
      if (!key) {
        const entry = { body: result.body.string, etag: method === "GET" ? etagOf(result.body.string) : "" };
        return publicAnswer(method, headers, entry, contentType!, entry.body);
      }
      const entry = cache!.store(key, revision, result.body.string, Buffer.from(result.body.string));
      return publicAnswer(method, headers, entry, contentType!, bytesOf(entry));
    }
    return privateAnswer(result, status);
  } catch (err) {
    if (err instanceof Error && err.message === TIMEOUT_MESSAGE) return errorAnswer(503, "TIMEOUT", TIMEOUT_MESSAGE);
    // the client went away mid-request: nobody reads this answer, and it is not our fault
    if (isClientAbort(request.aborted(), err))
      return errorAnswer(499, "CLIENT_CLOSED_REQUEST", "The client closed the request before it was answered.");
    errorLog.log(err);
    return errorAnswer(500, "INTERNAL_SERVER_ERROR", "Internal server error");
  }
}

/** The core's request for a Fetch Request. */
function fromFetchRequest(request: Request): GraphQLHttpRequest {
  const headers = new HeaderMap();
  request.headers.forEach((value, key) => headers.set(key, value));
  const q = request.url.indexOf("?");
  return {
    method: request.method.toUpperCase(),
    headers,
    search: q < 0 ? "" : new URL(request.url).search,
    readBody: (limit) => readBodyText(request, limit),
    aborted: () => request.signal.aborted,
  };
}

/** A Fetch Response for the core's answer (incremental delivery as a stream of its parts). */
function toFetchResponse(answer: GraphQLHttpAnswer): Response {
  const { status, headers, body } = answer;
  if (body === null || typeof body === "string" || Buffer.isBuffer(body))
    return new Response(body as BodyInit | null, { status, headers });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await body.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, { status, headers });
}

/** Answers one GraphQL HTTP request given as a Fetch Request (the Next route, tests). */
export async function handleGraphQLRequest(request: Request, options: HandlerOptions = {}): Promise<Response> {
  return toFetchResponse(await answerGraphQL(fromFetchRequest(request), options));
}
