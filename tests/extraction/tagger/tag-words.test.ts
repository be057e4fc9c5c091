import { describe, expect, it } from "vitest";
import { FEATURE_SET } from "@/lib/extraction/tagger/features.ts";
import { getTaggerModel, decodeTaggerModel } from "@/lib/extraction/tagger/load-tagger-model.ts";
import { MODEL_HEADER, NER_WEIGHTS, POS_WEIGHTS } from "@/lib/extraction/tagger/model-data.ts";
import { MODEL_VERSION } from "@/lib/extraction/tagger/model-version.ts";
import { findLowerVocabulary, findNamedSpans, tagSpans } from "@/lib/extraction/tagger/tag-spans.ts";
import { tokenizeWords } from "@/lib/extraction/tagger/tokenize-words.ts";

function tag(body: string) {
  const tokens = tokenizeWords(body);
  const tags = tagSpans(getTaggerModel(), tokens, findLowerVocabulary(tokens));
  return { tokens, ...tags, names: findNamedSpans(body, tokens, tags.ner) };
}

describe("tagger model", () => {
  it("is loaded once per process", () => {
    expect(getTaggerModel()).toBe(getTaggerModel());
  });

  it("records the version and feature set the code computes", () => {
    const header = JSON.parse(MODEL_HEADER) as { version: string; featureSet: string; trainedOn: string };
    expect(header).toMatchObject({ version: MODEL_VERSION, featureSet: FEATURE_SET });
    expect(header.trainedOn).toMatch(/polnear-train/);
  });

  it("refuses weights trained on another feature set, naming it", () => {
    const other = MODEL_HEADER.replace(`"featureSet":"${FEATURE_SET}"`, `"featureSet":"pos-ner-0"`);
    expect(() => decodeTaggerModel(other, POS_WEIGHTS, NER_WEIGHTS)).toThrow(/"pos-ner-0"/);
  });
});

describe("tagSpans", () => {
  it("tags parts of speech of an invented sentence", () => {
    const { tokens, pos } = tag("The minister said the new bridge would open in two weeks.");
    expect(Object.fromEntries(tokens.map((t, i) => [t.text, pos[i]]))).toMatchObject({
      The: "DT",
      minister: "NN",
      said: "VBD",
      new: "JJ",
      bridge: "NN",
      would: "MD",
      open: "VB",
      in: "IN",
      two: "CD",
      weeks: "NNS",
      ".": ".",
    });
  });

  it.each([
    [
      "a person before a speech verb",
      "“We will stay,” said Tomas Reinholt, a farmer from the valley.",
      "Tomas Reinholt",
      "PERSON",
    ],
    ["a titled person", "Senator Maria Delgado voted against the bill on Tuesday.", "Maria Delgado", "PERSON"],
    ["a place after a preposition", "The delegation flew to Kandahar on Monday.", "Kandahar", "LOCATION"],
    [
      "an organisation with its head word",
      "The Federal Reserve Bank raised its rates again.",
      "Federal Reserve Bank",
      "ORGANIZATION",
    ],
  ])("finds %s", (_name, body, text, type) => {
    expect(tag(body).names).toContainEqual(expect.objectContaining({ text, type }));
  });

  it("labels no name in a sentence of ordinary words", () => {
    expect(tag("Cheerful crowds gathered early, and nobody left before noon.").names).toEqual([]);
  });
});

describe("tagWords", () => {
  it("scores with cached per-word parts exactly as with every feature one by one", async () => {
    const { buildContext, getPosFeatures, getNerFeatures, MAX_FEATURES } =
      await import("@/lib/extraction/tagger/features.ts");
    const { addScores } = await import("@/lib/extraction/tagger/weight-table.ts");
    const { tagWords, START_TAG, START_TAG2 } = await import("@/lib/extraction/tagger/tag-words.ts");
    const model = getTaggerModel();
    const words = tokenizeWords(
      "Later, Commander Ilse Varga of the Northern Relief Agency told reporters in Odrin that 40 trucks had left.",
    ).map((t) => t.text);
    const lower = new Set(["later", "told", "reporters", "that", "trucks", "had", "left"]);
    const got = tagWords(model, words, lower);
    const ctx = buildContext(words, lower);
    const feats = new Uint32Array(MAX_FEATURES);
    const argmax = (s: Int32Array, ok: (j: number) => boolean) =>
      [...s].reduce((b, v, j) => (ok(j) && (b < 0 || v > s[b]!) ? j : b), -1);
    const pos = new Uint8Array(words.length);
    words.forEach((w, i) => {
      const known = model.tagdict.get(w);
      if (known !== undefined) return void (pos[i] = known);
      const s = new Int32Array(model.pos.classes);
      addScores(
        model.pos,
        feats,
        getPosFeatures(ctx, i, i > 0 ? pos[i - 1]! : START_TAG, i > 1 ? pos[i - 2]! : START_TAG2, feats),
        s,
      );
      pos[i] = argmax(s, () => true);
    });
    expect([...got.pos]).toEqual([...pos]);
    const ner = new Uint8Array(words.length);
    words.forEach((_, i) => {
      const prev = i > 0 ? ner[i - 1]! : START_TAG;
      const s = new Int32Array(model.ner.classes);
      addScores(model.ner, feats, getNerFeatures(ctx, pos, i, prev, i > 1 ? ner[i - 2]! : START_TAG2, feats), s);
      ner[i] = argmax(s, (j) => !(j > 0 && j % 2 === 0 && prev !== j && prev !== j - 1));
    });
    expect([...got.ner]).toEqual([...ner]);
  });
});
