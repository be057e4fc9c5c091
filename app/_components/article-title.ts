/** A readable name for an article that has no headline: the API leaves `title` null when extraction found none. */

const MAX = 90;

/** The title; else the body's first sentence (shortened); else the words of the slug without its hash suffix. */
export function articleTitle(a: { title: string | null; slug: string; body?: string | null }): string {
  if (a.title?.trim()) return a.title.trim();
  const first = a.body?.trim().split(/(?<=[.!?])\s+|\n/)[0]?.trim();
  if (first) return first.length > MAX ? `${first.slice(0, first.lastIndexOf(" ", MAX - 1)).trimEnd()}…` : first;
  const words = a.slug.replace(/-[0-9a-f]{6}$/, "").replace(/-/g, " ");
  return words ? `${words[0]!.toUpperCase()}${words.slice(1)}…` : "Untitled article";
}
