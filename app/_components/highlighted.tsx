import { markWords } from "./excerpt.ts";

/** Text with every occurrence of a filter term marked, so readers see why an item matched. */

/** `text` cut into runs that are (hit) or are not the term, case-insensitively; one run when there is no term. */
export function splitOnTerm(text: string, term: string | null | undefined): { text: string; hit: boolean }[] {
  if (!term) return [{ text, hit: false }];
  const re = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
  const runs: { text: string; hit: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), hit: false });
    runs.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length || !runs.length) runs.push({ text: text.slice(last), hit: false });
  return runs;
}

/** `text` with `term` (a substring) or each of `words` (words starting so, see excerpt.ts) wrapped in <mark class="hit">. */
export function Highlighted({ text, term, words }: { text: string; term?: string | null; words?: string[] }) {
  const runs = words?.length ? markWords(text, words) : splitOnTerm(text, term);
  return (
    <>
      {runs.map((r, i) =>
        r.hit ? (
          <mark key={i} className="hit">
            {r.text}
          </mark>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
