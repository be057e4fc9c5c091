/**
 * The raw baseline the app is measured against: node:http, graphql-js `graphql()`
 * over a schema of just the benchmarked fields, hand-written SQL on better-sqlite3.
 * `tsx bench/baseline/server.ts --db FILE --port N` serves FILE read-only on 127.0.0.1.
 */
import http from "node:http";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import type { GraphQLSchema } from "graphql";
import { createBaselineSchema, runBaseline } from "./schema.ts";
import { prepareStatements, type Statements } from "./statements.ts";

/** Largest request body read, in bytes. */
const MAX_BODY = 1_000_000;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

/** Answers POST requests (any path) with GraphQL results and GET /health with 200. */
export function createBaselineServer(schema: GraphQLSchema, st: Statements): http.Server {
  return http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/health") return send(res, 200, { ok: true });
    if (req.method !== "POST") return send(res, 405, { errors: [{ message: "POST a GraphQL request" }] });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on("end", () => {
      let body: { query?: string; variables?: Record<string, unknown> };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
      } catch {
        return send(res, 400, { errors: [{ message: "Request body is not valid JSON." }] });
      }
      runBaseline(schema, st, body.query ?? "", body.variables).then(
        (result) => send(res, 200, result),
        (err: unknown) => send(res, 500, { errors: [{ message: String(err) }] }),
      );
    });
  });
}

/** Opens `dbFile` read-only and serves it on 127.0.0.1:`port`. */
export function serveBaseline(dbFile: string, port: number): Promise<http.Server> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const server = createBaselineServer(createBaselineSchema(), prepareStatements(db));
  server.keepAliveTimeout = 60_000;
  server.on("close", () => db.close());
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { db: { type: "string" }, port: { type: "string" } } });
  if (!values.db || !values.port) throw new Error("usage: tsx bench/baseline/server.ts --db FILE --port N");
  await serveBaseline(values.db, Number(values.port));
}
