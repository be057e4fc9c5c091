/**
 * The participants of an event: actors named in the trigger's clause, agents
 * before the trigger (or after "by"), targets after it. A verb whose clause names
 * no agent takes the sentence's subject; a trigger in an opening phrase ("In a
 * televised address, Khan said") takes the subject that follows the phrase.
 * Places ("in Kabul"), modifiers ("U.S.-backed") and quoted words never take part.
 */
import { findSpeechVerbForms } from "@/lib/extraction/lexicon/speech-verbs.ts";
import { isInsideRange } from "@/lib/extraction/sentences/find-protected-ranges.ts";
import type { ActorType, EventParticipant, EventType, Mention, Span } from "@/lib/extraction/types.ts";

const PASSIVE_BY =
  /^\s+(?:\p{Ll}+\s+){0,2}by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$|^\s.{0,40}\b(?:claimed|carried out|staged|launched) by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
const OPENING_PHRASE =
  /^(?:in|at|during|following|after|before|ahead of|on|amid|despite|since|speaking|without|earlier|later)\b/i;
// "was arrested", "were shot and killed": the subject undergoes the act
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?$/i;
// words that may stand between a noun trigger and its agent ("Taliban attacks", "the Haqqanis were
// stepping up attacks", "Khalilzad's 18-day trip"); any other word makes the noun another verb's object
const NOUN_GAP =
  /^(?:['’]s?)?(?:\s+(?:the|a|an|its|their|his|her|almost|daily|regular|new|latest|rare|recent|deadly|horrific|first|second|several|more|most|high-profile|series|of|were|was|is|are|has|have|had|been|stepping|stepped|step|up|carried|carry|carrying|out|launched|launch|launching|staged|stage|staging|conducted|conduct|held|hold|holding|attended|attend|attends|attending|joined|continues?|continued|to|also|[\w-]+-(?:member|day|year|hour)|\d+|\w+ly|\p{Lu}[\p{L}.'’-]*))*\s*$/u;
// "… during a breakfast roundtable", "… for talks with": the clause's subject attends the noun's event
const NOUN_IN_PHRASE =
  /\b(?:during|at|in|after|before|following|for|from|ahead of)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$/i;
const SUBJECTLESS =
  /^(?:\s*(?:and|also|then|later|earlier|has|have|had|was|were|is|are|will|not|never|on|last|this|next|week|month|year|\w+ly|\p{Lu}\p{Ll}+day|\d+|,))*\s*$/iu;
const SPEECH_AUDIENCE =
  /\b(?:told|tells|telling|according to|speaking to|spoke to|said to|in an interview with)\s+(?:the\s+)?$/i;
// "Taliban deputy leader Mullah Rahim": lower-case title words inside one name group
const TITLE_WORDS =
  /\b(?:deputy|acting|former|senior|chief|top|leader|spokesman|spokeswoman|spokesperson|envoy|minister|foreign|defen[cs]e|interior|secretary|president|prime|commander|general|official|ambassador|adviser|advisor|head|special|representative|negotiator|governor|mayor|senator)\b/gi;
const LOCATIVE =
  /\b(?:in|at|from|across|inside|near|throughout|around|within|into)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i;
// "Faisal Rana said security forces had killed": a speaker before a speech verb reports the act, does not do it
const SPEECH_BETWEEN = new RegExp(
  String.raw`\b(?:${findSpeechVerbForms(["say", "tell", "add", "state"]).join("|")}|according to)\b`,
  "i",
);

/** Where the trigger sits: its sentence and the sentence's mentions, its clause, whether it is a noun, and the quoted ranges of the body. */
export interface TriggerContext {
  sentence: Span;
  /** Mentions of resolved actors within the sentence, in text order. */
  mentions: readonly Mention[];
  /** Actor type by actor key. */
  typeOf: ReadonlyMap<string, ActorType>;
  clause: [number, number];
  trigger: Span;
  noun: boolean;
  quoted: readonly [number, number][];
  /** The trigger's event type (a statement's speaker is its agent; another event's is not). */
  type?: EventType;
  /** Keep places as participants (an election's country takes part in it). */
  keepPlaces?: boolean;
}

function isParticipant(body: string, m: Mention, ctx: TriggerContext): boolean {
  if (m.actorKey === null || isInsideRange(ctx.quoted, m.start)) return false;
  if (/^-\p{L}/u.test(body.slice(m.end, m.end + 2))) return false;
  if (ctx.keepPlaces) return true;
  const before = body.slice(Math.max(0, m.start - 12), m.start);
  // "at the Pentagon": a building where something happens, whoever owns it
  if (/\bat\s+(?:the\s+)?$/i.test(before)) return false;
  // "told Reuters he was killed": the one told is the audience of a speech, not a party to what follows
  if (m.end <= ctx.trigger.start && SPEECH_AUDIENCE.test(body.slice(Math.max(0, m.start - 30), m.start))) return false;
  const type = ctx.typeOf.get(m.actorKey);
  return !((type === "COUNTRY" || type === "LOCATION") && LOCATIVE.test(before));
}

/** Participants of a trigger, agents first, nearest first per role. */
export function getEventParticipants(body: string, ctx: TriggerContext): EventParticipant[] {
  const { clause, trigger } = ctx;
  const inSentence = ctx.mentions.filter((m) => isParticipant(body, m, ctx));
  const inClause = inSentence.filter((m) => m.start >= clause[0] && m.end <= clause[1]);
  const roles = new Map<string, EventParticipant["role"]>();
  const add = (m: Mention | null | undefined, role: EventParticipant["role"]) => {
    if (m && !roles.has(m.actorKey!)) roles.set(m.actorKey!, role);
  };
  const before = inClause
    .filter(
      (m) =>
        m.end <= trigger.start &&
        (ctx.type === "ANNOUNCE" || ctx.noun || !SPEECH_BETWEEN.test(body.slice(m.end, trigger.start))),
    )
    .reverse();
  const after = inClause.filter((m) => m.start >= trigger.end);
  // "announced by President Ashraf Ghani": the agent follows
  const first = after[0];
  const passive = first && PASSIVE_BY.test(body.slice(trigger.end, first.start)) ? first : null;
  add(passive, "AGENT");
  // a noun's agent after "by" is all its agency ("a visit by Khalilzad"); a passive verb's subject undergoes it
  const passiveVerb = !ctx.noun && PASSIVE_AUX.test(body.slice(Math.max(0, trigger.start - 30), trigger.start));
  if (!(passive && ctx.noun))
    for (const m of ctx.noun ? getNounAgents(body, before, trigger) : before)
      add(m, passive || passiveVerb ? "TARGET" : "AGENT");
  if (!passive && !passiveVerb && before.length === 0) add(getAgentOutsideClause(body, inSentence, ctx), "AGENT");
  for (const m of after) add(m, "TARGET");
  return [...roles].slice(0, 5).map(([actorKey, role]) => ({ actorKey, role }));
}

/** The mentions before a noun trigger (nearest first) that do its act: its modifiers, or the subject when it sits in a phrase. */
function getNounAgents(body: string, before: readonly Mention[], trigger: Span): Mention[] {
  const close = before.filter((m) => NOUN_GAP.test(body.slice(m.end, trigger.start)));
  if (close.length) return close;
  const phrase = NOUN_IN_PHRASE.test(body.slice(Math.max(0, trigger.start - 40), trigger.start));
  return phrase && before.length ? [before[before.length - 1]!] : [];
}

/**
 * The agent of a clause that names none: the antecedent of "who", the subject
 * after an opening phrase, or (for verbs) the sentence's subject.
 */
function getAgentOutsideClause(body: string, inSentence: readonly Mention[], ctx: TriggerContext): Mention | null {
  const { sentence, clause, trigger } = ctx;
  const opener = body.slice(Math.max(0, clause[0] - 7), clause[0]);
  if (/\swho\s$/.test(opener)) return inSentence.filter((m) => m.end <= clause[0]).pop() ?? null;
  // "the raid that killed …": the relative pronoun stands for a noun, not the sentence's subject
  if (/\s(?:that|which)\s$/.test(opener)) return null;
  // "In a televised address, Khan said": the trigger heads an opening phrase
  const opening = !inSentence.some((m) => m.start < clause[0]) && /^,\s/.test(body.slice(clause[1], clause[1] + 2));
  if (opening && trigger.start - clause[0] <= 25 && OPENING_PHRASE.test(body.slice(clause[0], clause[1]))) {
    return getSubject(
      body,
      inSentence.filter((m) => m.start >= clause[1]),
      sentence.end,
    );
  }
  // "…, told the committee": a verb opening its clause shares the sentence's subject; a clause
  // with words of its own before the verb ("after militias attacked") has its own subject
  if (ctx.noun || !SUBJECTLESS.test(body.slice(clause[0], trigger.start))) return null;
  return getSubject(body, inSentence, trigger.start);
}

/** The last mention of the first name group ("U.S. Marine Lt. Gen. Kenneth McKenzie" → McKenzie) before `limit`. */
function getSubject(body: string, mentions: readonly Mention[], limit: number): Mention | null {
  let subject: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= limit) break;
    if (subject) {
      const between = body
        .slice(subject.end, m.start)
        .replace(/\b\p{Lu}[\p{L}.'’-]*/gu, "")
        .replace(/['’]s\b/g, "")
        .replace(TITLE_WORDS, "");
      if (/\p{Ll}/u.test(between)) break;
    }
    subject = m;
  }
  return subject;
}
