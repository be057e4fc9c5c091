/**
 * A one-sentence summary of an event as a reader would write it: agent, verb in
 * the past tense, object, place ("Zalmay Khalilzad met Imran Khan in Islamabad",
 * "The Taliban attacked a checkpoint in Kandahar" reads "The Taliban attacked in
 * Kandahar" when no target is named). People stand for the countries and
 * offices that modify them; with no agent the sentence turns passive.
 */
import type { ActorType, EventParticipant, EventType } from "../types.ts";
import { getPassivePhrase, getPastPhrase, isFramedAct } from "./event-verbs.ts";

/** What a summary is built from. */
export interface EventSummaryParts {
  type: EventType;
  trigger: string;
  noun: boolean;
  participants: readonly EventParticipant[];
  nameOf: (key: string) => string;
  typeOf: (key: string) => ActorType | undefined;
  location: string | null;
  /** The words of the trigger's clause after it ("a planned trip to Brussels on Friday"). */
  rest?: string;
}

// where an object phrase ends: a date, a new clause, a purpose, a participle phrase
const OBJECT_END = /,(?!\d)|[;:"“”(]|\s(?:on|last|this|next|early|late|earlier|later)\s+(?:\p{Lu}\p{Ll}+day|week|month|year|\d)|\s\p{Lu}\p{Ll}+day\b|\s(?:yesterday|today|tonight|that|who|which|after|before|as|because|when|while|despite|saying|amid|if|but|and then)\b|\sto\s+(?!(?:the|a|an|its|his|her|their|our|\d)\b)\p{Ll}+\b/u;

/** The object a verb trigger's clause names in words ("a planned trip to Brussels"), at most eight words, or "". */
export function getObjectPhrase(rest: string): string {
  // "rejected on Tuesday a proposal by Qatar": a date before the object is no part of it
  const head = rest.replace(/^\s+/, "").replace(/^(?:on|last|this)\s+\p{Lu}\p{Ll}+day\s+(?=\p{Ll})/u, "");
  if (!head || /^(?:that|to|whether|if|on|in|at|by|as|earlier|later|last|this|next)\b/i.test(head) || /^\p{Lu}\p{Ll}+day\b/u.test(head)) return "";
  const cut = OBJECT_END.exec(" " + head);
  const phrase = (cut ? (" " + head).slice(0, cut.index) : " " + head).trim().replace(/[.!?]+$/, "");
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return "";
  return words.join(" ").replace(/\s+(?:on|in|at|to|for|with|from|by|of|the|a|an)$/i, "");
}

// names a reader writes with "the" ("the Taliban", "the United States", "the Interior Ministry")
const WITH_ARTICLE = /^(?:Taliban|Pentagon|Kremlin|White House|United (?:States|Nations|Kingdom|Arab Emirates)|European Union|Netherlands|Philippines|Vatican)$|\b(?:Department|Ministry|Commission|Council|Committee|Directorate|Network|Front|Party|Army|Agency|Office|Group|Movement|Alliance|Court|Parliament|Senate|Congress|Assembly|Bank|Fund|Organization|Union)(?: of [\p{L} ]+)?$/u;
const PREPOSITION: Partial<Record<EventType, string>> = { SANCTION: "on", REQUEST: "to", ANNOUNCE: "to", AID: "to", THREATEN: "to", ACCUSE: "against", ASSAULT: "on" };
const RANK: Record<ActorType, number> = { PERSON: 0, ANONYMOUS: 1, ORGANIZATION: 2, COUNTRY: 3, LOCATION: 4 };

function nameList(keys: readonly string[], parts: EventSummaryParts): string {
  // the most specific kind named stands for the rest ("Pakistan's Foreign Minister Tariq Bashir" → Tariq Bashir)
  const best = Math.min(...keys.map((k) => RANK[parts.typeOf(k) ?? "ORGANIZATION"]));
  const names = keys.filter((k) => RANK[parts.typeOf(k) ?? "ORGANIZATION"] === best).slice(0, 3).map((k) => {
    const n = parts.nameOf(k);
    return WITH_ARTICLE.test(n) && !/^the\s/i.test(n) ? `the ${n}` : n;
  });
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");
}

/** A trigger as a noun phrase with its article ("attack" → "an attack", "discussions held" → "discussions"). */
function getNounPhrase(trigger: string): string {
  const t = trigger.toLowerCase().replace(/\s+/g, " ").replace(/\s+(?:with|between|to|held|on|of)$/, "").replace(/^(?:in|during|for)\s+/, "").trim();
  if (/^(?:an?|the)\s/.test(t) || /s$/.test(t) || /ing\b/.test(t)) return t;
  return `${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The summary sentence of an event (no final stop, as the contract's summaries are). */
export function summarizeEvent(parts: EventSummaryParts): string {
  const keys = (role: EventParticipant["role"]) => parts.participants.filter((p) => p.role === role).map((p) => p.actorKey);
  const agents = keys("AGENT");
  const targets = [...keys("TARGET"), ...keys("OTHER")];
  const past = getPastPhrase(parts.trigger, parts.type, parts.noun);
  const place = parts.location;
  let line: string;
  if (agents.length) {
    // "visited Kabul": a visit with no one visited takes its place as object
    const words = isFramedAct(parts.trigger, parts.noun) ? "" : getObjectPhrase(parts.rest ?? "");
    const named = targets.length ? nameList(targets, parts) : "";
    // "sent a letter" + Imran Khan: a phrase ending in its own noun takes the target after a preposition
    const joiner = named && !words && /\s/.test(past) && !/\b(?:on|with|to|for|out|off|up|down|in)$/.test(past) && !/ed$/.test(past) ? `${PREPOSITION[parts.type] ?? "with"} ` : "";
    // the clause's own words are the object as the article tells it ("killed more than a dozen U.S. service members")
    const object = words || (named ? joiner + named : "") || (past === "visited" && place ? place : "");
    const verb = object ? past : past.replace(/\s+(?:on|with|to|for)$/, "");
    line = [nameList(agents, parts), verb, object].filter(Boolean).join(" ");
    if (place && !line.includes(place)) line += ` in ${place}`;
  } else {
    const subject = nameList(targets, parts);
    const plural = / and /.test(subject) || /^the Taliban$/.test(subject);
    // a verb told in the passive keeps it ("Omar Farooq was arrested"); a noun says who was involved, not in which role
    const passive = parts.noun && !/^\w+ed$/.test(past) ? null : getPassivePhrase(past.replace(/\s+(?:on|with|to|for)$/, ""), plural);
    line = passive ? `${subject} ${passive}` : `${subject} ${plural ? "were" : "was"} involved in ${getNounPhrase(parts.trigger)}`;
    if (place && !line.includes(place)) line += ` in ${place}`;
  }
  return capitalize(line.replace(/\s+/g, " ").trim());
}
