/**
 * The participants of an event: actors named in the trigger's clause, agents
 * before the trigger (or after "by"), targets after it. When the clause names
 * no agent, the sentence's subject (its first name group) stands in.
 */
import type { Doc, EventParticipant, Mention, Span } from "../types.ts";

const PASSIVE_BY = /^\s+(?:[\p{Ll}]+\s+){0,2}by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** Participants of a trigger in `clause` of `sentence`, nearest first per role. */
export function getEventParticipants(doc: Doc, sentence: Span, clause: [number, number], trigger: Span): EventParticipant[] {
  const inSentence = doc.mentions.filter((m) => m.actorKey !== null && m.start >= sentence.start && m.end <= sentence.end);
  const inClause = inSentence.filter((m) => m.start >= clause[0] && m.end <= clause[1]);
  const roles = new Map<string, EventParticipant["role"]>();
  const add = (m: Mention, role: EventParticipant["role"]) => {
    if (!roles.has(m.actorKey!)) roles.set(m.actorKey!, role);
  };
  const before = inClause.filter((m) => m.end <= trigger.start).reverse();
  const after = inClause.filter((m) => m.start >= trigger.end);
  // "announced by President Ashraf Ghani": the agent follows
  const first = after[0];
  const passive = first && PASSIVE_BY.test(doc.body.slice(trigger.end, first.start)) ? first : null;
  if (passive) add(passive, "AGENT");
  for (const m of before) add(m, "AGENT");
  if (!passive && before.length === 0) {
    const subject = getSubject(doc.body, inSentence, trigger.start);
    if (subject) add(subject, "AGENT");
  }
  for (const m of after) add(m, "TARGET");
  return [...roles].slice(0, 5).map(([actorKey, role]) => ({ actorKey, role }));
}

/** The last mention of the sentence's first name group ("U.S. Marine Lt. Gen. Kenneth McKenzie" → McKenzie), if before `limit`. */
function getSubject(body: string, mentions: readonly Mention[], limit: number): Mention | null {
  let subject: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= limit) break;
    if (subject) {
      const between = body.slice(subject.end, m.start).replace(/\b\p{Lu}[\p{L}.'’-]*/gu, "").replace(/['’]s\b/g, "");
      if (/\p{Ll}/u.test(between)) break;
    }
    subject = m;
  }
  return subject;
}
