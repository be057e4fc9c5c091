/**
 * `npm run bench:ingest-trace -- --url URL [--n 100]`: ingests `n` new generated articles (a
 * seed of their own, so they are new to a corpus schema) into the database at URL and
 * prints the SQL statements of the writes by total time, so what grows with the
 * database shows when a small and a large database are compared. PostgreSQL only.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";
import { generateCorpus, readSeedTexts } from "./generate-corpus.ts";
import { formatTable } from "./lib/table.ts";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    n: { type: "string", default: "100" },
    seed: { type: "string", default: "4242" },
  },
});
if (!values.url?.startsWith("postgres"))
  throw new Error(`--url must be a PostgreSQL URL, got ${JSON.stringify(values.url)}`);

const times = new Map<string, { n: number; ms: number }>();
/** The slowest single statement seen, with its values, to EXPLAIN by hand. */
let slowest = { ms: 0, text: "", values: [] as unknown[] };
const shapeOf = (text: string) =>
  text
    .replace(/\$\d+(, \$\d+)*/g, "$…")
    .replace(/\s+/g, " ")
    .slice(0, 110);
const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const original = proto.query;
proto.query = function (this: unknown, ...args: unknown[]) {
  const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string })?.text ?? "?");
  const t0 = performance.now();
  const out = original.apply(this, args);
  const record = () => {
    const ms = performance.now() - t0;
    if (ms > slowest.ms && !/^(BEGIN|COMMIT|--)/.test(text))
      slowest = {
        ms,
        text,
        values: ((typeof args[0] === "string" ? args[1] : (args[0] as { values?: unknown[] })?.values) ??
          []) as unknown[],
      };
    const s = times.get(shapeOf(text)) ?? { n: 0, ms: 0 };
    s.n++;
    s.ms += performance.now() - t0;
    times.set(shapeOf(text), s);
  };
  if (out && typeof (out as Promise<unknown>).then === "function") (out as Promise<unknown>).then(record, record);
  return out;
};

await migrate(values.url);
const db = createDb(values.url);
const n = Number(values.n);
const t0 = performance.now();
try {
  const { counts } = await ingestRecords(db, generateCorpus(n, readSeedTexts(), Number(values.seed)));
  const s = (performance.now() - t0) / 1000;
  console.log(
    `${n} articles in ${s.toFixed(1)} s = ${(n / s).toFixed(1)} articles/s (new ${counts.new}, unchanged ${counts.unchanged}, failed ${counts.failed})`,
  );
} finally {
  await db.$disconnect();
}
const rows = [...times].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
console.log(
  formatTable(
    ["ms total", "calls", "ms each", "statement"],
    rows.map(([k, v]) => [v.ms.toFixed(0), v.n, (v.ms / v.n).toFixed(2), k]),
  ),
);
console.log(
  `slowest statement, ${slowest.ms.toFixed(1)} ms:\n${slowest.text}\nvalues: ${JSON.stringify(slowest.values).slice(0, 2000)}`,
);
