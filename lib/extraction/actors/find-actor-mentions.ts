import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import { FIRST_NAMES } from "@/lib/extraction/lexicon/first-names.ts";
import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { ORGANIZATION_HEADS } from "@/lib/extraction/lexicon/organizations.ts";
import { SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import { STOP_NAMES } from "@/lib/extraction/lexicon/stop-names.ts";
import { NOMINAL_HEADS, NON_PERSON_HEADS, TITLE_WORDS } from "@/lib/extraction/lexicon/titles.ts";
import type { Doc, Mention, Span } from "@/lib/extraction/types.ts";
import { classifyNameRun, type NameCandidate } from "./classify-name-run.ts";
import { findNameRuns } from "./find-name-runs.ts";
import { fitToTaggedName } from "./fit-to-tagged-name.ts";
import { extendOrganizationRun, getTaggedType, splitTaggedRun } from "./read-tagged-run.ts";
import { tokenize, type Token } from "./tokenize.ts";

// a capital after these is a place, not a government acting
const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "into",
  "outside",
  "across",
  "via",
  "around",
  "visit",
  "visited",
  "visiting",
  "toward",
  "towards",
]);
const FRAME_BEFORE = new Set(["said", "says", "told", "added", "wrote", "asked", "according"]);

/** Lower-case words among `tokens`: a sentence-initial capitalised word found among them is an ordinary word. */
export function findLowercaseVocabulary(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (t.isWord && !t.isCap) words.add(t.text);
  return words;
}

/** Whether a paragraph reads like a headline: short, mostly capitalised, no final stop. */
export function isHeadlineLike(p: Span): boolean {
  if (p.text.length > 250) return false; // a headline of at most 25 words is short: skip long paragraphs cheaply
  const words = p.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 25 || /[.!?]["”’]?$/.test(p.text)) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

/**
 * Every place a named actor (person, organisation, country) is mentioned, read
 * from capitalised runs, titles, lexicons and speech-verb frames. Weak single
 * words keep evidence "SINGLE" so alias merging can drop the unconfirmed ones.
 */
export function findActorMentions(doc: Doc, all: readonly Token[] = tokenize(doc.body)): Mention[] {
  const lower = findLowercaseVocabulary(all);
  const headline = new Set(doc.paragraphs.flatMap((p, i) => (isHeadlineLike(p) ? [i] : [])));
  const mentions: Mention[] = [];
  // the tagger writes its names in text order; sorted (stably) anyway, as splitTaggedRun searches them
  const names = doc.names && [...doc.names].sort((a, b) => a.start - b.start);
  for (const s of doc.sentences) {
    const tokens = all.slice(findTokenIndex(all, s.start), findTokenIndex(all, s.end));
    const runs = findNameRuns(tokens).map((r) =>
      extendOrganizationRun(r, tokens, findTokenIndex(tokens, r.tokens[0]!.start)),
    );
    for (const run of runs.flatMap((r) => splitTaggedRun(r, names))) {
      for (const c of classifyNameRun(doc.body, run)) {
        const m = toMention(doc.body, c, tokens, lower, headline.has(s.paragraph));
        if (m) mentions.push(m);
      }
    }
  }
  return mentions;
}

// lower-case nouns after a name that make it a group's name (not "campaign" or "administration": "the Clinton campaign")
const GROUP_NOUNS = new Set([
  "movement",
  "group",
  "organization",
  "organisation",
  "network",
  "coalition",
  "alliance",
  "foundation",
  "union",
  "militia",
  "caucus",
  "institute",
  "think-tank",
]);

function toMention(
  body: string,
  c: NameCandidate,
  tokens: readonly Token[],
  lower: Set<string>,
  inHeadline: boolean,
): Mention | null {
  if (c.type === "LOCATION") return null;
  const at = findTokenIndex(tokens, c.start);
  const prev = tokens[at - 1]?.text.toLowerCase() ?? "";
  if (c.evidence === "CAPITAL" && PLACE_PREPOSITIONS.has(prev)) return null;
  let cand = c;
  if (cand.type === "PERSON" && cand.title === null && cand.start === firstWordStart(tokens)) {
    const first = /^\S+/.exec(cand.text)?.[0] ?? "";
    if (
      lower.has(first.toLowerCase()) ||
      isTaggedOrdinary(tokens, at) ||
      (looksInflected(first) && !FIRST_NAMES.has(first) && !isSurnameElsewhere(cand.text, tokens))
    ) {
      const rest = /^\S+\s+(?:(?:of|for|on|the|and)\s+)*(\p{Lu}.*)$/u.exec(cand.text)?.[1];
      if (!rest) return null;
      const start = cand.end - rest.length;
      cand = { ...cand, start, titleStart: start, text: rest, evidence: rest.includes(" ") ? "MULTI" : "SINGLE" };
    }
  }
  if (inHeadline && cand.evidence !== "LEXICON" && cand.evidence !== "CAPITAL") return null;
  cand = fitToTaggedName(body, cand, tokens, findTokenIndex(tokens, cand.start));
  // the tagger's reading: a place or a demonym/event ("In Washington", "Pakistani") is no person; a name it reads as a person is one
  const tagged = cand.type === "PERSON" && cand.title === null ? getTaggedType(tokens, cand.start, cand.end) : null;
  if (tagged === "LOCATION" || tagged === "MISC") return null;
  // (a name in apposition after a comma is left to the apposition rule below: "a longtime executive, Acme Fuels,")
  if (
    tagged === "PERSON" &&
    cand.evidence === "MULTI" &&
    tokens[at - 1]?.text !== "," &&
    isProperNameOnly(tokens, cand, lower)
  )
    cand = { ...cand, evidence: "NAMED" };
  // a nickname or title in quote marks ("Miss Piggy") is not an actor
  // (the opening mark touches the name: in `…,” Whitfield, a …` the mark closes an earlier quote)
  const mark = tokens[at - 1];
  if (
    cand.type === "PERSON" &&
    mark &&
    /^[“"‘']$/.test(mark.text) &&
    mark.end === cand.start &&
    /^[”"’'.,]$/.test(tokens[findTokenIndex(tokens, cand.end)]?.text ?? "")
  )
    return null;
  let evidence: string = cand.evidence;
  if ((evidence === "SINGLE" || evidence === "MULTI") && isInSpeechFrame(tokens, at, cand.end)) evidence = "FRAME";
  // one ordinary word ("People said", "Presidential Debates") may only join a fuller name
  const isOneWord = cand.type === "PERSON" && !/\s/.test(cand.text);
  const honorificTitle = cand.title !== null && cand.title.split(/\s+/).some((w) => isHonorific(w));
  const word = cand.text.toLowerCase();
  if (isOneWord && (lower.has(word) || lower.has(word.replace(/s$/, ""))) && !honorificTitle) evidence = "SINGLE";
  // "Forecasters said", "Officials said": a capitalised role noun is no one's name
  if (isOneWord && cand.title === null && NOMINAL_HEADS.has(word) && /s$/.test(word)) return null;
  if (cand.type === "PERSON" && evidence === "SINGLE" && /^\p{Lu}{2,}$/u.test(cand.text)) return null;
  // "PM House", "Presidential Palace": a building, not a person
  if (
    cand.type === "PERSON" &&
    /(?:^|\s)(?:House|Palace|Office|Hall|Building|Secretariat|Street|Square|Airport|Hospital|Mosque|Church|Camp|Base|Stadium|Hotel|Bridge|Road)$/.test(
      cand.text,
    )
  )
    return null;
  // "African-Americans", "Pakistani-Americans": group names, not people
  if (cand.type === "PERSON" && /^\p{Lu}[\p{L}]*-\p{Lu}\p{Ll}+(?:ans|ese|is)$/u.test(cand.text)) return null;
  // "the Black Lives Matter movement", "the Tea Party group": a name before a group noun names the group
  if (
    cand.type === "PERSON" &&
    cand.title === null &&
    GROUP_NOUNS.has(tokens[findTokenIndex(tokens, cand.end)]?.text ?? "")
  )
    cand = { ...cand, type: "ORGANIZATION" };
  const lowerTitle = cand.type === "PERSON" && cand.title === null ? findLowercaseTitle(body, tokens, at) : null;
  const title = lowerTitle ? lowerTitle.text : cand.title;
  const titleStart = lowerTitle ? lowerTitle.start : cand.titleStart;
  return {
    start: cand.start,
    end: cand.end,
    text: cand.text,
    actorType: cand.type,
    actorKey: null,
    form: title ? "TITLE" : "NAME",
    title,
    titleStart,
    lexiconName: cand.lexiconName,
    evidence: lowerTitle && (evidence === "SINGLE" || evidence === "MULTI") ? "TITLED" : evidence,
  };
}

/**
 * A lower-case role right before a name ("Taliban spokesman Zabihullah Mujahid",
 * "press secretary Josh Earnest"), with the capitalised words that qualify it.
 */
function findLowercaseTitle(body: string, tokens: readonly Token[], at: number): Span | null {
  let i = at - 1;
  let roles = 0;
  while (
    i >= 0 &&
    at - i <= 5 &&
    tokens[i]!.isWord &&
    !tokens[i]!.isCap &&
    (TITLE_WORDS.has(tokens[i]!.text) || NOMINAL_HEADS.has(tokens[i]!.text)) &&
    tokens[i]!.text !== "the"
  ) {
    roles++;
    i--;
  }
  if (roles === 0) return null;
  while (i >= 0 && at - i <= 7 && tokens[i]!.isWord && tokens[i]!.isCap && !STOP_NAMES.has(tokens[i]!.text)) i--;
  const first = tokens[i + 1]!;
  const last = tokens[at - 1]!;
  return { start: first.start, end: last.end, text: body.slice(first.start, last.end) };
}

/**
 * Whether every word of a name is a singular proper noun (NNP) that the article never writes in lower case
 * and no organisation head: "Tarven Compliant Fuels" and "Oak Creek" are not confirmed people.
 */
function isProperNameOnly(tokens: readonly Token[], cand: Span, lower: ReadonlySet<string>): boolean {
  for (let i = findTokenIndex(tokens, cand.start); i < tokens.length && tokens[i]!.start < cand.end; i++) {
    const t = tokens[i]!;
    if (t.isWord && (t.pos !== "NNP" || lower.has(t.text.toLowerCase()) || ORGANIZATION_HEADS.has(t.text)))
      return false;
  }
  return true;
}

/** Whether the tagger reads the sentence-initial word at `at` as an ordinary word: not a proper noun, in no name. */
function isTaggedOrdinary(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t?.pos !== undefined && t.ner === "O" && t.pos !== "NNP" && t.pos !== "NNPS" && !FIRST_NAMES.has(t.text);
}

/** "Recently", "Speaking", "Asked": a capitalised adverb or participle (not "Reed", "Ted", "Sterling"). */
function looksInflected(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ly|ing|ed)$/u.test(word);
}

/** Whether a one-word candidate ("Reed") ends a longer name in the same sentence ("… Marcus Reed"). */
function isSurnameElsewhere(text: string, tokens: readonly Token[]): boolean {
  if (/\s/.test(text)) return false;
  return tokens.some(
    (t, i) =>
      i > 0 && t.text === text && tokens[i - 1]!.isCap && tokens[i - 1]!.isWord && tokens[i - 1]!.end + 1 === t.start,
  );
}

function firstWordStart(tokens: readonly Token[]): number | undefined {
  for (const t of tokens) if (t.isWord) return t.start;
  return undefined;
}

// relatives and roles that name one person in apposition ("his wife, Miriam,")
const KIN_AND_ROLES = new Set([
  "wife",
  "husband",
  "son",
  "daughter",
  "mother",
  "father",
  "brother",
  "sister",
  "spouse",
  "partner",
  "friend",
  "lawyer",
  "attorney",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "aide",
  "adviser",
  "advisor",
  "deputy",
  "successor",
  "predecessor",
  "rival",
  "opponent",
  "challenger",
  "boss",
  "chief",
]);

function isInSpeechFrame(tokens: readonly Token[], at: number, end: number): boolean {
  const after = findTokenIndex(tokens, end);
  const next = tokens[after];
  const next2 = tokens[after + 1];
  if (
    next &&
    SPEECH_VERBS.has(next.text) &&
    /^(?:said|says|told|tells|added|adds|wrote|writes|asked|argued|noted|explained|warned|insisted|claimed|stressed|tweeted|declared|stated)$/.test(
      next.text,
    )
  )
    return true;
  if (next?.text === "," && next2 && /^(?:who|a|an|the)$/.test(next2.text)) return true;
  // "the company’s chief executive, Jane Doe,": a name in apposition to a role
  const role = tokens[at - 2];
  if (
    tokens[at - 1]?.text === "," &&
    role?.isWord &&
    /^\p{Ll}/u.test(role.text) &&
    (TITLE_WORDS.has(role.text) || KIN_AND_ROLES.has(role.text)) &&
    !NON_PERSON_HEADS.has(role.text)
  ) {
    // only a definite role names one person ("its chief executive", "his wife"; not "a longtime executive, Acme Fuels")
    for (let k = at - 3; k >= 0 && at - k <= 6; k--) {
      const w = tokens[k]!.text.toLowerCase();
      if (/^(?:the|his|her|its|their|our|['’]s)$/.test(w)) return true;
      if (/^(?:a|an|one)$/.test(w) || (!tokens[k]!.isWord && !/^['’]s$/.test(w))) return false;
    }
  }
  const prev = tokens[at - 1]?.text.toLowerCase() ?? "";
  return FRAME_BEFORE.has(prev) || (prev === "to" && tokens[at - 2]?.text.toLowerCase() === "according");
}
