/**
 * The page cache at the HTTP layer of the lean server: a GET for a page is
 * answered from lib/cache/page-cache.ts as stored bytes and headers while the
 * data revision holds, 304 when If-None-Match names its ETag; a miss goes to Next
 * and what Next writes (after its own compression) is kept for the next request.
 * Only anonymous page GETs are cached: no Authorization or Cookie, no React
 * Server Component or router headers, nothing under /_next/ or /api/, and only
 * 200 text/html answers that set no cookie. RESPONSE_CACHE=0 turns it off.
 */
import type http from "node:http";
import { getDataRevision } from "@/lib/cache/data-revision.ts";
import { PageCache } from "@/lib/cache/page-cache.ts";
import { getDb } from "@/lib/db/client.ts";

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** Headers that make a page request something other than a plain render. */
const UNCACHED_REQUEST_HEADERS = [
  "authorization",
  "cookie",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];

/** Most pages held, and their size bound (PAGE_CACHE_MB, default 64). */
const MAX_PAGES = 5000;

/** The cache key of a request, or null when it must be rendered: everything a page's bytes depend on. */
export function pageKeyOf(req: http.IncomingMessage): string | null {
  if (req.method !== "GET") return null;
  const url = req.url ?? "/";
  if (url.startsWith("/_next/") || url.startsWith("/api/")) return null;
  const h = req.headers;
  if (UNCACHED_REQUEST_HEADERS.some((name) => h[name] !== undefined)) return null;
  // pages print absolute links from Host and the forwarded headers; Next gzips when asked
  const gzip = /\bgzip\b/i.test(String(h["accept-encoding"] ?? ""));
  return JSON.stringify([url, h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", gzip]);
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return Boolean(ifNoneMatch?.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag));
}

/** The page cache of the app's database, or null when caching is off or changes cannot be watched. */
function createPageCache(): PageCache | null {
  if ((process.env.RESPONSE_CACHE ?? "1") === "0") return null;
  const mb = Number(process.env.PAGE_CACHE_MB ?? "64");
  if (!Number.isFinite(mb) || mb <= 0)
    throw new Error(`PAGE_CACHE_MB must be a positive number, got "${process.env.PAGE_CACHE_MB}"`);
  const revision = getDataRevision(getDb());
  return revision ? new PageCache(revision, { maxEntries: MAX_PAGES, maxBytes: Math.round(mb * 1024 * 1024) }) : null;
}

/** Wraps Next's handler with the page cache. */
export function withPageCache(handle: NodeHandler, cache: PageCache | null = createPageCache()): NodeHandler {
  if (!cache) return handle;
  return async (req, res) => {
    const key = pageKeyOf(req);
    if (!key) return handle(req, res);
    const { hit, revision } = cache.lookup(key);
    if (hit) {
      res.setHeader("x-page-cache", "hit");
      // stored pages are revalidated, not re-rendered: no-cache (with the ETag) instead of Next's no-store
      res.setHeader("cache-control", "no-cache");
      if (matches(req.headers["if-none-match"], hit.etag)) {
        res.setHeader("etag", hit.etag);
        res.statusCode = 304;
        res.end();
        return;
      }
      for (const [k, v] of hit.headers) if (k !== "cache-control") res.setHeader(k, v);
      res.setHeader("content-length", hit.body.length);
      res.statusCode = 200;
      res.end(hit.body);
      return;
    }
    if (revision === null) return handle(req, res);
    capture(res, (body) => {
      const type = String(res.getHeader("content-type") ?? "");
      if (res.statusCode !== 200 || !type.startsWith("text/html") || res.getHeader("set-cookie") !== undefined) return;
      const headers = Object.entries(res.getHeaders())
        .filter(
          ([k, v]) =>
            v !== undefined &&
            k !== "content-length" &&
            k !== "transfer-encoding" &&
            k !== "connection" &&
            k !== "keep-alive" &&
            k !== "date",
        )
        .map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)] as [string, string | string[]]);
      cache.store(key, revision, headers, body);
    });
    return handle(req, res);
  };
}

/** Collects the bytes written to `res` and calls `done` with them when it ends (not when it is aborted). */
function capture(res: http.ServerResponse, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  (res as unknown as { write: (...args: unknown[]) => boolean }).write = (...args) => {
    keep(args[0], args[1]);
    return write(...args);
  };
  (res as unknown as { end: (...args: unknown[]) => http.ServerResponse }).end = (...args) => {
    keep(args[0], args[1]);
    const out = end(...args);
    done(Buffer.concat(chunks));
    return out;
  };
}
