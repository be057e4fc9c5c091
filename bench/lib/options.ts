/** Command-line options shared by the HTTP benchmarks. */
import path from "node:path";
import { parseArgs } from "node:util";

/** How big a corpus to serve and how hard and long to load it. */
export interface BenchOptions {
  /** Articles in the generated corpus. */
  n: number;
  /** Length of each measured run. */
  seconds: number;
  /** Length of the unmeasured run before it (lazy route loading, JIT, SQLite page cache). */
  warmupSeconds: number;
  /** Keep-alive connections, one request in flight on each. */
  connections: number;
  /** Most requests one run sends, whatever the duration. */
  maxRequests: number;
  /** A folder for V8 CPU profiles of the app server (`--cpu-prof`), written when it stops; null for none. */
  profileDir: string | null;
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

/** Parses `--n 2000 --seconds 15 --warmup 3 --connections 16 --max-requests 200000` (each has that default) and `--profile DIR`. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: "string", default: "2000" },
      seconds: { type: "string", default: "15" },
      warmup: { type: "string", default: "3" },
      connections: { type: "string", default: "16" },
      "max-requests": { type: "string", default: "200000" },
      profile: { type: "string" },
    },
  });
  return {
    n: positiveInt("n", values.n),
    seconds: positiveInt("seconds", values.seconds),
    warmupSeconds: positiveInt("warmup", values.warmup),
    connections: positiveInt("connections", values.connections),
    maxRequests: positiveInt("max-requests", values["max-requests"]),
    profileDir: values.profile ? path.resolve(values.profile) : null,
  };
}
