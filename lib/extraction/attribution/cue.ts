import type { SpeakerPhrase } from "./speaker-phrase.ts";

/** A speaker phrase with the cue (speech verb) that links it to a quote. */
export interface Cue {
  phrase: SpeakerPhrase;
  /** Token index of the speech verb ("said") or of "according". */
  verb: number;
}
