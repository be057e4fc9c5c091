import { describe, expect, it } from "vitest";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";
import {
  parseTrainingJsonl,
  toRankingExample,
  trainSpeakerWithCorrections,
  type TrainingExample,
} from "@/scripts/learn/correction-examples.ts";
import { INVENTED_SPEAKER_DOCS } from "@/tests/support/invented-speaker-docs.ts";

const DOCS = [...INVENTED_SPEAKER_DOCS];

// the invented case to correct: the rules credit the quote to the name after it, an editor says the earlier speaker
const TEXT = "Harbour vote\n\nKai Moreno spoke to the council. “The gates stay shut,” Nora Pell replied later.";
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const CORRECTION: TrainingExample = {
  text: TEXT,
  quote: at("The gates stay shut,"),
  speaker: at("Kai Moreno"),
  source: "correction",
};

const speakerOf = (weights: object) =>
  extract({ text: TEXT }, createStages({ speaker: weights })).quotes[0]!.speakerMention?.text ?? null;

describe("correction-examples", () => {
  it("reads one example per line and names the line of a bad one", () => {
    const line = JSON.stringify(CORRECTION);
    expect(parseTrainingJsonl(`${line}\n\n${line}\n`, "c.jsonl")).toHaveLength(2);
    expect(() => parseTrainingJsonl(`${line}\n{"text": 3}`, "c.jsonl")).toThrow(/c\.jsonl:2: "text"/);
    const shifted = JSON.stringify({ ...CORRECTION, quote: { ...CORRECTION.quote, start: 0 } });
    expect(() => parseTrainingJsonl(shifted, "c.jsonl")).toThrow(/c\.jsonl:1: "quote"/);
  });

  it("labels the candidate naming the editor's speaker", () => {
    expect(toRankingExample(CORRECTION)?.positives.length).toBeGreaterThan(0);
  });

  it("changes the trained model's choice on the corrected example when the correction is added", () => {
    const before = trainSpeakerWithCorrections(DOCS, [], 5, 1);
    const after = trainSpeakerWithCorrections(DOCS, [CORRECTION], 5, 1);
    console.log(`speaker before: ${speakerOf(before.weights)}, after: ${speakerOf(after.weights)}`);
    expect(speakerOf(before.weights)).toBe("Nora Pell");
    expect(after.used).toBe(1);
    expect(speakerOf(after.weights)).toBe("Kai Moreno");
  });

  it("is deterministic: the same data, corrections and seed give identical weights", () => {
    const one = JSON.stringify(trainSpeakerWithCorrections(DOCS, [CORRECTION], 5, 3).weights);
    expect(JSON.stringify(trainSpeakerWithCorrections(DOCS, [CORRECTION], 5, 3).weights)).toBe(one);
  });
});
