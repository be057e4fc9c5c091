import { describe, expect, it } from "vitest";
import { mapBodyToRaw } from "@/scripts/lib/body-to-raw.ts";

describe("mapBodyToRaw", () => {
  it("maps offsets past a removed furniture line back to the raw text", () => {
    const raw = "Photo: Agency\nThe mayor of Lindholm spoke.\nShe left.";
    const body = "The mayor of Lindholm spoke.\nShe left.";
    const toRaw = mapBodyToRaw(body, raw);
    const at = body.indexOf("Lindholm");
    expect(raw.slice(toRaw(at)!, toRaw(at + "Lindholm".length)!)).toBe("Lindholm");
    expect(raw.slice(toRaw(body.indexOf("She"))!).startsWith("She left")).toBe(true);
  });

  it("answers null for a body line the raw text does not hold", () => {
    const toRaw = mapBodyToRaw("A line that was rewritten.", "Something else entirely.");
    expect(toRaw(3)).toBeNull();
  });
});
