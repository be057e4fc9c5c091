import { describe, expect, it } from "vitest";
import { createRobotsRules, type RobotsAnswer } from "@/lib/ingest/web/robots-rules.ts";

/** Robots rules over a fake fetch that answers `answers` in turn and counts its calls; the clock is a variable. */
function rulesWith(answers: RobotsAnswer[], ttlMs = 1000) {
  const fetched: string[] = [];
  let clock = 0;
  const rules = createRobotsRules(
    async (u) => {
      fetched.push(u.href);
      return answers[Math.min(fetched.length - 1, answers.length - 1)]!;
    },
    "news-knowledge-graph",
    { ttlMs, now: () => clock },
  );
  return { rules, fetched, advance: (ms: number) => (clock += ms) };
}

const url = (s: string) => new URL(s);

describe("createRobotsRules", () => {
  it("applies the group of our agent, falling back to *", async () => {
    const { rules } = rulesWith([
      { text: "User-agent: *\nDisallow: /\n\nUser-agent: news-knowledge-graph\nDisallow: /drafts/\n" },
    ]);
    expect(await rules.getRefusal(url("https://a.test/news/1"))).toBeNull();
    expect(await rules.getRefusal(url("https://a.test/drafts/1"))).toEqual({
      reason: "https://a.test/robots.txt disallows /drafts/1 for news-knowledge-graph",
      permanent: true,
    });
  });

  it("reads robots.txt once per origin until the time to live has passed", async () => {
    const { rules, fetched, advance } = rulesWith([{ missing: true }]);
    await rules.getRefusal(url("https://a.test/1"));
    await rules.getRefusal(url("https://a.test/2"));
    await rules.getRefusal(url("https://b.test/1"));
    expect(fetched).toEqual(["https://a.test/robots.txt", "https://b.test/robots.txt"]);
    advance(1001);
    await rules.getRefusal(url("https://a.test/3"));
    expect(fetched).toHaveLength(3);
  });

  it("holds an origin back while robots.txt is unreachable, and asks again on the next check", async () => {
    const { rules, fetched } = rulesWith([{ unreachable: "HTTP 503" }, { missing: true }]);
    expect(await rules.getRefusal(url("https://a.test/1"))).toEqual({
      reason: "https://a.test/robots.txt could not be read (HTTP 503), so nothing on https://a.test is fetched for now",
      permanent: false,
    });
    expect(await rules.getRefusal(url("https://a.test/1"))).toBeNull();
    expect(fetched).toHaveLength(2);
  });

  it("gives the Crawl-delay of our agent's group in milliseconds, or null", async () => {
    const { rules } = rulesWith([{ text: "User-agent: news-knowledge-graph\nCrawl-delay: 2.5\nDisallow: /x\n" }]);
    expect(await rules.getCrawlDelayMs(url("https://a.test/1"))).toBe(2500);
    const none = rulesWith([{ missing: true }]).rules;
    expect(await none.getCrawlDelayMs(url("https://a.test/1"))).toBeNull();
  });
});
