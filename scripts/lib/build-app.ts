import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
/** The Next.js binary of this checkout. */
export const nextBin = path.join(root, "node_modules/.bin/next");
const SOURCES = [
  "app",
  "graphql",
  "lib",
  "generated",
  "public",
  "proxy.ts",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
];

/** A hash of every source file the build reads, to know when a rebuild is due. */
export function sourceHash(): string {
  const h = createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) visit(path.join(p, e));
    else h.update(path.relative(root, p)).update(fs.readFileSync(p));
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return h.digest("hex");
}

/** Runs `next build` into `distDir` unless a build of the current sources is already there. */
export function buildIfNeeded(distDir = ".next", log: (s: string) => void = console.log): void {
  const dir = path.join(root, distDir);
  const stamp = path.join(dir, "source-hash");
  const hash = sourceHash();
  if (fs.existsSync(path.join(dir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash)
    return;
  log(`building the app into ${distDir} (first start or sources changed)…`);
  const r = spawnSync(nextBin, ["build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
  fs.writeFileSync(stamp, hash);
}
