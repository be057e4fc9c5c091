import { describe, expect, it } from "vitest";
import { EVENT_TRIGGERS } from "@/lib/extraction/events/event-triggers.ts";
import { createAlternationScanner } from "@/lib/extraction/text/create-alternation-scanner.ts";
import { splitAlternatives } from "@/lib/extraction/text/get-regex-prefixes.ts";
import { seededRandom } from "@/scripts/lib/seeded-random.ts";

/** What the plain alternation finds: the reference the scanner must equal. */
function plain(sources: readonly string[], text: string, flags: string) {
  const regex = new RegExp(String.raw`\b(?:${sources.map((s) => `(?:${s})()`).join("|")})\b`, `${flags}g`);
  return [...text.matchAll(regex)].map((m) => ({ index: m.index, text: m[0], alternative: m.indexOf("", 1) - 1 }));
}

const WORDS = (
  "the met meets meet with will visited talks held a of in on called off signed deal " +
  "Visit to visit Washington agreed said would could cut aid asked about attack attacks " +
  "strike most deadly re-elected air strikes phone call , . ” “ \n métro Ñandú visité met’s"
).split(" ");

describe("createAlternationScanner", () => {
  it("finds what the plain regex finds, with the same alternative, when the first one listed wins an overlap", () => {
    const sources = ["held talks", "talks", "met|meets", "meet(?=\\s+with)"].flatMap(splitAlternatives);
    const text = "They held talks and met; she meets him. They meet with aides.";
    expect(createAlternationScanner(sources)(text)).toEqual(plain(sources, text, "i"));
  });

  it("falls back to the plain regex when an alternative may start with a non-word character", () => {
    const sources = ["“quote", "met"];
    const text = "He met them. “quote here";
    expect(createAlternationScanner(sources)(text)).toEqual(plain(sources, text, "i"));
  });

  it.each([false, true])("matches the event lexicon exactly on random texts (case-sensitive %s)", (caseSensitive) => {
    const sources = EVENT_TRIGGERS.filter((t) => (t.caseSensitive ?? false) === caseSensitive).flatMap((t) =>
      splitAlternatives(t.pattern),
    );
    const scan = createAlternationScanner(sources, caseSensitive);
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const text = Array.from({ length: 300 }, () => {
        const w = WORDS[Math.floor(random() * WORDS.length)]!;
        return random() < 0.2 ? w.toUpperCase() : w;
      }).join(random() < 0.5 ? " " : "  ");
      const expected = plain(sources, text, caseSensitive ? "" : "i");
      expect(scan(text), `seed ${seed}`).toEqual(expected);
    }
  });
});
