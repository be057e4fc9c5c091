import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extraction/pipeline.ts";

// invented articles: the actors stage reads the tagger's names together with the lexicons
const actorsOf = (text: string) => extract({ text }).actors;
const people = (text: string) =>
  actorsOf(text)
    .filter((a) => a.type === "PERSON")
    .map((a) => a.name);

describe("actors with the tagger", () => {
  it.each([
    [
      "sentence-initial adjectives and participles",
      "Beloved by her pupils, the teacher retired in June. Called to the stand, the clerk said nothing new.",
    ],
    ["a demonym", "Pakistani officials said the crossing would reopen, a Pakistani spokesman added."],
    ["a place after a preposition", "In Washington, lawmakers met late on Tuesday to discuss the budget."],
  ])("makes no person of %s", (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it("reads a title word before a name as the title ('Economist X of Y Bank')", () => {
    const actors = actorsOf(
      "Economist Lotte Brandvik of Harvel Bank said rates would rise. Brandvik expects two more increases.",
    );
    expect(actors).toContainEqual(
      expect.objectContaining({ name: "Lotte Brandvik", type: "PERSON", title: "Economist" }),
    );
    expect(actors).toContainEqual(expect.objectContaining({ name: "Harvel Bank", type: "ORGANIZATION" }));
    expect(actors.filter((a) => a.name.includes("Brandvik"))).toHaveLength(1);
  });

  it("finds a person in apposition to a role, first name known or not", () => {
    expect(people("A provincial police spokesman, Qadir Nurzai, said two men were detained.")).toContain(
      "Qadir Nurzai",
    );
  });

  it("keeps an organisation's whole name", () => {
    expect(actorsOf("The European Central Bank said on Thursday that it would wait.")).toContainEqual(
      expect.objectContaining({ name: "European Central Bank", type: "ORGANIZATION" }),
    );
  });

  it("takes the fullest form as the name and the title apart", () => {
    const actors = actorsOf("President Halvard Moen visited the port. Later, Moen said the visit went well.");
    expect(actors).toContainEqual(
      expect.objectContaining({ name: "Halvard Moen", type: "PERSON", title: "President" }),
    );
    expect(people("President Halvard Moen visited the port. Later, Moen said the visit went well.")).toEqual([
      "Halvard Moen",
    ]);
  });

  it("joins a surname-only mention to the person named in full", () => {
    expect(people("Donald Trump met his aides on Monday. Trump said the deal was done.")).toEqual(["Donald Trump"]);
  });
});
