/**
 * robots.txt, read once per origin (and again after `ttlMs`) with robots-parser: a 4xx
 * answer means no rules, an unreachable or failing (5xx) robots.txt disallows everything
 * on that origin for now (RFC 9309, 2.3.1), as a polite crawler must.
 */
import robotsParser from "robots-parser";

/** What fetching an origin's robots.txt gave. */
export type RobotsAnswer = { text: string } | { missing: true } | { unreachable: string };

/** Answers whether the crawler may fetch a URL. */
export interface RobotsRules {
  /** Null when `url` may be fetched, else why not (`permanent` false when robots.txt could not be read). */
  getRefusal(url: URL): Promise<{ reason: string; permanent: boolean } | null>;
}

interface Entry {
  at: number;
  answer: Promise<RobotsAnswer>;
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
  return {
    async getRefusal(url) {
      const robotsUrl = new URL("/robots.txt", url.origin);
      let entry = cache.get(url.origin);
      if (!entry || now() - entry.at > ttlMs) {
        entry = { at: now(), answer: fetchRobots(robotsUrl) };
        cache.set(url.origin, entry);
      }
      const answer = await entry.answer;
      if ("missing" in answer) return null;
      if ("unreachable" in answer) {
        // read again on the next check, not after the whole time to live
        if (cache.get(url.origin) === entry) cache.delete(url.origin);
        const reason = `${robotsUrl.href} could not be read (${answer.unreachable}), so nothing on ${url.origin} is fetched for now`;
        return { reason, permanent: false };
      }
      const allowed = robotsParser(robotsUrl.href, answer.text).isAllowed(url.href, agentToken);
      if (allowed !== false) return null;
      return { reason: `${robotsUrl.href} disallows ${url.pathname} for ${agentToken}`, permanent: true };
    },
  };
}
