/** Plain-text tables and the machine line every benchmark prints first. */
import os from "node:os";
import type { Summary } from "./stats.ts";

/** Rows under a header, numbers right-aligned, columns two spaces apart. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const isNumeric =
    rows.length > 0
      ? header.map((_, i) => rows.every((r) => typeof r[i] === "number" || /^[\d.,]+( ms)?$|^n\/a$/.test(String(r[i]))))
      : [];
  return cells
    .map((r) =>
      r
        .map((c, i) => (isNumeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Milliseconds with a precision that suits their size. */
export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return "n/a";
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

/** A load run's summaries as a table: kind, requests, errors, req/s, p50 and p99 in ms. */
export function formatSummaries(summaries: readonly Summary[]): string {
  return formatTable(
    ["kind", "requests", "errors", "req/s", "p50 ms", "p99 ms"],
    summaries.map((s) => [s.kind, s.requests, s.errors, s.rps.toFixed(1), formatMs(s.p50), formatMs(s.p99)]),
  );
}

/** The machine the numbers come from: cores, CPU model, memory, Node version. */
export function describeMachine(): string {
  const cpus = os.cpus();
  // availableParallelism follows CPU affinity, as nproc does; cpus() lists every CPU of the host
  const cores = os.availableParallelism();
  const gib = (b: number) => (b / 2 ** 30).toFixed(1);
  return `${cores} cores (of ${cpus.length} CPUs: ${cpus[0]?.model.trim() ?? "unknown CPU"}), ${gib(os.totalmem())} GiB RAM (${gib(os.freemem())} free), load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}, Node ${process.version}`;
}
