/**
 * Whether an "attack" is words, not violence: political coverage "attacks"
 * rivals daily. An assault needs a violent context in its sentence, or else
 * no person among its participants and no talk of campaigns or remarks.
 */
import type { ActorType } from "@/lib/extraction/types.ts";

const VIOLENCE =
  /\b(?:kill\w*|dead|deaths?|died|wounded|injur\w*|bomb\w*|militants?|insurgen\w*|terror\w*|troops|forces|soldiers?|armed|guns?|gunmen|shot|shooting|explosi\w*|suicide|embassy|rockets?|missiles?|raid|war|fighters?|strikes?|battlefield|casualt\w*|security officials|responsibility|gunmen|worshippers|checkpoints?)\b/i;
const POLITICAL =
  /\b(?:campaign\w*|debates?|ads?|advert\w*|rhetoric|remarks?|comments?|tweets?|twitter|criticism|verbal\w*|political\w*|personal\w*|ballot|polls?|voters?|speech|interview|statement|column|op-ed|nominee|candidate)\b/i;

/** A participant as the check needs it: its actor type and role. */
export interface TypedRole {
  type: ActorType | undefined;
  role: "AGENT" | "TARGET" | "OTHER";
}

/** Whether the assault trigger `trigger` in `sentence`, with `participants`, is verbal. */
export function isVerbalAttack(sentence: string, trigger: string, participants: readonly TypedRole[]): boolean {
  // a named person "attacked" is a rival criticised far more often than a victim of violence
  if (/^attack/i.test(trigger) && participants.some((p) => p.type === "PERSON" && p.role === "TARGET")) return true;
  if (VIOLENCE.test(sentence)) return false;
  return participants.some((p) => p.type === "PERSON") || POLITICAL.test(sentence);
}
