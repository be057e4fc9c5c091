import type { Db } from "../client.ts";

/** Characters LIKE treats specially (Prisma's `contains` does not escape them). */
const WILDCARDS = /[%_\\]+/;

/**
 * A case-insensitive "column contains text" condition that LIKE wildcards cannot
 * widen. PostgreSQL's LIKE escapes with backslash, so the text is escaped and
 * matched exactly (`mode: insensitive`). SQLite's LIKE has no escape character
 * unless the SQL names one, which Prisma does not, so there text is split at
 * wildcards and every piece must occur: a slight superset, never "everything".
 * Text of wildcards alone matches nothing.
 */
export function containsText(db: Db, column: string, text: string): Record<string, unknown> {
  const pieces = text.split(WILDCARDS).filter((p) => p.trim());
  if (!pieces.length) return { id: -1 };
  if ((db as unknown as { _activeProvider?: string })._activeProvider === "postgresql") {
    return { [column]: { contains: text.replace(/[%_\\]/g, "\\$&"), mode: "insensitive" } };
  }
  const conds = pieces.map((p) => ({ [column]: { contains: p } }));
  return conds.length === 1 ? conds[0]! : { AND: conds };
}
