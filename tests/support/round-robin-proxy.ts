/**
 * A tiny reverse proxy for tests that run several app instances: each request goes to the
 * next upstream in turn, with the peer's address appended to X-Forwarded-For as a real
 * balancer does; `hits` counts the requests each upstream was given.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A running proxy. */
export interface RoundRobinProxy {
  url: string;
  /** Requests sent to each upstream, in the order the upstreams were given. */
  hits: number[];
  close(): Promise<void>;
}

/** Starts a proxy on `port` (0 = any) in front of `upstreams` (base URLs such as http://127.0.0.1:3141). */
export async function startRoundRobinProxy(upstreams: string[], port = 0): Promise<RoundRobinProxy> {
  if (!upstreams.length) throw new Error("a proxy needs at least one upstream");
  const targets = upstreams.map((u) => new URL(u));
  const hits = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % targets.length;
    hits[i]!++;
    const target = targets[i]!;
    const prior = req.headers["x-forwarded-for"];
    const headers = {
      ...req.headers,
      host: target.host,
      "x-forwarded-for": [prior, req.socket.remoteAddress].filter(Boolean).join(", "),
    };
    const up = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on("error", (err) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy: upstream ${target.host} failed: ${err.message}\n`);
    });
    req.pipe(up);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
