import type { Cue } from "@/lib/extraction/attribution/cue.ts";
import type { QuoteSite } from "@/lib/extraction/attribution/patterns/quote-site.ts";
import { SPEAKER_PATTERNS } from "@/lib/extraction/attribution/patterns/speaker-patterns.ts";
import { lowerBound } from "@/lib/extraction/attribution/speaker-context.ts";
import { withNameBefore, type SpeakerPhrase } from "@/lib/extraction/attribution/speaker-phrase.ts";
import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import { STOP_NAMES } from "@/lib/extraction/lexicon/stop-names.ts";
import { NOMINAL_HEADS } from "@/lib/extraction/lexicon/titles.ts";
import type { QuoteRecord, Span } from "@/lib/extraction/types.ts";

/** One speaker a reader might consider for a quote, or "no speaker" (`kind` NONE, `span` null). */
export interface SpeakerCandidate {
  /** Token range [from, to) of the speaker phrase (-1 for NONE). */
  from: number;
  to: number;
  kind: SpeakerPhrase["kind"] | "NONE";
  span: Span | null;
  /** Token of the cue verb that links it to the quote, or -1. */
  verb: number;
  /** Names of the patterns (and neighbour quotes) that proposed it, in registry order. */
  sources: string[];
  /** Whether it is what the hand-written rules chose. */
  isRule: boolean;
  /** The neighbour quote whose speaker it is, when proposed as "the same speaker as that quote". */
  borrowedFrom: number | null;
}

/** What the rules decided for one quote: the input the learned scorer may overrule. */
export interface RuleChoice {
  mention: Span | null;
  kind: SpeakerPhrase["kind"] | null;
}

/**
 * The candidates of the quote at `index`: what every speaker pattern proposes,
 * the rules' own choice, the speakers of the neighbouring quotes, and NONE.
 * A phrase proposed several times is one candidate with several sources.
 */
export function findSpeakerCandidates(
  site: QuoteSite,
  index: number,
  quotes: readonly QuoteRecord[],
  rules: readonly RuleChoice[],
): SpeakerCandidate[] {
  // a phrase's key is its character range as one number, exact below 2^53 (bodies up to ~90 million characters);
  // a string key would be a new string, hashed in the runtime, per proposal
  const byKey = new Map<number, SpeakerCandidate>();
  const width = site.body.length + 1;
  const out: SpeakerCandidate[] = [];
  const add = (
    proposed: SpeakerPhrase,
    verb: number,
    source: string,
    borrowedFrom: number | null = null,
  ): SpeakerCandidate | null => {
    const phrase = withAppositionName(site, proposed);
    const a = site.tokens[phrase.from];
    const b = site.tokens[phrase.to - 1];
    if (!a || !b || phrase.to <= phrase.from) return null;
    const key = a.start * width + b.end;
    let c = byKey.get(key);
    if (!c) {
      c = {
        from: phrase.from,
        to: phrase.to,
        kind: phrase.kind,
        span: { start: a.start, end: b.end, text: site.body.slice(a.start, b.end) },
        verb,
        sources: [],
        isRule: false,
        borrowedFrom,
      };
      byKey.set(key, c);
      out.push(c);
    }
    if (c.verb < 0 && verb >= 0) c.verb = verb;
    if (!c.sources.includes(source)) c.sources.push(source);
    return c;
  };
  const rule = rules[index];
  if (rule?.mention && rule.kind) {
    const c = add(toPhrase(site, rule.mention, rule.kind), -1, "rule");
    if (c) c.isRule = true;
  }
  for (const pattern of SPEAKER_PATTERNS) {
    for (const cue of pattern.find(site))
      if (!isOrdinaryWord(site, cue.phrase)) add(cue.phrase, cue.verb, pattern.name);
  }
  for (const [j, source] of [
    [index - 1, "previous-quote"],
    [index + 1, "next-quote"],
  ] as const) {
    const other = quotes[j];
    const choice = rules[j];
    if (
      !other ||
      !choice?.mention ||
      !choice.kind ||
      Math.abs((other.paragraph ?? 0) - (site.quote.paragraph ?? 0)) > 1
    )
      continue;
    add(toPhrase(site, choice.mention, choice.kind), -1, source, j);
  }
  out.push({
    from: -1,
    to: -1,
    kind: "NONE",
    span: null,
    verb: -1,
    sources: [],
    isRule: !rule?.mention,
    borrowedFrom: null,
  });
  return out;
}

/**
 * Whether a one-word "name" is an ordinary capitalised word opening a sentence
 * ("Check", "After"): written lower-case elsewhere in the article, or a known non-name.
 */
function isOrdinaryWord(site: QuoteSite, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== "NAME" || phrase.to - phrase.from !== 1) return false;
  const t = site.tokens[phrase.from]!;
  const prev = site.tokens[phrase.from - 1];
  if (prev && !/^[.!?:;"“”‘’'—–-]$/.test(prev.text)) return false;
  const word = t.text.toLowerCase();
  if (NOMINAL_HEADS.has(word) || NOMINAL_HEADS.has(word.replace(/s$/, ""))) return false;
  for (let k = lowerBound(site.mentions, t.start + 1) - 1; k >= 0 && t.start - site.mentions[k]!.start < 200; k--) {
    if (site.mentions[k]!.end >= t.end) return false;
  }
  return site.isCommonWord(word) || STOP_NAMES.has(t.text);
}

/**
 * "Whitfield, a Maine Republican, said": a role in apposition after a name is
 * proposed with that name ("Whitfield, a Maine Republican"), so it resolves to her.
 */
function withAppositionName(site: QuoteSite, phrase: SpeakerPhrase): SpeakerPhrase {
  const det = site.tokens[phrase.from - 1];
  if (!det || !/^(?:a|an)$/i.test(det.text) || site.tokens[phrase.from - 2]?.text !== ",") return phrase;
  const whole = withNameBefore(site.tokens, { from: phrase.from - 1, to: phrase.to, kind: "NOMINAL" }, site.window[0]);
  return whole.kind === "NAME" ? whole : phrase;
}

function toPhrase(site: QuoteSite, span: Span, kind: SpeakerPhrase["kind"]): SpeakerPhrase {
  const from = findTokenIndex(site.tokens, span.start);
  return { from, to: Math.max(from + 1, findTokenIndex(site.tokens, span.end)), kind };
}

/** The cue verb of a candidate chosen by a pattern: "according to" for "according", else the verb as written. */
export function getCueText(site: QuoteSite, c: Pick<Cue, "verb">): string | null {
  const t = c.verb >= 0 ? site.tokens[c.verb] : undefined;
  if (!t || !t.isWord) return null;
  return t.text === "according" ? "according to" : t.text;
}
