/**
 * robots.txt, read once per origin (and again after `ttlMs`) with robots-parser: a 4xx
 * answer means no rules, an unreachable or failing (5xx) robots.txt disallows everything
 * on that origin for now (RFC 9309, 2.3.1), as a polite crawler must.
 */
import robotsParser from "robots-parser";

/** What fetching an origin's robots.txt gave. */
export type RobotsAnswer = { text: string } | { missing: true } | { unreachable: string };

/** Answers whether the crawler may fetch a URL, and how long it should wait between requests. */
export interface RobotsRules {
  /** Null when `url` may be fetched, else why not (`permanent` false when robots.txt could not be read). */
  getRefusal(url: URL): Promise<{ reason: string; permanent: boolean } | null>;
  /** The Crawl-delay robots.txt asks of the agent on `url`'s origin, in milliseconds, or null. */
  getCrawlDelayMs(url: URL): Promise<number | null>;
}

type Robot = ReturnType<typeof robotsParser>;
type Parsed = { robot: Robot } | { missing: true } | { unreachable: string };

interface Entry {
  at: number;
  parsed: Promise<Parsed>;
}

/**
 * Robots rules for the agent `agentToken`, fetching each origin's robots.txt with
 * `fetchRobots`; `now` is the clock (milliseconds) that ages the cache.
 */
export function createRobotsRules(
  fetchRobots: (robotsUrl: URL) => Promise<RobotsAnswer>,
  agentToken: string,
  opts: { ttlMs?: number; now?: () => number } = {},
): RobotsRules {
  const ttlMs = opts.ttlMs ?? 60 * 60 * 1000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, Entry>();
  const robotsUrlOf = (url: URL) => new URL("/robots.txt", url.origin);
  const read = async (url: URL): Promise<Parsed> => {
    let entry = cache.get(url.origin);
    if (!entry || now() - entry.at > ttlMs) {
      const parsed = fetchRobots(robotsUrlOf(url)).then((a): Parsed => {
        if (!("text" in a)) return a;
        return { robot: robotsParser(robotsUrlOf(url).href, a.text) };
      });
      entry = { at: now(), parsed };
      cache.set(url.origin, entry);
    }
    const parsed = await entry.parsed;
    // read again on the next check, not after the whole time to live
    if ("unreachable" in parsed && cache.get(url.origin) === entry) cache.delete(url.origin);
    return parsed;
  };
  return {
    async getRefusal(url) {
      const parsed = await read(url);
      if ("missing" in parsed) return null;
      const robotsUrl = robotsUrlOf(url).href;
      if ("unreachable" in parsed) {
        const reason = `${robotsUrl} could not be read (${parsed.unreachable}), so nothing on ${url.origin} is fetched for now`;
        return { reason, permanent: false };
      }
      if (parsed.robot.isAllowed(url.href, agentToken) !== false) return null;
      return { reason: `${robotsUrl} disallows ${url.pathname} for ${agentToken}`, permanent: true };
    },
    async getCrawlDelayMs(url) {
      const parsed = await read(url);
      const seconds = "robot" in parsed ? parsed.robot.getCrawlDelay(agentToken) : undefined;
      return typeof seconds === "number" && seconds > 0 ? seconds * 1000 : null;
    },
  };
}
