/**
 * The database side of cursor pagination: which slice of an ordered list to read.
 * The API layer turns `first/after/last/before` into this; query modules read it.
 */

/** A sort-key value as stored: dates, strings, numbers, or null (sorted last). */
export type KeyValue = string | number | Date | null;

/** A position in an ordered list: its sort key and the row id that breaks ties. */
export interface Key {
  k: KeyValue;
  id: number;
}

/** A slice of an ordered list: up to `limit` rows after/before the given positions. */
export interface PageRequest {
  limit: number;
  /** True for `last`: the slice is taken from the end of the window. */
  backward: boolean;
  after: Key | null;
  before: Key | null;
}

/** Rows of one page with their keys, in list order, and whether more rows lie beyond the taken end. */
export interface Page<T> {
  rows: { row: T; key: Key }[];
  hasMore: boolean;
}
