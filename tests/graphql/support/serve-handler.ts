/** Serves a Fetch handler (or a node:http one) from a plain node:http server on a random loopback port, for HTTP-level tests. */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A running test server. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts `handler` behind node:http on 127.0.0.1 and an OS-chosen port. */
export async function serveHandler(handler: (req: Request) => Promise<Response>): Promise<TestServer> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers,
      body: hasBody ? Buffer.concat(chunks) : undefined,
    });
    const response = await handler(request);
    res.statusCode = response.status;
    response.headers.forEach((v, k) => res.setHeader(k, v));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Starts a node:http request handler (graphql/node-handler.ts) on 127.0.0.1 and an OS-chosen port. */
export async function serveNodeHandler(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
): Promise<TestServer> {
  const server = http.createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
