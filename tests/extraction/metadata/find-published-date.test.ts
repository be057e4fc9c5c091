import { describe, expect, it } from "vitest";
import { findPublishedDate } from "@/lib/extraction/metadata/find-published-date.ts";
import { createDoc } from "@/lib/extraction/pipeline.ts";

const docWith = (furniture: { text: string; reason: string }[]) => ({ ...createDoc({ text: "" }), furniture });

describe("findPublishedDate", () => {
  it.each([
    [[{ text: "date 2018-11-12", reason: "date-marker" }], "2018-11-12"],
    [[{ text: "Published in The Herald, October 6th, 2011.", reason: "published-in" }], "2011-10-06"],
    [[{ text: "Copyright © 2018 The Herald", reason: "copyright" }], "2018"],
    [
      [
        { text: "Copyright © 2017 The Herald", reason: "copyright" },
        { text: "date 2018-01-02", reason: "date-marker" },
      ],
      "2018-01-02",
    ],
  ])("reads %j as %s", (furniture, value) => {
    expect(findPublishedDate(docWith(furniture))?.value).toBe(value);
  });

  it("returns null when no line states a date", () => {
    expect(findPublishedDate(docWith([{ text: "Read more", reason: "read-more" }]))).toBeNull();
  });
});
