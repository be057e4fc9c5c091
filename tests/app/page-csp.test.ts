import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { hasOwnCsp, pageCspOf } from "@/app/_components/page-csp.ts";
import { proxy } from "@/proxy.ts";

const scriptSrc = (csp: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

describe("page CSP", () => {
  it("allows scripts only by nonce and strict-dynamic, never unsafe-inline", () => {
    const src = scriptSrc(pageCspOf("abc"));
    expect(src).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(pageCspOf("abc")).toContain("frame-ancestors 'none'");
  });

  it("is set per request by the proxy, with a fresh nonce each time, on the response and for Next's renderer", () => {
    const a = proxy(new NextRequest("http://x.test/actors"))!;
    const b = proxy(new NextRequest("http://x.test/actors"))!;
    const cspA = a.headers.get("content-security-policy")!;
    const nonceA = /'nonce-([^']+)'/.exec(cspA)![1]!;
    expect(nonceA.length).toBeGreaterThanOrEqual(22);
    expect(cspA).not.toBe(b.headers.get("content-security-policy"));
    expect(scriptSrc(cspA)).not.toContain("unsafe-inline");
    // Next passes overridden request headers on as x-middleware-request-*
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonceA);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(cspA);
  });

  it.each([
    ["/embed/quotes/1", true],
    ["/graphiql", true],
    ["/graphiql/app.js", true],
    ["/quotes/1", false],
    ["/embedded", false],
  ])("leaves %s to its own policy: %s", (path, own) => {
    expect(hasOwnCsp(path)).toBe(own);
    const res = proxy(new NextRequest(`http://x.test${path}`));
    expect(Boolean(res?.headers.get("content-security-policy"))).toBe(!own);
  });

  it("still answers a malformed percent-escape with 400", () => {
    expect(proxy(new NextRequest("http://x.test/actors/%E0%A4%A"))?.status).toBe(400);
  });
});
