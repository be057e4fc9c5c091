/**
 * How a summary says what happened: the past-tense verb phrase for a trigger as
 * written ("meets" → "met", "televised address" → "gave a televised address",
 * "talks with" → "held talks with"), and its passive participle when the event
 * names no agent ("arrested" → "was arrested"). Data and two lookups only.
 */
import type { EventType } from "@/lib/extraction/types.ts";

// verbs whose trigger form is not their past tense, or whose past is irregular
const PAST: ReadonlyMap<string, string> = new Map([
  ["meet", "met"],
  ["meets", "met"],
  ["will meet", "met"],
  ["hold talks", "held talks"],
  ["visit", "visited"],
  ["visits", "visited"],
  ["announces", "announced"],
  ["threatens", "threatened"],
  ["endorses", "endorsed"],
  ["hitting", "hit"],
  ["protests", "protested"],
  ["spoke by phone with", "spoke by phone with"],
  ["phoned", "phoned"],
  ["opened fire", "opened fire on"],
  ["withholding", "withheld"],
  ["withholds", "withheld"],
  ["seal off", "sealed off"],
  ["wall off", "walled off"],
  ["fence off", "fenced off"],
]);

/** The past tense of a gerund or bare verb opening a trigger ("suspending all aid" → "suspended all aid"). */
function pastOfFirstWord(t: string): string {
  const [first, ...rest] = t.split(" ");
  const irregular = PAST.get(first!);
  const past =
    irregular ??
    (/ing$/.test(first!) && first!.length > 5
      ? first!.replace(/ing$/, "ed").replace(/([^aeiou])\1ed$/, "$1ed")
      : first!);
  return [past, ...rest].join(" ");
}

// noun triggers, by their head word: the phrase a reader writes for them
const NOUN_PHRASES: readonly [RegExp, string][] = [
  [/\b(?:meetings?|sit-down)$/i, "met"],
  [/\bsummit$/i, "held a summit with"],
  [/\b(?:visit|trip to|traveled to|travelled to)$/i, "visited"],
  [/\btalks (?:with|between)$|\bfor talks$|\bnegotiations with$|\bdiscussions held$/i, "held talks with"],
  [/round ?table$/i, "held a roundtable with"],
  [/\bceremony$/i, "attended a ceremony"],
  [/\bphone call(?: with)?$/i, "spoke by phone with"],
  [/\b(?:attacks?|assault)$/i, "attacked"],
  [/\bbombings?$/i, "carried out a bombing"],
  [/\b(?:blasts?|explosions?)$/i, "carried out a bombing"],
  [/\b(?:air ?|drone )strikes?$|\bstrike$/i, "carried out a strike on"],
  [/\bannouncement$/i, "made an announcement"],
  [/\btelevised address$/i, "gave a televised address"],
  [/\binterview$/i, "gave an interview"],
  [/\b(?:press|news) conference$/i, "held a news conference"],
  [/\bin a tweet$/i, "posted a tweet"],
  [/\bstatement$/i, "issued a statement"],
  [/\bspeech$/i, "gave a speech"],
  [/\belections?$/i, "held an election"],
  [/\b(?:protests|protesters|demonstrations?|demonstrators)$/i, "protested"],
  [/\bhunger strike$/i, "went on a hunger strike"],
  [/\bembargo$/i, "imposed an embargo on"],
  [/\bhumanitarian aid$/i, "provided humanitarian aid to"],
  [/\bendorsement$/i, "endorsed"],
  [/\bultimatum$/i, "issued an ultimatum to"],
  [/\bjoint (?:operation|exercises?|patrols?)$/i, "held a joint operation with"],
];

// a phrase's participle when it has no agent ("Omar Farooq was arrested")
const PARTICIPLE: ReadonlyMap<string, string> = new Map([
  ["met", "met"],
  ["held talks with", "held talks with"],
]);

/** The past-tense verb phrase a summary uses for `trigger` (as written) of an event of `type`. */
export function getPastPhrase(trigger: string, type: EventType, noun: boolean): string {
  const t = trigger.replace(/\s+/g, " ").trim();
  const lower = t.toLowerCase();
  if (noun)
    return (
      NOUN_PHRASES.find(([re]) => re.test(lower))?.[1] ?? `took part in ${/^[aeiou]/i.test(t) ? "an" : "a"} ${lower}`
    );
  const known = PAST.get(lower);
  if (known) return known;
  // "could cut": a threat says what was threatened
  const threat = /^(?:could|would|will|might)\s+(\w+)$/i.exec(lower);
  if (type === "THREATEN" && threat) return `threatened to ${threat[1]}`;
  if (/^voted in\b/.test(lower)) return lower;
  if (/^\p{Ll}+ing\b/u.test(lower) || PAST.has(lower.split(" ")[0]!)) return pastOfFirstWord(lower);
  // "in a tweet", "televised address", "press conference": framed statements read as acts
  const framed = NOUN_PHRASES.find(([re]) => re.test(lower));
  if (framed) return framed[1];
  return /^[A-Z]/.test(t) && !/^[A-Z]{2}/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

/** Whether a trigger reads as a framed act with its own object ("in a tweet" → "posted a tweet"): no clause words follow it. */
export function isFramedAct(trigger: string, noun: boolean): boolean {
  const lower = trigger.replace(/\s+/g, " ").trim().toLowerCase();
  return noun || (!PAST.has(lower) && NOUN_PHRASES.some(([re]) => re.test(lower)));
}

// verbs whose passive names who underwent them ("Omar Farooq was arrested"); others ("agreed", "resigned") have none
const PASSIVE_VERBS = new Set([
  "arrested",
  "detained",
  "killed",
  "attacked",
  "ambushed",
  "assaulted",
  "bombed",
  "shelled",
  "sanctioned",
  "accused",
  "indicted",
  "expelled",
  "deported",
  "appointed",
  "endorsed",
  "asked",
  "urged",
  "visited",
  "met",
  "hosted",
  "released",
  "freed",
  "threatened",
  "condemned",
  "denounced",
  "seized",
  "raided",
  "evacuated",
  "stormed",
  "massacred",
  "telephoned",
  "phoned",
  "invited",
  "summoned",
  "rejected",
  "re-elected",
]);

/** A noun phrase for an event of `type`, for sentences that say who was involved in it. */
export const TYPE_NOUNS: Readonly<Record<EventType, string>> = Object.freeze({
  CONSULT: "a meeting",
  ASSAULT: "an attack",
  AGREE: "an agreement",
  REJECT: "a rejection",
  SANCTION: "sanctions",
  ANNOUNCE: "an announcement",
  REQUEST: "a request",
  RETREAT: "a withdrawal",
  ELECT: "an election",
  ACCUSE: "an accusation",
  THREATEN: "a threat",
  PROTEST: "a protest",
  MOBILIZE: "a deployment",
  COERCE: "an arrest",
  COOPERATE: "a joint effort",
  AID: "an aid effort",
  SUPPORT: "an endorsement",
  CONCEDE: "a concession",
} as Record<EventType, string>);

/** The passive form of a past phrase for an event without an agent ("arrested" → "was arrested"), or null. */
export function getPassivePhrase(past: string, plural: boolean): string | null {
  // only a lone verb turns passive: "released 14 hostages" has its object already
  const participle = PARTICIPLE.get(past) ?? (PASSIVE_VERBS.has(past) ? past : null);
  return participle ? `${plural ? "were" : "was"} ${participle}` : null;
}
