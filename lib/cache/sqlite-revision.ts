/**
 * SQLite's revision: `PRAGMA data_version` on a connection of our own that never
 * writes. Its value changes whenever any other connection, in this process or
 * another, commits to the file; reading it costs microseconds.
 */
import Database from "better-sqlite3";
import type { DataRevision } from "./data-revision.ts";

/** Watches the SQLite file at `file` (which must exist). */
export function createSqliteRevision(file: string): DataRevision {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  const version = conn.prepare("PRAGMA data_version").pluck();
  // in-process bumps take effect before the pragma would show the commit
  let local = 0;
  return {
    current: () => `${String(version.get())}.${local}`,
    bump: () => {
      local++;
    },
    close: async () => {
      conn.close();
    },
  };
}
