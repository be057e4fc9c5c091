import type { Span } from "@/lib/extraction/types.ts";

/**
 * Paragraphs of `body`: every non-blank line, trimmed of surrounding spaces.
 * News bodies put one paragraph per line, so a line is the unit quotes and
 * attribution are bounded by.
 */
export function findParagraphs(body: string): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(body.charCodeAt(start))) start++;
    while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end, text: body.slice(start, end) });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000
  );
}
