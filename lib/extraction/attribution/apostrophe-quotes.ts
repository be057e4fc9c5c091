import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { lowerBound } from "@/lib/extraction/text/lower-bound.ts";
import type { Doc, Sentence } from "@/lib/extraction/types.ts";
import type { Cue } from "./cue.ts";
import { findCueAfter } from "./find-cue-after.ts";
import { findCueBefore } from "./find-cue-before.ts";
import type { ReportedCandidate } from "./find-reported-candidates.ts";
import { findTokenIndex } from "./token-index.ts";

/**
 * A stretch between two-apostrophe marks ('' … ''), the ASCII way some archives write double quotes
 * ("''We need it,'' she said."). Token ranges; the marks are tokens of their own ("'", "'").
 */
export interface ApostropheQuote {
  /** First token of the opening marks. */
  from: number;
  /** First token inside the marks. */
  innerFrom: number;
  /** First token of the closing marks (the paragraph's end when none closes it). */
  innerTo: number;
  /** Just past the closing marks. */
  to: number;
  closed: boolean;
  paragraph: number;
}

const isApostrophe = (t: Token | undefined) => t !== undefined && t.text === "'";

/** The length of the run of touching apostrophe tokens starting at `i` (0 when `tokens[i]` is none). */
function getRunLength(tokens: readonly Token[], i: number): number {
  let k = i;
  while (isApostrophe(tokens[k]) && (k === i || tokens[k]!.start === tokens[k - 1]!.end)) k++;
  return k - i;
}

/**
 * Every two-apostrophe quotation of the article, paragraph by paragraph. A run of two or three touching
 * apostrophes is a double mark ("'''" also closes a single quote inside); it opens a quote when it stands
 * after a space, a bracket or a dash and touches the next word, else it closes the open one. A quote left
 * open ends with its paragraph (the multi-paragraph convention: the next paragraph opens with the marks again).
 */
export function findApostropheQuotes(doc: Doc, tokens: readonly Token[]): ApostropheQuote[] {
  const out: ApostropheQuote[] = [];
  if (!doc.body.includes("''")) return out;
  doc.paragraphs.forEach((p, paragraph) => {
    let open = -1;
    let openRun = 2;
    const end = findTokenIndex(tokens, p.end);
    for (let i = findTokenIndex(tokens, p.start); i < end; i++) {
      const run = getRunLength(tokens, i);
      if (run < 2) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + run];
      const touchesBefore = prev !== undefined && prev.end === tokens[i]!.start && !/^[([{—–-]$/.test(prev.text);
      const touchesAfter = next !== undefined && next.start === tokens[i + run - 1]!.end;
      if (!touchesBefore && touchesAfter) {
        open = i;
        openRun = run;
      } else if (open >= 0) {
        out.push({ from: open, innerFrom: open + openRun, innerTo: i, to: i + run, closed: true, paragraph });
        open = -1;
      }
      i += run - 1;
    }
    if (open >= 0) out.push({ from: open, innerFrom: open + openRun, innerTo: end, to: end, closed: false, paragraph });
  });
  return out;
}

/** The sentence holding the offset `at`. */
function getSentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  const k = lowerBound(sentences, at + 1, (s) => s.end);
  return sentences[k];
}

// the words a cue before the quote may leave before the opening marks ("said of Mr. Rubio: ''…")
const BEFORE_GAP = 6;
// how far back the subject of that cue is looked for
const BEFORE_REACH = 60;

/** The attribution of one quotation: after its closing marks in the same sentence, else right before its opening marks. */
function findQuoteCue(
  doc: Doc,
  tokens: readonly Token[],
  q: ApostropheQuote,
  nextFrom: number,
): { cue: Cue; after: boolean } | null {
  const opened = getSentenceAt(doc.sentences, tokens[q.from]!.start);
  if (q.closed) {
    const closing = getSentenceAt(doc.sentences, tokens[q.to - 1]!.start);
    if (closing) {
      let limit = Math.min(findTokenIndex(tokens, closing.end), nextFrom);
      while (limit > q.to && /^[.!?]$/.test(tokens[limit - 1]!.text)) limit--;
      const last = tokens[q.innerTo - 1]?.text ?? "";
      const cue = q.to < limit ? findCueAfter(tokens, q.to, limit, /^[.!?]$/.test(last)) : null;
      if (cue) return { cue, after: true };
    }
  }
  if (!opened) return null;
  // the look-back is bounded, so a long run-on sentence with many quotations stays linear
  const floor = Math.max(findTokenIndex(tokens, opened.start), q.from - BEFORE_REACH);
  if (floor >= q.from) return null;
  const cue = findCueBefore(tokens, floor, q.from);
  return cue && q.from - cue.verb <= BEFORE_GAP && cue.verb < q.from ? { cue, after: false } : null;
}

/** Whether quotation `q` opens its sentence (only other marks before it). */
function opensSentence(doc: Doc, tokens: readonly Token[], q: ApostropheQuote): boolean {
  const s = getSentenceAt(doc.sentences, tokens[q.from]!.start);
  return s !== undefined && findTokenIndex(tokens, s.start) === q.from;
}

/**
 * Reported-speech candidates (pattern `quoted`) for two-apostrophe quotations: the quotation with its
 * attribution ("''…,'' said X", "X said, ''…''"), and the quotations that continue it without a cue of their
 * own (the next sentence, or the next paragraph when the quote ran on) joined to it, the way a reader takes
 * "''A,'' she said. ''B.''" as one statement; the shorter reading without them is offered too (cut
 * `continuation`). A content before the marks in the same sentence belongs to it ("The plans are ''reckless,''
 * said X"). Corpora that write quotes this way (PolNeAR's New York Times texts) annotate them as reported speech.
 */
export function findApostropheQuoteCandidates(
  doc: Doc,
  tokens: readonly Token[],
  quotes: readonly ApostropheQuote[],
): ReportedCandidate[] {
  const out: ReportedCandidate[] = [];
  const cues = quotes.map((q, i) => findQuoteCue(doc, tokens, q, quotes[i + 1]?.from ?? tokens.length));
  for (let i = 0; i < quotes.length; i++) {
    const found = cues[i];
    if (!found) continue;
    const q = quotes[i]!;
    const { cue, after } = found;
    const s = getSentenceAt(doc.sentences, tokens[cue.verb]!.start);
    if (!s) continue;
    const sa = findTokenIndex(tokens, s.start);
    let sb = findTokenIndex(tokens, s.end);
    while (sb > sa && /^[.!?]$/.test(tokens[sb - 1]!.text)) sb--;
    // "The plans are ''reckless,'' said X": the words before the marks in the quote's sentence are part of it
    const opened = getSentenceAt(doc.sentences, tokens[q.from]!.start);
    const openedAt = opened ? findTokenIndex(tokens, opened.start) : q.from;
    const previous = quotes[i - 1];
    const start = after ? Math.max(openedAt, previous && previous.to <= q.from ? previous.to : openedAt) : q.from;
    let last = q;
    let joined = 1;
    for (let j = i + 1; j < quotes.length && !cues[j]; j++) {
      const t = quotes[j]!;
      const sameParagraph =
        t.paragraph === last.paragraph &&
        opensSentence(doc, tokens, t) &&
        isNextSentence(doc, tokens, after && last === q ? cue.verb : last.to - 1, t.from);
      const runsOn = !last.closed && t.paragraph === last.paragraph + 1 && opensParagraph(doc, tokens, t);
      if (!sameParagraph && !runsOn) break;
      last = t;
      joined++;
    }
    const base = {
      pattern: "quoted" as const,
      cue,
      sentence: [sa, sb] as [number, number],
      sentenceIndex: s.index,
      hasQuote: false,
      joined,
    };
    out.push({ ...base, clause: [start, last.to] });
    if (joined > 1) out.push({ ...base, clause: [start, q.to], cut: "continuation", joined: 1 });
  }
  return out;
}

/** Whether the token `b` opens the sentence right after the one holding token `a`. */
function isNextSentence(doc: Doc, tokens: readonly Token[], a: number, b: number): boolean {
  const s = getSentenceAt(doc.sentences, tokens[a]!.start);
  const t = getSentenceAt(doc.sentences, tokens[b]!.start);
  return s !== undefined && t !== undefined && t.index === s.index + 1;
}

/** Whether quotation `q` opens its paragraph. */
function opensParagraph(doc: Doc, tokens: readonly Token[], q: ApostropheQuote): boolean {
  const p = doc.paragraphs[q.paragraph];
  return p !== undefined && findTokenIndex(tokens, p.start) === q.from;
}
