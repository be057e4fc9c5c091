import { describe, expect, it } from "vitest";
import { clean } from "@/lib/extraction/clean/clean.ts";
import { metadata } from "@/lib/extraction/metadata/metadata.ts";
import { createDoc } from "@/lib/extraction/pipeline.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";

const run = (text: string, hints: ArticleHints = {}) => metadata.run(clean.run(createDoc({ text, hints }))).meta;
const BODY = "The port reopened on Monday after a week-long strike by dock workers ended, officials said.";

describe("metadata", () => {
  it("reads title, publisher and day-precise date when headline and a Published-in line frame the text", () => {
    const meta = run(`Port reopens after strike\n${BODY}\nPublished in The Harbour Herald, March 3rd, 2015.`);
    expect(meta).toMatchObject({
      title: "Port reopens after strike",
      publisher: "The Harbour Herald",
      publishedAt: { value: "2015-03-03", precision: "DAY" },
    });
  });

  it("infers only the year when a copyright line is the sole date evidence", () => {
    const meta = run(`${BODY}\n\nCopyright © 2021 The Daily Example, LLC. Click here for reprint permission.`);
    expect(meta.publisher).toBe("The Daily Example");
    expect(meta.publishedAt).toEqual({ value: "2021", precision: "YEAR" });
  });

  it("names author and outlet when a contact line with a known e-mail domain closes the article", () => {
    const meta = run(`${BODY}\n• Jane Roe can be reached at jroe@washingtontimes.com.`);
    expect(meta).toMatchObject({ author: "Jane Roe", publisher: "The Washington Times", publishedAt: null });
  });

  it("names the outlet, but no half-name author, when a closing bio says who covers what for whom", () => {
    const meta = run(`${BODY}\n\nAnn covers shipping and trade for Harbour Weekly. She has covered ports since 2001.`);
    expect(meta).toMatchObject({ author: null, publisher: "Harbour Weekly" });
    expect(
      run(`${BODY}\n\nAnn Berg covers shipping and trade for Harbour Weekly. She has covered ports since 2001.`),
    ).toMatchObject({ author: "Ann Berg" });
  });

  it.each([
    ["KABUL (Reuters) - ", "Reuters"],
    ["LAGOS, Nigeria (AP) — ", "The Associated Press"],
    ["ATLANTA (CNN) -- ", "CNN"],
  ])("reads the publisher from the dateline tag of %j", (dateline, publisher) => {
    expect(run(`${dateline}${BODY}`)).toMatchObject({ publisher });
  });

  it("reads the date from a caption when the article states none of its own", () => {
    const meta = run(`${BODY}\n\nThe harbour at dawn. (AP Photo/Jo Lind, March 3, 2021)\n\n${BODY}`);
    expect(meta.publishedAt).toEqual({ value: "2021-03-03", precision: "DAY" });
  });

  it("lets hints win when the caller knows better", () => {
    const meta = run(`date 2020-05-04 ${BODY}`, { title: "T", publisher: "P", author: "A", publishedAt: "2020-06" });
    expect(meta).toMatchObject({
      title: "T",
      publisher: "P",
      author: "A",
      publishedAt: { value: "2020-06", precision: "MONTH" },
    });
  });

  it("returns nulls when the text states nothing", () => {
    expect(run(BODY)).toMatchObject({ title: null, publisher: null, author: null, publishedAt: null });
  });

  it("drops the period a feed appended to the headline", () => {
    expect(run(`Port Reopens After Strike.\n${BODY}`).title).toBe("Port Reopens After Strike");
  });
});

describe("metadata from a byline", () => {
  it("reads author, outlet and day when a byline carries all three", () => {
    const meta = run(`Port reopens after strike\nBy Jane Roe - The Washington Times - Monday, July 22, 2019\n${BODY}`);
    expect(meta).toMatchObject({
      author: "Jane Roe",
      publisher: "The Washington Times",
      publishedAt: { value: "2019-07-22", precision: "DAY" },
    });
  });
});
