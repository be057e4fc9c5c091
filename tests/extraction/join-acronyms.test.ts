import { describe, expect, it } from "vitest";
import { getInitials } from "@/lib/extraction/actors/join-acronyms.ts";
import { extract } from "@/lib/extraction/pipeline.ts";

describe("getInitials", () => {
  it.each([
    ["Northern Rivers Authority", "NRA"],
    ["The Harbour Workers Guild", "HWG"],
    ["Bureau of Land Use", "BLU"],
    ["Inter-Valley Transit", "IVT"],
  ])("spells %s as %s", (name, initials) => {
    expect(getInitials(name)).toBe(initials);
  });
});

describe("joinAcronyms through the pipeline", () => {
  const text = [
    "Flood plan stalls",
    "",
    "The Northern Rivers Authority (NRA) said on Monday that the levee would hold.",
    "",
    "“We are ready,” said Mara Quill, a spokeswoman. The NRA has warned residents before.",
  ].join("\n");

  it("makes an acronym the article defines an alias of the actor it stands for", () => {
    const r = extract({ text });
    const authority = r.actors.find((a) => a.name === "Northern Rivers Authority");
    expect(authority?.aliases).toContain("NRA");
    expect(r.actors.map((a) => a.name)).not.toContain("NRA");
  });

  it("attributes speech by the acronym to that actor", () => {
    const r = extract({ text });
    expect(r.quotes.find((q) => q.text.includes("residents"))?.speaker).toBe("Northern Rivers Authority");
  });

  it("leaves an acronym alone when its initials do not match the name before it", () => {
    const r = extract({ text: "Port talks\n\nThe Northern Rivers Authority (XYZ) said the levee would hold." });
    expect(r.actors.find((a) => a.name === "Northern Rivers Authority")?.aliases ?? []).not.toContain("XYZ");
  });
});
