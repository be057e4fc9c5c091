import { FURNITURE_RULES, PHOTO_AGENCY, TRAILING_SECTION, type FurnitureRule } from "./furniture-rules.ts";

/**
 * Line-level furniture anywhere in the article (copyright, share and comment
 * lines), plus what only a page's closing block holds: author bios, editor's
 * notes and the link lists after "In Other News".
 */

/** Closing prose lines checked against tail-only rules (bios are one or two paragraphs). */
const TAIL_LINES = 2;

function wordCount(line: string): number {
  // the pieces line.split(" ") would give, counted without building them
  let n = 1;
  for (let i = line.indexOf(" "); i >= 0; i = line.indexOf(" ", i + 1)) n++;
  return n;
}

/** The rule `line` matches, or null; tail-only rules only when `inTail`. */
export function getFurnitureRule(line: string, inTail: boolean): FurnitureRule | null {
  // quote marks around the whole line ("“Follow X on Twitter”", the transcript convention) are no content
  const text = line
    .replace(/^[•·*▪►-]\s*/, "")
    .replace(/^["“]([^"“”]*)["”]?$/, "$1")
    .trim();
  const n = wordCount(text);
  for (const rule of FURNITURE_RULES) {
    // the word limit first: most lines are paragraphs of prose, longer than any furniture
    if (n > rule.maxWords || (rule.tailOnly && !inTail) || (rule.agency && !PHOTO_AGENCY.test(text))) continue;
    if (rule.pattern.test(text)) return rule;
  }
  return null;
}

/** Reason per furniture line of `lines` (trimmed content lines), by line index. */
export function findFurniture(lines: readonly string[]): Map<number, string> {
  const found = new Map<number, string>();
  lines.forEach((line, i) => {
    const rule = getFurnitureRule(line, false);
    if (rule) found.set(i, rule.reason);
  });
  // everything after a trailing section label in the second half is a link list
  const half = Math.floor(lines.length / 2);
  const label = lines.findIndex((line, i) => i >= half && TRAILING_SECTION.test(line.trim()));
  if (label >= 0) for (let i = label + 1; i < lines.length; i++) if (!found.has(i)) found.set(i, "related-links");
  // walk back over the closing block: bios and notes sit among other furniture
  let prose = 0;
  for (let i = lines.length - 1; i >= 0 && prose < TAIL_LINES; i--) {
    if (found.has(i)) continue;
    const rule = getFurnitureRule(lines[i]!, true);
    if (!rule) break;
    found.set(i, rule.reason);
    prose++;
  }
  return found;
}
