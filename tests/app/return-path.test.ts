import { describe, expect, it } from "vitest";
import { safeReturnPath, withNotice } from "@/app/_components/editor/return-path.ts";

describe("safeReturnPath", () => {
  it.each([
    ["/articles/x#quotes", "/articles/x#quotes"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/a\nb", "/"],
    [42, "/"],
  ])("keeps %j as %j", (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });
});

describe("withNotice", () => {
  it("replaces an earlier notice and keeps the fragment", () => {
    expect(withNotice("/actors/a?editError=old#quotes", "edited", "revert")).toBe("/actors/a?edited=revert#quotes");
  });
});
