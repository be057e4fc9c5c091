import { getCountryByDemonym } from "@/lib/extraction/lexicon/countries.ts";
import { FIRST_NAMES } from "@/lib/extraction/lexicon/first-names.ts";
import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { ORGANIZATION_HEADS } from "@/lib/extraction/lexicon/organizations.ts";
import { TITLE_WORDS } from "@/lib/extraction/lexicon/titles.ts";
import type { ActorType, Span } from "@/lib/extraction/types.ts";
import { type NameRun, joinTokens } from "./find-name-runs.ts";
import { matchLexicon } from "./match-lexicon.ts";
import type { Token } from "./tokenize.ts";

/** A name found in a run, before alias merging. */
export interface NameCandidate extends Span {
  type: ActorType;
  /** Canonical lexicon name, when the name is a known entity. */
  lexiconName: string | null;
  /** Title words before the name ("Afghan National Security Adviser"), or null. */
  title: string | null;
  /** Start of the title, so the full mention is body.slice(titleStart, end). */
  titleStart: number;
  /** How sure the name is an actor: lexicon, titled, several words, or one bare word. */
  evidence: "LEXICON" | "TITLED" | "NAMED" | "MULTI" | "SINGLE" | "CAPITAL" | "ORGHEAD";
}

const MAX_LEXICON_WORDS = 6;

function isTitleToken(t: Token): boolean {
  return isHonorific(t.text) || TITLE_WORDS.has(t.text.toLowerCase()) || getCountryByDemonym(t.text) !== null;
}

function findLexiconAt(
  body: string,
  tokens: readonly Token[],
  i: number,
): { end: number; type: ActorType; name: string; isCapital: boolean } | null {
  if (!tokens[i]?.isWord) return null;
  for (let end = Math.min(tokens.length, i + MAX_LEXICON_WORDS); end > i; end--) {
    if (!tokens[end - 1]!.isWord && tokens[end - 1]!.text !== ".") continue;
    const m = matchLexicon(joinTokens(body, tokens, i, end));
    if (m) return { end, ...m };
  }
  return null;
}

/**
 * Splits one run of capitalised words into named actors: lexicon entries,
 * organisations by their head word, and people with the title before them.
 */
export function classifyNameRun(body: string, run: NameRun): NameCandidate[] {
  const and = run.tokens.findIndex((t) => t.text === "and" || t.text === "&");
  const lastText = run.tokens[run.tokens.length - 1]!.text;
  // "Trump and Pakistani Prime Minister Imran Khan" names two actors; "Securities and Exchange Commission" one
  if (
    and > 0 &&
    !ORGANIZATION_HEADS.has(lastText) &&
    !matchLexicon(joinTokens(body, run.tokens, 0, run.tokens.length))
  ) {
    return [
      ...classifyNameRun(body, { tokens: run.tokens.slice(0, and), atSentenceStart: run.atSentenceStart }),
      ...classifyNameRun(body, { tokens: run.tokens.slice(and + 1), atSentenceStart: false }),
    ];
  }
  const tokens = run.tokens;
  const whole = joinTokens(body, tokens, 0, tokens.length);
  if (run.wholeOrganization && !matchLexicon(whole))
    return [candidate(body, tokens, 0, tokens.length, "ORGANIZATION", null, "ORGHEAD", -1)];
  const titleEnd = run.titleEnd ?? -1;
  const last = tokens[tokens.length - 1]!;
  // "Ministry of Interior", "Institute for Fiscal Studies": an organisation head before "of"/"for"/"on"
  const of = tokens.findIndex((t) => t.text === "of" || t.text === "for" || t.text === "on");
  if (of > 0 && ORGANIZATION_HEADS.has(tokens[of - 1]!.text) && !isHonorific(tokens[0]!.text) && !matchLexicon(whole)) {
    return [candidate(body, tokens, 0, tokens.length, "ORGANIZATION", null, "ORGHEAD", -1)];
  }
  // "Lotte Brandvik of Harvel Bank": a person of an organisation, not one organisation's name
  const at = tokens.findIndex((t) => t.text === "of" || t.text === "at");
  if (at > 0 && ORGANIZATION_HEADS.has(last.text) && isPersonPart(tokens.slice(0, at)) && !matchLexicon(whole)) {
    return [
      ...classifyNameRun(body, { ...run, tokens: tokens.slice(0, at), wholeOrganization: false }),
      ...classifyNameRun(body, { tokens: tokens.slice(at + 1), atSentenceStart: false }),
    ];
  }
  if (tokens.length > 1 && ORGANIZATION_HEADS.has(last.text) && !isHonorific(tokens[0]!.text) && !matchLexicon(whole)) {
    const lex = findLexiconAt(body, tokens, tokens.length - 2);
    if (!(lex && lex.end === tokens.length))
      return [candidate(body, tokens, 0, tokens.length, "ORGANIZATION", null, "ORGHEAD", -1)];
  }
  const out: NameCandidate[] = [];
  let titleFrom = -1;
  let i = 0;
  while (i < tokens.length) {
    const lex = findLexiconAt(body, tokens, i);
    if (lex) {
      out.push(candidate(body, tokens, i, lex.end, lex.type, lex.name, lex.isCapital ? "CAPITAL" : "LEXICON", -1));
      titleFrom = -1;
      i = lex.end;
      continue;
    }
    const t = tokens[i]!;
    if (!t.isWord || !t.isCap) {
      i++;
      continue;
    }
    // "South Korean President X": a two-word demonym is part of the title
    const pair = tokens[i + 1] ? `${t.text} ${tokens[i + 1]!.text}` : "";
    if (isTitleToken(t) || getCountryByDemonym(pair) || t.start < titleEnd) {
      if (titleFrom < 0) titleFrom = i;
      i += getCountryByDemonym(pair) ? 2 : 1;
      continue;
    }
    let k = i + 1;
    // a title or honorific ends the name before it ("Later Mr. Delawar", "Zamrani Foreign Minister X")
    while (
      k < tokens.length &&
      !findLexiconAt(body, tokens, k) &&
      !(tokens[k]!.isWord && isTitleToken(tokens[k]!) && tokens[k]!.isCap && tokens[k]!.start >= titleEnd)
    )
      k++;
    while (k > i + 1 && (!tokens[k - 1]!.isCap || tokens[k - 1]!.text === ".")) k--;
    const words = tokens.slice(i, k).filter((x) => x.isWord);
    const evidence =
      titleFrom >= 0
        ? "TITLED"
        : words.length <= 1
          ? "SINGLE"
          : FIRST_NAMES.has(words[0]!.text) || /^\p{Lu}$/u.test(words[1]!.text)
            ? "NAMED"
            : "MULTI";
    out.push(candidate(body, tokens, i, k, "PERSON", null, evidence, titleFrom));
    titleFrom = -1;
    i = k;
  }
  return out;
}

/** Whether `tokens` can name a person: two capitalised words or more besides titles, and no organisation head. */
function isPersonPart(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.isWord && t.isCap && !isTitleToken(t));
  return words.length >= 2 && !tokens.some((t) => ORGANIZATION_HEADS.has(t.text) || !t.isCap);
}

function candidate(
  body: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  type: ActorType,
  lexiconName: string | null,
  evidence: NameCandidate["evidence"],
  titleFrom: number,
): NameCandidate {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const title = titleFrom >= 0 ? body.slice(tokens[titleFrom]!.start, tokens[from - 1]!.end) : null;
  return {
    start: first.start,
    end: last.end,
    text: body.slice(first.start, last.end),
    type,
    lexiconName,
    title,
    titleStart: titleFrom >= 0 ? tokens[titleFrom]!.start : first.start,
    evidence,
  };
}
