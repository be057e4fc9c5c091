/**
 * `npm run bench:body [-- --mb 200]`: starts the production server (front door and
 * Next, an empty SQLite database), sends one chunked POST of --mb megabytes to
 * /api/graphql, and prints the answer, how many bytes the server took before
 * answering, and the server's resident memory (RSS, its process tree) before and after.
 * Memory is printed, not asserted: the unit test counts bytes (tests/http/read-body.test.ts).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db/migrate.ts";
import { buildIfNeeded } from "@/scripts/lib/build-app.ts";
import { freePort } from "@/scripts/lib/free-port.ts";

const root = path.resolve(import.meta.dirname, "..");
const mbArg = process.argv.indexOf("--mb");
const megabytes = mbArg >= 0 ? Number(process.argv[mbArg + 1]) : 200;
if (!(megabytes > 0)) throw new Error(`--mb must be a positive number, got ${JSON.stringify(process.argv[mbArg + 1])}`);

/** Resident memory of a process and its descendants, in MiB (Linux /proc). */
function treeRssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const own = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  let children: number[] = [];
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    if (list) children = children.concat(list.split(/\s+/).map(Number));
  }
  return own + children.reduce((sum, c) => sum + treeRssMiB(c), 0);
}

/** Sends `total` bytes chunked (no Content-Length) and resolves with the status and when the server answered. */
function sendChunked(url: string, total: number): Promise<{ status: number; sentBeforeAnswer: number; body: string }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answeredAt = -1;
    const req = http.request(
      url,
      { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
      (res) => {
        answeredAt = sent;
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, sentBeforeAnswer: answeredAt, body }));
      },
    );
    // once the server has answered and closed, further writes fail; that is the expected end
    req.on("error", (err) => (answeredAt >= 0 ? undefined : reject(err)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (sent < total && answeredAt < 0) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

async function main(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
  buildIfNeeded(distDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "news-body-"));
  const databaseUrl = `file:${path.join(tmp, "body.db")}`;
  await migrate(databaseUrl);
  const port = await freePort();
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    [path.join(root, "scripts/serve.ts"), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (d: Buffer) => (String(d).includes("listening") ? resolve() : undefined));
      child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/api/graphql`;
    // one small request first, so the route is loaded before the "before" reading
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ stats { articles } }"}',
    });
    const before = treeRssMiB(child.pid!);
    const r = await sendChunked(url, megabytes * 1024 * 1024);
    const after = treeRssMiB(child.pid!);
    console.log(`chunked body of ${megabytes} MB: HTTP ${r.status} ${r.body.trim().slice(0, 120)}`);
    console.log(`bytes sent before the answer: ${(r.sentBeforeAnswer / 1e6).toFixed(1)} MB`);
    console.log(
      `server RSS: before ${before.toFixed(0)} MiB, after ${after.toFixed(0)} MiB (${(after - before).toFixed(0)} MiB)`,
    );
  } finally {
    child.kill("SIGTERM");
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:body failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
