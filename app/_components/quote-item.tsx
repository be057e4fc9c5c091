/** One quote in a list: the words, who said them, where and when, and the sentence around them. */
import Link from "next/link";
import { formatPartialDate } from "./format-date.ts";
import { Highlighted } from "./highlighted.tsx";
import { displayQuoteText, shortQuote } from "./quote-text.ts";
import type { QuoteItemData } from "./types.ts";

/** The context sentence split around the quote, or null when the offsets do not fit inside it. */
export function splitContext(q: Pick<QuoteItemData, "start" | "end" | "context">): [string, string, string] | null {
  const a = q.start - q.context.start;
  const b = q.end - q.context.start;
  if (!(a >= 0 && b <= q.context.text.length && a < b)) return null;
  return [q.context.text.slice(0, a), q.context.text.slice(a, b), q.context.text.slice(b)];
}

/** A quote as a list item; `showSpeaker` is off on the speaker's own page, `term` marks what a filter matched. */
export function QuoteItem({
  quote,
  showSpeaker = true,
  showContext = true,
  term,
  words,
}: {
  quote: QuoteItemData;
  showSpeaker?: boolean;
  showContext?: boolean;
  term?: string | null;
  words?: string[];
}) {
  const parts = showContext ? splitContext(quote) : null;
  const isWholeSentence = parts !== null && !parts[0].trim() && !parts[2].trim();
  return (
    <li className="quote-item">
      <blockquote>
        <p>
          {quote.kind === "INDIRECT" ? null : "“"}
          <Highlighted text={displayQuoteText(quote.text)} term={term} words={words} />
          {quote.kind === "INDIRECT" ? null : "”"}
        </p>
      </blockquote>
      <p className="meta">
        {showSpeaker ? (
          <>
            {quote.speaker ? (
              <Link href={`/actors/${quote.speaker.slug}`}>{quote.speaker.name}</Link>
            ) : (
              <span>Unattributed</span>
            )}
            {" · "}
          </>
        ) : null}
        <Link href={`/articles/${quote.article.slug}`}>{quote.article.displayTitle}</Link>
        {quote.article.publisher ? ` · ${quote.article.publisher}` : ""}
        {quote.article.publishedAt ? (
          <>
            {" · "}
            <time dateTime={quote.article.publishedAt}>{formatPartialDate(quote.article.publishedAt)}</time>
          </>
        ) : null}
        {" · "}
        <Link
          href={`/quotes/${encodeURIComponent(quote.id)}`}
          aria-label={`Permalink of the quote “${shortQuote(quote.text, 40)}”`}
        >
          Permalink
        </Link>
      </p>
      {parts && !isWholeSentence ? (
        <p className="context">
          <span className="visually-hidden">In context: </span>
          <Highlighted text={parts[0]} term={term} words={words} />
          <mark className="quote">
            <Highlighted text={parts[1]} term={term} words={words} />
          </mark>
          <Highlighted text={parts[2]} term={term} words={words} />
        </p>
      ) : showContext && !parts && quote.context.text !== quote.text ? (
        // offsets that do not fit the sentence still leave the sentence worth reading
        <p className="context">
          <span className="visually-hidden">In context: </span>
          <Highlighted text={quote.context.text} term={term} words={words} />
        </p>
      ) : null}
    </li>
  );
}
