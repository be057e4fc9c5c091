import { findParagraphs } from "@/lib/extraction/sentences/find-paragraphs.ts";
import { findSentenceBreaks } from "@/lib/extraction/sentences/find-sentence-breaks.ts";

/** Longest display title made from a lede, in characters (a headline is never shortened). */
export const MAX_LEDE_TITLE = 100;
/** A cut at a comma or dash is taken only when it leaves at least this many characters. */
const MIN_CLAUSE = 40;

/**
 * The one name every page, feed and embed shows for an article: its headline when
 * the text states one, otherwise its lede (first sentence) with the original casing
 * and punctuation, its final full stop dropped, and cut at a clause boundary (else a
 * word boundary) with "…" when longer than MAX_LEDE_TITLE.
 */
export function displayTitleOf(title: string | null | undefined, body: string): string {
  const headline = title?.replace(/\s+/g, " ").trim();
  if (headline) return headline;
  const lede = firstSentence(body);
  return lede ? shorten(lede) : "Untitled article";
}

function firstSentence(body: string): string {
  const para = findParagraphs(body)
    .map((p) => body.slice(p.start, p.end).trim())
    .find(Boolean);
  if (!para) return "";
  const [end] = findSentenceBreaks(para);
  return para
    .slice(0, end ?? para.length)
    .replace(/\s+/g, " ")
    .trim();
}

function shorten(sentence: string): string {
  const s = sentence.replace(/(?<![.\s][A-Z])\.$/u, "");
  if (s.length <= MAX_LEDE_TITLE) return s;
  const head = s.slice(0, MAX_LEDE_TITLE);
  const clause = Math.max(
    head.lastIndexOf(", "),
    head.lastIndexOf("; "),
    head.lastIndexOf(" – "),
    head.lastIndexOf(" — "),
  );
  const cut = clause >= MIN_CLAUSE ? clause : head.lastIndexOf(" ");
  return `${s.slice(0, cut > 0 ? cut : MAX_LEDE_TITLE).replace(/[\s,;:–—-]+$/u, "")}…`;
}
