/** The spans of an article body: paragraphs wrap quotes, quotes wrap speaker marks, links are innermost. */
import { findParagraphRanges } from "./paragraph-spans.ts";
import type { Span } from "./split-segments.ts";

/** A quote as the body needs it. */
export interface BodyQuote {
  id: string;
  start: number;
  end: number;
  speaker: { slug: string; name: string } | null;
  speakerMention: { start: number; end: number } | null;
}

/** A mention as the body needs it. */
export interface BodyMention {
  start: number;
  end: number;
  actor: { slug: string; name: string };
}

/** What a span marks. */
export type BodySpanData =
  | { kind: "paragraph" }
  | { kind: "quote"; quote: BodyQuote; number: number }
  | { kind: "speaker"; quote: BodyQuote }
  | { kind: "link"; slug: string; name: string };

/** Layer numbers: lower wraps higher. */
export const LAYERS = { paragraph: 0, quote: 1, speaker: 2, link: 3 } as const;

/** Every span of the body, numbered quotes in text order (numbers match the quote list under the text). */
export function buildBodySpans(
  body: string,
  quotes: readonly BodyQuote[],
  mentions: readonly BodyMention[],
): Span<BodySpanData>[] {
  const spans: Span<BodySpanData>[] = findParagraphRanges(body).map((p) => ({
    ...p,
    layer: LAYERS.paragraph,
    key: `p${p.start}`,
    data: { kind: "paragraph" },
  }));
  const placed: { start: number; end: number }[] = [];
  [...quotes]
    .sort((a, b) => a.start - b.start)
    .forEach((q, i) => {
      const { start, end } = widenToQuoteMarks(body, q);
      // a statement reported inside another (nested reported speech) is a mark of its own inside the outer one:
      // one layer per depth, each below the speaker layer, so every listed quote keeps its mark
      const depth = placed.filter((p) => p.start < end && start < p.end).length;
      placed.push({ start, end });
      spans.push({
        start,
        end,
        layer: LAYERS.quote + Math.min(depth, 9) / 10,
        key: `q${q.id}`,
        data: { kind: "quote", quote: q, number: i + 1 },
      });
      if (q.speakerMention) {
        const { start, end } = q.speakerMention;
        spans.push({ start, end, layer: LAYERS.speaker, key: `s${q.id}`, data: { kind: "speaker", quote: q } });
        // the speaker's words link to the speaker even where no mention was recorded; a mention there wins as it is the same actor
        if (q.speaker)
          spans.push({
            start,
            end,
            layer: LAYERS.link,
            key: `sl${q.id}`,
            data: { kind: "link", slug: q.speaker.slug, name: q.speaker.name },
          });
      }
    });
  for (const m of mentions)
    spans.push({
      start: m.start,
      end: m.end,
      layer: LAYERS.link,
      key: `m${m.start}-${m.end}-${m.actor.slug}`,
      data: { kind: "link", slug: m.actor.slug, name: m.actor.name },
    });
  return spans;
}

const OPENING = new Set(["“", '"', "‘", "«", "'"]);
const CLOSING = new Set(["”", '"', "’", "»", "'"]);

/** The quote's range grown by one mark on each side when its quotation marks sit right there, so the speaker chip follows the closing mark. */
export function widenToQuoteMarks(body: string, q: { start: number; end: number }): { start: number; end: number } {
  const hasOpen = q.start > 0 && OPENING.has(body[q.start - 1]!);
  const hasClose = q.end < body.length && CLOSING.has(body[q.end]!);
  // only a matched pair: one stray mark is more likely an apostrophe than the quote's edge
  return hasOpen && hasClose ? { start: q.start - 1, end: q.end + 1 } : { start: q.start, end: q.end };
}
