import type { SpeakerContext } from "./resolve-speaker.ts";
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from "../lexicon/honorifics.ts";

type Gender = "M" | "F" | null;

function genderOfPronoun(p: string): Gender {
  return p === "he" ? "M" : p === "she" ? "F" : null;
}

function genderOfActor(ctx: SpeakerContext, key: string): Gender {
  const a = ctx.actors.find((x) => x.key === key);
  if (!a) return null;
  for (const form of [...a.aliases, a.title ?? ""]) {
    const first = form.split(/[\s.]+/)[0] ?? "";
    if (MALE_HONORIFICS.has(first)) return "M";
    if (FEMALE_HONORIFICS.has(first)) return "F";
  }
  return null;
}

/**
 * The actor a pronoun at `at` refers to: a person named earlier in the same
 * sentence, else the latest speaker nearby, else the latest person named,
 * skipping actors whose honorifics give the other gender.
 */
export function findAntecedent(ctx: SpeakerContext, at: number, pronoun: string, paragraph: number): string | null {
  const want = genderOfPronoun(pronoun);
  const personal = want !== null || pronoun === "i";
  const typeOk = (key: string) => {
    const a = ctx.actors.find((x) => x.key === key);
    if (!a) return false;
    if (personal ? a.type !== "PERSON" && a.type !== "ANONYMOUS" : a.type === "PERSON") return pronoun === "they" || pronoun === "we";
    const g = want ? genderOfActor(ctx, key) : null;
    return g === null || g === want;
  };
  const sentenceStart = Math.max(ctx.body.lastIndexOf(". ", at), ctx.body.lastIndexOf("\n", at));
  let latest: string | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= at) break;
    if (!m.actorKey || ctx.isQuoted(m.start) || !typeOk(m.actorKey)) continue;
    latest = m.actorKey;
    if (m.start > sentenceStart && m.start < at) latest = m.actorKey;
  }
  const lastMention = [...ctx.mentions].reverse().find((m) => m.start < at && m.start > sentenceStart && m.actorKey && !ctx.isQuoted(m.start) && typeOk(m.actorKey));
  if (lastMention?.actorKey) return lastMention.actorKey;
  const speaker = [...ctx.speakers].reverse().find((s) => s.at < at && paragraph - s.paragraph <= 2 && typeOk(s.key));
  return speaker?.key ?? latest;
}
