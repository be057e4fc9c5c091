/**
 * Quote marks by role, the one place that knows them: every stage asks this module
 * instead of writing its own character class, so « », „ “ and single quotes behave
 * like the rest. Straight marks are both opening and closing and are told apart by context.
 */

/** Opening double marks (curly, low-9, guillemet). */
export const DOUBLE_OPEN: ReadonlySet<string> = new Set(["\u201C", "\u201E", "\u00AB"]);
/** Closing double marks. */
export const DOUBLE_CLOSE: ReadonlySet<string> = new Set(["\u201D", "\u00BB"]);
/** Opening single marks. */
export const SINGLE_OPEN: ReadonlySet<string> = new Set(["\u2018", "\u201A", "\u2039", "'"]);
/** Closing single marks (also apostrophes: context decides). */
export const SINGLE_CLOSE: ReadonlySet<string> = new Set(["\u2019", "\u203A", "'"]);
/** Every double quote mark, straight or curly. */
export const ANY_DOUBLE: ReadonlySet<string> = new Set(['"', ...DOUBLE_OPEN, ...DOUBLE_CLOSE]);

const ALL = [...ANY_DOUBLE, ...SINGLE_OPEN, ...SINGLE_CLOSE];

// quote marks by character code, for per-character scans that must not build a string per character
const MARK_CODES = new Uint8Array(0x2040);
const DOUBLE_BIT = 1;
const SINGLE_BIT = 2;
function markCodes(marks: Iterable<string>, bit: number): void {
  for (const mark of marks) {
    const code = mark.charCodeAt(0);
    if (code >= MARK_CODES.length)
      throw new Error(`quote mark U+${code.toString(16)} is beyond the table of mark codes`);
    MARK_CODES[code]! |= bit;
  }
}
markCodes(ANY_DOUBLE, DOUBLE_BIT);
markCodes([...SINGLE_OPEN, ...SINGLE_CLOSE], SINGLE_BIT);

/** Whether the character code `code` is a double quote mark (any in `ANY_DOUBLE`). */
export function isDoubleMarkCode(code: number): boolean {
  return code < MARK_CODES.length && (MARK_CODES[code]! & DOUBLE_BIT) !== 0;
}

/** Whether the character code `code` is a single quote mark (any in `SINGLE_OPEN` or `SINGLE_CLOSE`). */
export function isSingleMarkCode(code: number): boolean {
  return code < MARK_CODES.length && (MARK_CODES[code]! & SINGLE_BIT) !== 0;
}

const escape = (chars: readonly string[]) =>
  chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

/** Matches any double quote mark in a text. */
export const DOUBLE_MARK = new RegExp(`[${escape([...ANY_DOUBLE])}]`);
/** Matches a text that is exactly one quote mark of any kind. */
const ONE_MARK = new RegExp(`^[${escape(ALL)}]$`);
/** Matches a text that is exactly one double mark that can close a quote. */
const ONE_CLOSING_DOUBLE = new RegExp(`^[${escape(['"', ...DOUBLE_CLOSE, "\u201C"])}]$`);

/** Whether `text` is a single quote mark of any kind (double or single, any script). */
export function isQuoteMarkText(text: string): boolean {
  return ONE_MARK.test(text);
}

/** Whether `text` is a double mark that can end a quote (“ closes a „ quote). */
export function isClosingDoubleText(text: string): boolean {
  return ONE_CLOSING_DOUBLE.test(text);
}

const ONE_OPENING_DOUBLE = new RegExp(`^[${escape(['"', ...DOUBLE_OPEN])}]$`);

/** Whether `text` is a double mark that can open a quote (straight marks open and close). */
export function isOpeningDoubleText(text: string): boolean {
  return ONE_OPENING_DOUBLE.test(text);
}

/** Whether `ch` closes a double quote opened by `open`: „…“ (German), «…», “…”, "…". */
export function closesDouble(open: string, ch: string): boolean {
  if (open === "\u201E") return ch === "\u201C" || ch === "\u201D" || ch === '"';
  return DOUBLE_CLOSE.has(ch) || ch === '"';
}
