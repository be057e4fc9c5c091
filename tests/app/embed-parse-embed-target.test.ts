import { describe, expect, it } from "vitest";
import { embedPathOf, parseEmbedTarget } from "@/app/embed/_lib/parse-embed-target.ts";

const SITE = "http://127.0.0.1:3000";
const ID = Buffer.from("Quote:12").toString("base64"); // "UXVvdGU6MTI="

describe("parseEmbedTarget", () => {
  it.each([
    [`${SITE}/quotes/${encodeURIComponent(ID)}`, { kind: "quote", id: ID }],
    [`${SITE}/quotes/${ID}`, { kind: "quote", id: ID }],
    [`${SITE}/embed/quotes/${encodeURIComponent(ID)}`, { kind: "quote", id: ID }],
    [`${SITE}/quotes/${encodeURIComponent(ID)}/`, { kind: "quote", id: ID }],
    [`${SITE}/quotes/${encodeURIComponent(ID)}?ref=x#top`, { kind: "quote", id: ID }],
    [`${SITE}/actors/donald-trump`, { kind: "actor", slug: "donald-trump", count: 3 }],
    [`${SITE}/embed/actors/donald-trump?n=5`, { kind: "actor", slug: "donald-trump", count: 5 }],
    [`${SITE}/embed/actors/donald-trump?n=99`, { kind: "actor", slug: "donald-trump", count: 10 }],
  ])("reads %s", (url, expected) => {
    expect(parseEmbedTarget(new URL(url), SITE)).toEqual(expected);
  });

  it.each([
    ["another origin", `http://evil.example/quotes/${ID}`],
    ["another port", `http://127.0.0.1:3001/quotes/${ID}`],
    ["another scheme", `https://127.0.0.1:3000/quotes/${ID}`],
    ["the home page", `${SITE}/`],
    ["a list page", `${SITE}/quotes`],
    ["a nested path", `${SITE}/quotes/${ID}/extra`],
    ["an article", `${SITE}/articles/some-slug`],
    ["malformed escapes", `${SITE}/quotes/%E0%A4%A`],
    ["a blank id", `${SITE}/quotes/%20`],
  ])("refuses %s", (_, url) => {
    expect(parseEmbedTarget(new URL(url), SITE)).toBeNull();
  });
});

describe("embedPathOf", () => {
  it("URL-encodes quote ids and actor slugs", () => {
    expect(embedPathOf({ kind: "quote", id: ID })).toBe("/embed/quotes/UXVvdGU6MTI%3D");
    expect(embedPathOf({ kind: "actor", slug: 'a"b/c', count: 4 })).toBe("/embed/actors/a%22b%2Fc?n=4");
  });

  it("round-trips through parseEmbedTarget", () => {
    const target = { kind: "quote", id: "a+b/c==" } as const;
    expect(parseEmbedTarget(new URL(SITE + embedPathOf(target)), SITE)).toEqual(target);
  });
});
