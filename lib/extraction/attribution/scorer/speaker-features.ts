import { isTitleLike } from "@/lib/extraction/attribution/attribute-quote.ts";
import type { QuoteSite } from "@/lib/extraction/attribution/patterns/quote-site.ts";
import { SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import { getSpanEndingAfter } from "@/lib/extraction/sentences/get-span-at.ts";
import type { SpeakerCandidate } from "./find-speaker-candidates.ts";

/** Version of the feature set: weights trained for another set are refused. */
export const SPEAKER_FEATURE_SET = "speaker-features-4";

const bucket = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+");

/** What the features of one quote's candidates share: computed once per quote. */
export interface QuoteFeatureContext {
  site: QuoteSite;
  /** Text (lower case) of the previous quote's speaker phrase, if any. */
  previousSpeaker: string | null;
  /** Nearest candidate before and after the quote (their `from`), for the "nearest" features. */
  nearestBefore: number;
  nearestAfter: number;
  /** Token range of the rules' choice, or null. */
  rule: [number, number] | null;
}

/** Shared context of a quote's candidates. */
export function createFeatureContext(
  site: QuoteSite,
  candidates: readonly SpeakerCandidate[],
  previousSpeaker: string | null,
): QuoteFeatureContext {
  let nearestBefore = -1;
  let nearestAfter = Number.MAX_SAFE_INTEGER;
  for (const c of candidates) {
    if (c.kind === "NONE") continue;
    if (c.to <= site.open && c.from > nearestBefore) nearestBefore = c.from;
    if (c.from >= site.after && c.from < nearestAfter) nearestAfter = c.from;
  }
  const rule = candidates.find((c) => c.isRule && c.kind !== "NONE");
  return { site, previousSpeaker, nearestBefore, nearestAfter, rule: rule ? [rule.from, rule.to] : null };
}

/** The named features of one candidate (small strings: `src:cue-after`, `side:after&d:1`). */
export function getSpeakerFeatures(fc: QuoteFeatureContext, c: SpeakerCandidate, count: number): string[] {
  const { site } = fc;
  const q = site.quote;
  const qk = `q:${q.kind}`;
  if (c.kind === "NONE") {
    const words = (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const f = [
      "none",
      `none&${qk}`,
      `none&w:${bucket(words)}`,
      `none&n:${bucket(count - 1)}`,
      c.isRule ? "none&rule" : "none&rule-some",
    ];
    if (isTitleLike(q.text)) f.push("none&title-like");
    if (/^[\p{Lu}]/u.test(q.text)) f.push("none&cap-start");
    if (/[.!?…,]\s*$/.test(q.text)) f.push("none&ends-punct");
    const markStart = q.markStart ?? q.start;
    if (site.sentence && site.body.slice(site.sentence.start, markStart).trim() === "")
      f.push("none&opens-sentence", `none&opens-sentence&${c.isRule ? "rule" : "rule-some"}`);
    if (site.around.paragraphStart === site.open || site.tokens[site.around.paragraphStart]?.start === markStart)
      f.push("none&opens-para");
    return f;
  }
  const { tokens } = site;
  const side = c.to <= site.open ? "before" : c.from >= site.after ? "after" : "in";
  const dist = side === "before" ? site.open - c.to : side === "after" ? c.from - site.after : 0;
  const kind = `k:${c.kind}`;
  const pos = `${side}&d:${bucket(dist)}`;
  const f = [kind, `side:${side}&${kind}`, pos, `${pos}&${kind}`, `${side}&${qk}`];
  for (const s of c.sources) f.push(`src:${s}`, `src:${s}&${kind}`);
  if (c.sources.length > 1) f.push(`nsrc:${bucket(c.sources.length)}`);
  const srcs = `srcs:${c.sources.join("+")}`;
  f.push(srcs, `${srcs}&${side}`);
  if (c.isRule) f.push("rule", `rule&${kind}`, `rule&${side}`);
  else if (fc.rule && c.from >= fc.rule[0] && c.to <= fc.rule[1]) f.push("in-rule", `in-rule&${kind}`);
  else if (fc.rule && c.from <= fc.rule[0] && c.to >= fc.rule[1]) f.push("around-rule");
  const start = tokens[c.from]!.start;
  const sentence = getSpanEndingAfter(site.sentences, start);
  const si = sentence?.index ?? -1;
  const rel =
    site.sentence && si >= site.sentence.index && si <= (site.closing?.index ?? site.sentence.index)
      ? "same"
      : site.previous && si === site.previous.index
        ? "prev"
        : si >= 0 && site.sentence && si < site.sentence.index
          ? "earlier"
          : "later";
  f.push(`sent:${rel}`, `sent:${rel}&${kind}`, `sent:${rel}&${side}`);
  if (sentence && site.sentence && sentence.paragraph !== site.sentence.paragraph) f.push("other-para");
  const next = tokens[c.to];
  const prev = tokens[c.from - 1];
  if (next && SPEECH_VERBS.has(next.text)) f.push("next-sv", `next-sv&${side}`, `next-sv&${kind}`);
  if (prev && SPEECH_VERBS.has(prev.text)) f.push("prev-sv", `prev-sv&${side}`, `prev-sv&${kind}`);
  if (next && (next.text === "’s" || next.text === "'s")) f.push("poss");
  if (next?.text === ",") f.push("next-comma");
  // "Whitfield, a Maine Republican, said": a described role in apposition, not the speaker's name
  if (prev && /^(?:a|an|the)$/i.test(prev.text) && tokens[c.from - 2]?.text === ",")
    f.push("apposition-role", `apposition-role&${kind}`);
  if (prev?.text === "," && tokens[c.from - 2]?.isWord && tokens[c.from - 2]!.isCap) f.push("after-name-comma");
  if (prev?.text === "to" && tokens[c.from - 2]?.text === "according") f.push("according-to");
  if (c.verb >= 0) {
    const v = tokens[c.verb]!.text.toLowerCase();
    f.push(SPEECH_VERBS.has(v) ? `verb:${v}` : "verb:other");
  }
  if (side === "after" && dist <= 4) f.push(`gap:${shape(site, site.after, c.from)}`);
  if (side === "before" && dist <= 4) {
    const lead = `lead:${shape(site, c.to, site.open)}`;
    f.push(lead, `${lead}&${kind}`);
  }
  if (c.from === fc.nearestBefore) f.push("nearest-before", `nearest-before&${kind}`);
  if (c.from === fc.nearestAfter) f.push("nearest-after", `nearest-after&${kind}`);
  const text = c.span!.text.toLowerCase();
  if (
    fc.previousSpeaker !== null &&
    (text === fc.previousSpeaker || fc.previousSpeaker.endsWith(text) || text.endsWith(fc.previousSpeaker))
  )
    f.push("prev-speaker", `prev-speaker&${kind}`);
  if (c.borrowedFrom !== null) f.push(`borrowed&${kind}`);
  if (c.kind === "NAME") f.push(`len:${bucket(c.to - c.from)}`);
  if (c.kind === "NOMINAL") {
    f.push(`head:${tokens[c.to - 1]!.text.toLowerCase()}`);
    if (/^\p{Lu}/u.test(tokens[c.from]!.text)) f.push("nominal-cap");
    if (c.to - c.from > 4) f.push("nominal-long");
  }
  if (c.kind === "PRONOUN") f.push(`pron:${text}`);
  pushTagFeatures(f, tokens, c, side, rel);
  return f;
}

/** What the tagger says about a candidate: its head's tag and name type, the tags around it, whether a verb follows. */
function pushTagFeatures(
  f: string[],
  tokens: QuoteSite["tokens"],
  c: SpeakerCandidate,
  side: string,
  rel: string,
): void {
  const head = tokens[c.to - 1]!;
  if (!head.pos) return;
  const ner = head.ner && head.ner !== "O" ? head.ner.slice(2) : "O";
  f.push(`hpos:${head.pos}`, `hpos:${head.pos}&${side}`, `hner:${ner}`, `hner:${ner}&${c.kind}`);
  const prev = tokens[c.from - 1]?.pos?.slice(0, 2) ?? "^";
  let v = c.to;
  while (tokens[v]?.pos?.startsWith("RB")) v++;
  const next = tokens[v]?.pos?.slice(0, 2) ?? "$";
  f.push(`ppos:${prev}`, `npos:${next}`, `ppos:${prev}&npos:${next}`);
  if (/^(?:VB[DZP]|MD)$/.test(tokens[v]?.pos ?? ""))
    f.push("subj", `subj&${side}`, `subj&sent:${rel}`, `subj&k:${c.kind}`);
}

/** The tokens between two indices as a shape: punctuation as written, speech verbs "SV", other words "w". */
function shape(site: QuoteSite, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) {
    const t = site.tokens[i]!;
    s += t.isWord ? (SPEECH_VERBS.has(t.text) ? "SV" : "w") : t.text;
  }
  return s || "_";
}
