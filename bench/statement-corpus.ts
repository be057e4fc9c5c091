/**
 * Invented quotes for bench:statements: speakers with sentences of made-up words, a
 * controlled share of them reported again with a word or two changed, added or dropped.
 * Seeded, so every run builds the same corpus; no text from anywhere else.
 */
import { seededRandom } from "@/scripts/lib/seeded-random.ts";

/** One generated quote and the statement it truly belongs to. */
export interface GeneratedQuote {
  speaker: number;
  text: string;
  truth: number;
}

const SYLLABLES = [
  "ka",
  "lo",
  "mir",
  "ten",
  "su",
  "va",
  "dre",
  "pol",
  "ni",
  "zar",
  "eth",
  "om",
  "bru",
  "cal",
  "fen",
  "gu",
];

function word(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 3);
  return Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join("");
}

/** A variant of a sentence: one or two words changed, added or dropped. */
function vary(words: string[], rand: () => number): string[] {
  const out = [...words];
  const edits = 1 + Math.floor(rand() * 2);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * out.length);
    const op = rand();
    if (op < 0.4) out[at] = word(rand);
    else if (op < 0.7) out.splice(at, 0, word(rand));
    else if (out.length > 8) out.splice(at, 1);
  }
  return out;
}

/**
 * `n` quotes by n/40 speakers; with probability `dupRate` a quote reports one of its
 * speaker's earlier statements again (exactly, or varied half of the time).
 */
export function generateStatementCorpus(n: number, dupRate: number, seed = 22): GeneratedQuote[] {
  const rand = seededRandom(seed);
  const speakers = Math.max(1, Math.floor(n / 40));
  const said: string[][][] = Array.from({ length: speakers }, () => []);
  const truthOf: number[][] = Array.from({ length: speakers }, () => []);
  const out: GeneratedQuote[] = [];
  let statements = 0;
  for (let i = 0; i < n; i++) {
    const speaker = Math.floor(rand() * speakers);
    const mine = said[speaker]!;
    if (mine.length && rand() < dupRate) {
      const k = Math.floor(rand() * mine.length);
      const words = rand() < 0.5 ? mine[k]! : vary(mine[k]!, rand);
      out.push({ speaker, text: words.join(" "), truth: truthOf[speaker]![k]! });
    } else {
      const words = Array.from({ length: 10 + Math.floor(rand() * 15) }, () => word(rand));
      mine.push(words);
      truthOf[speaker]!.push(statements);
      out.push({ speaker, text: words.join(" "), truth: statements++ });
    }
  }
  return out;
}
