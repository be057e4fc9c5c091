import { describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/settings/settings.ts";

describe("parseSettings", () => {
  it("applies the documented defaults when nothing is set", () => {
    const s = parseSettings({});
    expect(s).toMatchObject({
      PORT: 3000,
      RATE_LIMIT_PER_MINUTE: 600,
      RATE_LIMIT_BURST: 120,
      RATE_LIMIT_STORE: "auto",
      RESPONSE_CACHE: true,
      RESPONSE_CACHE_MB: 64,
      CORS_ALLOWED_ORIGINS: "*",
      provider: "sqlite",
    });
    expect(s.databaseUrl).toMatch(/^file:.*data\/dev\.db$/);
  });

  it("reads the web ingest settings, refusing every private host by default", () => {
    const d = parseSettings({});
    expect(d).toMatchObject({
      INGEST_FETCH_TIMEOUT_MS: 15_000,
      INGEST_MAX_PAGE_BYTES: 5_242_880,
      INGEST_HOST_DELAY_MS: 1000,
    });
    expect(d.INGEST_ALLOW_PRIVATE_HOSTS.hosts.size + d.INGEST_ALLOW_PRIVATE_HOSTS.ranges.length).toBe(0);
    const s = parseSettings({ INGEST_ALLOW_PRIVATE_HOSTS: "127.0.0.1,localhost", INGEST_HOST_DELAY_MS: "0" });
    expect([...s.INGEST_ALLOW_PRIVATE_HOSTS.hosts]).toEqual(["localhost"]);
    expect(s.INGEST_ALLOW_PRIVATE_HOSTS.ranges.map(([a, bits]) => `${a.toString()}/${bits}`)).toEqual(["127.0.0.1/32"]);
    expect(s.INGEST_HOST_DELAY_MS).toBe(0);
  });

  it("treats an empty string as unset", () => {
    expect(parseSettings({ PORT: "", API_TOKEN: "" })).toMatchObject({ PORT: 3000, API_TOKEN: undefined });
  });

  it("reads PostgreSQL URLs, flags, numbers and origin lists", () => {
    const s = parseSettings({
      DATABASE_URL: "postgresql://u@h:5432/db",
      RESPONSE_CACHE: "0",
      RATE_LIMIT_PER_MINUTE: "0",
      CORS_ALLOWED_ORIGINS: "https://a.example, http://b.example:8080",
    });
    expect(s).toMatchObject({
      provider: "postgresql",
      RESPONSE_CACHE: false,
      RATE_LIMIT_PER_MINUTE: 0,
      CORS_ALLOWED_ORIGINS: ["https://a.example", "http://b.example:8080"],
    });
  });

  it.each([
    ["PORT", "eighty", /PORT="eighty": .*PORT/],
    ["PORT", "70000", /PORT="70000": PORT must be 1-65535/],
    ["DATABASE_URL", "mysql://x", /DATABASE_URL="mysql:\/\/x": DATABASE_URL must start with file:/],
    ["API_TOKEN", "short", /API_TOKEN="short": API_TOKEN must be at least 16 characters/],
    ["RESPONSE_CACHE", "yes", /RESPONSE_CACHE="yes": RESPONSE_CACHE must be 0 or 1/],
    ["RESPONSE_CACHE_MB", "-1", /RESPONSE_CACHE_MB="-1": RESPONSE_CACHE_MB must be a positive number/],
    ["RATE_LIMIT_BURST", "0", /RATE_LIMIT_BURST="0": RATE_LIMIT_BURST must be at least 1/],
    ["CORS_ALLOWED_ORIGINS", "https://a.example/", /CORS_ALLOWED_ORIGINS=.*"https:\/\/a.example\/" is not an origin/],
    ["RATE_LIMIT_STORE", "redis", /RATE_LIMIT_STORE="redis": RATE_LIMIT_STORE must be auto, memory or postgres/],
    ["NODE_ENV", "staging", /NODE_ENV="staging": NODE_ENV must be development, production or test/],
    [
      "INGEST_ALLOW_PRIVATE_HOSTS",
      "localhost,http://x",
      /INGEST_ALLOW_PRIVATE_HOSTS="localhost,http:\/\/x": .*"http:\/\/x" is not a host name, an IP address or a CIDR range/,
    ],
    ["INGEST_FETCH_TIMEOUT_MS", "5", /INGEST_FETCH_TIMEOUT_MS="5": INGEST_FETCH_TIMEOUT_MS must be at least 100/],
    ["INGEST_HOST_DELAY_MS", "soon", /INGEST_HOST_DELAY_MS="soon": INGEST_HOST_DELAY_MS must be a whole number/],
  ])("names %s and its bad value %j", (name, value, message) => {
    expect(() => parseSettings({ [name]: value })).toThrow(message);
  });
});
