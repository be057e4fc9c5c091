import { describe, expect, it } from "vitest";
import { clean } from "@/lib/extraction/clean/clean.ts";
import { createDoc } from "@/lib/extraction/pipeline.ts";

const run = (text: string, title?: string) => clean.run(createDoc({ text, hints: title ? { title } : {} }));

describe("clean", () => {
  it("drops the headline, standfirst and a dateline line when they open the text", () => {
    const doc = run(
      "Rivers rise in the north\nFarmers brace for more rain.\nOSLO:\nThe river Glomma rose two metres overnight, officials said on Monday.\nRoads were closed.",
    );
    expect(doc.body).toBe("The river Glomma rose two metres overnight, officials said on Monday.\nRoads were closed.");
    expect(doc.meta.dateline).toBe("OSLO");
    expect(doc.furniture.map((f) => f.reason)).toEqual(["headline", "standfirst", "dateline"]);
  });

  it("cuts a dateline prefix off the first paragraph when it opens with one", () => {
    const doc = run(
      "BERLIN (Reuters) — The mayor opened the new bridge on Tuesday after years of delay.\n\nTraffic resumed.",
    );
    expect(doc.body).toBe("The mayor opened the new bridge on Tuesday after years of delay.\n\nTraffic resumed.");
    expect(doc.meta.dateline).toBe("BERLIN");
    expect(doc.furniture).toEqual([{ text: "BERLIN (Reuters) —", reason: "dateline" }]);
  });

  it("removes a later copy of every repeated paragraph when the body is pasted twice", () => {
    const a = "The council voted on Friday to close the old harbour for repairs next spring.";
    const b = "Fishermen said the closure would cost them most of a season of catches.";
    const doc = run(`${a}\n${b}\n${a}\n${b}`);
    expect(doc.body).toBe(`${a}\n${b}`);
    expect(doc.furniture.filter((f) => f.reason === "repeated-paragraph")).toHaveLength(2);
  });

  it("keeps the first line when it reads like a lede rather than a headline", () => {
    const lede =
      "City officials are weighing a plan to replace every streetlight with LED lamps by the end of the decade, a move they say will halve the bill.";
    const doc = run(`${lede}\n\nThe plan goes to a vote next month.`);
    expect(doc.body.startsWith(lede)).toBe(true);
    expect(doc.furniture).toEqual([]);
  });

  it("strips a date marker prefix when the first paragraph follows it on the same line", () => {
    const doc = run(" date 2020-05-04 The ministry published new figures on imports of grain.\n\nPrices fell.");
    expect(doc.body).toBe("The ministry published new figures on imports of grain.\n\nPrices fell.");
    expect(doc.furniture).toEqual([{ text: "date 2020-05-04", reason: "date-marker" }]);
  });

  it.each([
    ["copyright", "Copyright © 2021 The Daily Example, LLC. Click here for reprint permission."],
    ["published-in", "Published in The Morning Example, March 3rd, 2015."],
    ["contact", "• Jane Roe can be reached at jroe@example.com."],
    ["comment-policy", "Please read our comment policy before commenting."],
  ])("records a %s line as furniture when it closes the article", (reason, line) => {
    const body = "The port reopened on Monday after a week-long strike by dock workers ended.";
    const doc = run(`${body}\n\n${line}`);
    expect(doc.body).toBe(body);
    expect(doc.furniture).toEqual([{ text: line, reason }]);
  });

  it("drops an author bio and the link list after it when the page ends with them", () => {
    const body = "The port reopened on Monday after a week-long strike by dock workers ended.";
    const doc = run(
      `${body}\n\nAnn covers shipping and trade for Harbour Weekly. She has covered ports since 2001.\n\nIn Other News\nLoad More\nPorts brace for storms`,
    );
    expect(doc.body).toBe(body);
    expect(doc.furniture.map((f) => f.reason)).toEqual([
      "author-bio",
      "section-label",
      "section-label",
      "related-links",
    ]);
  });

  it("treats the first line as a headline when it equals the title hint", () => {
    const doc = run(
      "Rain returns. Finally.\nIt rained in the capital for the first time in four months, forecasters said.",
      "Rain returns. Finally.",
    );
    expect(
      run(
        "Rain returns. Finally.\nIt rained in the capital for the first time in four months, forecasters said.",
      ).body.startsWith("Rain"),
    ).toBe(true);
    expect(doc.body).toBe("It rained in the capital for the first time in four months, forecasters said.");
  });
});
