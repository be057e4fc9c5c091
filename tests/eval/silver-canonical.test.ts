import { describe, expect, it } from "vitest";
import type { CoreNlpDoc } from "@/scripts/lib/polnear.ts";
import { isSameActorName, readSilverCanonicals } from "@/scripts/lib/silver-canonical.ts";

// "Marta Kowalczyk of Brightwater Institute spoke. She left."
const text = "Marta Kowalczyk of Brightwater Institute spoke. She left.";
const at = (w: string) => text.indexOf(w);
const tok = (w: string): [number, number] => [at(w), at(w) + w.length];
const corenlp: CoreNlpDoc = {
  doc: "invented",
  sentences: [
    {
      tokens: [tok("Marta"), tok("Kowalczyk"), tok("of"), tok("Brightwater"), tok("Institute"), tok("spoke")],
      pos: ["NNP", "NNP", "IN", "NNP", "NNP", "VBD"],
      ner: ["PERSON", "PERSON", "O", "ORGANIZATION", "ORGANIZATION", "O"],
      head: [1, 5, 1, 4, 2, -1],
      deprel: ["compound", "nsubj", "prep", "compound", "pobj", "root"],
    },
    {
      tokens: [tok("She"), tok("left")],
      pos: ["PRP", "VBD"],
      ner: ["O", "O"],
      head: [1, -1],
      deprel: ["nsubj", "root"],
    },
  ],
  coref: [
    [
      { start: 0, end: at(" spoke"), head: tok("Kowalczyk"), representative: true },
      { start: at("She"), end: at("She") + 3, head: tok("She") },
    ],
  ],
};

describe("readSilverCanonicals", () => {
  const reader = readSilverCanonicals(text, corenlp);

  it("names a source by the person heading it, not the body after 'of'", () => {
    expect(reader.getCanonical(0, at(" spoke"))).toBe("Marta Kowalczyk");
  });

  it("names a pronoun by its chain's representative", () => {
    expect(reader.getCanonical(at("She"), at("She") + 3)).toBe("Marta Kowalczyk");
  });

  it("names nothing outside every chain and name", () => {
    expect(reader.getCanonical(at("left"), at("left") + 4)).toBeNull();
  });
});

describe("readSilverCanonicals with a name before the role", () => {
  // "Kowalczyk spokesman Piotr Nowak left. Kowalczyk's aide left."
  const t2 = "Kowalczyk spokesman Piotr Nowak left. Kowalczyk's aide left.";
  const at2 = (w: string, from = 0) => t2.indexOf(w, from);
  const tk = (w: string, from = 0): [number, number] => [at2(w, from), at2(w, from) + w.length];
  const second = at2("Kowalczyk's");
  const doc: CoreNlpDoc = {
    doc: "invented",
    sentences: [
      {
        tokens: [tk("Kowalczyk"), tk("spokesman"), tk("Piotr"), tk("Nowak"), tk("left")],
        pos: ["NNP", "NN", "NNP", "NNP", "VBD"],
        ner: ["PERSON", "O", "PERSON", "PERSON", "O"],
        head: [3, 3, 3, 4, -1],
        deprel: ["compound", "compound", "compound", "nsubj", "root"],
      },
      {
        tokens: [tk("Kowalczyk", second), tk("'s", second), tk("aide", second), tk("left", second)],
        pos: ["NNP", "POS", "NN", "VBD"],
        ner: ["PERSON", "O", "O", "O"],
        head: [2, 0, 3, -1],
        deprel: ["nmod:poss", "case", "nsubj", "root"],
      },
    ],
    coref: [[{ start: second, end: second + 9, head: tk("Kowalczyk", second), representative: true }]],
  };
  const reader = readSilverCanonicals(t2, doc);

  it("names a source by the name its syntactic head is in", () => {
    expect(reader.getCanonical(0, at2(" left"))).toBe("Piotr Nowak");
  });

  it("does not name an unnamed role by the owner it belongs to", () => {
    expect(reader.getCanonical(second, at2(" left", second))).toBeNull();
  });
});

describe("isSameActorName", () => {
  it.each([
    ["Marta Kowalczyk", "Kowalczyk", true],
    ["The Brightwater Institute", "Brightwater Institute", true],
    ["Piotr Nowak", "Marta Kowalczyk", false],
    [null, "Marta Kowalczyk", false],
  ])("%j is %j: %j", (predicted, gold, expected) => {
    expect(isSameActorName(predicted, gold)).toBe(expected);
  });
});
