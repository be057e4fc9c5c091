import { describe, expect, it } from "vitest";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";
import { trainRanking, trainSpeaker, labelExamples } from "@/scripts/learn/train-speaker.ts";
import { inventedPolnearDoc } from "@/tests/support/invented-speaker-docs.ts";

// invented articles with invented gold: the shape of polnear-train, none of its text

const DOCS = [
  inventedPolnearDoc("a", "Port deal\n\nTarek Olumbo met the envoy. “We are ready,” Ruth Calloway said.", [
    { text: "We are ready,", speakerMention: "Ruth Calloway" },
  ]),
  inventedPolnearDoc("b", "Port deal\n\nMina Daro spoke first. “It will pass,” said Jon Reyes.", [
    { text: "It will pass,", speakerMention: "Jon Reyes" },
  ]),
  inventedPolnearDoc("c", "Port deal\n\nThe plan is a “fantasy” and a “dream,” Ada Bello said.", [
    { text: "dream,", speakerMention: "Ada Bello" },
  ]),
  inventedPolnearDoc("d", "Port deal\n\nCrews built the so-called “river gate” on Sunday.", []),
];

describe("trainRanking", () => {
  const examples = [
    { features: [["a", "x"], ["b"]], positives: [0] },
    { features: [["b", "y"], ["a"]], positives: [1] },
    { features: [["c"], ["a", "c"]], positives: [1] },
  ];

  it("learns to rank the right candidate first", () => {
    const w = trainRanking(examples, 1);
    expect(w.a).toBeGreaterThan(w.b ?? 0);
  });

  it("is deterministic: the same examples and seed give identical weights", () => {
    expect(JSON.stringify(trainRanking(examples, 7))).toBe(JSON.stringify(trainRanking(examples, 7)));
  });
});

describe("trainSpeaker", () => {
  it("labels each matched quote with the candidates naming the gold speaker, and short unannotated quotes with 'no speaker'", () => {
    const [a] = labelExamples(DOCS[0]!);
    expect(a!.positives.length).toBeGreaterThan(0);
    const [d] = labelExamples(DOCS[3]!);
    expect(d!.positives).toEqual([d!.features.length - 1]);
  });

  it("gives byte-identical weights when trained twice on the same articles", () => {
    const one = JSON.stringify(trainSpeaker(DOCS, 1));
    const two = JSON.stringify(
      trainSpeaker(
        DOCS.map((d) => ({ ...d })),
        1,
      ),
    );
    expect(two).toBe(one);
  });

  it("produces weights the pipeline runs with", () => {
    const stages = createStages({ speaker: trainSpeaker(DOCS, 1) });
    const q = extract({ text: "Port deal\n\n“We are ready,” Mina Daro said." }, stages).quotes[0]!;
    expect(q.speakerMention?.text).toBe("Mina Daro");
  });
});
