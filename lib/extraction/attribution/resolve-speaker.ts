import type { ActorRecord, ActorType, Mention, Span } from "../types.ts";
import { toActorKey } from "../actors/merge-aliases.ts";
import { matchLexicon } from "../actors/match-lexicon.ts";
import { getCountryByCapital, getCountryByName } from "../lexicon/countries.ts";
import { NOMINAL_HEADS, NON_PERSON_HEADS } from "../lexicon/titles.ts";
import { isHonorific, bareHonorific } from "../lexicon/honorifics.ts";
import { ORGANIZATION_HEADS } from "../lexicon/organizations.ts";
import { findAntecedent } from "./find-antecedent.ts";
import { DETERMINERS } from "./word-classes.ts";

/** What attribution knows while it walks the quotes of one article. */
export interface SpeakerContext {
  body: string;
  actors: ActorRecord[];
  /** Name mentions with an actor, sorted by start. */
  mentions: Mention[];
  /** Mentions attribution adds (pronouns, nominals, anonymous sources). */
  added: Mention[];
  /** Whether an offset lies inside a quotation (names there are not antecedents). */
  isQuoted: (offset: number) => boolean;
  /** The speakers of quotes attributed so far, in text order. */
  speakers: { key: string; at: number; paragraph: number }[];
  /** `actors` by key, kept in step with it. */
  actorByKey: Map<string, ActorRecord>;
  /** Whether a lower-cased word is written lower-case somewhere in the article (an ordinary word). */
  isCommonWord: (word: string) => boolean;
}

const LOOKBACK = 400; // mentions and actors looked back at: keeps resolution linear in article length

const SPOKES = /\b(?:spokesman|spokeswoman|spokesperson|spokespeople|spokesmen)$/i;

/**
 * The actor a speaker phrase refers to: the name mentioned there, the person a
 * pronoun points back to, the anonymous source or titled person a nominal names.
 * Creates an ANONYMOUS (or missing PERSON) actor when nothing matches.
 */
export function resolveSpeaker(ctx: SpeakerContext, span: Span, kind: "PRONOUN" | "NAME" | "NOMINAL", paragraph: number): string | null {
  const words = span.text.split(/\s+/);
  const head = (words[words.length - 1] ?? "").toLowerCase();
  if (kind === "PRONOUN") {
    const key = findAntecedent(ctx, span.start, head, paragraph);
    ctx.added.push({ ...span, actorKey: key, form: "PRONOUN" });
    return key;
  }
  if (kind === "NAME") {
    const named = findNamedWithin(ctx.mentions, span);
    if (named) return named.actorKey;
    // "Police said", "People said": a capitalised common noun, not a name
    if (words.length === 1 && (NOMINAL_HEADS.has(head) || NOMINAL_HEADS.has(head.replace(/s$/, "")) || ctx.isCommonWord(head))) {
      ctx.added.push({ ...span, actorKey: null, form: "NOMINAL" });
      return null;
    }
    return addActor(ctx, span, stripTitles(span.text), guessType(span.text), "NAME");
  }
  const det = (words[0] ?? "").toLowerCase();
  const named = findNamedWithin(ctx.mentions, span);
  if (named && /^(?:the|a|an)$/.test(det) && words.length <= 3 && named.end === span.end) return named.actorKey;
  // "White House officials said": a bare plural speaks for the body it names
  if (named && !DETERMINERS.has(det) && /s$/.test(head)) {
    ctx.added.push({ ...span, actorKey: named.actorKey, form: "NOMINAL" });
    return named.actorKey;
  }
  if (det === "the" && GROUP_HEADS.has(head)) {
    const key = findLatestOfType(ctx, span.start, head === "country" ? "COUNTRY" : "ORGANIZATION");
    if (key) {
      ctx.added.push({ ...span, actorKey: key, form: "NOMINAL" });
      return key;
    }
  }
  const possessive = /['’]s$/.test(words.find((w) => /['’]s$/.test(w)) ?? "");
  const titled = possessive ? findTitledByCountry(ctx, words) : null;
  if (titled) {
    ctx.added.push({ ...span, actorKey: titled, form: "NOMINAL" });
    return titled;
  }
  if (det === "the" || det === "this" || det === "that" || possessive) {
    const key = findNominalAntecedent(ctx, span.start, head, words.slice(1, -1));
    if (key) {
      ctx.added.push({ ...span, actorKey: key, form: "NOMINAL" });
      return key;
    }
  }
  const name = span.text.replace(/^(?:the|a|an|one|another|this|that)\s+/i, "");
  // only a person-like head makes an anonymous source ("a senior official", not "the ruling");
  // a bare generic plural ("officials said") or a possessive phrase ("their attorneys") names no one in particular
  // the head noun comes before any prepositional phrase: "a representative for Pakistan’s foreign office"
  const core = span.text.split(/\s+(?:of|for|at|in|with|from|to|on)\s+/)[0]!.split(/\s+/);
  const coreHead = (core[core.length - 1] ?? "").toLowerCase();
  const personal = PERSON_HEAD.test(coreHead) && !NON_PERSON_HEADS.has(coreHead);
  if (!personal || /^(?:his|her|its|their|our|my|your)$/.test(det) || (!/\s/.test(name) && /s$/.test(name) && !DETERMINERS.has(det))) {
    ctx.added.push({ ...span, actorKey: null, form: "NOMINAL" });
    return null;
  }
  return addActor(ctx, span, name, "ANONYMOUS", "ANONYMOUS");
}

// heads of nominal phrases that can name an anonymous source
const PERSON_HEAD = /^(?:officials?|spokes(?:man|woman|person|people|men)|sources?|diplomats?|analysts?|aides?|advis[eo]rs?|representatives?|lawmakers?|senators?|experts?|officers?|commanders?|envoys?|ambassadors?|secretary|leaders?|governors?|mayors?|chairman|chairwoman|directors?|negotiators?|militants?|insiders?|residents?|witness(?:es)?|investigators?|prosecutors?|lawyers?|attorneys?|strategists?|operatives?|staffers?|employees?|executives?|economists?|scholars?|researchers?|doctors?|minister|ministers|narrator|announcer|questioner|critics?|supporters?|activists?|organizers?|members?|journalists?|reporters?|businessman|businesswoman|voters?|veterans?|families|parents?|students?|teachers?|workers?)$/;

// nominals that refer back to the latest organisation (or country) named
const GROUP_HEADS = new Set(["group", "militants", "insurgents", "organization", "organisation", "movement", "outfit", "militia", "network", "country", "party", "agency", "ministry", "company", "firm"]);

function findLatestOfType(ctx: SpeakerContext, at: number, type: ActorType): string | null {
  for (let i = lowerBound(ctx.mentions, at) - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const m = ctx.mentions[i]!;
    if (m.actorKey && ctx.actorByKey.get(m.actorKey)?.type === type && !ctx.isQuoted(m.start)) return m.actorKey;
  }
  return null;
}

/** Index of the first mention starting at or after `at`. */
export function lowerBound(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The person whose title fits "Afghanistan’s top national security official":
 * a title naming that country (or its demonym) and sharing a role word
 * ("Afghan National Security Adviser"); titles are unique enough to look ahead too.
 */
function findTitledByCountry(ctx: SpeakerContext, words: readonly string[]): string | null {
  const at = words.findIndex((w) => /['’]s$/.test(w));
  const owner = words[at]!.replace(/['’]s$/, "");
  const country = getCountryByName(owner) ?? getCountryByCapital(owner);
  if (!country) return null;
  const marks = [country.name, ...country.demonyms].map((m) => m.toLowerCase());
  const roles = words.slice(at + 1).map((w) => w.toLowerCase()).filter((w) => !GENERIC_MODIFIERS.has(w) && w.length > 2);
  let best: string | null = null;
  let bestShared = 1; // at least two role words in common: one is not enough to tell people apart
  for (const a of ctx.actors) {
    if (a.type !== "PERSON" || !a.title) continue;
    const title = a.title.toLowerCase();
    if (!marks.some((m) => title.includes(m))) continue;
    const shared = roles.filter((r) => title.split(/\s+/).includes(r)).length;
    if (shared > bestShared) {
      best = a.key;
      bestShared = shared;
    }
  }
  return best;
}

function findNamedWithin(mentions: readonly Mention[], span: Span): Mention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | null = null;
  for (let i = Math.max(0, lo - 2); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= span.end) break;
    if (m.end > span.start && m.actorKey) best = m;
  }
  return best;
}

// modifiers that say nothing about which source is meant
const GENERIC_MODIFIERS = new Set(["senior", "top", "former", "same", "other", "first", "second", "another", "administration", "government", "high-ranking", "ranking", "u.s.", "us"]);

/** Whether the modifiers of "the Pakistani official" fit the anonymous actor "senior US official". */
function isModifierCompatible(ctx: SpeakerContext, modifiers: readonly string[], actorName: string): boolean {
  const name = actorName.toLowerCase();
  const specific = modifiers.filter((m) => !GENERIC_MODIFIERS.has(m.toLowerCase()));
  return specific.every((m) => {
    if (name.includes(m.toLowerCase())) return true;
    const expanded = matchLexicon(m);
    return expanded !== null && name.includes(expanded.name.toLowerCase());
  });
}

function findNominalAntecedent(ctx: SpeakerContext, at: number, head: string, modifiers: readonly string[] = []): string | null {
  const heads = SPOKES.test(head) ? SPOKES : new RegExp(`\\b${head.replace(/[^a-z-]/g, "")}s?$`, "i");
  const byKey = ctx.actorByKey;
  for (let i = ctx.speakers.length - 1; i >= 0 && ctx.speakers.length - i <= LOOKBACK; i--) {
    const a = byKey.get(ctx.speakers[i]!.key);
    if (a && a.type === "ANONYMOUS" && !isModifierCompatible(ctx, modifiers, a.name)) continue;
    if (a && (heads.test(a.name) || (a.title && heads.test(a.title.split(/\s+/).pop() ?? "")))) return a.key;
  }
  for (let i = lowerBound(ctx.mentions, at) - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const m = ctx.mentions[i]!;
    if (!m.actorKey) continue;
    const a = byKey.get(m.actorKey);
    if (a && a.title && new RegExp(`\\b${head}\\b`, "i").test(a.title)) return a.key;
  }
  for (let i = ctx.actors.length - 1; i >= 0 && ctx.actors.length - i <= LOOKBACK; i--) {
    const a = ctx.actors[i]!;
    if (a.type === "ANONYMOUS" && heads.test(a.name) && isModifierCompatible(ctx, modifiers, a.name)) return a.key;
  }
  if (NON_PERSON_HEADS.has(head)) return null;
  return null;
}

function addActor(ctx: SpeakerContext, span: Span, rawName: string, type: ActorType, form: Mention["form"]): string | null {
  if (!/\p{L}/u.test(rawName)) return null;
  const lex = type === "ANONYMOUS" ? null : matchLexicon(rawName);
  const name = lex && lex.type !== "LOCATION" ? lex.name : rawName.replace(/^The\s+/, "");
  const key = toActorKey(name);
  if (!ctx.actorByKey.has(key)) {
    const actor: ActorRecord = { key, name, type, aliases: [], title: null };
    ctx.actors.push(actor);
    ctx.actorByKey.set(key, actor);
  }
  ctx.added.push({ ...span, actorKey: key, form });
  return key;
}

function stripTitles(text: string): string {
  const words = text.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (isHonorific(bareHonorific(words[i]!)) || /^\p{Ll}/u.test(words[i]!))) i++;
  return words.slice(i).join(" ");
}

function guessType(text: string): ActorType {
  const lex = matchLexicon(text);
  if (lex && lex.type !== "LOCATION") return lex.type;
  return text.split(/\s+/).some((w) => ORGANIZATION_HEADS.has(w)) ? "ORGANIZATION" : "PERSON";
}
