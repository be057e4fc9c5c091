/**
 * Opaque keyset cursors: base64url of the order they belong to, the sort key and
 * the row id. A cursor from another ordering or a mangled string is bad input.
 */
import { badInput } from "@/graphql/errors.ts";
import type { Key } from "@/lib/db/queries/page-request.ts";

const PREFIX = "c1";

/** Encodes a position in a list ordered by `order` (e.g. "quotes:PUBLISHED_AT:DESC"). */
export function encodeCursor(order: string, key: Key): string {
  const k = key.k instanceof Date ? { d: key.k.toISOString() } : key.k;
  return Buffer.from(JSON.stringify([PREFIX, order, k, key.id])).toString("base64url");
}

function isKeyValue(v: unknown): boolean {
  return v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
}

/** Decodes a cursor of a list ordered by `order`; throws BAD_USER_INPUT naming the argument otherwise. */
export function decodeCursor(cursor: string, order: string, argument: string): Key {
  const fail = (why: string) =>
    badInput(`Invalid cursor ${JSON.stringify(cursor.slice(0, 100))} for \`${argument}\`: ${why}.`, argument);
  if (cursor.length > 2000 || !/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) throw fail("not a cursor this API issued");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw fail("not a cursor this API issued");
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== PREFIX) throw fail("not a cursor this API issued");
  const [, cursorOrder, rawK, id] = parsed as [string, unknown, unknown, unknown];
  if (cursorOrder !== order) throw fail(`it belongs to a list in another order (${String(cursorOrder)})`);
  if (typeof id !== "number" || !Number.isSafeInteger(id)) throw fail("not a cursor this API issued");
  if (rawK && typeof rawK === "object" && typeof (rawK as { d?: unknown }).d === "string") {
    const d = new Date((rawK as { d: string }).d);
    if (Number.isNaN(d.getTime())) throw fail("its date is malformed");
    return { k: d, id };
  }
  if (!isKeyValue(rawK)) throw fail("not a cursor this API issued");
  return { k: rawK as Key["k"], id };
}
