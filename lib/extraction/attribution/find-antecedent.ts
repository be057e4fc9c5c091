import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "@/lib/extraction/lexicon/first-names.ts";
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from "@/lib/extraction/lexicon/honorifics.ts";
import type { Mention } from "@/lib/extraction/types.ts";
import { findAntecedentCandidates, rankAntecedents, type AntecedentTests, type Gender } from "./antecedent-ranker.ts";
import { lowerBound, type SpeakerContext, LOOKBACK } from "./speaker-context.ts";

function genderOfActor(ctx: SpeakerContext, key: string): Gender {
  const a = ctx.actorByKey.get(key);
  if (!a) return null;
  for (const form of [...a.aliases, a.title ?? ""]) {
    const first = form.split(/[\s.]+/)[0] ?? "";
    if (MALE_HONORIFICS.has(first)) return "M";
    if (FEMALE_HONORIFICS.has(first)) return "F";
  }
  const given = a.type === "PERSON" ? (a.name.split(/\s+/)[0] ?? "") : "";
  // (a one-word actor that is a given name, "Melania", is called by it)
  if (FEMALE_FIRST_NAMES.has(given)) return "F";
  if (MALE_FIRST_NAMES.has(given)) return "M";
  return null;
}

function isCompatible(ctx: SpeakerContext, key: string, pronoun: string): boolean {
  if (!isTypeCompatible(ctx, key, pronoun)) return false;
  const want: Gender = pronoun === "he" ? "M" : pronoun === "she" ? "F" : null;
  const g = want ? genderOfActor(ctx, key) : null;
  return g === null || g === want;
}

function isTypeCompatible(ctx: SpeakerContext, key: string, pronoun: string): boolean {
  const a = ctx.actorByKey.get(key);
  if (!a) return false;
  if (pronoun === "it") return a.type === "ORGANIZATION" || a.type === "COUNTRY";
  // "they" is a group (an organisation, a country, "officials"), seldom one named person
  if (pronoun === "they") return a.type !== "PERSON";
  if (pronoun === "we") return true;
  return a.type === "PERSON" || a.type === "ANONYMOUS";
}

/**
 * The actor a pronoun at `at` refers to. With the learned ranker's weights (`ctx.antecedentModel`)
 * the best-scored of the candidates `antecedent-ranker.ts` proposes, the rule's choice among them;
 * else the rule's choice alone.
 */
export function findAntecedent(ctx: SpeakerContext, at: number, pronoun: string, _paragraph: number): string | null {
  // "Mara Quint, who portrayed him as …": a relative pronoun means the name it follows, by syntax
  if (pronoun === "who") {
    const named = findRelativeAntecedent(ctx, at);
    if (named) return named;
  }
  const rule = findRuleAntecedent(ctx, at, pronoun);
  if (!ctx.antecedentModel && !ctx.onAntecedent) return rule;
  const tests: AntecedentTests = {
    isTypeCompatible: (key, p) => isTypeCompatible(ctx, key, p),
    genderOf: (key) => genderOfActor(ctx, key),
  };
  const candidates = findAntecedentCandidates(ctx, at, pronoun, rule, tests);
  const chosen = ctx.antecedentModel ? rankAntecedents(ctx.antecedentModel, candidates) : rule;
  ctx.onAntecedent?.({ at, pronoun, candidates, rule, chosen });
  return chosen;
}

/**
 * The actor named right before the relative pronoun at `at` ("Jane Doe, who", "Jane Doe - who",
 * "Jane Doe who"), or null when no name ends there.
 */
function findRelativeAntecedent(ctx: SpeakerContext, at: number): string | null {
  const { body } = ctx;
  let p = at;
  while (p > 0 && /\s/.test(body[p - 1]!)) p--;
  if (p > 0 && /[,\u2013\u2014-]/.test(body[p - 1]!)) {
    p--;
    while (p > 0 && /\s/.test(body[p - 1]!)) p--;
  }
  const m = ctx.mentions[lowerBound(ctx.mentions, p) - 1];
  return m && m.end === p && m.actorKey && !ctx.isQuoted(m.start) ? m.actorKey : null;
}

/**
 * The rule: the latest compatible actor named outside quotes, unless the latest
 * speaker was named in that same sentence before it ("Smith said of Jones …, he
 * added" means Smith).
 */
function findRuleAntecedent(ctx: SpeakerContext, at: number, pronoun: string): string | null {
  let named: Mention | null = null;
  const from = lowerBound(ctx.mentions, at) - 1;
  for (let i = from; i >= 0 && from - i < LOOKBACK; i--) {
    const m = ctx.mentions[i]!;
    // "Grassley and Leahy say …, they say": people named together are a group
    const together =
      pronoun === "they" &&
      (/^\s+and\s+$/.test(ctx.body.slice(m.end, m.end + 6).replace(/\S+$/, "")) ||
        /\s+and\s+$/.test(ctx.body.slice(Math.max(0, m.start - 6), m.start)));
    if (
      m.actorKey &&
      !ctx.isQuoted(m.start) &&
      // "a Doe supporter" names the supporter, not Doe
      !ctx.isNameModifier?.(m.end) &&
      (isCompatible(ctx, m.actorKey, pronoun) || (together && ctx.actorByKey.get(m.actorKey)?.type === "PERSON"))
    ) {
      named = m;
      break;
    }
  }
  let speaker: { key: string; at: number } | null = null;
  for (let i = ctx.speakers.length - 1; i >= 0 && ctx.speakers.length - i <= LOOKBACK; i--) {
    const s = ctx.speakers[i]!;
    if (s.at < at && isCompatible(ctx, s.key, pronoun)) {
      speaker = s;
      break;
    }
  }
  if (!named) return speaker?.key ?? null;
  if (!speaker || speaker.key === named.actorKey) return named.actorKey;
  if (speaker.at > named.start) return speaker.key;
  const between = ctx.body.slice(speaker.at, named.start);
  return /[.!?]["”’]?\s/.test(between) ? named.actorKey : speaker.key;
}
