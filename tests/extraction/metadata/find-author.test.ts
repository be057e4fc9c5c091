import { describe, expect, it } from "vitest";
import { getAuthorFromLine } from "@/lib/extraction/metadata/find-author.ts";

describe("getAuthorFromLine", () => {
  it.each([
    ["byline", "By Jane Roe", "Jane Roe"],
    ["byline", "By Jane Roe and John Doe, Example News", "Jane Roe and John Doe"],
    ["contact", "• Jane Roe can be reached at jroe@example.com.", "Jane Roe"],
    ["author-bio", "Ann Lee covers trade for Harbour Weekly.", "Ann Lee"],
    ["author-bio", "Tom Yu is the energy columnist for Example News.", "Tom Yu"],
  ])("reads the author of a %s line %j", (reason, line, name) => {
    expect(getAuthorFromLine(reason, line)).toBe(name);
  });

  it("finds none when the line names no one", () => {
    expect(getAuthorFromLine("contact", "Please email us at tips@example.com.")).toBeNull();
  });
});
