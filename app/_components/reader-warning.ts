/**
 * Extraction warnings in plain words for readers: the API keeps the exact text (with offsets,
 * for tools); a page shows what the warning means, never an offset.
 */
import { formatPartialDate } from "./format-date.ts";

const DATE_BEFORE_PAST = /^stated date (\S+) precedes "(.*)" \((\S+)\), told in the past tense at offset \d+$/s;

/** A warning as a reader should read it. */
export function readerWarning(w: string): string {
  const m = DATE_BEFORE_PAST.exec(w);
  if (m) {
    return `The article says it was published on ${formatPartialDate(m[1]!)}, yet it tells of “${m[2]}” (${formatPartialDate(m[3]!)}) as past: its date may be wrong, and dates worked out from it with it.`;
  }
  // any other warning: its words without the positions in the text
  const plain = w
    .replace(/\s*\(?\b(?:at )?(?:offsets?|chars?|characters?|positions?) \d+(?:\s*[-–]\s*\d+)?\)?/gi, "")
    .trim();
  return plain ? `${plain[0]!.toUpperCase()}${plain.slice(1)}` : w;
}
