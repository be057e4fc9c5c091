/**
 * Finds event triggers in the body: every lexicon match outside quotations
 * and outside hypothetical or negated frames ("would meet", "declined to discuss
 * the talks", "hope to clinch an agreement"), since those report no happening.
 */
import { findProtectedRanges, isInsideRange } from "../sentences/find-protected-ranges.ts";
import type { EventType, Span } from "../types.ts";
import { EVENT_TRIGGERS, type EventTrigger } from "./event-triggers.ts";

/** A trigger found in the body. */
export interface TriggerMatch extends Span {
  type: EventType;
  noun: boolean;
}

const COMPILED = EVENT_TRIGGERS.map((t: EventTrigger) => ({ ...t, regex: new RegExp(String.raw`\b(?:${t.pattern})\b`, "gi") }));

// words in the few words before a trigger that make it hypothetical, negated or sought
const UNREAL = /\b(?:would|could|might|should|may|must|can|cannot|not|never|no|possible|possibly|potential|proposed|planned|hopes?|hoped|want(?:s|ed)?|seek(?:s|ing)?|sought|try(?:ing)?|tries|efforts?|calls? for|called for|push(?:es|ing)? for|talk(?:ed)? about|consider(?:s|ing)?|if|unless|whether|declined|refused|set|ready|willing|expected|restart|resume|resumption|future|new)\b|n['’]t\b/i;
const WINDOW = 40;

function isUnreal(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - WINDOW), start);
  // only the words after the last clause break count
  const clause = before.split(/[.;:!?—–]|,\s/).pop() ?? "";
  return UNREAL.test(clause);
}

/** Trigger matches of `body`, in text order, skipping quotations (`paragraphs` bound them). */
export function findEventTriggers(body: string, paragraphs: readonly Span[]): TriggerMatch[] {
  const quoted = paragraphs.flatMap((p) => findProtectedRanges(p.text).map(([s, e]) => [p.start + s, p.start + e] as [number, number]));
  const found: TriggerMatch[] = [];
  for (const t of COMPILED) {
    for (const m of body.matchAll(t.regex)) {
      const start = m.index;
      if (isInsideRange(quoted, start) || isUnreal(body, start)) continue;
      found.push({ type: t.type, noun: t.noun ?? false, start, end: start + m[0].length, text: m[0] });
    }
  }
  // one trigger per place: the first lexicon entry wins an overlap
  found.sort((a, b) => a.start - b.start);
  return found.filter((t, i) => i === 0 || t.start >= found[i - 1]!.end);
}
