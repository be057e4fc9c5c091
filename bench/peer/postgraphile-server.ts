/**
 * The peer of `bench:peer`: PostGraphile v4 as its README sets it up (its
 * middleware on node:http over a plain `pg` pool), read-only, over one
 * PostgreSQL schema. `--url URL --schema NAME --port N [--pool 10]`.
 */
import http from "node:http";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

// PostGraphile v4 needs graphql 15 beside the app's 16, and npm installs two copies of 15 (one
// under postgraphile, one under graphile-build-pg); a schema built with one copy fails in the
// other ("Unexpected input type"), so every `graphql` require resolves to postgraphile's copy
const requireFromPostgraphile = createRequire(createRequire(import.meta.url).resolve("postgraphile"));
const graphqlDir = path.dirname(requireFromPostgraphile.resolve("graphql/package.json"));
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = resolver._resolveFilename;
resolver._resolveFilename = (request, ...rest) =>
  resolve(
    request === "graphql" || request.startsWith("graphql/")
      ? path.join(graphqlDir, request.slice("graphql".length))
      : request,
    ...rest,
  );
const { postgraphile } = await import("postgraphile");

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    schema: { type: "string" },
    port: { type: "string" },
    pool: { type: "string", default: "10" },
  },
});
if (!values.url || !values.schema || !values.port)
  throw new Error("postgraphile-server needs --url, --schema and --port");
if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(values.schema))
  throw new Error(`invalid schema name ${JSON.stringify(values.schema)}`);

// the same pool size as the app's PostgreSQL client (lib/db)
const pool = new pg.Pool({
  connectionString: values.url,
  max: Number(values.pool),
  options: `-c search_path="${values.schema}"`,
});
const middleware = postgraphile(pool, values.schema, {
  graphqlRoute: "/graphql",
  disableQueryLog: true,
  disableDefaultMutations: true,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  // the project lists undated rows last in either direction; PostgreSQL's default puts them first in DESC
  graphileBuildOptions: { orderByNullsLast: true },
});
http
  .createServer(middleware)
  .listen(Number(values.port), "127.0.0.1", () => console.log(`postgraphile on ${values.port}`));
