import { describe, expect, it } from "vitest";
import { siteOriginOf } from "@/app/embed/_lib/site-origin.ts";

const behindProxy = { TRUST_PROXY: "1" };
const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/oembed", { headers });

describe("siteOriginOf", () => {
  it.each([
    [{ host: "127.0.0.1:41234" }, "http://127.0.0.1:41234"],
    [{ host: "news.example" }, "http://news.example"],
    [{ host: "news.example", "x-forwarded-proto": "https" }, "https://news.example"],
    [
      { host: "127.0.0.1:3000", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" },
      "https://news.example",
    ],
    [{ host: "[::1]:3000" }, "http://[::1]:3000"],
    [{ host: "NEWS.example:443", "x-forwarded-proto": "https" }, "https://news.example"],
  ])("reads %j as %s", (headers, expected) => {
    expect(siteOriginOf(request(headers), behindProxy)).toBe(expected);
  });

  it("ignores X-Forwarded-Host and -Proto without TRUST_PROXY", () => {
    expect(
      siteOriginOf(
        request({ host: "news.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }),
        {},
      ),
    ).toBe("http://news.example");
  });

  it("writes PUBLIC_URL whatever the headers say", () => {
    const env = { PUBLIC_URL: "https://news.example/", TRUST_PROXY: "1" };
    expect(siteOriginOf(request({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }), env)).toBe(
      "https://news.example",
    );
  });

  it.each([["ftp://news.example"], ["https://news.example/path"], ["not a url"]])(
    "refuses PUBLIC_URL=%s naming the variable",
    (value) => {
      expect(() => siteOriginOf(request({}), { PUBLIC_URL: value })).toThrow(/PUBLIC_URL=/);
    },
  );

  it.each([
    [{}, "http://localhost:3000"],
    [{ host: "evil.example/path" }, "http://localhost:3000"],
    [{ host: "a b" }, "http://localhost:3000"],
    [{ host: "news.example", "x-forwarded-proto": "javascript" }, "http://news.example"],
  ])("falls back to the request URL's parts for %j", (headers, expected) => {
    expect(siteOriginOf(request(headers), behindProxy)).toBe(expected);
  });
});
