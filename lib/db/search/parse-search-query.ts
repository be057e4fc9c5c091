import { normalizeKey } from "@/lib/text/normalize-key.ts";

/** One required part of a search: a word, or a phrase the user put in double quotes. */
export interface SearchTerm {
  /** Normalised words (letters and digits only), in order; a phrase has several. */
  words: string[];
  /** The last word also matches longer words ("atm" finds "atmar"). */
  prefix: boolean;
}

/** A parsed search: every term must match. No terms means the query names no words. */
export interface SearchQuery {
  terms: SearchTerm[];
}

/** Shortest last word matched as a prefix; one letter would expand to too many words to be useful or fast. */
export const MIN_PREFIX = 2;

/**
 * Parses what a user typed into search terms: words are normalised as the stored
 * columns are (case and accents folded, punctuation dropped), text in double quotes
 * is one phrase, and the last word is a prefix while it is still being typed (the
 * query does not end in a space or a closing quote). Every character the user types
 * ends up either inside a normalised word or nowhere, so FTS and SQL syntax in the
 * input (`"`, `*`, `NEAR(`, `OR`, `'`) is inert.
 */
export function parseSearchQuery(raw: string): SearchQuery {
  const terms: SearchTerm[] = [];
  const parts = raw.split('"');
  parts.forEach((part, i) => {
    const words = normalizeKey(part).split(" ").filter(Boolean);
    if (!words.length) return;
    if (i % 2 === 1) terms.push({ words, prefix: false });
    else for (const w of words) terms.push({ words: [w], prefix: false });
  });
  const last = terms.at(-1);
  // an unclosed quote (an even number of parts) is a phrase still being typed
  const typing = parts.length % 2 === 0 || !/[\s"]$/u.test(raw);
  if (last && typing && last.words.at(-1)!.length >= MIN_PREFIX) last.prefix = true;
  return { terms };
}

/** All the words of a query in order as one phrase, for ranking hits that hold them side by side first. */
export function asPhrase(q: SearchQuery): SearchQuery {
  if (q.terms.length < 2) return q;
  return { terms: [{ words: q.terms.flatMap((t) => t.words), prefix: q.terms.at(-1)!.prefix }] };
}

/** The query without leading bare honorific words ("President Ghani" → "Ghani"), for name search. */
export function withoutLeading(q: SearchQuery, isDropped: (word: string) => boolean): SearchQuery {
  let i = 0;
  while (i < q.terms.length - 1 && q.terms[i]!.words.length === 1 && isDropped(q.terms[i]!.words[0]!)) i++;
  return { terms: q.terms.slice(i) };
}

/** True when `a` and `b` are the same query. */
export function isSameQuery(a: SearchQuery, b: SearchQuery): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An FTS5 MATCH expression: each term a quoted string (so nothing in it is syntax), all required. */
export function toFts5(q: SearchQuery): string {
  return q.terms.map((t) => `"${t.words.join(" ")}"${t.prefix ? "*" : ""}`).join(" AND ");
}

/** A PostgreSQL tsquery: each word a quoted lexeme, phrases joined by `<->`, all terms by `&`. */
export function toTsquery(q: SearchQuery): string {
  return q.terms
    .map((t) => {
      const lexemes = t.words.map((w, i) => `'${w}'${t.prefix && i === t.words.length - 1 ? ":*" : ""}`);
      return lexemes.length > 1 ? `(${lexemes.join(" <-> ")})` : lexemes[0]!;
    })
    .join(" & ");
}
