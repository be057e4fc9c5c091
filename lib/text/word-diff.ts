/** One run of a word diff: words both texts share, or words only the variant added or removed. */
export interface DiffSegment {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Most words per side the LCS table is built for (a 400 × 400 table); longer texts diff as one "changed" pair. */
export const MAX_DIFF_WORDS = 400;

/** Words with their trailing whitespace kept, so joined segments rebuild each text exactly. */
function words(text: string): string[] {
  return text.match(/\s*\S+\s*/gu) ?? (text ? [text] : []);
}

/** A word compared without case, accents or punctuation around it ("Plan," equals "plan"). */
function keyOf(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function push(out: DiffSegment[], kind: DiffSegment["kind"], text: string): void {
  const last = out.at(-1);
  if (last?.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * The word diff of `variant` against `base`: longest common subsequence over words
 * (compared without case, accents and punctuation), as runs of same, removed (only
 * in base) and added (only in variant) text. The same and added runs rebuild the
 * variant exactly (a shared word is shown as the variant spells it). Work is bounded: past MAX_DIFF_WORDS
 * words on either side the whole base is removed and the whole variant added.
 */
export function wordDiff(base: string, variant: string): DiffSegment[] {
  const a = words(base);
  const b = words(variant);
  const out: DiffSegment[] = [];
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) {
    if (base) out.push({ kind: "removed", text: base });
    if (variant) out.push({ kind: "added", text: variant });
    return out;
  }
  const ka = a.map(keyOf);
  const kb = b.map(keyOf);
  const w = b.length + 1;
  // lcs[i * w + j]: length of the LCS of a[i..] and b[j..]
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        ka[i] === kb[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      // the variant's spelling of a shared word is shown, as the variant is what is displayed
      push(out, "same", b[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push(out, "removed", a[i++]!);
    else push(out, "added", b[j++]!);
  }
  while (i < a.length) push(out, "removed", a[i++]!);
  while (j < b.length) push(out, "added", b[j++]!);
  return out;
}
