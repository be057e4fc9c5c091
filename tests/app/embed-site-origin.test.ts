import { describe, expect, it } from "vitest";
import { siteOriginOf } from "../../app/embed/_lib/site-origin.ts";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/oembed", { headers });

describe("siteOriginOf", () => {
  it.each([
    [{ host: "127.0.0.1:41234" }, "http://127.0.0.1:41234"],
    [{ host: "news.example" }, "http://news.example"],
    [{ host: "news.example", "x-forwarded-proto": "https" }, "https://news.example"],
    [{ host: "127.0.0.1:3000", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" }, "https://news.example"],
    [{ host: "[::1]:3000" }, "http://[::1]:3000"],
    [{ host: "NEWS.example:443", "x-forwarded-proto": "https" }, "https://news.example"],
  ])("reads %j as %s", (headers, expected) => {
    expect(siteOriginOf(request(headers))).toBe(expected);
  });

  it.each([
    [{}, "http://localhost:3000"],
    [{ host: "evil.example/path" }, "http://localhost:3000"],
    [{ host: "a b" }, "http://localhost:3000"],
    [{ host: "news.example", "x-forwarded-proto": "javascript" }, "http://news.example"],
  ])("falls back to the request URL's parts for %j", (headers, expected) => {
    expect(siteOriginOf(request(headers))).toBe(expected);
  });
});
