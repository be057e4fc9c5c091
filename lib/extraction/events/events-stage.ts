/**
 * Stage 9: events. Finds triggers, reads participants and place from each
 * trigger's own clause, drops triggers with nobody taking part, and merges the
 * mentions of one happening into one event with several evidence spans.
 * Dates are added by the dates stage that follows.
 */
import type { EventRecord, Sentence, Stage } from "../types.ts";
import { findEventTriggers } from "./find-event-triggers.ts";
import { getEventLocation } from "./get-event-location.ts";
import { getEventParticipants } from "./get-event-participants.ts";
import { getTriggerClause } from "./get-trigger-clause.ts";
import { mergeEvents } from "./merge-events.ts";
import { summarizeEvent } from "./summarize-event.ts";

function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | null {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The events stage (skips work until sentences exist). */
export const eventsStage: Stage = {
  name: "events",
  run(doc) {
    if (!doc.sentences.length) return doc;
    const nameOf = new Map(doc.actors.map((a) => [a.key, a.name]));
    const found: EventRecord[] = [];
    for (const trigger of findEventTriggers(doc.body, doc.paragraphs)) {
      const sentence = sentenceAt(doc.sentences, trigger.start);
      if (!sentence) continue;
      const clause = getTriggerClause(sentence, trigger.start, trigger.end);
      const participants = getEventParticipants(doc, sentence, clause, trigger).filter((p) => nameOf.has(p.actorKey));
      if (!participants.length) continue;
      const location = getEventLocation(doc.body, [clause, [sentence.start, sentence.end]], trigger.start);
      const summary = summarizeEvent(trigger.text, participants, (k) => nameOf.get(k) ?? k, location);
      const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
      found.push({ type: trigger.type, summary, date: null, location, participants, trigger: { start: trigger.start, end: trigger.end, text: trigger.text }, evidence: [evidence] });
    }
    return { ...doc, events: mergeEvents(found) };
  },
};
