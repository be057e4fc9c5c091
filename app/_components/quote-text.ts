/**
 * A quote's words as a reader expects them: a source's "We will stay," keeps its comma only
 * because the sentence went on ("… he said"). Shown alone, a trailing comma becomes a full
 * stop when the words read as a sentence, and is dropped otherwise.
 * The stored text stays exact; offsets point into it.
 */

/** Fewest words that make a quote read as a sentence that deserves a full stop. */
const SENTENCE_WORDS = 4;

/** The quote's text for display: a trailing comma replaced by "." for a sentence (capitalised, 4+ words) or dropped. */
export function displayQuoteText(text: string): string {
  const t = text.trim();
  const m = /^(.*?)\s*,+$/su.exec(t);
  if (!m) return t;
  const words = m[1]!.trim();
  const isSentence = /^[\p{Lu}\p{N}“"‘']/u.test(words) && words.split(/\s+/).length >= SENTENCE_WORDS;
  return isSentence ? `${words}.` : words;
}

/** The display text cut at a word boundary to at most `max` characters, with "…" when cut. */
export function shortQuote(text: string, max: number): string {
  const t = displayQuoteText(text);
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.]+$/u, "")}…`;
}

/** Most words of a phrase in quote marks that reads as a scare quote or a title when no verb of saying introduces it. */
const SCARE_WORDS = 3;

/**
 * Whether a quote is a scare quote or a title ("occupying", "waste of time"): marked words
 * (not reported speech) of one to three words with no verb of saying. Such phrases are the
 * writer's, not the speaker's, so an actor's list of quotes leaves them out.
 */
export function isScareQuote(q: { text: string; kind: string; cue?: string | null }): boolean {
  if (q.kind === "INDIRECT" || q.cue) return false;
  const words = q.text.trim().split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= SCARE_WORDS;
}
