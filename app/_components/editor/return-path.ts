/** Where a form sends the editor back to: a path on this site only, never another origin. */

const hasControlCharacter = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** `raw` when it is a local path ("/articles/x"), else `fallback`; "//evil" and "/\\evil" are other origins to a browser. */
export function safeReturnPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length > 2000) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\") || hasControlCharacter(raw))
    return fallback;
  return raw;
}

/** `path` with one query parameter set (an existing `edited` or `editError` is replaced). */
export function withNotice(path: string, name: "edited" | "editError" | "error", value: string): string {
  const url = new URL(path, "http://local");
  url.searchParams.delete("edited");
  url.searchParams.delete("editError");
  url.searchParams.delete("error");
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}
