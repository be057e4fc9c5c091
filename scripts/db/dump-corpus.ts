/**
 * `npm run db:dump [-- --out dump.jsonl] [-- folder-or-files…]`: ingests the bundled articles
 * (corpus/seeds by default) through the normal ingest path into a fresh SQLite file and prints a
 * canonical dump of every stored table: its row count and the SHA-256 of its rows, with ids replaced
 * by content keys and clock columns left out, so two runs, or two versions of the code that store
 * the same data, print the same lines. `--out` writes the rows themselves, for a diff.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";

/** Columns that hold the clock, not the data: they differ on every run. */
const CLOCK_COLUMNS = new Set(["createdAt", "updatedAt", "ingestedAt"]);

/** Tables of the migration tool and of SQLite itself, not of the data. */
const SKIPPED_TABLES = new Set(["_prisma_migrations", "sqlite_sequence"]);

/** References the schema does not declare as foreign keys: table → column → referenced table. */
const UNDECLARED_REFERENCES: Record<string, Record<string, string>> = {
  Statement: { firstQuoteId: "Quote" },
  StatementBand: { speakerId: "Actor" },
};

/**
 * Columns left out of a row's own content key (they still appear in the dumped row): a
 * quote's statement, to break the one cycle (a quote names its statement, a statement
 * its first quote), and an article's extractor version, a stamp of the code rather than
 * data, so a version bump shows as that one column and not as every row that refers to it.
 */
const KEYLESS_COLUMNS: Record<string, Set<string>> = {
  Quote: new Set(["statementId"]),
  Article: new Set(["extractorVersion"]),
};

type Row = Record<string, unknown>;

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/** Every table's references (declared foreign keys and the undeclared ones): column → referenced table. */
function referencesOf(db: Database.Database, table: string): Map<string, string> {
  const fks = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { from: string; table: string }[];
  return new Map([
    ...fks.map((f) => [f.from, f.table] as const),
    ...Object.entries(UNDECLARED_REFERENCES[table] ?? {}),
  ]);
}

/** Tables in an order where every referenced table (outside the keyless references) comes first. */
function orderTables(tables: string[], refs: Map<string, Map<string, string>>): string[] {
  const done: string[] = [];
  const visit = (t: string, path: string[]) => {
    if (done.includes(t)) return;
    if (path.includes(t)) throw new Error(`reference cycle through ${[...path, t].join(" → ")}`);
    for (const [col, target] of refs.get(t)!)
      if (!KEYLESS_COLUMNS[t]?.has(col) && target !== t) visit(target, [...path, t]);
    done.push(t);
  };
  for (const t of tables) visit(t, []);
  return done;
}

/** The canonical dump of a SQLite file: table → sorted rows (JSON), ids replaced by content keys. */
function dumpTables(file: string): Map<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const all = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
      name: string;
      sql: string | null;
    }[];
    // a full-text index's shadow tables hold its rowids and posting lists: the index's own rows stand for them
    const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql ?? "")).map((t) => `${t.name}_`);
    const tables = all
      .map((r) => r.name)
      .filter((t) => !SKIPPED_TABLES.has(t) && !virtual.some((v) => t.startsWith(v)));
    const refs = new Map(tables.map((t) => [t, referencesOf(db, t)]));
    const keys = new Map<string, Map<unknown, string>>();
    const keyOf = (table: string, id: unknown) => (id === null ? null : (keys.get(table)?.get(id) ?? `?${table}`));
    const rowsOf = new Map<string, Row[]>();
    for (const t of orderTables(tables, refs)) {
      const rows = db.prepare(`SELECT * FROM "${t}"`).all() as Row[];
      rowsOf.set(t, rows);
      const own = new Map<unknown, string>();
      for (const r of rows) {
        if (!("id" in r)) continue;
        const content = canonicalRow(t, r, refs.get(t)!, keyOf, KEYLESS_COLUMNS[t]);
        own.set(r.id, sha(JSON.stringify(content)).slice(0, 16));
      }
      keys.set(t, own);
    }
    const out = new Map<string, string[]>();
    for (const t of tables) {
      const lines = rowsOf.get(t)!.map((r) => {
        const content = canonicalRow(t, r, refs.get(t)!, keyOf, undefined);
        return JSON.stringify("id" in r ? { key: keys.get(t)!.get(r.id), ...content } : content);
      });
      out.set(t, lines.sort());
    }
    return out;
  } finally {
    db.close();
  }
}

/** A row without its id and clock columns, each reference replaced by the referenced row's key. */
function canonicalRow(
  table: string,
  row: Row,
  refs: Map<string, string>,
  keyOf: (table: string, id: unknown) => string | null,
  leaveOut: Set<string> | undefined,
): Row {
  const out: Row = {};
  for (const [col, value] of Object.entries(row)) {
    if (col === "id" || CLOCK_COLUMNS.has(col) || leaveOut?.has(col)) continue;
    const target = refs.get(col);
    out[col] = target ? keyOf(target, value) : value;
  }
  // an event's cluster key names its participants by id ("ASSAULT|3,7|2019-09-07")
  if (table === "Event" && typeof out.clusterKey === "string") {
    const [type, ids, ...rest] = out.clusterKey.split("|");
    const named = (ids ?? "").split(",").map((id) => (id ? keyOf("Actor", Number(id)) : ""));
    out.clusterKey = [type, named.join(","), ...rest].join("|");
  }
  return out;
}

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const outFile = outAt >= 0 ? args[outAt + 1] : undefined;
const inputs = args.filter((a, i) => a !== "--out" && i !== outAt + 1);
const sources = inputs.length ? inputs : [path.resolve(import.meta.dirname, "../../corpus/seeds")];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "db-dump-"));
try {
  const file = path.join(dir, "dump.db");
  const url = `file:${file}`;
  await migrate(url);
  const db = createDb(url);
  try {
    const { counts } = await ingestPaths(db, sources);
    if (counts.failed) throw new Error(`${counts.failed} article(s) failed to ingest`);
  } finally {
    await db.$disconnect();
  }
  const tables = dumpTables(file);
  const all = [...tables].flatMap(([t, lines]) => lines.map((l) => `${t}\t${l}`));
  for (const [t, lines] of tables)
    console.log(`${t.padEnd(20)} ${String(lines.length).padStart(5)} rows  ${sha(lines.join("\n")).slice(0, 16)}`);
  console.log(`${"all".padEnd(20)} ${String(all.length).padStart(5)} rows  ${sha(all.join("\n")).slice(0, 16)}`);
  if (outFile) fs.writeFileSync(outFile, `${all.join("\n")}\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
