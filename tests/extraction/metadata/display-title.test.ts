import { describe, expect, it } from "vitest";
import { displayTitleOf, MAX_LEDE_TITLE } from "@/lib/extraction/metadata/display-title.ts";

describe("displayTitleOf", () => {
  it.each([
    ["Harbour talks resume at Kestrel Bay", "Anything else.", "Harbour talks resume at Kestrel Bay"],
    ["  Ferry  strike   ends ", "", "Ferry strike ends"],
    [null, "Kestrel’s mayor wants new ferries. The council does not.", "Kestrel’s mayor wants new ferries"],
    [null, "\n\nMr. Ode met the U.S. envoy on Friday. Then he left.", "Mr. Ode met the U.S. envoy on Friday"],
    [null, "Is the ferry late again? Riders say yes.", "Is the ferry late again?"],
    [null, "", "Untitled article"],
    ["", "   ", "Untitled article"],
  ])("names (%j, %j) %j", (title, body, out) => expect(displayTitleOf(title, body)).toBe(out));

  it("keeps a headline whole whatever its length", () => {
    const long = "A ".repeat(80) + "headline";
    expect(displayTitleOf(long, "Body.")).toBe(long.replace(/\s+/g, " "));
  });

  it("cuts a long lede at a clause boundary, keeping casing and punctuation", () => {
    const body =
      "Harbour officials in Kestrel Bay are backing a council-led plan to rebuild the old pier, alongside the ferry company, in an effort to end ten years of delays.";
    const t = displayTitleOf(null, body);
    expect(t).toBe("Harbour officials in Kestrel Bay are backing a council-led plan to rebuild the old pier…");
    expect(t.length).toBeLessThanOrEqual(MAX_LEDE_TITLE + 1);
  });

  it("cuts at a word boundary when no clause boundary is near", () => {
    const body =
      "The harbour master of Kestrel Bay said on Tuesday that the long awaited dredging of the northern channel would start before the winter storms arrive.";
    const t = displayTitleOf(null, body);
    expect(t.endsWith("…")).toBe(true);
    expect(body.startsWith(t.slice(0, -1))).toBe(true);
    expect(body[t.length - 1]).toBe(" ");
  });
});
