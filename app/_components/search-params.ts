/** Reading query-string parameters as Next hands them to pages, and writing links that change one of them. */

/** What Next passes as `searchParams` once awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed, or null when absent or blank. */
export function param(params: SearchParams, name: string, maxLength = 200): string | null {
  const v = params[name];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s.slice(0, maxLength) : null;
}

/** `path` with `params` as its query string; null, empty and undefined values are left out. */
export function hrefWith(path: string, params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
