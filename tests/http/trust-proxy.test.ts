import { describe, expect, it } from "vitest";
import { clientAddressOf, isTrustedPeer, parseTrustProxy } from "@/lib/http/trust-proxy.ts";

describe("parseTrustProxy", () => {
  it.each([
    [undefined, { kind: "none" }],
    ["", { kind: "none" }],
    ["0", { kind: "none" }],
    ["false", { kind: "none" }],
    ["2", { kind: "hops", hops: 2 }],
  ])("reads %j", (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it("reads a list of addresses, IPv4-mapped spelled as IPv4", () => {
    const t = parseTrustProxy("10.0.0.1, ::ffff:10.0.0.2 ,::1");
    expect(t.kind === "list" && [...t.addresses]).toEqual(["10.0.0.1", "10.0.0.2", "::1"]);
  });

  it.each([["proxy.example"], ["10.0.0.1, nope"], ["99"]])("refuses %j naming TRUST_PROXY and the value", (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY=/);
  });
});

describe("clientAddressOf", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    const none = parseTrustProxy(undefined);
    expect(clientAddressOf("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddressOf("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(isTrustedPeer("127.0.0.1", none)).toBe(false);
  });

  it("takes the entry a hop count back, whatever the client prepended", () => {
    const one = parseTrustProxy("1");
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.9", one)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.1", undefined, one)).toBe("10.0.0.1");
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2", parseTrustProxy("2"))).toBe("203.0.113.9");
  });

  it("skips listed proxies from the right and trusts nothing from an unlisted peer", () => {
    const list = parseTrustProxy("10.0.0.1, 10.0.0.2");
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2", list)).toBe("203.0.113.9");
    expect(clientAddressOf("198.51.100.7", "6.6.6.6", list)).toBe("198.51.100.7");
  });
});
