import type { Db } from "./client.ts";

/** The first line of every backup: what it is and which tables follow, in restore order. */
export interface BackupHeader {
  format: "news-knowledge-graph-backup";
  version: 1;
  tables: string[];
}

/** Tables in foreign-key order, with the columns holding dates (JSON turns them into strings). */
const TABLES = Object.freeze([
  { name: "Article", model: "article", dates: ["publishedAt", "ingestedAt", "updatedAt"] },
  { name: "Actor", model: "actor", dates: ["createdAt", "updatedAt"] },
  { name: "ActorAlias", model: "actorAlias", dates: [] },
  { name: "ActorSlugRedirect", model: "actorSlugRedirect", dates: ["createdAt"] },
  { name: "Mention", model: "mention", dates: [] },
  { name: "Statement", model: "statement", dates: ["firstReportedAt", "createdAt", "updatedAt"] },
  { name: "Quote", model: "quote", dates: [] },
  { name: "StatementBand", model: "statementBand", dates: [] },
  { name: "Event", model: "event", dates: ["date"] },
  { name: "EventParticipant", model: "eventParticipant", dates: [] },
  { name: "Correction", model: "correction", dates: ["createdAt"] },
  // editors' history; the Editor table itself (password hashes) is never exported
  { name: "AuditEvent", model: "auditEvent", dates: ["createdAt", "revertedAt"] },
] as const);

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<unknown>;
  count(): Promise<number>;
};
const delegate = (db: Db, model: string) => (db as unknown as Record<string, Delegate>)[model]!;

const PAGE = 1000;

/** Every row of every table as JSONL lines (header first), streamed page by page. */
export async function* exportLines(db: Db): AsyncGenerator<string> {
  const header: BackupHeader = { format: "news-knowledge-graph-backup", version: 1, tables: TABLES.map((t) => t.name) };
  yield JSON.stringify(header);
  for (const t of TABLES) {
    const d = delegate(db, t.model);
    // EventParticipant has a composite key: order by its parts
    const orderBy =
      t.name === "EventParticipant"
        ? [{ eventId: "asc" }, { actorId: "asc" }, { role: "asc" }]
        : t.name === "ActorSlugRedirect"
          ? [{ slug: "asc" }]
          : t.name === "StatementBand"
            ? [{ quoteId: "asc" }, { hash: "asc" }]
            : [{ id: "asc" }];
    for (let skip = 0; ; skip += PAGE) {
      const rows = await d.findMany({ orderBy, skip, take: PAGE });
      for (const row of rows) yield JSON.stringify({ table: t.name, row });
      if (rows.length < PAGE) break;
    }
  }
}

/** A backup line that cannot be restored, with its line number. */
export class BackupFormatError extends Error {
  override readonly name = "BackupFormatError";
}

/**
 * Restores a backup into an empty database, ids included, so links, corrections
 * and permalinks survive. Refuses a non-empty database rather than mixing data.
 */
export async function importLines(
  db: Db,
  lines: AsyncIterable<string> | Iterable<string>,
  provider: "sqlite" | "postgresql",
): Promise<Record<string, number>> {
  for (const t of TABLES) {
    if ((await delegate(db, t.model).count()) > 0)
      throw new BackupFormatError(
        `the target database is not empty (table ${t.name} has rows): import restores into an empty database`,
      );
  }
  const counts: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t.name, 0]));
  const pending = new Map<string, Record<string, unknown>[]>();
  let order = 0;
  let lineNo = 0;
  let header: BackupHeader | null = null;
  const flush = async (name: string) => {
    const rows = pending.get(name);
    if (!rows?.length) return;
    await delegate(db, TABLES.find((t) => t.name === name)!.model).createMany({ data: rows });
    counts[name]! += rows.length;
    pending.set(name, []);
  };
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let value: { table?: string; row?: Record<string, unknown> } & Partial<BackupHeader>;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new BackupFormatError(`line ${lineNo}: invalid JSON (${(err as Error).message})`);
    }
    if (!header) {
      if (value.format !== "news-knowledge-graph-backup" || value.version !== 1)
        throw new BackupFormatError(`line ${lineNo}: not a news-knowledge-graph backup (version 1) header`);
      header = value as BackupHeader;
      continue;
    }
    const idx = TABLES.findIndex((t) => t.name === value.table);
    if (idx < 0 || typeof value.row !== "object" || value.row === null)
      throw new BackupFormatError(`line ${lineNo}: unknown table "${String(value.table)}" or missing row`);
    if (idx < order)
      throw new BackupFormatError(
        `line ${lineNo}: table ${value.table} after ${TABLES[order]!.name}: rows must come in restore order`,
      );
    // a later table may reference every row of the earlier ones: write them first
    for (; order < idx; order++) await flush(TABLES[order]!.name);
    const t = TABLES[idx]!;
    const row = { ...value.row };
    for (const k of t.dates) if (typeof row[k] === "string") row[k] = new Date(row[k] as string);
    const list = pending.get(t.name) ?? [];
    list.push(row);
    pending.set(t.name, list);
    if (list.length >= PAGE) await flush(t.name);
  }
  if (!header) throw new BackupFormatError("empty backup: no header line");
  for (const t of TABLES) await flush(t.name);
  if (provider === "postgresql") await resetSequences(db);
  return counts;
}

/** After inserting explicit ids, PostgreSQL's sequences must continue past them (SQLite's AUTOINCREMENT does by itself). */
async function resetSequences(db: Db): Promise<void> {
  for (const t of TABLES) {
    if (t.name === "EventParticipant" || t.name === "ActorSlugRedirect" || t.name === "StatementBand") continue; // no id sequence
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${t.name}"', 'id'), COALESCE((SELECT MAX(id) FROM "${t.name}"), 0) + 1, false)`,
    );
  }
}
