import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ANTECEDENT_COMPONENT,
  ANTECEDENT_FEATURES_VERSION,
  rankAntecedents,
  type AntecedentEvent,
} from "@/lib/extraction/attribution/antecedent-ranker.ts";
import { COMMITTED_MODELS } from "@/lib/extraction/learned/committed-models.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";
import { fitAntecedentModel } from "@/scripts/learn/antecedent-component.ts";

const WEIGHTS_FILE = "lib/extraction/attribution/models/antecedent-weights.json";

const TEXT = `Harbour talks stall again

PORT ELLIS — Councillor Idris Mabry spoke for an hour on Tuesday about the plan to sell the ferry to Brenna Olafsdottir.

“We will not sell the ferry this winter,” he said.`;

function eventsOf(text: string): AntecedentEvent[] {
  const events: AntecedentEvent[] = [];
  extract({ text }, createStages(NO_MODELS, { onAntecedent: (e) => events.push(e) }));
  return events;
}

describe("the pronoun-antecedent ranker", () => {
  it("ships weights of the features this code builds, written by npm run train (sha256 recorded)", () => {
    const model = COMMITTED_MODELS[ANTECEDENT_COMPONENT] as { featuresVersion: number } | undefined;
    expect(model?.featuresVersion).toBe(ANTECEDENT_FEATURES_VERSION);
    const sha = createHash("sha256").update(fs.readFileSync(WEIGHTS_FILE)).digest("hex");
    expect(fs.readFileSync(WEIGHTS_FILE.replace(/\.json$/, ".sha256"), "utf8").trim()).toBe(sha);
  });

  it("offers every person named before the pronoun, the rule's choice first, with named features", () => {
    const [e] = eventsOf(TEXT);
    expect(e?.pronoun).toBe("he");
    expect(e!.candidates[0]!.key).toBe(e!.rule);
    expect(e!.candidates.length).toBeGreaterThanOrEqual(2);
    const mabry = e!.candidates.find((c) => c.features.includes("latest-opener"));
    expect(mabry).toBeDefined();
    const olafsdottir = e!.candidates.find((c) => c.features.includes("prev:prep"));
    expect(olafsdottir).toBeDefined();
  });

  it("describes each candidate by how often the article names it and whether its opening does", () => {
    const [e] = eventsOf(`${TEXT}\n\nMabry left the hall.`);
    const mabry = e!.candidates.find((c) => c.features.includes("latest-opener"))!;
    expect(mabry.features).toContain("sal:0");
    expect(mabry.features).toContain("in-opening");
    const olafsdottir = e!.candidates.find((c) => c.features.includes("prev:prep"))!;
    expect(olafsdottir.features).toContain("sal:1");
  });

  it("marks a name followed by a finite verb as its clause's subject, past a fronted phrase", () => {
    const [e] = eventsOf(
      "Border notes\n\nRuben Solis visited the camp with Ana Vey. Growing up in El Paso, Solis regularly watched families arrive.\n\n“They deserve better,” he said.",
    );
    const solis = e!.candidates.find((c) => c.features.includes("subj"));
    expect(solis?.features).toContain("subj&d:1");
    expect(e!.candidates.filter((c) => c.features.includes("subj"))).toHaveLength(1);
  });

  it("picks the sentence's subject over a name after a preposition with the shipped weights", () => {
    expect(extract({ text: TEXT }).quotes[0]?.speaker).toBe("Idris Mabry");
  });

  it("is deterministic: the same examples and seed give the same weights", () => {
    const examples = [
      { features: ["bias", "latest-opener"], label: 1 as const },
      { features: ["bias", "prev:prep"], label: 0 as const },
      { features: ["bias", "r:0"], label: 0 as const },
    ];
    const a = fitAntecedentModel(examples, 7);
    expect(fitAntecedentModel(examples, 7)).toEqual(a);
    expect(
      rankAntecedents(a, [
        { key: "x", features: ["bias", "prev:prep"] },
        { key: "y", features: ["bias", "latest-opener"] },
      ]),
    ).toBe("y");
  });
});
