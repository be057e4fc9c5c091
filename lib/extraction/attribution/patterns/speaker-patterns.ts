import { anonymousSource } from "./anonymous-source.ts";
import { clauseSubject } from "./clause-subject.ts";
import { closingAttribution } from "./closing-attribution.ts";
import { colonLeadIn } from "./colon-lead-in.ts";
import { cueAfter } from "./cue-after.ts";
import { cueBefore } from "./cue-before.ts";
import { freeRelativeNaming } from "./free-relative-naming.ts";
import { nearbyMention } from "./nearby-mention.ts";
import { nearbyPronoun } from "./nearby-pronoun.ts";
import { nounPhraseSubject } from "./noun-phrase-subject.ts";
import { previousSentenceCue } from "./previous-sentence-cue.ts";
import type { SpeakerPattern } from "./quote-site.ts";
import { sentenceFinalCue } from "./sentence-final-cue.ts";
import { speechVerbArgument } from "./speech-verb-argument.ts";
import { transcriptLabel } from "./transcript-label.ts";

/**
 * Every hand-written speaker pattern, listed once. Each proposes candidates and
 * names itself as a feature (`src:NAME`); the learned scorer weighs them. The
 * order only fixes which pattern's cue verb a shared candidate keeps (the first):
 * the specific attribution frames come before the broad generators.
 */
export const SPEAKER_PATTERNS: readonly SpeakerPattern[] = Object.freeze([
  transcriptLabel, // a label names the speaker of everything in its turn
  freeRelativeNaming, // "what critics have called “…”": decisive
  cueAfter, // the usual news order: the cue right after the closing mark
  sentenceFinalCue,
  cueBefore,
  colonLeadIn,
  closingAttribution,
  previousSentenceCue,
  clauseSubject,
  anonymousSource, // before the broad generator, whose shorter phrase ("the planning") it corrects
  speechVerbArgument, // broad: any argument of any speech verb in the window
  nounPhraseSubject, // broad: common-noun subjects of any verb ("the judge turned")
  nearbyMention, // broadest: every mention and pronoun a reader might consider
  nearbyPronoun,
]);
