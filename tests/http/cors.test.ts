import { describe, expect, it } from "vitest";
import { corsHeaders, parseAllowedOrigins, preflightResponse, withCorsHeaders } from "@/lib/http/cors.ts";

describe("parseAllowedOrigins", () => {
  it.each([
    ["*", "*"],
    [" https://a.example ,http://b.example:8080", ["https://a.example", "http://b.example:8080"]],
  ])("reads %j", (value, expected) => {
    expect(parseAllowedOrigins(value)).toEqual(expected);
  });

  it.each([["a.example"], ["https://a.example/path"], [" , "]])("refuses %j, naming it", (value) => {
    expect(() => parseAllowedOrigins(value)).toThrow(value.trim() ? value : "comma-separated");
  });
});

describe("corsHeaders", () => {
  it("allows every origin with * and never credentials", () => {
    expect(corsHeaders("https://x.example", "*")).toMatchObject({ "access-control-allow-origin": "*" });
    expect(corsHeaders(null, "*")["access-control-allow-credentials"]).toBeUndefined();
  });

  it("names a listed origin and varies on Origin", () => {
    expect(corsHeaders("https://a.example", ["https://a.example"])).toMatchObject({
      "access-control-allow-origin": "https://a.example",
      vary: "Origin",
    });
    expect(corsHeaders("https://b.example", ["https://a.example"])).toEqual({ vary: "Origin" });
  });
});

describe("preflightResponse and withCorsHeaders", () => {
  it("answers a preflight from an allowed origin with methods, headers and max-age", () => {
    const res = preflightResponse("https://a.example", "*", ["GET", "POST"]);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(res.headers.get("access-control-max-age")).toBe("86400");
  });

  it("gives a refused origin no allow headers", () => {
    const res = preflightResponse("https://b.example", ["https://a.example"], ["GET"]);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-methods")).toBeNull();
  });

  it("extends an existing Vary header", () => {
    const res = withCorsHeaders(new Response("x", { headers: { vary: "Accept" } }), "https://a.example", [
      "https://a.example",
    ]);
    expect(res.headers.get("vary")).toBe("Accept, Origin");
  });
});
