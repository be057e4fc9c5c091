import { describe, expect, it } from "vitest";
import { getOutletByDomain } from "@/lib/extraction/metadata/news-outlets.ts";

describe("getOutletByDomain", () => {
  it.each([
    ["washingtontimes.com", "The Washington Times"],
    ["www.militarytimes.com", "Military Times"],
    ["news.bbc.co.uk", "BBC"],
    ["example.org", null],
  ])("maps %s to %s", (host, name) => {
    expect(getOutletByDomain(host)).toBe(name);
  });
});
