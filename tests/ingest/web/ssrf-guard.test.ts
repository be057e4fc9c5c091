import { describe, expect, it } from "vitest";
import {
  checkLiteralHost,
  createGuardedLookup,
  getAddressRefusal,
  isPublicAddress,
  NO_PRIVATE_HOSTS,
  parsePrivateHostAllowance,
  PrivateAddressError,
  type ResolveAll,
} from "@/lib/ingest/web/ssrf-guard.ts";

describe("isPublicAddress", () => {
  it.each([
    ["loopback", "127.0.0.1"],
    ["loopback, elsewhere in 127/8", "127.8.9.10"],
    ["private 10/8", "10.1.2.3"],
    ["private 172.16/12", "172.16.0.1"],
    ["private 172.16/12, top", "172.31.255.254"],
    ["private 192.168/16", "192.168.1.1"],
    ["link-local (cloud metadata)", "169.254.169.254"],
    ["CGNAT 100.64/10", "100.64.0.1"],
    ["this network 0/8", "0.0.0.0"],
    ["this network, not zero", "0.1.2.3"],
    ["multicast", "224.0.0.1"],
    ["broadcast", "255.255.255.255"],
    ["IPv6 loopback", "::1"],
    ["IPv6 unspecified", "::"],
    ["IPv6 unique local fc00::/7", "fc00::1"],
    ["IPv6 unique local fd…", "fd12:3456::1"],
    ["IPv6 link-local", "fe80::1"],
    ["IPv6 multicast", "ff02::1"],
    ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
    ["IPv4-mapped loopback, hex form", "::ffff:7f00:1"],
    ["IPv4-mapped private", "::ffff:10.0.0.1"],
    ["6to4 of loopback", "2002:7f00:1::"],
    ["NAT64 of loopback", "64:ff9b::7f00:1"],
    ["a bracketed IPv6 loopback", "[::1]"],
    ["decimal integer form of loopback", "2130706433"],
    ["octal form of loopback", "0177.0.0.1"],
    ["hex form of loopback", "0x7f.0.0.1"],
    ["not an address at all", "example.test"],
  ])("refuses %s (%s)", (_name, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ["IPv4 public", "93.184.216.34"],
    ["IPv4 just outside 172.16/12", "172.32.0.1"],
    ["IPv4 just outside CGNAT", "100.128.0.1"],
    ["IPv6 global", "2606:4700::1"],
    ["IPv4-mapped public", "::ffff:93.184.216.34"],
  ])("accepts %s (%s)", (_name, address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("parsePrivateHostAllowance", () => {
  it("reads host names, addresses and CIDR ranges", () => {
    const a = parsePrivateHostAllowance(" 127.0.0.1, LocalHost ,10.0.0.0/8,[::1]");
    expect([...a.hosts]).toEqual(["localhost"]);
    expect(a.ranges.map(([ip, bits]) => `${ip.toString()}/${bits}`)).toEqual(["127.0.0.1/32", "10.0.0.0/8", "::1/128"]);
  });

  it("throws naming the entry when it is neither", () => {
    expect(() => parsePrivateHostAllowance("localhost,not a host")).toThrow('"not a host" is not a host name');
  });

  it("reads an empty value as no allowance", () => {
    expect(parsePrivateHostAllowance("")).toEqual({ hosts: new Set(), ranges: [] });
  });
});

describe("getAddressRefusal", () => {
  const allow = parsePrivateHostAllowance("127.0.0.1,intranet.test,10.0.0.0/8");

  it("lets an allowed address, range or host name through", () => {
    expect(getAddressRefusal("127.0.0.1", "127.0.0.1", allow)).toBeNull();
    expect(getAddressRefusal("wiki.test", "10.9.8.7", allow)).toBeNull();
    expect(getAddressRefusal("intranet.test", "192.168.4.4", allow)).toBeNull();
    expect(getAddressRefusal("x.test", "::ffff:127.0.0.1", allow)).toBeNull();
  });

  it("refuses what the allowance does not cover, naming host, address and range", () => {
    expect(getAddressRefusal("x.test", "192.168.4.4", allow)).toBe(
      "x.test (192.168.4.4) is a private address, not a public one; refused unless INGEST_ALLOW_PRIVATE_HOSTS allows it",
    );
    expect(getAddressRefusal("127.0.0.2", "127.0.0.2", allow)).toMatch(/^127\.0\.0\.2 is a loopback address/);
  });
});

describe("checkLiteralHost", () => {
  it.each([
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://[::1]:8080/",
    "http://[::ffff:7f00:1]/",
  ])("refuses the literal address of %s", (url) => {
    expect(() => checkLiteralHost(new URL(url), NO_PRIVATE_HOSTS)).toThrow(PrivateAddressError);
  });

  it("leaves host names to the lookup", () => {
    expect(() => checkLiteralHost(new URL("http://localhost/"), NO_PRIVATE_HOSTS)).not.toThrow();
  });
});

describe("createGuardedLookup", () => {
  const lookupWith = (answer: { address: string; family: number }[], opts: object = {}) =>
    new Promise<{ err: Error | null; address: unknown }>((resolve) => {
      const resolveAll: ResolveAll = async () => answer;
      createGuardedLookup(NO_PRIVATE_HOSTS, resolveAll)("news.test", opts as never, (err, address) =>
        resolve({ err, address }),
      );
    });

  it("hands over the checked address when every address is public", async () => {
    expect(await lookupWith([{ address: "93.184.216.34", family: 4 }])).toEqual({
      err: null,
      address: "93.184.216.34",
    });
  });

  it("hands over every checked address when asked for all", async () => {
    const found = [
      { address: "2606:4700::1", family: 6 },
      { address: "93.184.216.34", family: 4 },
    ];
    expect((await lookupWith(found, { all: true })).address).toEqual(found);
  });

  it("refuses a host when any of its addresses is private (a rebinding answer mixing both)", async () => {
    const r = await lookupWith([
      { address: "93.184.216.34", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ]);
    expect(r.err).toBeInstanceOf(PrivateAddressError);
    expect(r.err!.message).toMatch(/^news\.test \(127\.0\.0\.1\) is a loopback address/);
  });

  it("fails with a message when the host has no address", async () => {
    expect((await lookupWith([])).err!.message).toBe("news.test has no address");
  });
});
