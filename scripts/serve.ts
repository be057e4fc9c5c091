/**
 * `tsx scripts/serve.ts [-p PORT] [-H HOST]`: the built app behind the front door
 * (what `npm start` runs after migrating and building).
 */
import { serveApp } from "./lib/serve-app.ts";

function argOf(flags: string[], fallback: string): string {
  const i = process.argv.findIndex((a) => flags.includes(a));
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const port = Number(argOf(["-p", "--port"], process.env.PORT ?? "3000"));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: invalid port ${JSON.stringify(argOf(["-p", "--port"], ""))}`);
  process.exit(1);
}
const hostname = argOf(["-H", "--hostname"], "0.0.0.0");
serveApp({ port, hostname }).then(
  () => console.log(`serve: listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
  (err: unknown) => {
    console.error(`serve failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(0));
