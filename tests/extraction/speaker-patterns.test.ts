import { describe, expect, it } from "vitest";
import { SPEAKER_PATTERNS } from "@/lib/extraction/attribution/patterns/speaker-patterns.ts";
import type { SpeakerCandidatesEvent } from "@/lib/extraction/attribution/scorer/rescore-speakers.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";

/** The candidates of every quote in `text` (rules only, so the patterns alone decide what is proposed). */
function candidatesOf(text: string): SpeakerCandidatesEvent[] {
  const events: SpeakerCandidatesEvent[] = [];
  extract({ text }, createStages(NO_MODELS, { onSpeakerCandidates: (e) => events.push(e) }));
  return events;
}

/** The phrases pattern `name` proposed for the first quote. */
function proposedBy(text: string, name: string): string[] {
  const [e] = candidatesOf(text);
  return (e?.candidates ?? []).filter((c) => c.sources.includes(name)).map((c) => c.span!.text);
}

const INTRO = "Talks resume\n\nThe talks resumed on Tuesday after a long pause.\n\n";

describe("speaker patterns", () => {
  it("lists every pattern once, with a unique feature name", () => {
    const names = SPEAKER_PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.isFrozen(SPEAKER_PATTERNS)).toBe(true);
  });

  it.each([
    ["cue-after", "“We are ready,” Tarek Olumbo said.", "Tarek Olumbo"],
    ["cue-after", "“We are ready,” said the envoy.", "the envoy"],
    ["sentence-final-cue", "“We are ready” to sign the accord, the envoy said.", "the envoy"],
    ["cue-before", "Tarek Olumbo said: “We are ready.”", "Tarek Olumbo"],
    ["cue-before", "According to Tarek Olumbo, the deal is “almost done.”", "Tarek Olumbo"],
    ["colon-lead-in", "Tarek Olumbo put it bluntly:\n\n“We are ready.”", "Tarek Olumbo"],
    ["closing-attribution", "The deal is close, Tarek Olumbo said. “We are ready.”", "Tarek Olumbo"],
    ["previous-sentence-cue", "Tarek Olumbo praised the mediators. “They worked hard.”", "Tarek Olumbo"],
    ["clause-subject", "Tarek Olumbo slammed the “reckless” plan.", "Tarek Olumbo"],
    [
      "anonymous-source",
      "A source familiar with the talks said the plan was “dead.”",
      "A source familiar with the talks",
    ],
    ["speech-verb-argument", "A senior official said on Monday that the plan was “dead.”", "A senior official"],
    ["noun-phrase-subject", "The retired surgeon then turned to the envoy. “We are ready.”", "The retired surgeon"],
    [
      "noun-phrase-subject",
      "The former governor of the province mocked the “reckless” plan.",
      "The former governor of the province",
    ],
    ["nearby-mention", "Tarek Olumbo met the envoy. The plan is “dead.”", "Tarek Olumbo"],
    ["nearby-pronoun", "He met the envoy, and the plan is “dead.”", "He"],
    ["transcript-label", "“OLUMBO: We are ready to sign today.”", "OLUMBO"],
    ["free-relative-naming", "The film won praise for what critics have called the “new wave” of cinema.", "critics"],
    [
      "free-relative-naming",
      "The budget, which Mayor Ines Okafor described as “a disgrace”, passed.",
      "Mayor Ines Okafor",
    ],
  ])("%s proposes the speaker in “%s”", (pattern, sentence, phrase) => {
    expect(proposedBy(INTRO + sentence, pattern)).toContain(phrase);
  });

  it("free-relative-naming needs a subject between 'what'/'which' and the naming verb", () => {
    expect(proposedBy(INTRO + "The budget, which called for “sweeping cuts”, passed.", "free-relative-naming")).toEqual(
      [],
    );
    expect(proposedBy(INTRO + "Critics have called the plan “a disgrace”.", "free-relative-naming")).toEqual([]);
  });

  it("proposes no speaker phrase from inside another quote", () => {
    const events = candidatesOf(`${INTRO}“Ruth Calloway is wrong,” he said. The plan is “dead.”`);
    const texts = events[1]!.candidates.map((c) => c.span?.text);
    expect(texts).not.toContain("Ruth Calloway");
  });

  it("always offers 'no speaker' last, and marks the rules' choice", () => {
    const [e] = candidatesOf(`${INTRO}“We are ready,” Tarek Olumbo said.`);
    expect(e!.candidates.at(-1)!.kind).toBe("NONE");
    expect(e!.candidates.filter((c) => c.isRule).map((c) => c.span?.text)).toEqual(["Tarek Olumbo"]);
  });

  it("drops a sentence-initial ordinary word as a candidate name", () => {
    const [e] = candidatesOf(`${INTRO}Check the record: “We are ready.” You can check it yourself.`);
    expect(e!.candidates.map((c) => c.span?.text)).not.toContain("Check");
  });

  it("gives candidates offsets that point at their text", () => {
    const text = `${INTRO}Tarek Olumbo met the envoy. “We are ready,” he said, according to a senior official.`;
    for (const e of candidatesOf(text))
      for (const c of e.candidates) if (c.span) expect(e.body.slice(c.span.start, c.span.end)).toBe(c.span.text);
  });
});
