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

/** The newest `.cpuprofile` in `dir`, summarised as lines of "percent of busy time  group". */
export function describeNewestProfile(dir: string, top = 12): string {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f));
  const newest = files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!newest) return `no .cpuprofile in ${dir}`;
  const { busyMs, groups } = summarizeProfile(JSON.parse(fs.readFileSync(newest, "utf8")) as CpuProfile);
  const lines = groups.slice(0, top).map((g) => `${((g.ms / busyMs) * 100).toFixed(1).padStart(5)}%  ${g.group}`);
  return [`${newest}: ${(busyMs / 1000).toFixed(1)} s busy (self time, startup included)`, ...lines].join("\n");
}
