/**
 * A one-sentence summary of an event as a reader would write it: agent, verb in
 * the past tense, object, place ("Zalmay Khalilzad met Imran Khan in Islamabad",
 * "The Taliban attacked a checkpoint in Kandahar" reads "The Taliban carried out an attack in
 * Kandahar" when no target is named). People stand for the countries and
 * offices that modify them; with no agent the sentence turns passive.
 */
import { findSpeechVerbForms } from "@/lib/extraction/lexicon/speech-verbs.ts";
import type { ActorType, EventParticipant, EventType } from "@/lib/extraction/types.ts";
import { getPassivePhrase, getPastPhrase, isFramedAct, TYPE_NOUNS } from "./event-verbs.ts";

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
  /** The words of the trigger's sentence after it (a statement's content: "said that …"). */
  sentenceRest?: string;
  /** The words of the trigger's sentence before it (the object of "the plan, announced by X"). */
  before?: string;
  /** The words of the trigger's clause before it: its subject when no actor is named there ("Senior officials"). */
  clauseBefore?: string;
}

// a verb that needs an object reads as a noun phrase when none is named ("Stoltenberg met" → "held a meeting")
const WITHOUT_OBJECT: ReadonlyMap<string, string> = new Map([
  ["met", "held a meeting"],
  ["visited", "made a visit"],
  ["attacked", "carried out an attack"],
  ["accused", "made an accusation"],
  ["urged", "made an appeal"],
  ["asked", "made a request"],
  ["called on", "made an appeal"],
  ["threatened", "issued a threat"],
  ["condemned", "issued a condemnation"],
  ["endorsed", "gave an endorsement"],
  ["sanctioned", "imposed sanctions"],
  ["hosted", "hosted an event"],
  ["rejected", "issued a rejection"],
]);
const SPEECH = new RegExp(
  String.raw`^(?:${[...findSpeechVerbForms(["say"]), ...findSpeechVerbForms("statement")].join("|")}|told [\p{L} .'’-]+|addressed [\p{L} .'’-]+)$`,
  "u",
);

/** What a statement said, as the sentence goes on after its verb ("said that the talks had failed"), at most twenty words, or "". */
export function getStatementPhrase(sentenceRest: string): string {
  if (/^\s*(?:in|at|during|before|after|to|with|for|from|while|as)\b/i.test(sentenceRest)) return "";
  const t = sentenceRest
    .replace(/^\s*(?:on|last|this)\s+(?:\p{Lu}[\p{L}.]*\s+\d{1,2}|\p{Lu}\p{Ll}+day)\s*,?\s*/u, "")
    .trim();
  const cut = /[;:]|,\s(?:adding|saying|according|citing|while|but)\b|[.!?](?=\s|$)/.exec(t);
  const phrase = (cut ? t.slice(0, cut.index) : t).trim().replace(/[,]$/, "");
  const words = phrase.split(/\s+/).filter(Boolean);
  return words.length >= 3 && words.length <= 20 && !/[“”"]/.test(phrase) ? phrase : "";
}

/** The noun phrase a participle trigger follows ("for the Afghan-led plan, announced by" → "the Afghan-led plan"), or "". */
export function getPrecedingObject(before: string): string {
  const m = /(?:^|\s)((?:the|a|an|its|his|her|their)\s+(?:[\p{L}\d’'-]+\s+){0,6}?[\p{L}\d’'-]+),?\s*$/iu.exec(before);
  return m ? m[1]!.replace(/^(?:A|An|The|Its|His|Her|Their)\b/, (w) => w.toLowerCase()) : "";
}

// where an object phrase ends: a date, a new clause, a purpose, a participle phrase
const OBJECT_END =
  /,(?!\d)|[;:"“”(]|\s(?:on|last|this|next|early|late|earlier|later)\s+(?:\p{Lu}\p{Ll}+day|week|month|year|spring|summer|fall|autumn|winter|\d)|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\s\p{Lu}\p{Ll}+day\b|\s(?:yesterday|today|tonight|that|who|which|what|after|before|as|because|when|while|despite|saying|amid|if|but|and then)\b|\sto\s+(?!(?:the|a|an|its|his|her|their|our|\d)\b)\p{Ll}+\b/u;

/** The object a verb trigger's clause names in words ("a planned trip to Brussels"), at most ten words, or "". */
export function getObjectPhrase(rest: string): string {
  // "rejected on Tuesday a proposal by Qatar": a date before the object is no part of it
  const head = rest.replace(/^\s+/, "").replace(/^(?:on|last|this)\s+\p{Lu}\p{Ll}+day\s+(?=\p{Ll})/u, "");
  if (
    !head ||
    /^(?:that|to|whether|if|on|in|at|by|as|earlier|later|last|this|next)\b/i.test(head) ||
    /^\p{Lu}\p{Ll}+day\b/u.test(head)
  )
    return "";
  const cut = OBJECT_END.exec(" " + head);
  const phrase = (cut ? (" " + head).slice(0, cut.index) : " " + head).trim().replace(/[.!?]+$/, "");
  const words = phrase.split(/\s+/).filter(Boolean);
  // "asked me", "urged them": a pronoun names no one a reader of the summary knows
  if (
    !words.length ||
    words.length > 10 ||
    /^(?:me|him|her|them|us|it|you|himself|herself|themselves)$/i.test(words[0]!)
  )
    return "";
  // "accused the chair of trying" (to …): a gerund left without its verb goes with its "of"
  return words
    .join(" ")
    .replace(/\s+of\s+\p{Ll}+ing$/u, "")
    .replace(/\s+(?:on|in|at|to|for|with|from|by|of|the|a|an)$/i, "");
}

// names a reader writes with "the" ("the Taliban", "the United States", "the Interior Ministry")
const WITH_ARTICLE =
  /^(?:Taliban|Pentagon|Kremlin|White House|United (?:States|Nations|Kingdom|Arab Emirates)|European Union|Netherlands|Philippines|Vatican)$|\b(?:Department|Ministry|Commission|Council|Committee|Directorate|Network|Front|Party|Army|Agency|Office|Group|Movement|Alliance|Court|Parliament|Senate|Congress|Assembly|Bank|Fund|Organization|Union)(?: of [\p{L} ]+)?$/u;
const PREPOSITION: Partial<Record<EventType, string>> = {
  SANCTION: "on",
  REQUEST: "to",
  ANNOUNCE: "to",
  AID: "to",
  THREATEN: "to",
  ACCUSE: "against",
  ASSAULT: "on",
};
const TARGETED: ReadonlySet<EventType> = new Set(["SANCTION", "ACCUSE", "THREATEN", "ASSAULT", "COERCE", "REQUEST"]);
const RANK: Record<ActorType, number> = { PERSON: 0, ANONYMOUS: 1, ORGANIZATION: 2, COUNTRY: 3, LOCATION: 4 };

function nameList(keys: readonly string[], parts: EventSummaryParts): string {
  // the most specific kind named stands for the rest ("Pakistan's Foreign Minister Tariq Bashir" → Tariq Bashir)
  const best = Math.min(...keys.map((k) => RANK[parts.typeOf(k) ?? "ORGANIZATION"]));
  const names = keys
    .filter((k) => RANK[parts.typeOf(k) ?? "ORGANIZATION"] === best)
    .slice(0, 3)
    .map((k) => {
      const n = parts.nameOf(k);
      return WITH_ARTICLE.test(n) && !/^the\s/i.test(n) ? `the ${n}` : n;
    });
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");
}

/** A trigger as a noun phrase with its article ("attack" → "an attack", "discussions held" → "discussions"). */
function getNounPhrase(trigger: string): string {
  const t = trigger
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s+(?:with|between|to|held|on|of)$/, "")
    .replace(/^(?:in|during|for)\s+/, "")
    .trim();
  // "discussions", "withholding millions in aid": plurals and gerunds with objects take no article
  if (/^(?:an?|the)\s/.test(t) || /s$/.test(t) || /^\p{Ll}+ing\s/u.test(t)) return t;
  return `${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SUBJECT_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}[\p{Ll}'’-]*|\d[\d,]*)$/u;
const NOT_IN_SUBJECT =
  /^(?:he|she|it|they|we|i|you|who|which|that|this|there|has|have|had|was|were|is|are|be|been|will|would|could|should|may|might|must|can|did|does|do|not|also|and|or|but|said|says|to|of|in|on|at|for|with|by|from|as|when|while|after|before|if)$/i;

/**
 * The subject a clause names in words when no actor stands there ("Afghan government officials",
 * "the senior US official"), up to six words, trailing adverbs left out; "" when it reads as anything else.
 */
export function getSubjectText(clauseBefore: string): string {
  const words = clauseBefore.trim().split(/\s+/).filter(Boolean);
  while (words.length && /ly$/.test(words[words.length - 1]!)) words.pop();
  if (!words.length || words.length > 6 || !words.every((w) => SUBJECT_WORD.test(w) && !NOT_IN_SUBJECT.test(w)))
    return "";
  const head = words[words.length - 1]!;
  if (!/^\p{Ll}+s?$/u.test(head) || /(?:ed|ing)$/.test(head)) return "";
  return words.join(" ").replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
}

/** The summary sentence of an event (no final stop, as the contract's summaries are). */
export function summarizeEvent(parts: EventSummaryParts): string {
  const keys = (role: EventParticipant["role"]) =>
    parts.participants.filter((p) => p.role === role).map((p) => p.actorKey);
  const agents = keys("AGENT");
  // "Senior officials met the envoy": with no actor as agent, a verb's subject as the article words it
  const subjectText = !agents.length && !parts.noun ? getSubjectText(parts.clauseBefore ?? "") : "";
  const agentText = agents.length ? nameList(agents, parts) : subjectText;
  const targets = [...keys("TARGET"), ...keys("OTHER")];
  const past = getPastPhrase(parts.trigger, parts.type, parts.noun);
  const place = parts.location;
  let line: string;
  // "Trump accused of breaking the rules": a headline's passive names the accused, not the accuser
  const accusedOf =
    parts.type === "ACCUSE" && /^\s+of\s/.test(parts.rest ?? "") && /^accused$/i.test(parts.trigger.trim());
  if (accusedOf && agents.length) {
    const of = getObjectPhrase((parts.rest ?? "").replace(/^\s+of\s+/, " ")) || "";
    line = `${nameList(agents, parts)} ${/ and /.test(nameList(agents, parts)) ? "were" : "was"} accused${of ? ` of ${of}` : ""}`;
  } else if (agentText) {
    // "visited Kabul": a visit with no one visited takes its place as object
    const agentAfter =
      parts.participants.some((p) => p.role === "AGENT") &&
      /,\s*$/.test(parts.before ?? "") &&
      /^\s+by\b/.test(parts.rest ?? "");
    const statement =
      parts.type === "ANNOUNCE" && !parts.noun && SPEECH.test(parts.trigger.toLowerCase().trim())
        ? getStatementPhrase(parts.sentenceRest ?? "")
        : "";
    const words = isFramedAct(parts.trigger, parts.noun)
      ? ""
      : agentAfter
        ? getPrecedingObject(parts.before ?? "")
        : statement || getObjectPhrase(parts.rest ?? "");
    const named = targets.length ? nameList(targets, parts) : "";
    // "sent a letter" + Imran Khan: a phrase ending in its own noun takes the target after a preposition
    // "was elected" + Freedonia: after a passive a place is where it happened, not an object
    const placesOnly = targets.every((k) => parts.typeOf(k) === "COUNTRY" || parts.typeOf(k) === "LOCATION");
    const joiner =
      !named || words
        ? ""
        : /^(?:was|were)\s/.test(past) && placesOnly
          ? "in "
          : /\s/.test(past) && !/\b(?:on|with|to|for|out|off|up|down|in)$/.test(past) && !/ed$/.test(past)
            ? `${PREPOSITION[parts.type] ?? "with"} `
            : "";
    // the clause's own words are the object as the article tells it ("killed more than a dozen U.S. service members")
    const object = words || (named ? joiner + named : "") || (past === "visited" && place ? place : "");
    const bare = past.replace(/\s+(?:on|with|to|for)$/, "");
    const verb = object ? past : (WITHOUT_OBJECT.get(bare) ?? bare);
    line = [agentText, verb, object].filter(Boolean).join(" ");
    if (place && !line.includes(place)) line += ` in ${place}`;
  } else {
    const subject = nameList(targets, parts);
    const plural = / and /.test(subject) || /^the Taliban$/.test(subject);
    // a verb told in the passive keeps it ("Omar Farooq was arrested"); a noun says who was involved, not in which role
    // ("called on" has no passive here: "the United States was called" would say something else)
    const passive =
      /\s(?:on|with|to|for)$/.test(past) || (parts.noun && !/^\w+ed$/.test(past))
        ? null
        : getPassivePhrase(past, plural);
    const noun = parts.noun ? getNounPhrase(parts.trigger) : (TYPE_NOUNS[parts.type] ?? "an event");
    // an act done to someone names them its target ("Pakistan was the target of sanctions"), else says they took part
    const relation = keys("TARGET").length && TARGETED.has(parts.type) ? "the target of" : "involved in";
    line = passive ? `${subject} ${passive}` : `${subject} ${plural ? "were" : "was"} ${relation} ${noun}`;
    if (place && !line.includes(place)) line += ` in ${place}`;
  }
  return capitalize(line.replace(/\s+/g, " ").trim());
}
