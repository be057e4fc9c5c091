import { describe, expect, it } from "vitest";
import { OembedRequestError, parseOembedRequest } from "@/app/api/oembed/parse-oembed-request.ts";

const SITE = "http://127.0.0.1:3000";
const QUOTE_URL = `${SITE}/quotes/UXVvdGU6MTI%3D`;

function statusOf(query: Record<string, string>): number {
  try {
    parseOembedRequest(new URLSearchParams(query), SITE);
    return 200;
  } catch (err) {
    if (err instanceof OembedRequestError) return err.status;
    throw err;
  }
}

describe("parseOembedRequest", () => {
  it("reads the target and limits of a valid request", () => {
    expect(
      parseOembedRequest(
        new URLSearchParams({ url: QUOTE_URL, maxwidth: "400", maxheight: "150", format: "json" }),
        SITE,
      ),
    ).toEqual({
      target: { kind: "quote", id: "UXVvdGU6MTI=" },
      maxWidth: 400,
      maxHeight: 150,
    });
  });

  it("treats absent limits and format as none and json", () => {
    expect(parseOembedRequest(new URLSearchParams({ url: `${SITE}/actors/jane-roe` }), SITE)).toEqual({
      target: { kind: "actor", slug: "jane-roe", count: 3 },
      maxWidth: null,
      maxHeight: null,
    });
  });

  it.each([
    ["no url", {}, 400],
    ["an empty url", { url: "" }, 400],
    ["a relative url", { url: "/quotes/abc" }, 400],
    ["a garbled url", { url: "http://[::1" }, 400],
    ["a javascript: url", { url: "javascript:alert(1)" }, 400],
    ["a zero maxwidth", { url: QUOTE_URL, maxwidth: "0" }, 400],
    ["a negative maxheight", { url: QUOTE_URL, maxheight: "-10" }, 400],
    ["a non-numeric maxwidth", { url: QUOTE_URL, maxwidth: "wide" }, 400],
    ["format=xml", { url: QUOTE_URL, format: "xml" }, 501],
    ["an unknown format", { url: QUOTE_URL, format: "yaml" }, 501],
    ["a foreign url", { url: "https://evil.example/quotes/UXVvdGU6MTI%3D" }, 404],
    ["an article url", { url: `${SITE}/articles/x` }, 404],
    ["the home page", { url: `${SITE}/` }, 404],
  ])("refuses %s with %i", (_, query, status) => {
    expect(statusOf(query)).toBe(status);
  });

  it("names the offending parameter in its message", () => {
    expect(() => parseOembedRequest(new URLSearchParams({ url: QUOTE_URL, maxwidth: "wide" }), SITE)).toThrow(
      /`maxwidth`.*"wide"/,
    );
  });
});
