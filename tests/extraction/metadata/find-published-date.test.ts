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
    [
      [
        {
          text: "Mira Holt waves to supporters in Tarn, Wednesday, Sept. 11, 2019. (AP Photo/Jo Lind)",
          reason: "standfirst",
        },
      ],
      "2019-09-11",
    ],
    [[{ text: "Photo: Mira Holt at the Tarn airport on Sept. 11, 2019.", reason: "standfirst" }], "2019-09-11"],
    [[{ text: "(AP Photo/Jo Lind, Sept. 11, 2019)", reason: "standfirst" }], "2019-09-11"],
  ])("reads %j as %s", (furniture, value) => {
    expect(findPublishedDate(docWith(furniture))?.value).toBe(value);
  });

  it("reads no date from a standfirst that is no caption when it mentions a day", () => {
    expect(
      findPublishedDate(docWith([{ text: "The talks of Sept. 11, 2019 changed little.", reason: "standfirst" }])),
    ).toBeNull();
  });

  it("returns null when no line states a date", () => {
    expect(findPublishedDate(docWith([{ text: "Read more", reason: "read-more" }]))).toBeNull();
  });
});
