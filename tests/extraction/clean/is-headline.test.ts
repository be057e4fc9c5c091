import { describe, expect, it } from "vitest";
import { isHeadline } from "@/lib/extraction/clean/is-headline.ts";

describe("isHeadline", () => {
  it.each([
    ["Harbour closure: fishermen count the cost", true],
    ["Mayor Opens New Bridge After Years Of Delay.", true],
    ["Council votes to close the old harbour.", false],
    ["The Council Met On Monday.", false],
    ["“We will rebuild,” the mayor said.", false],
    [
      "City officials are weighing a plan to replace every streetlight with LED lamps by the end of the decade, a move they say will halve the bill.",
      false,
    ],
  ])("judges %j as headline=%s", (line, expected) => {
    expect(isHeadline(line)).toBe(expected);
  });

  it("accepts any line when it matches the title hint", () => {
    expect(
      isHeadline(
        "A long sentence that reads like prose and ends with a period, as ledes do, and keeps going for a while longer than any headline would.",
        "a long sentence that reads like prose and ends with a period as ledes do and keeps going for a while longer than any headline would",
      ),
    ).toBe(true);
  });
});
