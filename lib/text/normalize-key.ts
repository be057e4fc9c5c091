/**
 * Matching keys for names and search: accents stripped, lower-cased, punctuation
 * folded to spaces, so "Mr. Atmar", "mr atmar" and "MR. ATMAR" share one key.
 */
export function normalizeKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/'/g, "")
    .trim()
    .replace(/\s+/g, " ");
}

/** A URL-safe slug of `s` ("Mohammad Hanif Atmar" → "mohammad-hanif-atmar"), never empty. */
export function slugify(s: string, maxLength = 60): string {
  const slug = normalizeKey(s).replace(/ /g, "-").slice(0, maxLength).replace(/-+$/, "");
  return slug || "untitled";
}
