/**
 * The PostgreSQL side of `bench:peer`: a schema holding the N-article generated
 * corpus, kept between runs (ingesting 20,000 articles takes minutes), and the
 * request parameters read from it. The schema is filled under a temporary name and
 * renamed when complete, so an interrupted ingest is never reused.
 */
import pg from "pg";
import { generateCorpus } from "@/bench/generate-corpus.ts";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { EXTRACTOR_VERSION } from "@/lib/extraction/pipeline.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";
import type { PeerParams } from "./peer-queries.ts";

/** The schema name of an N-article corpus for this extractor version. */
export function corpusSchema(n: number): string {
  return `peer_${n}_x${EXTRACTOR_VERSION.replace(/\W/g, "_")}`;
}

/** `base` with `?schema=NAME` (replacing any schema it named). */
export function withSchema(base: string, schema: string): string {
  const u = new URL(base);
  u.searchParams.set("schema", schema);
  return u.toString();
}

async function schemaExists(client: pg.Client, schema: string): Promise<boolean> {
  const r = await client.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'Article'`,
    [schema],
  );
  return r.rowCount! > 0;
}

/** The URL of a schema holding `n` generated articles on the server of `base`, ingesting them first when it does not exist. */
export async function getPgCorpus(
  n: number,
  base: string,
  log: (s: string) => void = console.log,
): Promise<{ url: string; schema: string }> {
  const schema = corpusSchema(n);
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    if (!(await schemaExists(client, schema))) {
      const tmp = `${schema}_tmp${process.pid}`;
      log(`ingesting a generated corpus of ${n} articles into PostgreSQL schema ${schema} (kept for later runs)…`);
      const url = withSchema(base, tmp);
      await migrate(url);
      const db = createDb(url);
      const t0 = performance.now();
      try {
        await ingestRecords(db, generateCorpus(n), (done, total) => {
          if (done % 1000 === 0 || done === total)
            log(`  ${done}/${total} (${(done / ((performance.now() - t0) / 1000)).toFixed(1)} articles/s)`);
        });
      } finally {
        await db.$disconnect();
      }
      await client.query(`ALTER SCHEMA "${tmp}" RENAME TO "${schema}"`);
    }
  } finally {
    await client.end();
  }
  const url = withSchema(base, schema);
  await migrate(url);
  return { url, schema };
}

/** Most values of each parameter list. */
const MAX_VALUES = 2000;

/** Reads the request parameters from the corpus schema. */
export async function readPeerParams(base: string, schema: string): Promise<PeerParams> {
  const client = new pg.Client({ connectionString: base, options: `-c search_path="${schema}"` });
  await client.connect();
  try {
    const column = async <T>(sql: string) =>
      (await client.query({ text: sql, values: [MAX_VALUES], rowMode: "array" })).rows.map((r: unknown[]) => r[0] as T);
    const params: PeerParams = {
      // spread over the id range, not the first ids alone
      speakerIds: await column<number>(
        `SELECT "id" FROM "Actor" WHERE "id" IN (SELECT DISTINCT "speakerId" FROM "Quote") ORDER BY md5("id"::text) LIMIT $1`,
      ),
      actorSlugs: await column<string>(`SELECT "slug" FROM "Actor" ORDER BY md5("slug") LIMIT $1`),
      articleSlugs: await column<string>(`SELECT "slug" FROM "Article" ORDER BY md5("slug") LIMIT $1`),
      eventTypes: await column<string>(
        `SELECT "type" FROM "Event" GROUP BY "type" ORDER BY COUNT(*) DESC, "type" LIMIT $1`,
      ),
    };
    const empty = Object.entries(params)
      .filter(([, v]) => !(v as unknown[]).length)
      .map(([k]) => k);
    if (empty.length)
      throw new Error(`schema ${schema} has no values for ${empty.join(", ")}; is the corpus ingested?`);
    return params;
  } finally {
    await client.end();
  }
}
