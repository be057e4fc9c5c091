/**
 * The servers under test, each a child process on a free loopback port: the
 * production Next.js app (`next start`) and the raw baseline. Children are
 * killed when the benchmark exits, however it exits.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "@/scripts/lib/build-app.ts";
import { freePort, parsePortRange } from "@/scripts/lib/free-port.ts";

const root = path.resolve(import.meta.dirname, "../..");
/** Where servers listen: BENCH_PORTS=FROM-TO keeps them in a range (a shared machine), else any free port. */
const portRange = parsePortRange(process.env.BENCH_PORTS);

/** The build folder of the benchmarks, apart from the developer's and the tests'. */
export const BENCH_DIST_DIR = ".next-bench";

/** A started server. */
export interface RunningServer {
  name: string;
  baseURL: string;
  /** The server's process id, for memory readings. */
  pid?: number;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.once("exit", () => children.forEach((c) => c.kill("SIGKILL")));
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    children.forEach((c) => c.kill("SIGKILL"));
    process.exit(code);
  });
}

async function waitUntilUp(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`did not answer ${url} within ${ms} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(kill);
      children.delete(child);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Spawns `command` with the arguments `argsFor` gives for a free port and waits until `probePath` answers below 500. */
export async function startServer(
  name: string,
  command: string,
  argsFor: (port: number) => string[],
  env: NodeJS.ProcessEnv,
  probePath = "/",
  cwd = root,
): Promise<RunningServer> {
  const port = await freePort(portRange);
  const child = spawn(command, argsFor(port), {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  children.add(child);
  let log = "";
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-8000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(baseURL + probePath, child, 90_000);
  } catch (err) {
    await stopChild(child);
    throw new Error(`${name} server: ${(err as Error).message}\n${log}`, { cause: err });
  }
  return { name, baseURL, pid: child.pid, stop: () => stopChild(child) };
}

/** How `startNextServer` serves the app beyond its database and build. */
export interface ProjectServerOptions {
  /** Serve /api/graphql alone (`scripts/serve.ts --api-only`): the same handler, no Next and no build. */
  apiOnly?: boolean;
  /** The checkout to serve (e.g. a worktree of an earlier commit, for before/after); default this one. */
  root?: string;
}

/** The node flags `npm start` gives the server of the checkout at `dir` (scripts/lib/serve-flags.ts; none before it existed). */
async function serveFlagsOf(dir: string): Promise<readonly string[]> {
  const file = path.join(dir, "scripts/lib/serve-flags.ts");
  if (!fs.existsSync(file)) return [];
  return ((await import(file)) as { SERVE_NODE_FLAGS: readonly string[] }).SERVE_NODE_FLAGS;
}

/**
 * Builds the app if its sources changed and serves `dbFile` as `npm start` does, in
 * production mode; with `profileDir`, V8 writes a CPU profile there when the server stops;
 * `env` adds variables (e.g. RESPONSE_CACHE=0; SKIP_BUILD_CHECK=1 serves the build as it is).
 */
export async function startNextServer(
  dbFile: string,
  profileDir: string | null = null,
  distDir = BENCH_DIST_DIR,
  env: Record<string, string> = {},
  opts: ProjectServerOptions = {},
): Promise<RunningServer> {
  const dir = opts.root ? path.resolve(opts.root) : root;
  // a second server on a build that is already serving must not rebuild it underneath the first
  // (sources other people edit meanwhile would trigger that); it serves the build as it is
  if (!opts.apiOnly && dir === root && !env.SKIP_BUILD_CHECK && !process.env.SKIP_BUILD_CHECK) buildIfNeeded(distDir);
  // node flags, not NODE_OPTIONS: Node refuses --cpu-prof there
  const profiling = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  // what `npm start` serves: the lean server (scripts/serve.ts) over the build; LEGACY_NEXT_START=1 serves with `next start`, for before/after
  const serve =
    process.env.LEGACY_NEXT_START === "1" && !opts.apiOnly
      ? [path.join(dir, "node_modules/.bin/next"), "start"]
      : [
          ...(await serveFlagsOf(dir)),
          "--import",
          "tsx",
          path.join(dir, "scripts/serve.ts"),
          ...(opts.apiOnly ? ["--api-only"] : []),
        ];
  return startServer(
    "project",
    process.execPath,
    (port) => [...profiling, ...serve, "-p", String(port), "-H", "127.0.0.1"],
    {
      // env.DATABASE_URL (a PostgreSQL URL) replaces the SQLite file
      DATABASE_URL: `file:${dbFile}`,
      ...env,
      NODE_ENV: "production",
      // a benchmark is one client sending thousands of requests: the per-client limit would only measure 429s
      RATE_LIMIT_PER_MINUTE: "0",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    "/",
    dir,
  );
}

/** Serves `dbFile` read-only with the raw baseline (bench/baseline/server.ts). */
export function startBaselineServer(dbFile: string): Promise<RunningServer> {
  const script = path.join(root, "bench/baseline/server.ts");
  return startServer(
    "baseline",
    process.execPath,
    (port) => ["--import", "tsx", script, "--db", dbFile, "--port", String(port)],
    { NODE_ENV: "production" },
    "/health",
  );
}

/** Serves the PostgreSQL schema `schema` of `url` with PostGraphile v4 (bench/peer/postgraphile-server.ts) at /graphql. */
export function startPostGraphileServer(url: string, schema: string): Promise<RunningServer> {
  const script = path.join(root, "bench/peer/postgraphile-server.ts");
  return startServer(
    "postgraphile",
    process.execPath,
    (port) => ["--import", "tsx", script, "--url", url, "--schema", schema, "--port", String(port)],
    { NODE_ENV: "production" },
    "/graphql",
  );
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux builds that matter here). */
const USER_HZ = 100;

/** CPU time (user + system) a running process has used so far, in ms, or null where it cannot be read. */
export function cpuTimeMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    // fields after the parenthesised command name: state is the 1st, utime the 12th, stime the 13th
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return null;
  }
}

/** Peak resident memory of a running process in MiB (VmHWM, Linux), or null where it cannot be read. */
export function peakMemoryMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
