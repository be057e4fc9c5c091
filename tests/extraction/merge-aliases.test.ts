import { describe, expect, it } from "vitest";
import { actorsStage } from "@/lib/extraction/actors/actors-stage.ts";
import { aliasesStage } from "@/lib/extraction/actors/aliases-stage.ts";
import { mergeAliases, toActorKey } from "@/lib/extraction/actors/merge-aliases.ts";
import { normalize } from "@/lib/extraction/normalize.ts";
import { runPipeline } from "@/lib/extraction/pipeline.ts";
import { sentencesStage } from "@/lib/extraction/sentences/sentences-stage.ts";

const actorsOf = (text: string) => runPipeline({ text }, [normalize, sentencesStage, actorsStage, aliasesStage]).actors;

describe("mergeAliases", () => {
  it("merges surname, honorific and partial forms under the fullest name", () => {
    const actors = actorsOf(
      "Security Adviser Mohammad Karim Delawar spoke. Later Mr. Delawar left. Karim Delawar returned. Delawar said little.",
    );
    const people = actors.filter((a) => a.type === "PERSON");
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe("Mohammad Karim Delawar");
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(["Mr. Delawar", "Karim Delawar", "Delawar"]));
    expect(people[0]!.title).toBe("Security Adviser");
  });

  it("merges a near-misspelling of a surname", () => {
    const people = actorsOf("Foreign Minister Farid Qasmani arrived. Mr. Qasmnai said talks would resume.").filter(
      (a) => a.type === "PERSON",
    );
    expect(people.map((a) => a.name)).toEqual(["Farid Qasmani"]);
  });

  it("never merges two people sharing a surname with different first names", () => {
    const people = actorsOf("Senator Ruth Calloway met Governor Peter Calloway.").filter((a) => a.type === "PERSON");
    expect(people.map((a) => a.name).sort()).toEqual(["Peter Calloway", "Ruth Calloway"]);
  });

  it("merges a capital into its country", () => {
    const countries = actorsOf("Pakistan denied it. Islamabad rejected the claim.").filter((a) => a.type === "COUNTRY");
    expect(countries).toEqual([expect.objectContaining({ name: "Pakistan", aliases: ["Islamabad"] })]);
  });

  it.each([
    ["The State Department", "state department"],
    ["H.R. Varden", "hr varden"],
  ])("keys %s as %s", (name, key) => {
    expect(toActorKey(name)).toBe(key);
  });
});

describe("mergeAliases with organisations", () => {
  const mention = (text: string, start: number, actorType: "PERSON" | "ORGANIZATION", evidence: string) => ({
    start,
    end: start + text.length,
    text,
    actorKey: null,
    form: "NAME" as const,
    actorType,
    evidence,
  });

  it("joins a bare word to the one organisation whose name it starts, when no person is called so", () => {
    const { actors } = mergeAliases([
      mention("Brightwater Research", 0, "ORGANIZATION", "MULTI"),
      mention("Brightwater", 40, "PERSON", "SINGLE"),
    ]);
    expect(actors).toEqual([expect.objectContaining({ name: "Brightwater Research", aliases: ["Brightwater"] })]);
  });

  it("prefers the person a surname fits over an organisation named after her", () => {
    const { actors } = mergeAliases([
      mention("Kowalczyk Foundation", 0, "ORGANIZATION", "ORGHEAD"),
      mention("Marta Kowalczyk", 30, "PERSON", "NAMED"),
      mention("Kowalczyk", 60, "PERSON", "SINGLE"),
    ]);
    expect(actors.find((a) => a.name === "Marta Kowalczyk")?.aliases).toEqual(["Kowalczyk"]);
    expect(actors.find((a) => a.name === "Kowalczyk Foundation")?.aliases).toEqual([]);
  });
});
