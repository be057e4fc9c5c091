/**
 * "Atmar Haqqani" finds nothing as a phrase, yet the reader means "what Atmar said about the Haqqanis":
 * each word of a multi-word query is also looked up as an actor, and the other words become a quote filter.
 */

/** Longest query split into words; longer ones are searched only as phrases. */
const MAX_WORDS = 4;

/** The words of `q` worth looking up as actor names (three letters or more), when there are at least two words. */
export function splitQueryWords(q: string): string[] {
  const words = q.split(/\s+/).filter((w) => w.length >= 3);
  return words.length >= 2 ? words.slice(0, MAX_WORDS) : [];
}

/** GraphQL fields (aliased w0, w1, …) and variable declarations looking up each word as an actor. */
export function wordActorFields(count: number): { fields: string; variables: string } {
  const idx = Array.from({ length: count }, (_, i) => i);
  return {
    fields: idx.map((i) => `w${i}: actors(search: $w${i}, first: 2) { nodes { slug name } }`).join("\n  "),
    variables: idx.map((i) => `, $w${i}: String`).join(""),
  };
}

/** A suggested link: an actor's quotes filtered by the query's other words. */
export interface Suggestion {
  slug: string;
  name: string;
  filter: string;
}

/** One suggestion per actor found by a word, filtering by the remaining words; the first word to find an actor wins. */
export function buildSuggestions(words: string[], found: { slug: string; name: string }[][]): Suggestion[] {
  const seen = new Set<string>();
  return found.flatMap((actors, i) =>
    actors.flatMap((a) => {
      if (seen.has(a.slug)) return [];
      seen.add(a.slug);
      return [{ slug: a.slug, name: a.name, filter: words.filter((_, j) => j !== i).join(" ") }];
    }),
  );
}
