/**
 * Token buckets shared by every app instance on one PostgreSQL database (table
 * "RateLimitBucket", migration 20261204104000_rate_limit_buckets), so a client is held to one
 * budget however the balancer spreads its requests. Each take is one atomic statement:
 * INSERT … ON CONFLICT DO UPDATE … RETURNING, refilling by the database's clock (one clock for
 * all instances) under the row's lock. The same budget and decisions as the in-memory
 * RateLimiter; buckets that have refilled to full carry nothing and are deleted now and then.
 */
import pg from "pg";
import { postgresSchema } from "@/lib/db/client.ts";
import { clientBucketKey, type ClientRateLimit, type RateLimitDecision } from "./rate-limiter.ts";

/** Settings of a shared limiter. */
export interface PostgresRateLimiterOptions {
  /** The app's database (its `?schema=` names the schema holding the table). */
  databaseUrl: string;
  /** The budget's name, so the API's and the pages' buckets of one client stay apart. */
  name: string;
  perMinute: number;
  burst: number;
  /** A pool to share (several limiters of one instance); made and owned here when absent. */
  pool?: pg.Pool;
}

/** Milliseconds between sweeps of full buckets. */
const SWEEP_MS = 60_000;

// $1 key, $2 burst, $3 tokens per second; every right-hand side reads the row as it was
const TAKE_SQL = `
INSERT INTO "RateLimitBucket" AS b ("key", "tokens", "at", "allowed")
VALUES ($1, $2::float8 - 1, now(), true)
ON CONFLICT ("key") DO UPDATE SET
  "allowed" = LEAST($2::float8, b."tokens" + EXTRACT(EPOCH FROM now() - b."at")::float8 * $3::float8) >= 1,
  "tokens" = LEAST($2::float8, b."tokens" + EXTRACT(EPOCH FROM now() - b."at")::float8 * $3::float8)
    - CASE WHEN LEAST($2::float8, b."tokens" + EXTRACT(EPOCH FROM now() - b."at")::float8 * $3::float8) >= 1 THEN 1 ELSE 0 END,
  "at" = now()
RETURNING "tokens", "allowed"`;

/** A pool on the app's schema for the limiters of one instance (a take holds a connection for one statement). */
export function createRateLimitPool(databaseUrl: string, max = 4): pg.Pool {
  const schema = postgresSchema(databaseUrl);
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}"`);
  const u = new URL(databaseUrl);
  u.searchParams.delete("schema");
  const pool = new pg.Pool({
    connectionString: u.toString(),
    max,
    allowExitOnIdle: true,
    options: `-c search_path="${schema}"`,
    application_name: `news-rate-limit:${schema}`,
  });
  // an idle connection's error (the server restarted) must not crash the process; the next take reconnects
  pool.on("error", (err) => console.error(`rate limit: idle connection lost: ${err.message}`));
  return pool;
}

/** A token-bucket limiter whose buckets live in PostgreSQL. */
export class PostgresRateLimiter implements ClientRateLimit {
  private readonly pool: pg.Pool;
  private readonly ownsPool: boolean;
  private readonly perSecond: number;
  private lastSweep = Date.now();
  private lastErrorLog = 0;

  constructor(private readonly opts: PostgresRateLimiterOptions) {
    if (!(opts.perMinute > 0) || !(opts.burst >= 1))
      throw new Error(`invalid rate limit: ${opts.perMinute}/min, burst ${opts.burst}`);
    if (!/^[a-z]+$/.test(opts.name)) throw new Error(`rate limit name must be lower-case letters, got "${opts.name}"`);
    this.perSecond = opts.perMinute / 60;
    this.ownsPool = !opts.pool;
    this.pool = opts.pool ?? createRateLimitPool(opts.databaseUrl);
  }

  /**
   * Takes one token for `client`. When the database cannot be reached the request is allowed
   * (the limit protects the service, it must not be the outage) and the error is logged.
   */
  async take(client: string): Promise<RateLimitDecision> {
    const key = `${this.opts.name}:${clientBucketKey(client)}`;
    let row: { tokens: number; allowed: boolean };
    try {
      const r = await this.pool.query<{ tokens: number; allowed: boolean }>({
        name: "news-rate-limit-take",
        text: TAKE_SQL,
        values: [key, this.opts.burst, this.perSecond],
      });
      row = r.rows[0]!;
    } catch (err) {
      this.logError(err as Error);
      return { allowed: true, retryAfterSeconds: 0, remaining: 0 };
    }
    this.maybeSweep();
    if (row.allowed) return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(row.tokens) };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - row.tokens) / this.perSecond)),
      remaining: 0,
    };
  }

  /** Deletes this budget's buckets that have refilled to full (they hold nothing a new bucket would not). */
  async sweep(): Promise<number> {
    const fullAfterSeconds = this.opts.burst / this.perSecond;
    const r = await this.pool.query(
      `DELETE FROM "RateLimitBucket" WHERE "key" LIKE $1 AND "at" < now() - make_interval(secs => $2::float8)`,
      [`${this.opts.name}:%`, fullAfterSeconds],
    );
    return r.rowCount ?? 0;
  }

  /** Releases the pool when this limiter made it. */
  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private maybeSweep(): void {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_MS) return;
    this.lastSweep = now;
    this.sweep().catch((err: unknown) => this.logError(err as Error));
  }

  private logError(err: Error): void {
    // one line per 10 s at most: a database outage must not also flood the log
    const now = Date.now();
    if (now - this.lastErrorLog < 10_000) return;
    this.lastErrorLog = now;
    console.error(`rate limit (${this.opts.name}): shared buckets unavailable, allowing requests: ${err.message}`);
  }
}
