/**
 * Serves the production build (NEXT_DIST_DIR, default .next) with the lean
 * server of scripts/lib/app-server.ts: `tsx scripts/serve.ts [-p PORT] [-H HOST] [--api-only]`
 * (--api-only: /api/graphql alone, without Next or a build).
 * `npm start` runs it after migrating, seeding and building.
 */
import { parseArgs } from "node:util";

// before anything imports graphql or React: both pick their production code paths at load time
(process.env as Record<string, string>).NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const { startAppServer } = await import("./lib/app-server.ts");

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT || "3000" },
    hostname: { type: "string", short: "H" },
    "api-only": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  throw new Error(`--port must be a port number, got ${JSON.stringify(values.port)}`);
const server = await startAppServer({ port, hostname: values.hostname, apiOnly: values["api-only"] });
console.log(
  `serve: ${values["api-only"] ? "API only, " : ""}listening on http://${values.hostname ?? "localhost"}:${port}`,
);
for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => server.close(() => process.exit(0)));
