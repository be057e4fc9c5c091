/**
 * Stage 9: events. Finds triggers, keeps those that report a happening, reads
 * participants and place from each trigger's own clause, and merges the mentions
 * of one happening into one event with several evidence spans. Dates are added
 * by the dates stage that follows.
 */
import { getSpanAt } from "@/lib/extraction/sentences/get-span-at.ts";
import { getClauseBounds } from "@/lib/extraction/text/get-clause-bounds.ts";
import { findSpansInside } from "@/lib/extraction/text/lower-bound.ts";
import type { Mention, Span, Stage } from "@/lib/extraction/types.ts";
import { findEventTriggers, findQuotedRanges } from "./find-event-triggers.ts";
import { getEventLocation } from "./get-event-location.ts";
import { getEventParticipants } from "./get-event-participants.ts";
import { createReportingQuoteFinder } from "./get-reporting-quote.ts";
import { isBackgroundMention } from "./is-background-mention.ts";
import { isDenialOfStatement } from "./is-denial-of-statement.ts";
import { isUnrealTrigger } from "./is-unreal-trigger.ts";
import { isVerbalAttack } from "./is-verbal-attack.ts";
import { mergeEvents, type EventCandidate } from "./merge-events.ts";
import { resolveCollectiveParticipants } from "./resolve-collective-participants.ts";
import { summarizeEvent } from "./summarize-event.ts";

// "the meeting", "this visit", "his organization's meeting": a happening told before
const DEFINITE =
  /(?:\b(?:the|this|that|his|her|their|its)|['’]s)\s+(?:[\w-]+\s+){0,2}$|\b(?:which|that) includ(?:ed|es)\s+an?\s+$|\bincluding\s+an?\s+$/i;

/** A lookup of the resolved mentions within a span (binary search over mentions sorted once). */
function mentionFinder(all: readonly Mention[]): (span: Span) => Mention[] {
  const sorted = all.filter((m) => m.actorKey !== null).sort((a, b) => a.start - b.start);
  return (span) => findSpansInside(sorted, span.start, span.end);
}

/** The events stage (skips work until sentences exist). */
export const eventsStage: Stage = {
  name: "events",
  run(doc) {
    if (!doc.sentences.length) return doc;
    const nameOf = new Map(doc.actors.map((a) => [a.key, a.name]));
    const typeOf = new Map(doc.actors.map((a) => [a.key, a.type]));
    const isPlace = new Set(doc.actors.filter((a) => a.type === "COUNTRY" || a.type === "LOCATION").map((a) => a.key));
    const mentionsIn = mentionFinder(doc.mentions);
    const quoted = findQuotedRanges(doc.paragraphs);
    const candidates: EventCandidate[] = [];
    const triggers = findEventTriggers(doc.body, quoted);
    const getReportingQuote = createReportingQuoteFinder(doc.quotes);
    triggers.forEach((trigger, t) => {
      const sentence = getSpanAt(doc.sentences, trigger.start);
      if (!sentence) return;
      const clause = getClauseBounds(doc.body, trigger.start, trigger.end, "participant", sentence.start, sentence.end);
      const rest = doc.body.slice(trigger.end, clause[1]);
      // a later trigger in the clause owns the names after it ("a meeting … aligned with a visit by Khalilzad")
      const next = triggers[t + 1];
      if (next && next.start < clause[1]) clause[1] = next.start;
      if (isUnrealTrigger(doc.body, sentence.start, clause[0], trigger.start)) return;
      if (trigger.noun && isBackgroundMention(doc.body, sentence.start, trigger.start)) return;
      if (trigger.type === "REJECT" && isDenialOfStatement(doc.body, sentence.start, trigger)) return;
      const keepPlaces = trigger.type === "ELECT";
      const mentions = mentionsIn(sentence);
      let participants = getEventParticipants(doc.body, {
        sentence,
        mentions,
        typeOf,
        clause,
        trigger,
        noun: trigger.noun,
        quoted,
        keepPlaces,
        type: trigger.type,
      }).filter((p) => nameOf.has(p.actorKey));
      // "… and the two leaders agreed": the people of the event told just before in the paragraph
      const previous = candidates.at(-1);
      const earlier =
        previous && getSpanAt(doc.paragraphs, previous.event.trigger.start) === getSpanAt(doc.paragraphs, trigger.start)
          ? previous.event.participants
          : null;
      participants = resolveCollectiveParticipants(participants, (k) => nameOf.get(k), earlier);
      // an election noun is held by a country ("the April 20 presidential election in Afghanistan")
      if (keepPlaces && trigger.noun) participants = participants.filter((p) => isPlace.has(p.actorKey));
      if (
        trigger.type === "ASSAULT" &&
        isVerbalAttack(
          sentence.text,
          trigger.text,
          participants.map((p) => ({ type: typeOf.get(p.actorKey), role: p.role })),
        )
      )
        return;
      const location = getEventLocation(doc.body, [clause], trigger.start);
      const summary = summarizeEvent({
        type: trigger.type,
        trigger: trigger.text,
        noun: trigger.noun,
        participants,
        nameOf: (k) => nameOf.get(k) ?? k,
        typeOf: (k) => typeOf.get(k),
        location,
        rest,
        sentenceRest: doc.body.slice(trigger.end, sentence.end),
        before: doc.body.slice(sentence.start, trigger.start),
        clauseBefore: doc.body.slice(clause[0], trigger.start),
      });
      const span = { start: trigger.start, end: trigger.end, text: trigger.text };
      const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
      // reported speech: the speaker's claim, kept and marked (see get-reporting-quote.ts)
      const reporting = getReportingQuote(span);
      const anaphoric =
        trigger.noun && DEFINITE.test(doc.body.slice(Math.max(sentence.start, trigger.start - 40), trigger.start));
      candidates.push({
        event: {
          type: trigger.type,
          summary,
          date: null,
          location,
          participants,
          trigger: span,
          evidence: [evidence],
          reported: reporting !== null,
          reportedBy: reporting?.speakerKey ?? null,
        },
        anaphoric,
      });
    });
    return { ...doc, events: mergeEvents(candidates) };
  },
};
