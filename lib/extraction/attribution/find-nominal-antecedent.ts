import { matchLexicon } from "@/lib/extraction/actors/match-lexicon.ts";
import { getCountryByCapital, getCountryByName } from "@/lib/extraction/lexicon/countries.ts";
import { spellOutTitle } from "@/lib/extraction/lexicon/honorifics.ts";
import type { ActorType } from "@/lib/extraction/types.ts";
import { LOOKBACK, lowerBound, type SpeakerContext } from "./speaker-context.ts";

const SPOKES = /\b(?:spokesman|spokeswoman|spokesperson|spokespeople|spokesmen)$/i;

/** Nominal heads that refer back to the latest organisation (or country) named ("the group said"). */
export const GROUP_HEADS = new Set([
  "group",
  "militants",
  "insurgents",
  "organization",
  "organisation",
  "movement",
  "outfit",
  "militia",
  "network",
  "country",
  "party",
  "agency",
  "ministry",
  "company",
  "firm",
]);

/** Heads of a body's name a definite nominal may stand for ("the council" for "Harbor City Council"). */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  "council",
  "board",
  "committee",
  "commission",
  "court",
  "union",
  "agency",
  "department",
  "ministry",
  "bureau",
  "authority",
  "office",
  "party",
  "foundation",
  "institute",
  "university",
  "college",
  "association",
  "company",
  "corporation",
  "bank",
  "senate",
  "assembly",
  "legislature",
  "parliament",
  "panel",
  "tribunal",
  "coalition",
  "alliance",
  "federation",
  "league",
  "network",
  "group",
  "campaign",
]);

/**
 * The latest organisation named outside quotes before `at` whose name has `head` as a word
 * ("the board" after "the Illinois Board of Elections"), or null.
 */
export function findNamedBody(ctx: SpeakerContext, at: number, head: string): string | null {
  const word = new RegExp(`(?:^|\\s)${head}(?:\\s|$)`, "i");
  for (let i = lowerBound(ctx.mentions, at) - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const m = ctx.mentions[i]!;
    if (!m.actorKey || ctx.isQuoted(m.start)) continue;
    const a = ctx.actorByKey.get(m.actorKey);
    if (a?.type === "ORGANIZATION" && word.test(a.name)) return a.key;
  }
  return null;
}

/** The latest actor of `type` named outside quotes before `at`, or null. */
export function findLatestOfType(ctx: SpeakerContext, at: number, type: ActorType): string | null {
  for (let i = lowerBound(ctx.mentions, at) - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const m = ctx.mentions[i]!;
    if (m.actorKey && ctx.actorByKey.get(m.actorKey)?.type === type && !ctx.isQuoted(m.start)) return m.actorKey;
  }
  return null;
}

/**
 * The person whose title fits "Afghanistan’s top national security official":
 * a title naming that country (or its demonym) and sharing a role word
 * ("Afghan National Security Adviser"); titles are unique enough to look ahead too.
 */
export function findTitledByCountry(ctx: SpeakerContext, words: readonly string[]): string | null {
  const at = words.findIndex((w) => /['’]s$/.test(w));
  const owner = words[at]!.replace(/['’]s$/, "");
  const country = getCountryByName(owner) ?? getCountryByCapital(owner);
  if (!country) return null;
  const marks = [country.name, ...country.demonyms].map((m) => m.toLowerCase());
  const roles = words
    .slice(at + 1)
    .map((w) => w.toLowerCase())
    .filter((w) => !GENERIC_MODIFIERS.has(w) && w.length > 2);
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

// modifiers that say nothing about which source is meant
const GENERIC_MODIFIERS = new Set([
  "senior",
  "top",
  "former",
  "same",
  "other",
  "first",
  "second",
  "another",
  "administration",
  "government",
  "high-ranking",
  "ranking",
  "u.s.",
  "us",
]);

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

/** A description without its prepositional phrase ("attorneys for the family" → "attorneys"): its head ends it. */
function coreOf(name: string): string {
  return name.split(/\s+(?:of|for|at|in|with|from|to|on)\s+/)[0]!;
}

/**
 * The earlier actor a definite nominal refers to ("the official", "the minister"):
 * a recent speaker or anonymous source with that head and compatible modifiers,
 * or a person whose title ends in it.
 */
export function findNominalAntecedent(
  ctx: SpeakerContext,
  at: number,
  head: string,
  modifiers: readonly string[] = [],
): string | null {
  const heads = SPOKES.test(head) ? SPOKES : new RegExp(`\\b${head.replace(/[^a-z-]/g, "")}s?$`, "i");
  const byKey = ctx.actorByKey;
  for (let i = ctx.speakers.length - 1; i >= 0 && ctx.speakers.length - i <= LOOKBACK; i--) {
    const a = byKey.get(ctx.speakers[i]!.key);
    if (a && a.type === "ANONYMOUS" && !isModifierCompatible(ctx, modifiers, a.name)) continue;
    if (a && (heads.test(coreOf(a.name)) || (a.title && heads.test(spellOutTitle(a.title).split(/\s+/).pop() ?? ""))))
      return a.key;
  }
  for (let i = lowerBound(ctx.mentions, at) - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const m = ctx.mentions[i]!;
    if (!m.actorKey) continue;
    const a = byKey.get(m.actorKey);
    // "the prime minister" is not the foreign minister: the title must hold the nominal's own modifiers
    // ("Gov. Jane Doe" is "the governor")
    const title = a?.title ? spellOutTitle(a.title) : null;
    if (a && title && new RegExp(`\\b${head}\\b`, "i").test(title) && isModifierCompatible(ctx, modifiers, title))
      return a.key;
  }
  for (let i = ctx.actors.length - 1; i >= 0 && ctx.actors.length - i <= LOOKBACK; i--) {
    const a = ctx.actors[i]!;
    if (a.type === "ANONYMOUS" && heads.test(coreOf(a.name)) && isModifierCompatible(ctx, modifiers, a.name))
      return a.key;
  }
  return null;
}
