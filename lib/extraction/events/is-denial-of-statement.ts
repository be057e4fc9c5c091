/**
 * Whether a rejection answers a statement rather than a proposal: "rejected the
 * accusation", "dismissed claims that …", "a charge New Delhi has rejected". Such
 * a denial is the speaker's reply to what someone said, not a happening of its
 * own, so it is dropped (a rejected plan, offer or deal stays a REJECT).
 */
import type { Span } from "@/lib/extraction/types.ts";

const STATEMENT_NOUN = String.raw`(?:charges?|accusations?|allegations?|claims?|reports?|suggestions?|assertions?|criticism|characteri[sz]ations?)`;
// the statement after the verb: "rejected (the|these|such) (…) accusations"
const AFTER = new RegExp(
  String.raw`^\s+(?:(?:the|this|that|these|those|such|any|all|an?|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?${STATEMENT_NOUN}\b`,
  "i",
);
// the statement before it in a reduced relative: "a charge New Delhi has rejected", "accusations that Kabul rejected"
const BEFORE = new RegExp(
  String.raw`\b${STATEMENT_NOUN}(?:\s+(?:that|which))?\s+(?:[\p{Lu}][\w.'’-]*\s+){1,4}(?:has\s+|have\s+|had\s+)?$`,
  "u",
);

/** Whether the REJECT trigger `trigger` (in the sentence starting at `sentenceStart`) denies a statement. */
export function isDenialOfStatement(body: string, sentenceStart: number, trigger: Span): boolean {
  const after = body.slice(trigger.end, trigger.end + 60);
  const before = body.slice(Math.max(sentenceStart, trigger.start - 60), trigger.start);
  return AFTER.test(after) || BEFORE.test(before);
}
