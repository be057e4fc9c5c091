/** An article's text with quotes highlighted and linked to their speakers, and actor mentions linked; text is only ever rendered as React text. */
import Link from "next/link";
import type { ReactNode } from "react";
import { buildBodySpans, type BodyMention, type BodyQuote, type BodySpanData } from "./build-body-spans.ts";
import { buildSegmentTree, type SegmentNode } from "./split-segments.ts";

function render(body: string, nodes: SegmentNode<BodySpanData>[]): ReactNode[] {
  return nodes.map((n) => {
    if (n.kind === "text") return body.slice(n.start, n.end);
    const key = `${n.span.key}-${n.start}`;
    const children = render(body, n.children);
    const d = n.span.data;
    switch (d.kind) {
      case "paragraph":
        return <p key={key}>{children}</p>;
      case "quote": {
        const isLastPiece = n.end === n.span.end;
        return (
          <span key={key} className="quote-run">
            <mark className="quote" id={n.start === n.span.start ? `quote-${d.number}` : undefined}>
              {children}
            </mark>
            {isLastPiece ? (
              d.quote.speaker ? (
                <Link
                  className="quote-speaker"
                  href={`/actors/${d.quote.speaker.slug}`}
                  aria-label={`Quote ${d.number}: said by ${d.quote.speaker.name}`}
                >
                  {d.quote.speaker.name}
                </Link>
              ) : (
                <Link
                  className="quote-speaker unattributed"
                  href={`/quotes/${encodeURIComponent(d.quote.id)}`}
                  aria-label={`Quote ${d.number}: unattributed`}
                >
                  unattributed
                </Link>
              )
            ) : null}
          </span>
        );
      }
      case "speaker":
        return (
          <mark key={key} className="speaker">
            {children}
          </mark>
        );
      case "link":
        return (
          <Link key={key} className="mention" href={`/actors/${d.slug}`}>
            {children}
          </Link>
        );
    }
  });
}

/** The body of an article with its quotes and mentions marked up from their offsets. */
export function ArticleBody({
  body,
  quotes,
  mentions,
}: {
  body: string;
  quotes: BodyQuote[];
  mentions: BodyMention[];
}) {
  const tree = buildSegmentTree(body.length, buildBodySpans(body, quotes, mentions), { dropUncovered: true });
  return <div className="article-body">{render(body, tree)}</div>;
}
