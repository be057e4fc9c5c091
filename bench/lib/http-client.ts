/**
 * A keep-alive HTTP client for one loopback server (node:http, since the
 * `undici` package is not installed and global fetch cannot cap its pool).
 */
import http from "node:http";

/** Longest a single request may take before it counts as failed. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** A response as the benchmarks need it. */
export interface HttpResponse {
  status: number;
  body: string;
}

/** Requests to one base URL over at most `connections` reused sockets. */
export interface HttpClient {
  get(path: string): Promise<HttpResponse>;
  postJson(path: string, payload: unknown): Promise<HttpResponse>;
  close(): void;
}

/** A client of `baseURL`, which must be on 127.0.0.1: benchmarks never leave the machine. */
export function createHttpClient(baseURL: string, connections: number): HttpClient {
  const url = new URL(baseURL);
  if (url.hostname !== "127.0.0.1") throw new Error(`benchmarks only talk to 127.0.0.1, not ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const send = (method: string, path: string, body?: string) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders =
        body === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
      const req = http.request(
        { host: url.hostname, port: url.port, path, method, agent, headers, timeout: REQUEST_TIMEOUT_MS },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`${method} ${path} took longer than ${REQUEST_TIMEOUT_MS} ms`)));
      req.on("error", reject);
      req.end(body);
    });
  return {
    get: (path) => send("GET", path),
    postJson: (path, payload) => send("POST", path, JSON.stringify(payload)),
    close: () => agent.destroy(),
  };
}
