/** GraphiQL's scripts and stylesheet, read from node_modules (the machine has no CDN access), plus the init script. */
import fs from "node:fs/promises";
import path from "node:path";
import { GRAPHIQL_ASSETS, GRAPHIQL_CSP, graphiqlInitScript } from "@/app/graphiql/graphiql-page.ts";

/** Reads files at request time, so Node is required. */
export const runtime = "nodejs";

const cache = new Map<string, Buffer>();

/** One asset by name; only the listed names are served, so no path from the URL reaches the file system. */
export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const { asset } = await params;
  const headers = {
    "x-content-type-options": "nosniff",
    "content-security-policy": GRAPHIQL_CSP,
    "cache-control": "public, max-age=86400",
  };
  if (asset === "init.js")
    return new Response(graphiqlInitScript(), {
      headers: { ...headers, "content-type": "text/javascript; charset=utf-8" },
    });
  const entry = Object.hasOwn(GRAPHIQL_ASSETS, asset) ? GRAPHIQL_ASSETS[asset] : undefined;
  if (!entry)
    return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  let body = cache.get(asset);
  if (!body) {
    body = await fs.readFile(path.join(process.cwd(), "node_modules", entry.file));
    cache.set(asset, body);
  }
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "content-type": `${entry.type}; charset=utf-8` },
  });
}
