/**
 * The production server of `npm start`: one node:http server that answers
 * /api/graphql with graphql/node-handler.ts (the core the Next route runs,
 * graphql/http-handler.ts: body limit, response cache, Apollo, read from the node
 * request and written to the node response without Fetch objects), and hands every
 * other request to Next's request handler. The API skips Next's routing, proxy and
 * route-handler machinery while keeping the same code and headers: the
 * security headers next.config.js gives the path, and Next's conventions for
 * methods (HEAD as GET without a body, OPTIONS and 405 with Allow). Pages go
 * through the page cache (page-cache-http.ts) on their way to Next. Every request
 * first meets the front door (lib/http/front-door.ts).
 */
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import next from "next";
import { createGraphQLNodeHandler } from "@/graphql/node-handler.ts";
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

/** The node handler of /api/graphql: graphql/node-handler.ts, after the config headers. */
export function createApiHandler(
  configHeaders: [string, string][],
): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  return createGraphQLNodeHandler({ configHeaders });
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
