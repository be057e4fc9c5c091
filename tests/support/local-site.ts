/**
 * A local web site for web-ingest tests: node:http on 127.0.0.1, port 0, with routes a test
 * sets and changes while it runs; every request's path and User-Agent is recorded.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** What a route answers: a status, headers and a body, or a handler for odd answers. */
export type Route =
  | { status?: number; type?: string; body?: string | Buffer; headers?: Record<string, string> }
  | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

/** A running local site. */
export interface LocalSite {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Routes by path (with query string); anything else answers 404. */
  routes: Map<string, Route>;
  /** Paths requested, in order. */
  requests: string[];
  /** User-Agent headers received, in order. */
  userAgents: string[];
  close(): Promise<void>;
}

/** Starts a site; close it in afterAll. */
export async function startLocalSite(): Promise<LocalSite> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const userAgents: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    userAgents.push(String(req.headers["user-agent"] ?? ""));
    const route = routes.get(req.url ?? "");
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (typeof route === "function") return route(req, res);
    res.writeHead(route.status ?? 200, { "content-type": route.type ?? "text/html; charset=utf-8", ...route.headers });
    res.end(route.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    requests,
    userAgents,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** An invented article page: a headline, a byline-free body of a few sentences with one quote. */
export function articlePage(title: string, speaker: string, said: string, extra = ""): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>Officials in the invented town of Marrowby met on Tuesday to talk about ${title.toLowerCase()}.</p>
<p>“${said},” said ${speaker}, who chairs the local council. The meeting lasted two hours.</p>
<p>Residents asked many questions about the plan and its cost. ${extra}</p></article></body></html>`;
}

/** An RSS 2.0 feed of `items` (links absolute or relative to the feed). */
export function rssFeed(items: { link: string; title: string; date?: string; author?: string }[]): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ""}${i.author ? `<dc:creator>${i.author}</dc:creator>` : ""}</item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Marrowby Courier</title><link>/</link>
${entries}
</channel></rss>`;
}
