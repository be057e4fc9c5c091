/** Paragraph ranges of an article body, so highlighting can respect paragraph breaks. */

/** [start, end) of every non-blank line of `text`; blank lines and surrounding whitespace separate paragraphs. */
export function findParagraphRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}
