import { describe, expect, it } from "vitest";
import { csrfTokensMatch, isSameOriginRequest } from "@/lib/auth/csrf.ts";

const ORIGIN = "https://news.example";

describe("csrf", () => {
  it.each([
    ["same-origin fetch metadata", { "sec-fetch-site": "same-origin" }, true],
    ["a typed address (none)", { "sec-fetch-site": "none" }, true],
    ["cross-site fetch metadata", { "sec-fetch-site": "cross-site", origin: ORIGIN }, false],
    ["same-site but another origin", { "sec-fetch-site": "same-site" }, false],
    ["our Origin", { origin: ORIGIN }, true],
    ["another Origin", { origin: "https://evil.example" }, false],
    ["the null Origin of a sandboxed form", { origin: "null" }, false],
    ["our Referer", { referer: `${ORIGIN}/articles/x` }, true],
    ["another Referer", { referer: "https://evil.example/page" }, false],
    ["no browser headers (a script)", {}, true],
  ])("decides %s", (_name, headers, expected) => {
    expect(isSameOriginRequest(new Headers(headers as Record<string, string>), ORIGIN)).toBe(expected);
  });

  it("matches only the exact token", () => {
    expect(csrfTokensMatch("abc", "abc")).toBe(true);
    expect(csrfTokensMatch("abd", "abc")).toBe(false);
    expect(csrfTokensMatch("ab", "abc")).toBe(false);
    expect(csrfTokensMatch(null, "abc")).toBe(false);
  });
});
