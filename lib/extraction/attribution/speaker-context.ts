import { lowerBound as lowerBoundBy } from "@/lib/extraction/text/lower-bound.ts";
import type { ActorRecord, Mention } from "@/lib/extraction/types.ts";
import type { AntecedentEvent, AntecedentModel } from "./antecedent-ranker.ts";

/** What attribution knows while it walks the quotes of one article. */
export interface SpeakerContext {
  body: string;
  actors: ActorRecord[];
  /** Name mentions with an actor, sorted by start. */
  mentions: Mention[];
  /** Mentions attribution adds (pronouns, nominals, anonymous sources). */
  added: Mention[];
  /** Whether an offset lies inside a quotation (names there are not antecedents). */
  isQuoted: (offset: number) => boolean;
  /** The speakers of quotes attributed so far, in text order. */
  speakers: { key: string; at: number; paragraph: number }[];
  /** `actors` by key, kept in step with it. */
  actorByKey: Map<string, ActorRecord>;
  /** Whether a lower-cased word is written lower-case somewhere in the article (an ordinary word). */
  isCommonWord: (word: string) => boolean;
  /** Whether the name ending at an offset modifies the common noun after it ("a Doe supporter"); unknown without tags. */
  isNameModifier?: (end: number) => boolean;
  /** Weights of the learned pronoun-antecedent ranker; absent = the rule decides. */
  antecedentModel?: AntecedentModel | null;
  /** Called per pronoun resolved, with the ranker's candidates (training, explanations). */
  onAntecedent?: (event: AntecedentEvent) => void;
}

/** How many mentions, speakers or actors resolution looks back at: keeps it linear in article length. */
export const LOOKBACK = 400;

/** Index of the first mention starting at or after `at`. */
export function lowerBound(mentions: readonly Mention[], at: number): number {
  return lowerBoundBy(mentions, at, (m) => m.start);
}
