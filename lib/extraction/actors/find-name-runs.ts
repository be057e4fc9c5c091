import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { LOWERCASE_NAME_ENDS, getOrganizationByName } from "@/lib/extraction/lexicon/organizations.ts";
import { STOP_NAMES } from "@/lib/extraction/lexicon/stop-names.ts";
import type { Token } from "./tokenize.ts";

/** A run of capitalised tokens that may name one or more actors. */
export interface NameRun {
  /** Tokens of the run, word tokens and the periods of abbreviations. */
  tokens: Token[];
  /** Whether the run opens its sentence (its first word may be an ordinary word). */
  atSentenceStart: boolean;
  /** Words starting before this offset are a title, as the tagger read them ("Economist" in "Economist Hans Becker"). */
  titleEnd?: number;
  /** Whether the tagger read the whole run as one organisation ("European Central Bank"). */
  wholeOrganization?: boolean;
}

const MAX_RUN = 16;

// lower-case words allowed inside a name when a capitalised word follows
const CONNECTORS = new Set([
  "of",
  "for",
  "on",
  "and",
  "the",
  "de",
  "del",
  "da",
  "di",
  "du",
  "van",
  "von",
  "bin",
  "ibn",
  "al",
  "el",
  "ul",
  "ud",
  "la",
  "le",
  "y",
  "&",
]);

// Arabic article prefixes written lower-case before a capitalised name ("al-Qaida", "al-Shabaab")
const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|an|ar)-\p{Lu}/u;

function isNameToken(t: Token): boolean {
  return t.isWord && (t.isCap || ARTICLE_PREFIX.test(t.text)) && !STOP_NAMES.has(t.text);
}

// inflected verbs of saying that Title Case headlines capitalise ("Jane Doe Says She Will Run")
const HEADLINE_VERBS = new Set([
  "Says",
  "Said",
  "Tells",
  "Told",
  "Adds",
  "Added",
  "Warns",
  "Warned",
  "Claims",
  "Claimed",
  "Insists",
  "Insisted",
  "Argues",
  "Argued",
  "Urges",
  "Urged",
  "Vows",
  "Vowed",
  "Asks",
  "Asked",
  "Announces",
  "Announced",
  "Admits",
  "Admitted",
  "Denies",
  "Denied",
  "Slams",
  "Blasts",
  "Reveals",
  "Revealed",
  "Responds",
  "Explains",
  "Suggests",
  "Writes",
  "Wrote",
  "Tweets",
  "Tweeted",
]);

/**
 * Whether the capitalised speech verb at `j` ends a name rather than continuing it: it is
 * followed by another capitalised word or closes a line of Title Case ("What Jane Doe Said").
 * "Edward Said wrote" keeps its surname.
 */
function isHeadlineVerb(tokens: readonly Token[], j: number): boolean {
  if (!HEADLINE_VERBS.has(tokens[j]!.text)) return false;
  const next = tokens[j + 1];
  if (next?.isWord) return next.isCap;
  return !tokens.some((t) => t.isWord && t.text.length > 3 && /^\p{Ll}/u.test(t.text));
}

function isNameOrHonorific(t: Token): boolean {
  return isNameToken(t) || (t.isWord && t.isCap && isHonorific(t.text));
}

/**
 * Maximal runs of capitalised words in `tokens` (one sentence), joined across
 * abbreviation periods ("Lt. Gen. H.R. McMaster") and name connectors
 * ("Foundation for Defense of Democracies").
 */
export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameOrHonorific(t) && !opensLexiconName(tokens, i)) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next || run.length >= MAX_RUN) break; // all-caps text must not make one endless run
      const last = run[run.length - 1]!;
      if (
        next.text === "." &&
        next.start === last.end &&
        isAbbreviationWord(last.text) &&
        tokens[j + 1] &&
        isNameOrHonorific(tokens[j + 1]!)
      ) {
        run.push(next);
        j++;
        continue;
      }
      if (next.start > last.end + 1) break; // only single spaces inside a name
      if (isNameOrHonorific(next) && !isHeadlineVerb(tokens, j)) {
        run.push(next);
        j++;
        continue;
      }
      const after = tokens[j + 1];
      if (next.isWord && CONNECTORS.has(next.text) && after && isNameToken(after) && after.start === next.end + 1) {
        run.push(next);
        j++;
        continue;
      }
      break;
    }
    while (run.length > 1 && !run[run.length - 1]!.isCap) run.pop();
    // "the Haqqani network": a lower-case last word of a lexicon name joins the run
    const tail = tokens[j];
    if (
      tail?.isWord &&
      LOWERCASE_NAME_ENDS.has(tail.text) &&
      tail.start === run[run.length - 1]!.end + 1 &&
      getOrganizationByName(`${run.map((r) => r.text).join(" ")} ${tail.text}`)
    ) {
      run.push(tail);
      j++;
    }
    runs.push({ tokens: run, atSentenceStart: i === 0 || (i === 1 && /^[“"‘'(—–-]$/.test(tokens[0]!.text)) });
    i = j;
  }
  return runs;
}

/** Whether a stop word ("Islamic") opens an organisation of the lexicon with the next capitalised word ("Islamic State"). */
function opensLexiconName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    t.isWord &&
    t.isCap &&
    next !== undefined &&
    isNameToken(next) &&
    next.start === t.end + 1 &&
    getOrganizationByName(`${t.text} ${next.text}`) !== null
  );
}

function isAbbreviationWord(word: string): boolean {
  return isHonorific(word) || /^\p{Lu}$/u.test(word) || word === "St" || word === "Jr" || word === "Sr";
}

/** The exact text of `tokens[from..to)` as it stands in `body`. */
export function joinTokens(body: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? body.slice(first.start, last.end) : "";
}
