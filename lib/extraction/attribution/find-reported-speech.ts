import type { Doc, QuoteRecord } from "../types.ts";
import type { Token } from "../actors/tokenize.ts";
import type { SpeakerContext } from "./resolve-speaker.ts";

/** Reported speech ("X said (that) …") as INDIRECT quotes. Filled in by a later step. */
export function findReportedSpeech(_doc: Doc, _tokens: readonly Token[], _ctx: SpeakerContext): QuoteRecord[] {
  return [];
}
