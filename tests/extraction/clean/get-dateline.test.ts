import { describe, expect, it } from "vitest";
import { getDateline } from "@/lib/extraction/clean/get-dateline.ts";

describe("getDateline", () => {
  it.each([
    ["OSLO:", "OSLO", "OSLO:"],
    ["BERLIN (Reuters) — The mayor said", "BERLIN", "BERLIN (Reuters) — "],
    ["SPRINGFIELD, Ill., Oct. 4 (UPI) — The governor", "SPRINGFIELD, Ill", "SPRINGFIELD, Ill., Oct. 4 (UPI) — "],
    ["NEW HAVEN, Conn. - Students marched", "NEW HAVEN, Conn", "NEW HAVEN, Conn. - "],
  ])("reads the place of %j", (line, place, prefix) => {
    const d = getDateline(line);
    expect(d?.place).toBe(place);
    expect(line.slice(0, d?.length)).toBe(prefix);
  });

  it.each(["ABSTRACT.", "The mayor said on Monday.", "Q: What now?", "US officials met on Monday."])(
    "finds none in %j",
    (line) => {
      expect(getDateline(line)).toBeNull();
    },
  );
});
