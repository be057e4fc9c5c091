import type { Mention } from "@/lib/extraction/types.ts";
import { lowerBound, type SpeakerContext } from "./speaker-context.ts";

/**
 * Nouns for what an actor issues and that then "says" things on its behalf
 * ("the statement said", "the report found", "the campaign said in an email").
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "statement",
  "report",
  "letter",
  "memo",
  "email",
  "release",
  "filing",
  "complaint",
  "brief",
  "lawsuit",
  "tweet",
  "post",
  "study",
  "survey",
  "website",
  "account",
  "campaign",
  "document",
  "message",
  "communique",
  "ad",
  "video",
  "editorial",
  "op-ed",
  "column",
  "book",
  "ruling",
  "order",
  "petition",
  "motion",
]);

// how far back the earlier naming of the document is looked for (characters)
const WINDOW = 3000;
// how far from the noun its issuer may be named within the sentence (characters)
const REACH = 160;

/**
 * The actor who issued the document a definite nominal refers to ("the statement
 * said" after "The ministry issued a statement", "A report by Human Rights Watch",
 * "Jane Doe’s campaign released a video"): the actor named right after "by/from/of"
 * the noun, else the nearest actor named before it in its sentence; null when the
 * article never introduced the document.
 */
export function findDocumentIssuer(ctx: SpeakerContext, at: number, head: string): string | null {
  const floor = Math.max(0, at - WINDOW);
  const before = ctx.body.slice(floor, at).toLowerCase();
  const pattern = new RegExp(`\\b${head.replace(/[^a-z-]/g, "")}s?\\b`, "g");
  let found = -1;
  for (let m = pattern.exec(before); m; m = pattern.exec(before)) found = floor + m.index;
  if (found < 0) return null;
  const sentenceStart = Math.max(ctx.body.lastIndexOf(". ", found) + 1, found - REACH);
  const sentenceEnd = Math.min(nextSentenceEnd(ctx.body, found), found + REACH, at);
  // "a statement from the ministry", "a report by Human Rights Watch"
  const tail = ctx.body.slice(found, sentenceEnd);
  const by = /^\S+\s+(?:issued\s+|released\s+|published\s+)?(?:by|from|of)\s/i.exec(tail);
  if (by) {
    const after = firstMentionFrom(ctx.mentions, found + by[0].length, sentenceEnd, ctx);
    if (after && after.start <= found + by[0].length + 30) return after.actorKey;
  }
  // "The ministry issued a statement", "Jane Doe’s campaign said"; else "In a statement, the ministry said";
  // else the actor the sentence before was about ("Reed did not respond. In a statement, he …")
  for (let i = lowerBound(ctx.mentions, found) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start < sentenceStart) break;
    if (m.actorKey && !ctx.isQuoted(m.start)) return m.actorKey;
  }
  // only when the document sits in an opening adjunct ("In a statement released …, he …") is its issuer
  // the sentence's subject after it, or whom the sentence before was about
  if (
    !/^\s*(?:In|Through|Via|With)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?$/.test(
      ctx.body.slice(sentenceStart, found),
    )
  )
    return null;
  const after = firstMentionFrom(ctx.mentions, found, sentenceEnd, ctx);
  if (after) return after.actorKey;
  for (let i = lowerBound(ctx.mentions, sentenceStart) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start < sentenceStart - 2 * REACH) break;
    if (m.actorKey && !ctx.isQuoted(m.start)) return m.actorKey;
  }
  return null;
}

function nextSentenceEnd(body: string, from: number): number {
  const end = body.indexOf(". ", from);
  return end < 0 ? body.length : end;
}

function firstMentionFrom(mentions: readonly Mention[], from: number, to: number, ctx: SpeakerContext): Mention | null {
  for (let i = lowerBound(mentions, from); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= to) break;
    if (m.actorKey && !ctx.isQuoted(m.start)) return m;
  }
  return null;
}
