/**
 * Whether a trigger reports no single happening: hypothetical, negated, sought
 * or prospective ("would meet", "declined to discuss the talks", "hope to clinch
 * an agreement", "opening talks"), an unverified claim ("claimed that the US had
 * asked"), or a habit ("have long accused"). Judged on the words of the trigger's
 * clause before it.
 */

import { findSpeechVerbForms } from "@/lib/extraction/lexicon/speech-verbs.ts";

// denials and claims come from the one speech-verb table
const DENIALS = ["deny", ...findSpeechVerbForms("denial")].join("|");
const CLAIMS = findSpeechVerbForms("claim").join("|");
const UNREAL = new RegExp(
  String.raw`\b(?:would|could|might|should|may|must|can|cannot|not|never|no|neither|nor|none|any|possible|possibly|potential|proposed|planned|hopes?|hoped|plans? to|planning to|want(?:s|ed)?|seek(?:s|ing)?|sought|try(?:ing)?|tries|efforts?|calls? for|called for|push(?:es|ing)? for|pursue|talk(?:ed)? about|consider(?:s|ing)?|if|unless|whether|declined|refused|set|ready|willing|expected|open|opening|begin|beginning|start|starting|commence|restart|resume|resumption|future|probably|likely|unconfirmed|${DENIALS})\b|n['’]t\b`,
  "i",
);
// the verb, not the noun ("Claims of U.S. support") nor a claim of responsibility
const CLAIMED = new RegExp(String.raw`\b(?:claim|${CLAIMS}|allegedly)\b(?!\s+(?:of|responsibility|credit)\b)`, "i");
const HABITUAL = /\b(?:some of|many of|long|repeatedly|often|always|routinely|frequently|regularly|usually)\b/i;
/** Only this many characters before the trigger are read: far words belong to other verbs. */
const REACH = 100;

/**
 * Whether the trigger at `start` is hypothetical or habitual (judged within its
 * clause, from `clauseStart`) or claimed (judged within its sentence, from `sentenceStart`).
 */
export function isUnrealTrigger(body: string, sentenceStart: number, clauseStart: number, start: number): boolean {
  const near = body.slice(Math.max(clauseStart, start - 60), start);
  return (
    UNREAL.test(near) || HABITUAL.test(near) || CLAIMED.test(body.slice(Math.max(sentenceStart, start - REACH), start))
  );
}
