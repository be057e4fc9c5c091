import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import { NOMINAL_HEADS, NON_PERSON_HEADS, TITLE_WORDS } from "@/lib/extraction/lexicon/titles.ts";
import {
  DETERMINERS,
  getTimeAdverbialStartBefore,
  PERSON_POSTMODIFIERS,
  PHRASE_BREAKS,
  PRONOUNS,
  VERB_MODIFIERS,
} from "./word-classes.ts";

/** Tokens [from, to) that name a speaker, and how they name it. */
export interface SpeakerPhrase {
  from: number;
  to: number;
  kind: "PRONOUN" | "NAME" | "NOMINAL";
}

const MAX_NOMINAL = 10;

// capitalised adverbs that open a sentence before its subject ("Even China said")
const SENTENCE_ADVERBS = new Set([
  "even",
  "only",
  "also",
  "still",
  "now",
  "then",
  "yet",
  "but",
  "and",
  "so",
  "meanwhile",
  "however",
  "instead",
  "indeed",
  "later",
  "earlier",
  "finally",
  "perhaps",
  "not",
  "if",
  "when",
  "while",
  "though",
  "although",
  "because",
  "since",
  "after",
  "before",
  "as",
]);

/** Whether token `k` is a hyphen joining two words ("52-count"). */
function isInnerHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.text === "-" && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

/** Whether `word` can end a noun phrase: not a number, adverb, participle or typical adjective ("a controversial"). */
function isNounLike(word: string): boolean {
  if (NOMINAL_HEADS.has(word) || NOMINAL_HEADS.has(word.replace(/s$/, ""))) return true;
  return /\p{L}/u.test(word) && !/(?:ly|ous|ive|able|ible|ful|less|ic|ical)$/.test(word) && !/^\p{N}/u.test(word);
}

// determiners that never stand alone as a speaker ("a", "those"), unlike "some", "both", "many"
const ARTICLE_LIKE = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
]);

const NOUNS_ENDING_LIKE_ADJECTIVES = new Set([
  "detective",
  "relative",
  "conservative",
  "progressive",
  "native",
  "captive",
  "initiative",
  "collective",
  "perspective",
  "directive",
]);

/** Whether `word` reads as an adjective ("controversial", "famous"), never a speaker noun. */
export function isAdjectiveLike(word: string): boolean {
  if (NOMINAL_HEADS.has(word) || TITLE_WORDS.has(word) || NOUNS_ENDING_LIKE_ADJECTIVES.has(word)) return false;
  return /^\p{Ll}+(?:ial|ous|ive|able|ible|ful|less|ical|ish)$/u.test(word);
}

// heads of people who speak for a body ("a spokeswoman for the office", "a lawyer for the family")
const PERSON_LIKE_HEAD =
  /^(?:spokes(?:man|woman|person)|lawyer|attorney|representative|aide|official|adviser|advisor|member|director|head|chief|chairman|chairwoman|leader|officer|executive|source|friend|relative|analyst|economist|fellow|professor|researcher)s?$/i;

// words that cannot head a noun phrase
const FUNCTION_WORDS = new Set([
  "and",
  "or",
  "but",
  "to",
  "of",
  "for",
  "in",
  "on",
  "at",
  "by",
  "with",
  "that",
  "which",
  "who",
  "not",
  "than",
  "as",
  "if",
  "so",
]);

// a nominal phrase ends where its verb starts ("The official declined …")
const AUXILIARIES = new Set([
  "has",
  "had",
  "have",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "did",
  "does",
]);
const IRREGULAR_PAST = new Set([
  "made",
  "gave",
  "took",
  "got",
  "went",
  "came",
  "put",
  "set",
  "sent",
  "left",
  "held",
  "kept",
  "led",
  "met",
  "ran",
  "saw",
  "spoke",
  "wrote",
  "told",
  "said",
  "became",
  "began",
  "brought",
  "felt",
  "found",
  "knew",
  "meant",
  "paid",
  "stood",
  "thought",
  "won",
  "lost",
]);
function isVerbLike(word: string): boolean {
  return (
    AUXILIARIES.has(word) ||
    SPEECH_VERBS.has(word) ||
    IRREGULAR_PAST.has(word) ||
    (/^\p{Ll}{2,}ed$/u.test(word) && !TITLE_WORDS.has(word))
  );
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && (t.isCap || /^\p{Lu}/u.test(t.text));
}

/** A title word, or a hyphenated compound of them ("director-general", "vice-chair"). */
function isTitleWord(word: string): boolean {
  return (
    TITLE_WORDS.has(word) || (word.includes("-") && word.split("-").every((p) => TITLE_WORDS.has(p) || p === "co"))
  );
}

function isNamePart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isNameWord(t)) return true;
  if (
    t.text === "." &&
    tokens[k - 1] &&
    tokens[k - 1]!.end === t.start &&
    (isHonorific(tokens[k - 1]!.text) || /^\p{Lu}$/u.test(tokens[k - 1]!.text))
  )
    return true;
  // lower-case title words inside a name phrase: "White House press secretary Josh Earnest",
  // "Democratic presidential nominee Hillary Clinton"
  if (!(t.isWord && /^\p{Ll}/u.test(t.text) && isTitleWord(t.text) && t.text !== "the")) return false;
  for (let i = k + 1; i < k + 4; i++) {
    const next = tokens[i];
    if (isNameWord(next)) return true;
    if (!next || !(next.isWord && isTitleWord(next.text) && next.text !== "the")) return false;
  }
  return false;
}

/** The speaker phrase starting at token `j` ("said Sen. Elizabeth Warren, …"), or null. */
export function getForwardPhrase(tokens: readonly Token[], j: number, limit: number): SpeakerPhrase | null {
  const t = tokens[j];
  if (!t || j >= limit) return null;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w)) return { from: j, to: j + 1, kind: "PRONOUN" };
  if (DETERMINERS.has(w) && !isNameWord(tokens[j + 1])) {
    let k = j + 1;
    // ("the report said": a head noun right after the determiner is no verb; nor is one that ends
    // the clause, "according to a pool report.")
    while (
      k < limit &&
      k - j < MAX_NOMINAL &&
      (tokens[k]!.isWord || isInnerHyphen(tokens, k)) &&
      !PHRASE_BREAKS.has(tokens[k]!.text) &&
      (!isVerbLike(tokens[k]!.text) ||
        (NOMINAL_HEADS.has(tokens[k]!.text) && (k === j + 1 || endsClause(tokens[k + 1]))))
    ) {
      k++;
      // "The article closes with …": a head noun followed by a lower-case word ends the phrase before its verb
      const next = tokens[k];
      // ("a campaign spokeswoman" goes on: the next word is a head itself)
      if (
        NOMINAL_HEADS.has(tokens[k - 1]!.text) &&
        next?.isWord &&
        /^\p{Ll}/u.test(next.text) &&
        !/^(?:of|for|at|and|in|on|from|to|with)$/.test(next.text) &&
        !NOMINAL_HEADS.has(next.text)
      )
        break;
    }
    if (/^['’]s$/.test(tokens[k]?.text ?? "") && k + 1 < limit) {
      // "the paper's politics editor Jane Doe": the person the owner's role names
      const owned = getLooseForwardPhrase(tokens, k + 1, limit);
      if (owned?.kind === "NAME") return { from: j, to: owned.to, kind: "NOMINAL" };
    }
    while (k + 1 < limit && k - j < MAX_NOMINAL && tokens[k]!.text === "’s") k += 2;
    return k > j + 1 && isNounLike(tokens[k - 1]!.text) ? { from: j, to: k, kind: "NOMINAL" } : null;
  }
  if (SENTENCE_ADVERBS.has(w) && t.isCap && isNameWord(tokens[j + 1])) return getForwardPhrase(tokens, j + 1, limit);
  // "Finally, …", "Speaking to …" open adverbially; "Reilly said", "Browning says" are surnames before their verb
  if (
    /^\p{Lu}\p{Ll}+(?:ing|ly)$/u.test(t.text) &&
    !isNameWord(tokens[j + 1]) &&
    !SPEECH_VERBS.has(tokens[j + 1]?.text ?? "")
  )
    return null;
  const start = DETERMINERS.has(w) ? j + 1 : j;
  let k = start;
  while (k < limit && (isNamePart(tokens, k) || (tokens[k]!.text === "of" && isNameWord(tokens[k + 1])))) k++;
  while (k > start && !tokens[k - 1]!.isWord) k--;
  if (k === start) return null;
  // "Democratic pollster Jane Doe", "Radio talk host John Roe": the name only describes the person named after the role
  const described = getDescribedNameEnd(tokens, k, limit);
  if (described > k) return { from: start, to: described, kind: "NAME" };
  // "the NSC official", "a State Department spokesperson": a name modifying a nominal head
  let h = k;
  while (
    h < limit &&
    h - k < 3 &&
    tokens[h]!.isWord &&
    /^\p{Ll}/u.test(tokens[h]!.text) &&
    (NOMINAL_HEADS.has(tokens[h]!.text) || TITLE_WORDS.has(tokens[h]!.text)) &&
    !PHRASE_BREAKS.has(tokens[h]!.text)
  )
    h++;
  if (h > k && NOMINAL_HEADS.has(tokens[h - 1]!.text)) return { from: j, to: h, kind: "NOMINAL" };
  // "Pakistan’s foreign office": a possessive name heads a nominal phrase
  if (tokens[k]?.text === "’s" || tokens[k]?.text === "'s") {
    let e = k + 1;
    while (
      e < limit &&
      e - k < 5 &&
      tokens[e]!.isWord &&
      !PHRASE_BREAKS.has(tokens[e]!.text) &&
      !(e > k + 1 && isVerbLike(tokens[e]!.text))
    )
      e++;
    if (e > k + 1) return { from: start, to: e, kind: "NOMINAL" };
  }
  return { from: start, to: k, kind: "NAME" };
}

const MAX_ROLE_WORDS = 4;

/** Whether token `m` is the number of an ordinal, written "1st" or tokenised "1" + "st". */
function isOrdinalNumber(tokens: readonly Token[], m: number): boolean {
  const t = tokens[m]!;
  if (/^\p{N}+(?:st|nd|rd|th)$/u.test(t.text)) return true;
  const next = tokens[m + 1];
  return /^\p{N}+$/u.test(t.text) && next !== undefined && next.start === t.end && /^(?:st|nd|rd|th)$/.test(next.text);
}

/**
 * After a name ending at token `k`, the end of a person's name that follows a lower-case role
 * ("[Idaho] supplement executive Jane Doe", "[Air Force] 1st Lt. John Roe"), else `k`: the
 * role's last word must read as a noun, or the person's name open with an honorific.
 */
function getDescribedNameEnd(tokens: readonly Token[], k: number, limit: number): number {
  let m = k;
  while (m < limit && m - k < MAX_ROLE_WORDS + 2) {
    const t = tokens[m]!;
    const isModifier =
      (t.isWord &&
        /^\p{Ll}/u.test(t.text) &&
        !FUNCTION_WORDS.has(t.text) &&
        !PHRASE_BREAKS.has(t.text) &&
        !DETERMINERS.has(t.text) &&
        !PRONOUNS.has(t.text) &&
        !isVerbLike(t.text)) ||
      isOrdinalNumber(tokens, m) ||
      (isInnerHyphen(tokens, m) && m > k);
    if (!isModifier) break;
    m++;
  }
  if (m === k || m >= limit || !isNameWord(tokens[m])) return k;
  const last = tokens[m - 1]!.text;
  const opensWithHonorific = isHonorific(tokens[m]!.text);
  if (!opensWithHonorific && !isTitleWord(last) && (!isNounLike(last) || isAdjectiveLike(last))) return k;
  let e = m;
  while (e < limit && isNamePart(tokens, e)) e++;
  while (e > m && !tokens[e - 1]!.isWord) e--;
  return e > m ? e : k;
}

/** The speaker phrase ending at token `k` (inclusive), read backwards ("… Bill Roggio said"), or null. */
export function getBackwardPhrase(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  for (;;) {
    while (k >= floor && VERB_MODIFIERS.has(tokens[k]?.text ?? "") && tokens[k]!.text !== "told") k--;
    // "Tom Brandt, who in the past said": a time adverbial is no speaker
    const time = getTimeAdverbialStartBefore(tokens, k);
    if (time < floor) break;
    k = time - 1;
  }
  const t = tokens[k];
  if (!t || k < floor) return null;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w)) return { from: k, to: k + 1, kind: "PRONOUN" };
  if (t.text === ")") {
    const open = findOpenParen(tokens, k, floor);
    return open > floor ? extendName(tokens, open - 1, floor, k + 1) : null;
  }
  if (isNameWord(t)) {
    const name = extendName(tokens, k, floor, k + 1);
    // "A Western diplomat in Kabul": the name ends a prepositional phrase inside a nominal
    // ("Economists at the Institute for …": past an article, a capitalised plural head opening the sentence)
    const at = name ? name.from - (/^the$/i.test(tokens[name.from - 1]?.text ?? "") ? 2 : 1) : -1;
    const prep = name ? tokens[at] : undefined;
    // "an official speaking to the Ledger", "a lawyer close to Smith": the person the name's phrase describes
    const described = name && prep ? getDescribedPerson(tokens, at, floor) : null;
    if (described) return { from: described.from, to: k + 1, kind: "NOMINAL" };
    if (name && prep && /^(?:in|at|from|for|of|with)$/.test(prep.text) && at - 1 >= floor) {
      const nominal = getBackwardPhrase(tokens, at - 1, floor);
      const headWord = nominal ? tokens[nominal.to - 1]!.text.toLowerCase() : "";
      const isHead =
        nominal && NOMINAL_HEADS.has(headWord) && (nominal.kind === "NOMINAL" || nominal.to - nominal.from === 1);
      if (nominal && isHead) return { from: nominal.from, to: k + 1, kind: "NOMINAL" };
    }
    return name;
  }
  // "a state report found": a head noun that is also a speech verb, after a modifier or determiner
  const nounAfterModifier =
    NOMINAL_HEADS.has(w) &&
    tokens[k - 1]?.isWord === true &&
    !AUXILIARIES.has(tokens[k - 1]!.text) &&
    !PRONOUNS.has(tokens[k - 1]!.text.toLowerCase());
  if (!t.isWord || (isVerbLike(t.text) && !nounAfterModifier) || FUNCTION_WORDS.has(w)) return null;
  // "a call for", "those reports", "a controversial comment": an article or adjective is no speaker
  if (ARTICLE_LIKE.has(w) || isAdjectiveLike(w)) return null;
  let s = k;
  while (s > floor && k - s < MAX_NOMINAL && !DETERMINERS.has(tokens[s]!.text.toLowerCase())) {
    const prev = tokens[s - 1]!;
    if (prev.text === "," || prev.text === ";") break; // clause edge: maybe a bare plural ("…, and White House officials said")
    // "Afghanistan’s top security official": a possessive name acts as the determiner
    if (/^['’]s$/.test(prev.text) && isNameWord(tokens[s - 2])) {
      const owner = extendName(tokens, s - 2, floor, s - 1);
      const from = owner ? owner.from : s - 2;
      // inside a prepositional phrase ("a representative for Pakistan’s foreign office") keep going
      if (!/^(?:for|of|at|in|to|from|with|by|on)$/.test(tokens[from - 1]?.text ?? ""))
        return { from, to: k + 1, kind: "NOMINAL" };
    }
    // "the developers’ association": a plural possessive's bare apostrophe
    const pluralPossessive =
      /^['’]$/.test(prev.text) && /s$/.test(tokens[s - 2]?.text ?? "") && tokens[s - 2]!.end === prev.start;
    if (!prev.isWord && prev.text !== "’s" && prev.text !== "'s" && prev.text !== "-" && !pluralPossessive) return null;
    if (PRONOUNS.has(prev.text.toLowerCase()) || ["said", "says", "but", "that"].includes(prev.text)) return null;
    // "what critics have called": a free relative's subject starts after "what"
    if (/^(?:what|which|whom|whose|than|as)$/i.test(prev.text)) break;
    s--;
    // "63 percent of voters said": a number opens the phrase
    if (/^\p{N}/u.test(tokens[s]!.text)) return { from: s, to: k + 1, kind: "NOMINAL" };
  }
  if (DETERMINERS.has(tokens[s]!.text.toLowerCase())) {
    // "a spokeswoman for the office": the phrase the prepositional phrase belongs to
    const prep = tokens[s - 1]?.text ?? "";
    // "a spokesman close to the campaign", "an aide briefed on the talks": the person, not the campaign
    const described = getDescribedPerson(tokens, s - 1, floor);
    if (described) return { from: described.from, to: k + 1, kind: "NOMINAL" };
    const outer =
      /^(?:for|of|at|with|from)$/.test(prep) && s - 2 >= floor ? getBackwardPhrase(tokens, s - 2, floor) : null;
    if (outer?.kind === "NOMINAL" && PERSON_LIKE_HEAD.test(tokens[outer.to - 1]!.text) && outer.to === s - 1)
      return { from: outer.from, to: k + 1, kind: "NOMINAL" };
    return { from: s, to: k + 1, kind: "NOMINAL" };
  }
  // a bare plural ("Officials said", "Senate Democrats said")
  if (/s$/.test(t.text) && (s === k || isNameWord(tokens[k - 1]))) {
    let b = k;
    while (
      b > floor &&
      isNameWord(tokens[b - 1]) &&
      !SENTENCE_ADVERBS.has(tokens[b - 1]!.text.toLowerCase()) &&
      k - b < 3
    )
      b--;
    return { from: b, to: k + 1, kind: "NOMINAL" };
  }
  return null;
}

/**
 * The person phrase a post-modifier describes when `prep` (the index of a preposition) follows
 * one: "an official speaking to | the Ledger", "a spokesman close to | the campaign". The phrase
 * a cue's subject then begins with is the person, whatever the preposition's object is; null
 * when no person-like head stands before the post-modifier.
 */
function getDescribedPerson(tokens: readonly Token[], prep: number, floor: number): SpeakerPhrase | null {
  if (!/^(?:to|with|on|about|in|of|for|by|from)$/.test(tokens[prep]?.text ?? "")) return null;
  const modifier = tokens[prep - 1];
  if (!modifier || prep - 2 < floor || !PERSON_POSTMODIFIERS.has(modifier.text.toLowerCase())) return null;
  const person = getBackwardPhrase(tokens, prep - 2, floor);
  if (!person || person.to !== prep - 1 || person.kind === "PRONOUN") return null;
  return PERSON_LIKE_HEAD.test(tokens[person.to - 1]!.text) || person.kind === "NAME" ? person : null;
}

function extendName(tokens: readonly Token[], k: number, floor: number, to: number): SpeakerPhrase | null {
  let s = k;
  // "the Prime Minister’s Office": a possessive name inside a capitalised name
  const isPossessiveLink = (i: number) =>
    /^['’]s$/.test(tokens[i]?.text ?? "") && isNameWord(tokens[i - 1]) && isNameWord(tokens[i + 1]);
  while (
    s > floor &&
    (isNamePart(tokens, s - 1) ||
      isPossessiveLink(s - 1) ||
      (/^(?:of|for)$/.test(tokens[s - 1]!.text) && isNameWord(tokens[s - 2])))
  )
    s--;
  while (s < to && (!isNameWord(tokens[s]) || (SENTENCE_ADVERBS.has(tokens[s]!.text.toLowerCase()) && s + 1 < to))) s++;
  return s < to ? { from: s, to, kind: "NAME" } : null;
}

function findOpenParen(tokens: readonly Token[], k: number, floor: number): number {
  for (let i = k - 1; i >= floor && k - i < 8; i--) if (tokens[i]!.text === "(") return i;
  return -1;
}

// prepositions never open a speaker phrase ("said on Twitter")
const LOOSE_NEVER_FIRST = new Set([
  "on",
  "in",
  "at",
  "to",
  "from",
  "by",
  "with",
  "for",
  "of",
  "during",
  "after",
  "before",
  "via",
  "through",
]);

/**
 * Like getForwardPhrase, but lets up to three lower-case or numeric modifiers
 * open a name ("9/11 widow Terry Strada", "conservative talk radio host Rush Limbaugh").
 */
export function getLooseForwardPhrase(tokens: readonly Token[], j: number, limit: number): SpeakerPhrase | null {
  const phrase = getForwardPhrase(tokens, j, limit);
  if (phrase) return phrase;
  if (LOOSE_NEVER_FIRST.has(tokens[j]?.text ?? "")) return null;
  let c = j;
  while (c < limit && c - j < 5 && !tokens[c]!.isCap && (tokens[c]!.isWord || tokens[c]!.text === "/")) c++;
  const named = c > j && c < limit && tokens[c]!.isCap ? getForwardPhrase(tokens, c, limit) : null;
  if (named && named.kind === "NAME") return { from: j, to: named.to, kind: "NAME" };
  return getBareNominal(tokens, j, limit);
}

/** Whether a token closes a clause: punctuation that no verb's object starts with, or the end. */
function endsClause(t: Token | undefined): boolean {
  return t === undefined || /^[.,;:!?)]$/.test(t.text);
}

/**
 * A noun phrase without determiner ending in a speaker head ("according to show insiders",
 * "said people familiar with the talks" → "people"), or null.
 */
function getBareNominal(tokens: readonly Token[], j: number, limit: number): SpeakerPhrase | null {
  let head = -1;
  for (let k = j; k < limit && k - j < 5; k++) {
    const t = tokens[k]!;
    if (!t.isWord || !/^\p{Ll}/u.test(t.text) || PHRASE_BREAKS.has(t.text) || FUNCTION_WORDS.has(t.text)) break;
    if (NOMINAL_HEADS.has(t.text)) head = k;
  }
  return head >= 0 ? { from: j, to: head + 1, kind: "NOMINAL" } : null;
}

/**
 * A nominal followed by the name it describes ("a State Department spokeswoman, Jane Doe,",
 * "another critic, John Roe"): the whole apposition, so the name resolves the speaker.
 * `limit` is the first token the apposition cannot reach (the verb, the paragraph end).
 */
export function withNameApposition(tokens: readonly Token[], phrase: SpeakerPhrase, limit: number): SpeakerPhrase {
  if (tokens[phrase.to]?.text !== ",") return phrase;
  // "The Chancellor, Jane Doe,": a capitalised title alone is a role, not a name
  const words = tokens.slice(phrase.from, phrase.to).filter((t) => t.isWord && !DETERMINERS.has(t.text.toLowerCase()));
  const isRole =
    phrase.kind === "NOMINAL" || (words.length > 0 && words.every((t) => TITLE_WORDS.has(t.text.toLowerCase())));
  const head = tokens[phrase.to - 1]!.text.toLowerCase();
  if (!isRole || NON_PERSON_HEADS.has(head) || !/^\p{L}+$/u.test(head)) return phrase;
  const name = getForwardPhrase(tokens, phrase.to + 1, limit);
  if (!name || name.kind !== "NAME") return phrase;
  const after = tokens[name.to];
  if (name.to < limit && after && !/^[,.;:)]$/.test(after.text)) return phrase;
  return { from: phrase.from, to: name.to, kind: "NAME" };
}

/**
 * A described role in apposition after a name ("Jane Doe, a spokeswoman for the Coalition, said"):
 * the name with its description, so the name resolves the speaker. `floor` bounds the look-back.
 */
export function withNameBefore(tokens: readonly Token[], phrase: SpeakerPhrase, floor: number): SpeakerPhrase {
  if (
    phrase.kind !== "NOMINAL" ||
    tokens[phrase.from - 1]?.text !== "," ||
    !/^(?:a|an)$/i.test(tokens[phrase.from]!.text)
  )
    return phrase;
  const name = phrase.from - 2 >= floor ? getBackwardPhrase(tokens, phrase.from - 2, floor) : null;
  return name && name.kind === "NAME" ? { from: name.from, to: phrase.to, kind: "NAME" } : phrase;
}
