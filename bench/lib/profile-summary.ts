/**
 * Where a server's CPU time went, from a V8 `.cpuprofile`: self time grouped by
 * package (node_modules/<name>), the app's own bundle, Node internals and V8 itself.
 */
import fs from "node:fs";
import path from "node:path";

/** The parts of a V8 CPU profile this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The group a sampled frame's time is charged to. */
export function groupOf(functionName: string, url: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("wasm://")) return "(wasm: Prisma query compiler)";
  if (url.startsWith("node:")) return "(node internals)";
  if (/\/\.next[^/]*\/server\//.test(url)) return "(app bundle: next build output)";
  return path.basename(url);
}

/** Milliseconds of self time per group, busiest first, and the total of all but idle time. */
export function summarizeProfile(profile: CpuProfile): { busyMs: number; groups: { group: string; ms: number }[] } {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byGroup = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = frames.get(id);
    const group = f ? groupOf(f.functionName, f.url) : "(unknown)";
    byGroup.set(group, (byGroup.get(group) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  byGroup.delete("(idle)");
  const groups = [...byGroup].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms);
  return { busyMs: groups.reduce((s, g) => s + g.ms, 0), groups };
}

/**
 * The newest process's `.cpuprofile` in `dir`, summarised as lines of "percent of busy time  group". A process
 * writes one per thread (`CPU.<date>.<time>.<pid>.<thread>.<n>`; tsx's loader runs in a thread of its own), so
 * the busiest of that process's files is the one read: its main thread.
 */
export function describeNewestProfile(dir: string, top = 12): string {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f));
  const newest = files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!newest) return `no .cpuprofile in ${dir}`;
  const pidOf = (f: string) => path.basename(f).split(".")[3];
  const [file, { busyMs, groups }] = files
    .filter((f) => pidOf(f) === pidOf(newest))
    .map((f) => [f, summarizeProfile(JSON.parse(fs.readFileSync(f, "utf8")) as CpuProfile)] as const)
    .sort((a, b) => b[1].busyMs - a[1].busyMs)[0]!;
  const lines = groups.slice(0, top).map((g) => `${((g.ms / busyMs) * 100).toFixed(1).padStart(5)}%  ${g.group}`);
  return [`${file}: ${(busyMs / 1000).toFixed(1)} s busy (self time, startup included)`, ...lines].join("\n");
}
