import { describe, expect, it } from "vitest";
import { getGovernmentCountry } from "@/lib/extraction/attribution/find-role-antecedent.ts";
import { extract } from "@/lib/extraction/pipeline.ts";

/** The speaker (actor name and type) of each direct/partial quote of an invented article. */
function speakersOf(body: string) {
  const r = extract({ text: `Port talks\n\n${body}` });
  return r.quotes
    .filter((q) => q.kind !== "INDIRECT")
    .map((q) => ({
      speaker: q.speaker,
      type: r.actors.find((a) => a.name === q.speaker)?.type ?? null,
      mention: q.speakerMention?.text ?? null,
    }));
}

describe("canonical speakers", () => {
  it("resolves a role noun right after a named person to that person", () => {
    const [q] = speakersOf(
      "Gen. Tomas Halvorsen met the envoy on Monday. “We are not leaving,” the army's top military official said.",
    );
    expect(q).toMatchObject({ speaker: "Tomas Halvorsen", type: "PERSON" });
  });

  it("resolves a lower-case role before a name ('the economist Jane Doe') to that person", () => {
    const [q] = speakersOf("“Wages are finally rising,” the economist Marta Kowalczyk said on Friday.");
    expect(q).toMatchObject({ speaker: "Marta Kowalczyk", type: "PERSON" });
  });

  it("credits 'Jane Doe of the Acme Institute said' to the person, not the institute", () => {
    const [q] = speakersOf("“We will not stop,” Joel Nakamura of Brightwater Institute said on Monday.");
    expect(q).toMatchObject({ speaker: "Joel Nakamura", type: "PERSON" });
  });

  it("resolves 'the governor' to the person titled Gov., not the speaker just before", () => {
    const quotes = speakersOf(
      "Gov. Chris Halvern vetoed the measure on Friday. “This is a betrayal,” said Senator Ana Ruiz. “We had no choice,” the governor said later.",
    );
    expect(quotes[1]).toMatchObject({ speaker: "Chris Halvern", mention: "the governor" });
  });

  it("resolves 'the council' and 'the board' to the body of that name", () => {
    const quotes = speakersOf(
      "The Harbor City Council met on Monday. “The vote is final,” the council said in a statement.\n\nThe Illinois Board of Elections rejected the petition. “The signatures were not valid,” the board said.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Harbor City Council", "Illinois Board of Elections"]);
  });

  it("does not credit an owner's people to the owner ('Henry Clay's biographers')", () => {
    const [q] = speakersOf("Marcus Vell's biographers wrote that he “never forgot a slight.”");
    expect(q).toMatchObject({ speaker: "Marcus Vell's biographers", type: "ANONYMOUS" });
  });

  it("credits an owner's own words to the owner ('Marcus Vell's claim')", () => {
    const [q] = speakersOf(
      "Marcus Vell spoke on Monday. Marcus Vell's most explosive claim was that the dam “would fail within a year.”",
    );
    expect(q).toMatchObject({ speaker: "Marcus Vell", type: "PERSON" });
  });

  it("reads 'the Post' after 'The Washington Post' as the paper", () => {
    const [q] = speakersOf(
      "The Washington Post first reported the story on Sunday. “We stand by our reporting,” the Post said on Monday.",
    );
    expect(q).toMatchObject({ speaker: "The Washington Post", type: "ORGANIZATION" });
  });

  it("credits people named together to the first of them", () => {
    const [q] = speakersOf("“We were surprised,” Maria Lopez and John Baker wrote.");
    expect(q).toMatchObject({ speaker: "Maria Lopez", type: "PERSON", mention: "Maria Lopez and John Baker" });
  });

  it("reads a document head that ends its clause as a noun ('according to a pool report.')", () => {
    const [q] = speakersOf(
      "The mayor toured the flooded district. “They do not care about politics,” Dunmore Price said of the families, according to a pool report.",
    );
    expect(q?.mention).toBe("a pool report");
  });

  it("does not take a name modifying a noun ('a Doe supporter') as a pronoun's antecedent", () => {
    const [q] = speakersOf(
      "Marta Kowalczyk spoke in Dunmore on Monday.\n\nNeera Vance, a Kowalczyk supporter and head of a policy group, asked the panel a question. “We want a fair hearing for everyone,” she said.",
    );
    expect(q).toMatchObject({ speaker: "Neera Vance", mention: "she" });
  });

  it("does not take a name used as a modifier ('the Morel administration') as the person a role noun means", () => {
    const [q] = speakersOf(
      "The Morel administration raised tariffs on Monday. “We will not back down,” the senior official said.",
    );
    expect(q!.speaker).not.toBe("Morel");
  });

  it.each([
    ["the Afghan government", "Afghanistan"],
    ["the Pakistani foreign ministry", "Pakistan"],
    ["the Veldonian embassy", null],
  ])("resolves '%s' to its country", (phrase, country) => {
    expect(getGovernmentCountry(phrase.split(" "))).toBe(country);
  });

  it("makes a government phrase speak for its country", () => {
    const [q] = speakersOf("“We welcome the talks,” the Afghan government said in a statement.");
    expect(q).toMatchObject({ speaker: "Afghanistan", type: "COUNTRY", mention: "the Afghan government" });
  });

  it("gives a document's words to whoever issued it", () => {
    const [q] = speakersOf(
      "The Ministry of Defence issued a statement on Monday. “Troops will stay,” the statement said.",
    );
    expect(q).toMatchObject({ speaker: "Ministry of Defence", mention: "the statement" });
  });

  it("keeps an anonymous source's whole description", () => {
    const [q] = speakersOf("“The plan is flawed,” a source familiar with the planning said.");
    expect(q).toMatchObject({ type: "ANONYMOUS", speaker: "source familiar with the planning" });
  });

  it("keeps two anonymous sources in one paragraph apart (the earlier sentence's closing attribution still wins)", () => {
    const qs = speakersOf(
      "“We welcome the talks,” a senior US official said. “The plan is flawed,” a source familiar with the planning said.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["senior US official", "source familiar with the planning"]);
  });
});
