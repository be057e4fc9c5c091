import { getCountryByDemonym, getCountryByName } from "@/lib/extraction/lexicon/countries.ts";
import { lowerBound, type SpeakerContext } from "./speaker-context.ts";

// bodies through which a country speaks ("the Afghan government", "Pakistan's foreign ministry")
const GOVERNMENT_HEADS = new Set([
  "government",
  "ministry",
  "office",
  "embassy",
  "military",
  "army",
  "cabinet",
  "presidency",
  "administration",
  "authorities",
  "regime",
  "foreign",
  "interior",
  "defence",
  "defense",
]);

/**
 * The country a government phrase speaks for ("the Afghan government" →
 * Afghanistan, "the Pakistani foreign ministry" → Pakistan), or null. Only a
 * demonym or country name directly modifying a government noun counts.
 */
export function getGovernmentCountry(words: readonly string[]): string | null {
  const head = (words[words.length - 1] ?? "").toLowerCase();
  if (!GOVERNMENT_HEADS.has(head)) return null;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.replace(/['’]s$/, "");
    const country = getCountryByDemonym(w) ?? (/^\p{Lu}/u.test(w) ? getCountryByName(w) : null);
    if (country && words.slice(i + 1).every((x) => /^\p{Ll}/u.test(x))) return country.name;
  }
  return null;
}

/** How far back (characters) a role noun still means the person just named. */
const JUST_NAMED = 300;

/**
 * The person named just before a definite role noun ("Gen. Jane Doe met the
 * envoy. “…,” the army's top military official said" → Jane Doe): the latest
 * PERSON mention outside quotes within a short distance, or null. A name used as
 * a modifier ("the Doe administration") is no mention of a person, so it never counts.
 */
export function findPersonJustNamed(ctx: SpeakerContext, at: number): string | null {
  for (let i = lowerBound(ctx.mentions, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (at - m.end > JUST_NAMED) break;
    if (!m.actorKey || ctx.isQuoted(m.start)) continue;
    const a = ctx.actorByKey.get(m.actorKey);
    if (a?.type === "PERSON" && !isModifier(ctx.body, m.end)) return a.key;
  }
  return null;
}

/** Whether the name ending at `end` modifies a noun after it ("Trump administration", "Doe campaign"). */
function isModifier(body: string, end: number): boolean {
  return (
    /^\s+\p{Ll}/u.test(body.slice(end, end + 3)) &&
    !/^\s+(?:said|says|told|added|and|or|who|was|is|has|had|met|spoke)\b/.test(body.slice(end, end + 12))
  );
}
