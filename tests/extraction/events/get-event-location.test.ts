import { describe, expect, it } from "vitest";
import { getEventLocation, isKnownPlace } from "@/lib/extraction/events/get-event-location.ts";

describe("getEventLocation", () => {
  it.each([
    ["They met at the embassy in Washington on Monday.", "Washington"],
    ["Attacks rose in and around Kabul.", "Kabul"],
    ["They met in Geneva Switzerland.", "Geneva"],
    ["They met in secret.", null],
  ])("finds the place in %j", (text, place) => {
    expect(getEventLocation(text, [[0, text.length]], 0)).toBe(place);
  });

  it("knows countries, capitals and other places", () => {
    expect([isKnownPlace("Qatar"), isKnownPlace("Islamabad"), isKnownPlace("Mumbai"), isKnownPlace("Monday")]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
