/**
 * The production server of `npm start`: one node:http server that answers
 * /api/graphql with the route module's own handlers (app/api/graphql/route.ts:
 * rate limit, body limit, response cache, Apollo), called directly on a Fetch
 * Request, and hands every other request to Next's request handler. The API
 * skips Next's routing, proxy and route-handler machinery (about 40 % of a
 * request's CPU under load) while keeping the same code and headers: the
 * security headers next.config.js gives the path, and Next's conventions for
 * methods (HEAD as GET without a body, OPTIONS and 405 with Allow). Pages go
 * through the page cache (page-cache-http.ts) on their way to Next. Every request
 * first meets the front door (lib/http/front-door.ts).
 */
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import next from "next";
import * as graphqlRoute from "@/app/api/graphql/route.ts";
import { createFrontDoor, frontDoorOptionsFromEnv } from "@/lib/http/front-door.ts";
import nextConfig from "@/next.config.js";
import { withPageCache } from "./page-cache-http.ts";

const root = path.resolve(import.meta.dirname, "../..");
// the matcher Next applies to config `source` patterns, so a header rule means the same here
const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as {
  pathToRegexp: (source: string, keys: unknown[], opts: object) => RegExp;
};

/** The path answered without Next. */
export const API_PATH = "/api/graphql";

/** Largest request body read into memory; the handler answers 413 past its own, smaller limit. */
const MAX_READ_BYTES = 2_000_000;

type RouteHandler = (request: Request) => Promise<Response>;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** The handlers the route module exports, by method. */
function routeHandlers(): Map<string, RouteHandler> {
  const mod = graphqlRoute as unknown as Record<string, unknown>;
  return new Map(METHODS.filter((m) => typeof mod[m] === "function").map((m) => [m, mod[m] as RouteHandler]));
}

/** The headers next.config.js sets on `pathname`, as Next applies them (later rules win). */
export async function configHeadersFor(pathname: string): Promise<[string, string][]> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!pathToRegexp(rule.source, [], {}).test(pathname)) continue;
    for (const h of rule.headers) out.set(h.key.toLowerCase(), [h.key, h.value]);
  }
  return [...out.values()];
}

/**
 * The request body, read up to MAX_READ_BYTES: past that, reading stops (the handler refuses the
 * body as too large) and the rest is never taken off the socket, which closes after the answer.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size <= MAX_READ_BYTES) return;
      req.off("data", onData);
      req.pause();
      resolve(Buffer.concat(chunks));
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A Fetch Request for a node request, as Next builds one for a route handler. */
function toRequest(req: http.IncomingMessage, method: string, body: Buffer | null): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    for (const value of Array.isArray(v) ? v : [v]) headers.append(k, value);
  }
  // as Next does (base-server): the socket's address when no proxy named the client
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress)
    headers.set("x-forwarded-for", req.socket.remoteAddress);
  const url = `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`;
  return new Request(url, { method, headers, body: body && body.length ? (body as unknown as BodyInit) : null });
}

/** Writes a Fetch Response to a node response, after the config headers (the handler's own win). */
async function writeResponse(
  res: http.ServerResponse,
  response: Response,
  configHeaders: [string, string][],
  withBody: boolean,
): Promise<void> {
  for (const [k, v] of configHeaders) res.setHeader(k, v);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") res.setHeader(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  res.statusCode = response.status;
  if (!withBody || !response.body) {
    res.end();
    return;
  }
  if (!/^multipart\//i.test(response.headers.get("content-type") ?? "")) {
    // a complete answer goes out in one write with its length
    const bytes = Buffer.from(await response.arrayBuffer());
    res.setHeader("content-length", bytes.length);
    res.end(bytes);
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // incremental delivery streams: each part goes out as it comes
    if (!res.write(value)) await new Promise((r) => res.once("drain", r));
  }
  res.end();
}

/** The node handler of /api/graphql. */
export function createApiHandler(
  configHeaders: [string, string][],
): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  const handlers = routeHandlers();
  const allow = [...new Set([...handlers.keys(), ...(handlers.has("GET") ? ["HEAD"] : []), "OPTIONS"])].join(", ");
  return async (req, res) => {
    const method = (req.method ?? "GET").toUpperCase();
    const handler = handlers.get(method === "HEAD" ? "GET" : method);
    if (!handler) {
      // Next's answers for a method the route does not export
      res.setHeader("allow", allow);
      for (const [k, v] of configHeaders) res.setHeader(k, v);
      res.statusCode = method === "OPTIONS" ? 204 : 405;
      res.end();
      req.resume();
      return;
    }
    const body = method === "GET" || method === "HEAD" ? null : await readBody(req);
    // a body cut short is not read to its end: the connection closes once the answer is out
    if (body && !req.complete) {
      res.setHeader("connection", "close");
      res.once("finish", () => req.destroy());
    }
    const response = await handler(toRequest(req, method === "HEAD" ? "GET" : method, body));
    await writeResponse(res, response, configHeaders, method !== "HEAD");
  };
}

/** Options of the server. */
export interface AppServerOptions {
  port: number;
  hostname?: string;
  /** Serve /api/graphql only (no Next, no build needed): API-only instances, and the multi-instance test. */
  apiOnly?: boolean;
}

/** The answer of an API-only instance to any other path. */
async function notServedHere(_req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
  res.end(`This instance serves ${API_PATH} only.\n`);
}

/** Starts Next (production build) and the server in front of it; resolves once it listens. */
export async function startAppServer(opts: AppServerOptions): Promise<http.Server> {
  const hostname = opts.hostname ?? "0.0.0.0";
  // settings are checked before Next starts, so a bad TRUST_PROXY fails at once with its name
  const door = createFrontDoor(frontDoorOptionsFromEnv());
  let handleNext = notServedHere;
  if (!opts.apiOnly) {
    const app = next({ dev: false, dir: root, hostname, port: opts.port });
    await app.prepare();
    handleNext = withPageCache(app.getRequestHandler());
  }
  const handleApi = createApiHandler(await configHeadersFor(API_PATH));
  const dispatch = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q < 0 ? url : url.slice(0, q);
    const handle = pathname === API_PATH ? handleApi : handleNext;
    handle(req, res).catch((err: unknown) => {
      console.error(
        `server: ${req.method} ${pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("content-type", "text/plain; charset=utf-8");
        res.end("Internal server error\n");
      } else res.destroy();
    });
  };
  const server = http.createServer((req, res) => {
    // the client address from the socket, untrusted forwarded headers dropped, and the rate limits (429 answered there)
    const answered = door(req, res);
    if (answered === false) return dispatch(req, res);
    if (answered === true) return;
    answered.then(
      (done) => done || dispatch(req, res),
      (err: unknown) => {
        console.error(`server: front door: ${err instanceof Error ? err.message : String(err)}`);
        res.statusCode = 500;
        res.end("Internal server error\n");
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.hostname, () => resolve());
  });
  return server;
}
