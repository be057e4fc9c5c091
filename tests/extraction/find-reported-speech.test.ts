import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extraction/pipeline.ts";

function reportedOf(text: string) {
  const r = extract({ text });
  return r.quotes
    .filter((q) => q.kind === "INDIRECT")
    .map((q) => {
      expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
      return { text: q.text, speaker: q.speaker, cue: q.cue };
    });
}

const INTRO = "The talks resumed on Tuesday after a long pause.\n\n";

describe("findReportedSpeech", () => {
  it.each([
    ["X said that …", "Tarek Olumbo said that the border would reopen soon.", "the border would reopen soon", "said"],
    [
      "X said … without that",
      "Tarek Olumbo said the border would reopen soon.",
      "the border would reopen soon",
      "said",
    ],
    ["…, X said.", "The border would reopen soon, Tarek Olumbo said.", "The border would reopen soon", "said"],
    [
      "According to X, …",
      "According to Tarek Olumbo, the border would reopen soon.",
      "the border would reopen soon",
      "according to",
    ],
    [
      "X told Y that …",
      "Tarek Olumbo told reporters that the border would reopen soon.",
      "the border would reopen soon",
      "told",
    ],
  ])("reads %s", (_name, sentence, text, cue) => {
    expect(reportedOf(INTRO + sentence)).toEqual([{ text, speaker: "Tarek Olumbo", cue }]);
  });

  // the learned scorer is unsure of a bare "announced the border is …" (PolNeAR often leaves it out); "that" settles it;
  // what is announced as an object ("announced a new plan") is reported content too, as PolNeAR annotates it
  it("reads 'announced' with a clause and with an object", () => {
    expect(reportedOf(`${INTRO}Tarek Olumbo announced that the border is open again.`)).toEqual([
      { text: "the border is open again", speaker: "Tarek Olumbo", cue: "announced" },
    ]);
    expect(reportedOf(`${INTRO}Tarek Olumbo announced a new plan for the border region.`)).toEqual([
      { text: "a new plan for the border region", speaker: "Tarek Olumbo", cue: "announced" },
    ]);
  });

  it("resolves a country's titled official to the person holding that title, even named later", () => {
    const text = `${INTRO}Mongolia’s top national security official said the border would reopen soon.\n\nLater, Mongolian National Security Adviser Tarek Olumbo met reporters.`;
    expect(reportedOf(text)[0]).toMatchObject({ speaker: "Tarek Olumbo" });
  });

  it.each([" he  said  that ", "he said that", "According to", ", he said.", "according to the official’s "])(
    "never throws on the fragment %j",
    (text) => {
      expect(() => reportedOf(text)).not.toThrow();
    },
  );

  it("ignores a passive 'claimed by'", () => {
    expect(reportedOf(`${INTRO}The attack claimed by the Taliban that killed two soldiers was condemned.`)).toEqual([]);
  });

  it("leaves a quoted statement to the direct-quote rules", () => {
    expect(reportedOf(`${INTRO}Tarek Olumbo said: “The border will reopen soon.”`)).toEqual([]);
  });
});
