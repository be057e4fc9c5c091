/**
 * What a match of a regex source can start with: its first few characters,
 * read off the source conservatively. Literal characters, groups, alternatives
 * and optional parts are read exactly; anything else (a class, `\s`, `.`, a
 * repetition) ends a prefix early, which stands for "anything may follow", so
 * the answer is always a superset of the real one. Lookarounds and `\b` are
 * zero-width and skipped.
 */

/** One possible start of a match: exact characters, then anything when `open`. */
export interface RegexPrefix {
  text: string;
  open: boolean;
}

/** Top-level alternatives of a regex source (bars inside groups and classes stay). */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0,
    inClass = false,
    from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Index just after the group or class opening at `open`. */
function closeOf(source: string, open: number): number {
  let depth = 0,
    inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) {
      if (c === "]") {
        inClass = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return source.length;
}

const ANYTHING: RegexPrefix[] = [{ text: "", open: true }];
const ZERO_WIDTH = ["(?<=", "(?<!", "(?!", "(?="];

/** ASCII upper-case letters lowered (the only case pairs a non-Unicode /i regex folds onto ASCII). */
export const foldAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The next atom of `source` at `i`: its prefixes and where it ends (null for a zero-width one). */
function readAtom(source: string, i: number, k: number, fold: boolean): { atom: RegexPrefix[] | null; end: number } {
  if (source.startsWith("\\b", i) || source.startsWith("\\B", i)) return { atom: null, end: i + 2 };
  if (ZERO_WIDTH.some((z) => source.startsWith(z, i))) return { atom: null, end: closeOf(source, i) };
  const c = source[i]!;
  if (c === "^" || c === "$") return { atom: null, end: i + 1 };
  if (c === "(") {
    const end = closeOf(source, i);
    // a named group or a flag group: not read
    if (source[i + 1] === "?" && source[i + 2] !== ":") return { atom: ANYTHING, end };
    const inner = source.slice(i + (source.startsWith("(?:", i) ? 3 : 1), end - 1);
    return { atom: prefixesOf(inner, k, fold), end };
  }
  if (c === "[") return { atom: ANYTHING, end: closeOf(source, i) };
  if (c === "\\") {
    const e = source[i + 1] ?? "";
    // an escaped punctuation mark is itself; \s, \w, \d, \p… are classes
    return { atom: /[\p{L}\p{N}]/u.test(e) ? ANYTHING : [{ text: e, open: false }], end: i + 2 };
  }
  if (c === ".") return { atom: ANYTHING, end: i + 1 };
  return { atom: [{ text: fold ? foldAscii(c) : c, open: false }], end: i + 1 };
}

/** Starts of `source` where a short closed prefix means the source may end there (what follows it comes next). */
function prefixesOf(source: string, k: number, fold: boolean): RegexPrefix[] {
  const alternatives = splitAlternatives(source);
  if (alternatives.length > 1) return alternatives.flatMap((a) => prefixesOf(a, k, fold));
  let result: RegexPrefix[] = [{ text: "", open: false }];
  let i = 0;
  while (i < source.length && result.some((r) => !r.open && r.text.length < k)) {
    const { atom, end } = readAtom(source, i, k, fold);
    i = end;
    if (!atom) continue;
    const q = source[i];
    const optional = q === "?" || q === "*" || source.startsWith("{0", i);
    const repeated = q === "*" || q === "+" || q === "{";
    if (q === "?" || q === "*" || q === "+") i++;
    else if (q === "{") i = source.indexOf("}", i) + 1;
    if (source[i] === "?" && (q === "?" || q === "*" || q === "+" || q === "{")) i++;
    const next: RegexPrefix[] = [];
    for (const r of result) {
      if (r.open || r.text.length >= k) {
        next.push(r);
        continue;
      }
      for (const a of atom) {
        const text = r.text + a.text;
        next.push(text.length >= k ? { text: text.slice(0, k), open: false } : { text, open: a.open || repeated });
      }
      if (optional) next.push(r);
    }
    const seen = new Set<string>();
    result = next.filter((r) => {
      const key = `${r.open ? 1 : 0}${r.text}`;
      return !seen.has(key) && !!seen.add(key);
    });
  }
  return result;
}

/**
 * The possible starts (up to `k` characters) of a match of `source`; with
 * `fold`, ASCII letters are lowered as a case-insensitive regex compares them.
 */
export function getRegexPrefixes(source: string, k: number, fold: boolean): RegexPrefix[] {
  // a prefix the source ends on is followed by anything
  return prefixesOf(source, k, fold).map((r) => (r.text.length < k ? { text: r.text, open: true } : r));
}
