/**
 * PostgreSQL's revision: statement-level triggers on the data tables call
 * `pg_notify(CHANGE_CHANNEL, <schema>)` (migration 20261122070000_data_change_notify),
 * which PostgreSQL delivers only when the writing transaction commits. One LISTEN
 * connection per watched database counts the notifications of its schema. While
 * that connection is down changes can be missed, so the revision is null (nothing
 * is cached) until it is back, and reconnecting starts a new revision.
 */
import pg from "pg";
import { postgresSchema } from "@/lib/db/client.ts";
import type { DataRevision } from "./data-revision.ts";

/** The notification channel the triggers signal on; the payload names the schema written. */
export const CHANGE_CHANNEL = "news_data_changed";

/** Milliseconds between reconnection attempts. */
const RETRY_MS = 1000;

/** Watches the schema of the PostgreSQL database at `url`. */
export function createPostgresRevision(url: string): DataRevision {
  const schema = postgresSchema(url);
  const u = new URL(url);
  u.searchParams.delete("schema");
  let counter = 0;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, RETRY_MS);
    retry.unref();
  };
  const drop = (c: pg.Client, err?: Error) => {
    if (client !== c) return;
    client = null;
    counter++;
    if (err) console.error(`data revision: LISTEN connection lost, caching paused until it is back: ${err.message}`);
    schedule();
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: u.toString(), application_name: `news-revision:${schema}` });
    c.on("notification", (msg) => {
      if (msg.channel === CHANGE_CHANNEL && msg.payload === schema) counter++;
    });
    c.on("error", (err) => drop(c, err));
    c.on("end", () => drop(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (err) {
      console.error(`data revision: cannot LISTEN on ${u.host}, caching paused: ${(err as Error).message}`);
      await c
        .end()
        .catch((endErr: unknown) =>
          console.error(`data revision: closing a failed connection: ${(endErr as Error).message}`),
        );
      schedule();
      return;
    }
    if (closed) return void (await c.end());
    // the watcher alone must not keep a process (a test run, a CLI) alive
    (c as unknown as { connection: { stream: { unref?: () => void } } }).connection.stream.unref?.();
    counter++;
    client = c;
  };
  void connect();

  return {
    current: () => (client ? `${counter}` : null),
    bump: () => {
      counter++;
    },
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      if (c) await c.end();
    },
  };
}
