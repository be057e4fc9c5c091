import { describe, expect, it } from "vitest";
import { actorsStage } from "@/lib/extraction/actors/actors-stage.ts";
import { aliasesStage } from "@/lib/extraction/actors/aliases-stage.ts";
import { normalize } from "@/lib/extraction/normalize.ts";
import { runPipeline } from "@/lib/extraction/pipeline.ts";
import { sentencesStage } from "@/lib/extraction/sentences/sentences-stage.ts";

const STAGES = [normalize, sentencesStage, actorsStage, aliasesStage];
const actorsOf = (text: string) => runPipeline({ text }, STAGES).actors;
const mentionsOf = (text: string) => runPipeline({ text }, STAGES).mentions;

describe("actorsStage", () => {
  it.each([
    ["a titled person", "Zamrani Foreign Minister Tarek Olumbo arrived on Tuesday.", "Tarek Olumbo", "PERSON"],
    ["a rank and initials", "He met Lt. Gen. J.K. Varden at the base.", "J.K. Varden", "PERSON"],
    [
      "an organisation from the lexicon",
      "Officials blamed the Haqqani Network for the attack.",
      "Haqqani Network",
      "ORGANIZATION",
    ],
    [
      "a lexicon name ending in a lower-case word",
      "Officials blamed the Haqqani network for the attack.",
      "Haqqani Network",
      "ORGANIZATION",
    ],
    [
      "a lexicon name with a lower-case article prefix",
      "Officials said al-Qaida planned the attack.",
      "Al Qaeda",
      "ORGANIZATION",
    ],
    [
      "an acronym from the lexicon",
      "The report cited the ISI and the State Department.",
      "Inter-Services Intelligence",
      "ORGANIZATION",
    ],
    [
      "an organisation by its head word",
      "The Mirova Policy Institute published a study.",
      "Mirova Policy Institute",
      "ORGANIZATION",
    ],
    ["an organisation head before 'of'", "The Ministry of Mines denied it.", "Ministry of Mines", "ORGANIZATION"],
    ["a South Asian press title", "PM Anil Rasheed arrived.", "Anil Rasheed", "PERSON"],
    ["a capital acting for its country", "Islamabad rejected the claim.", "Pakistan", "COUNTRY"],
    ["a demonym government", "The Afghan Government agreed.", "Afghanistan", "COUNTRY"],
  ])("finds %s", (_name, text, name, type) => {
    expect(actorsOf(text)).toContainEqual(expect.objectContaining({ name, type }));
  });

  it.each([
    ["weekdays and months", "On Monday in September the talks resumed."],
    ["a capital used as a place", "The embassy in Kabul was closed."],
    [
      "sentence-initial ordinary words",
      "Ramping up pressure on the border is the plan. Claims of progress were denied.",
    ],
    ["a bare unknown single word", "Tarzo is not a name anyone confirmed."],
    ["headline words", "Peace Talks Stall As Winter Nears\nThe talks stalled."],
    ["page furniture and religious words", "Load More\nThank God the talks resumed, he said."],
    ["quoted nicknames", "He mocked the winner as “Miss Piggy” again."],
  ])("finds no actor in %s", (_name, text) => {
    expect(actorsOf(text).map((a) => a.name)).toEqual([]);
  });

  it("keeps the title apart from the name and offsets on the name", () => {
    const text = "Afghan National Security Adviser Hamidullah Zarif spoke.";
    const m = mentionsOf(text).find((x) => x.text === "Hamidullah Zarif");
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe("Hamidullah Zarif");
    expect(m!.title).toBe("Afghan National Security Adviser");
  });

  it("splits two actors joined by 'and'", () => {
    const names = actorsOf("President Dale Morrow and Prime Minister Anil Rasheed met.").map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Dale Morrow", "Anil Rasheed"]));
  });
});

describe("a speech verb in a Title Case headline", () => {
  it.each([
    [
      "followed by more Title Case",
      "The talks resumed. Lena Fisk Says She Will Run Again. Lena Fisk spoke to reporters.",
    ],
    ["closing a Title Case line", "Here Is What Lena Fisk Said\n\nLena Fisk spoke to reporters in the capital."],
  ])("is not part of the name when %s", (_name, text) => {
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toContain("Lena Fisk");
    expect(names.filter((n) => /Says|Said/.test(n))).toEqual([]);
  });

  it("keeps a surname that is a verb form in prose ('Edwin Said wrote')", () => {
    expect(actorsOf("The talks resumed. Edwin Said wrote a long essay about the border.").map((a) => a.name)).toContain(
      "Edwin Said",
    );
  });
});

describe("lower-case lexicon forms", () => {
  it("does not read the pronoun 'who' as the World Health Organization", () => {
    expect(actorsOf("The talks resumed. Officials who met on Tuesday agreed.").map((a) => a.name)).not.toContain(
      "World Health Organization",
    );
  });
});
