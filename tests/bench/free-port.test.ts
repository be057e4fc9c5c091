import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort, parsePortRange } from "@/scripts/lib/free-port.ts";

describe("parsePortRange", () => {
  it("reads FROM-TO", () => {
    expect(parsePortRange("4300-4399")).toEqual({ from: 4300, to: 4399 });
  });

  it("gives no range for an empty value", () => {
    expect(parsePortRange(undefined)).toBeUndefined();
    expect(parsePortRange("")).toBeUndefined();
  });

  it.each(["4399-4300", "4300", "0-10", "4300-70000", "a-b"])("refuses %s, naming it", (value) => {
    expect(() => parsePortRange(value)).toThrow(JSON.stringify(value));
  });
});

describe("freePort", () => {
  it("hands out distinct ports inside the range, skipping a taken one", async () => {
    const taken = net.createServer();
    const base = await new Promise<number>((resolve) =>
      taken.listen(0, "127.0.0.1", () => resolve((taken.address() as net.AddressInfo).port)),
    );
    try {
      const range = { from: base, to: base + 2 };
      const a = await freePort(range);
      const b = await freePort(range);
      expect(a).not.toBe(base);
      expect(b).not.toBe(base);
      expect(a).not.toBe(b);
      await expect(freePort(range)).rejects.toThrow(`no free loopback port in ${base}-${base + 2}`);
    } finally {
      taken.close();
    }
  });
});
