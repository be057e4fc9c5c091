import { describe, expect, it } from "vitest";
import { oembedUrlFor } from "@/app/embed/_lib/oembed-url.ts";
import { parseEmbedTarget } from "@/app/embed/_lib/parse-embed-target.ts";

describe("oembedUrlFor", () => {
  it("points at /api/oembed on the page's origin with the page URL encoded", () => {
    const page = "http://127.0.0.1:3000/quotes/UXVvdGU6MTI%3D";
    const url = new URL(oembedUrlFor(page));
    expect(url.origin).toBe("http://127.0.0.1:3000");
    expect(url.pathname).toBe("/api/oembed");
    expect(url.searchParams.get("url")).toBe(page);
    expect(url.searchParams.get("format")).toBe("json");
  });

  it("gives a URL whose `url` parses back to the same target", () => {
    const url = new URL(oembedUrlFor(new URL("https://news.example/actors/jane-roe")));
    expect(parseEmbedTarget(new URL(url.searchParams.get("url")!), "https://news.example")).toEqual({
      kind: "actor",
      slug: "jane-roe",
      count: 3,
    });
  });
});
