import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";

/** Runs the whole pipeline (rules only with `stages` = RULES_ONLY) and returns the direct/partial quotes with who said them. */
function quotesOf(text: string, stages?: ReturnType<typeof createStages>) {
  const r = extract({ text }, stages);
  return r.quotes
    .filter((q) => q.kind !== "INDIRECT")
    .map((q) => {
      expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerMention)
        expect(r.article.body.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
      return { text: q.text, speaker: q.speaker, mention: q.speakerMention?.text ?? null };
    });
}

const INTRO = "The talks resumed on Tuesday after a long pause.\n\n";
const RULES_ONLY = createStages(NO_MODELS);

describe("attributionStage", () => {
  it.each([
    [
      "“…,” X said",
      "“We are ready,” Foreign Minister Tarek Olumbo said.",
      "Tarek Olumbo",
      "Foreign Minister Tarek Olumbo",
    ],
    [
      "“…,” said X",
      "“We are ready,” said Foreign Minister Tarek Olumbo.",
      "Tarek Olumbo",
      "Foreign Minister Tarek Olumbo",
    ],
    [
      "X said: “…”",
      "Foreign Minister Tarek Olumbo said: “We are ready.”",
      "Tarek Olumbo",
      "Foreign Minister Tarek Olumbo",
    ],
    ["X told …", "“We are ready,” Tarek Olumbo told reporters.", "Tarek Olumbo", "Tarek Olumbo"],
    ["according to X", "The deal is “almost done,” according to Tarek Olumbo.", "Tarek Olumbo", "Tarek Olumbo"],
    ["other speech verbs", "“We are ready,” Tarek Olumbo insisted.", "Tarek Olumbo", "Tarek Olumbo"],
    ["a dash byline", "“We are ready.” ― Tarek Olumbo", "Tarek Olumbo", "Tarek Olumbo"],
    ["an inverted lead-in", "Said Tarek Olumbo: “We are ready.”", "Tarek Olumbo", "Tarek Olumbo"],
  ])("attributes %s", (_name, sentence, speaker, mention) => {
    const [q] = quotesOf(INTRO + sentence);
    expect(q).toMatchObject({ speaker, mention });
  });

  it("attributes an apposition to the person it describes", () => {
    const [q] = quotesOf(INTRO + "“We are ready,” Tarek Olumbo, a senior fellow at the Mirova Institute, said.");
    expect(q!.speaker).toBe("Tarek Olumbo");
  });

  it("picks the name, not the role in apposition, as the mention", () => {
    const [q] = quotesOf(INTRO + "“We are ready,” Tarek Olumbo, a senior fellow at the Mirova Institute, said.");
    expect(q!.mention).toBe("Tarek Olumbo");
  });

  it("resolves a pronoun to the person named just before", () => {
    const qs = quotesOf(`${INTRO}“We are ready,” Tarek Olumbo said.\n\n“We will not wait,” he added.`);
    expect(qs[1]).toMatchObject({ speaker: "Tarek Olumbo", mention: "he" });
  });

  it("resolves a pronoun to the latest person named, not an earlier speaker", () => {
    const text = `${INTRO}“We are ready,” Tarek Olumbo said.\n\nMeanwhile Defense Secretary Ruth Calloway warned of delays. “It may take months,” she said.`;
    expect(quotesOf(text)[1]).toMatchObject({ speaker: "Ruth Calloway", mention: "she" });
  });

  it("skips a person of the other gender when resolving 'she'", () => {
    const text = `${INTRO}Senator Nancy Olumbo questioned Governor Peter Calloway for an hour. “We need answers,” she said.`;
    expect(quotesOf(text)[0]).toMatchObject({ speaker: "Nancy Olumbo", mention: "she" });
  });

  it("creates an anonymous source and resolves 'the official' to it", () => {
    const text = `${INTRO}“No decision was made,” a senior Zamrani official said.\n\n“We expect one soon,” the official said, speaking on condition of anonymity.`;
    const r = extract({ text });
    expect(r.actors).toContainEqual(expect.objectContaining({ name: "senior Zamrani official", type: "ANONYMOUS" }));
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["senior Zamrani official", "senior Zamrani official"]);
  });

  it("gives both halves of a split quote the same speaker", () => {
    const qs = quotesOf(`${INTRO}“We are ready,” Tarek Olumbo said. “The rest is up to them.”`);
    expect(qs.map((q) => q.speaker)).toEqual(["Tarek Olumbo", "Tarek Olumbo"]);
  });

  it("carries the speaker into a continuation paragraph", () => {
    const qs = quotesOf(
      `${INTRO}“We are ready for the meeting,” Tarek Olumbo said.\n\n“The rest of the work is up to them and their partners.”`,
    );
    expect(qs[1]).toMatchObject({ speaker: "Tarek Olumbo" });
  });

  it("gives every paragraph of a multi-paragraph quote the speaker named at its end", () => {
    const qs = quotesOf(
      `${INTRO}“The first part of the long statement goes here.\n\n“And the second part ends it,” Tarek Olumbo said.`,
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Tarek Olumbo", "Tarek Olumbo"]);
  });

  it("takes the speaker of a colon lead-in in the previous sentence", () => {
    const qs = quotesOf(
      `${INTRO}Tarek Olumbo put it bluntly in his speech:\n\n“The rest of the work is up to them and their partners.”`,
    );
    expect(qs[0]).toMatchObject({ speaker: "Tarek Olumbo" });
  });

  it("attributes transcript lines to their speaker label", () => {
    const qs = quotesOf(`${INTRO}"OLUMBO: Well, this is not an episode of “Shark Tank.” It is serious."`);
    expect(qs.find((q) => q.text === "Shark Tank.")).toMatchObject({ mention: "OLUMBO" });
  });

  it.each([
    ["the spokesman", "Taliban spokesman Karim Zadran denied it.", "Karim Zadran"],
    ["the minister", "Foreign Minister Farid Qasmani met the envoy.", "Farid Qasmani"],
  ])("resolves %s to the person holding that title", (nominal, lead, speaker) => {
    const qs = quotesOf(`${INTRO}${lead} “Talks will go on,” ${nominal} said.`);
    expect(qs[0]).toMatchObject({ speaker, mention: nominal });
  });

  it.each([
    [
      "a subordinate clause before the subject",
      "Although the Mirova Institute did not name anyone, it called the plan “reckless.”",
      "it",
    ],
  ])("finds the subject past %s", (_name, sentence, mention) => {
    expect(quotesOf(INTRO + sentence)[0]).toMatchObject({ mention });
  });

  it("finds the subject past a coordinated verb after a pronoun", () => {
    // the rules' reading; the learned scorer trained at stop 28 prefers the main clause's subject here
    // (a known weakness, in the issue note), so this asserts what the cue-before rule proposes
    const sentence =
      "Tarek Olumbo criticised Ruth Calloway after she attacked the police and described the riots as “outside agitation.”";
    expect(quotesOf(INTRO + sentence, RULES_ONLY)[0]).toMatchObject({ mention: "she" });
  });

  it("resolves a pronoun to the speaker of reported speech just before it", () => {
    const text = `${INTRO}Foreign Minister Farid Qasmani and General Idris Kato attended. Prime Minister Anil Rasheed chaired it.\n\nAccording to the statement, the prime minister said the border would reopen. “There is no military solution,” he said.`;
    expect(quotesOf(text)[0]).toMatchObject({ speaker: "Anil Rasheed", mention: "he" });
  });

  it("lets an organisation's office speak for it", () => {
    const qs = quotesOf(
      `${INTRO}The Taliban’s political office in Doha later tweeted that the talks were “productive.”`,
    );
    expect(qs[0]).toMatchObject({ speaker: "Taliban", mention: "The Taliban’s political office in Doha" });
  });

  it("keeps a place inside an anonymous source's description", () => {
    const text = `${INTRO}A Western diplomat in Kabul, who asked not to be named, said the deal “shows its limits.”`;
    expect(quotesOf(text)[0]).toMatchObject({
      speaker: "Western diplomat in Kabul",
      mention: "A Western diplomat in Kabul",
    });
  });

  it("reads a possessive name as the owner of a nominal speaker", () => {
    const qs = quotesOf(`${INTRO}“We are ready,” Zamrania’s foreign minister said.`);
    expect(qs[0]).toMatchObject({ mention: "Zamrania’s foreign minister" });
  });

  it("does not treat a sentence-initial ordinary word as a name", () => {
    const qs = quotesOf(`${INTRO}Check the record: “We are ready.” You can check it yourself.`);
    expect(qs[0]?.mention).not.toBe("Check");
  });

  it("leaves scare quotes and titles without speaker", () => {
    const qs = quotesOf(
      `${INTRO}Engineers began to build the so-called “border wall.” The film “The Long Road Home” opened.`,
    );
    expect(qs.map((q) => q.speaker)).toEqual([null, null]);
  });

  it("resolves 'the group' to the latest organisation", () => {
    const qs = quotesOf(`${INTRO}The Taliban rejected the offer. The group called the plan a “waste of time.”`);
    expect(qs[0]).toMatchObject({ speaker: "Taliban", mention: "The group" });
  });

  it("gives a nested report to the outer source", () => {
    const qs = quotesOf(
      `${INTRO}Tarek Olumbo said the minister described the deal as “the gold standard” of agreements.`,
    );
    expect(qs[0]).toMatchObject({ speaker: "Tarek Olumbo" });
  });

  it.fails(
    "reads a participial subject before the quote (not handled: 'Protesters marching through the streets chanted' takes the streets)",
    () => {
      const qs = quotesOf(`${INTRO}Protesters marching through the streets chanted “What curfew?” until dawn.`);
      expect(qs[0]).toMatchObject({ mention: "Protesters" });
    },
  );

  // its time is printed by `npm run bench:extract` ("stress"), not asserted here
  it("attributes the quotes of a huge paragraph full of quotes and names", () => {
    const text = "“We are ready,” Tarek Olumbo said, and he added that “the rest is up to them.” ".repeat(2_000);
    const r = extract({ text });
    expect(r.quotes.length).toBeGreaterThan(2_000);
    expect(r.quotes.every((q) => q.speaker === "Tarek Olumbo")).toBe(true);
  });

  it("never throws and keeps every span valid on random text", () => {
    const piece = fc.constantFrom(
      "“",
      "”",
      '"',
      "'",
      "‘",
      "’",
      " said ",
      " he ",
      " that ",
      " told ",
      "Mr. ",
      "Tarek Olumbo",
      ", ",
      ". ",
      "\n\n",
      "according to ",
      "the official",
      "a senior official",
      "—",
      "―",
      "(",
      ")",
      ":",
      "PENCE:",
      "’s ",
      "Said ",
      " and ",
      "a",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 80 }).map((a) => a.join("")),
          fc.fullUnicodeString({ maxLength: 200 }),
        ),
        (text) => {
          const r = extract({ text });
          for (const q of r.quotes) {
            expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
            if (q.speakerMention)
              expect(r.article.body.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
            if (q.speaker !== null) expect(r.actors.map((a) => a.name)).toContain(q.speaker);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a relative pronoun heading the cue's clause", () => {
  it("is the speaker mention, and the speaker stays its antecedent", () => {
    const quotes = quotesOf(
      `${INTRO}The plan was drawn up by Senator Ilse Varnow, who said on Monday that “the ferry must run all winter.”`,
    );
    expect(quotes).toContainEqual({ text: "the ferry must run all winter.", speaker: "Ilse Varnow", mention: "who" });
  });

  it("frames every quote its verb introduces, earlier quotes of the same verb in between", () => {
    const quotes = quotesOf(
      `${INTRO}Harlan Brisk spoke first. Harlan Brisk, who has described the mayor as “a reckless gambler” and “a menace,” said little.`,
    );
    expect(quotes).toEqual([
      { text: "a reckless gambler", speaker: "Harlan Brisk", mention: "who" },
      { text: "a menace,", speaker: "Harlan Brisk", mention: "who" },
    ]);
  });

  it("means the name right before it, not the article's main speaker", () => {
    const quotes = quotesOf(
      `${INTRO}Harlan Brisk spoke first. The rally opened with his sister Mara Quint, who portrayed him as a patient builder and “the town's champion.”`,
    );
    expect(quotes).toEqual([{ text: "the town's champion.", speaker: "Mara Quint", mention: "who" }]);
  });

  it("is not the mention of a quote the antecedent's own cue introduces", () => {
    const quotes = quotesOf(
      `${INTRO}“The ferry must run all winter,” said Ilse Varnow, who said the council would vote in March. “We will not wait,” she added.`,
    );
    expect(quotes[0]).toEqual({
      text: "The ferry must run all winter,",
      speaker: "Ilse Varnow",
      mention: "Ilse Varnow",
    });
  });
});
