/**
 * Serves the built app on node:http with the front door in front of Next's handler,
 * so the client address comes from the socket (Next alone only sees headers).
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { createFrontDoor, frontDoorOptionsFromEnv } from "../../lib/http/front-door.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** Where and how to serve. */
export interface ServeOptions {
  port: number;
  hostname?: string;
}

/** Starts the production server; resolves once it listens. */
export async function serveApp(opts: ServeOptions): Promise<http.Server> {
  // settings are checked before Next starts, so a bad TRUST_PROXY fails at once with its name
  const door = createFrontDoor(frontDoorOptionsFromEnv());
  const app = next({ dev: false, dir: root, hostname: opts.hostname ?? "0.0.0.0", port: opts.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    if (door(req, res)) return;
    handle(req, res).catch((err: unknown) => {
      console.error("[serve] request failed:", err);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal server error\n");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.hostname, () => resolve());
  });
  return server;
}
