/**
 * The polite fetcher of web ingest: robots.txt respected, one request at a time per host,
 * redirects followed by hand (at most `maxRedirects`, each hop checked again: scheme, SSRF
 * guard, robots.txt), and only HTML pages and RSS/Atom feeds accepted.
 */
import { createHostQueue } from "./host-queue.ts";
import { decodeBody, isFeedXml } from "./read-document.ts";
import { FetchError, requestOnce, type RequestOptions, type Validators } from "./request-once.ts";
import { createRobotsRules, type RobotsAnswer } from "./robots-rules.ts";
import { checkLiteralHost, PrivateAddressError, type PrivateHostAllowance, type ResolveAll } from "./ssrf-guard.ts";

/** The product token robots.txt rules are matched against. */
export const ROBOTS_AGENT = "news-knowledge-graph";

/** The User-Agent header of every request. */
export const USER_AGENT = `${ROBOTS_AGENT}/0.1 (web ingest; respects robots.txt)`;

/** How a fetcher behaves; the defaults come from lib/settings (INGEST_*). */
export interface WebFetcherOptions {
  allow: PrivateHostAllowance;
  timeoutMs: number;
  maxBytes: number;
  /** Pause after each request to a host, in milliseconds. */
  hostDelayMs: number;
  maxRedirects?: number;
  resolveAll?: ResolveAll;
}

/** A fetched HTML page or feed, decoded to text. */
export interface FetchedDocument {
  /** The URL asked for. */
  url: string;
  /** The URL the document came from, after redirects. */
  finalUrl: string;
  kind: "html" | "feed";
  text: string;
  body: Buffer;
  /** Its ETag and Last-Modified, for a conditional fetch next time. */
  validators: Validators;
}

/** The answer to a conditional fetch when the copy held is still current. */
export interface NotModified {
  notModified: true;
  url: string;
}

/** Fetches documents politely. */
export interface WebFetcher {
  /** Fetches an HTML page or a feed; rejects with FetchError or PrivateAddressError naming the URL and the reason. */
  fetchDocument(url: string): Promise<FetchedDocument>;
  /** The same, conditionally: NotModified when the server says the copy with these validators is current. */
  fetchDocument(url: string, validators: Validators): Promise<FetchedDocument | NotModified>;
}

/** Longest Crawl-delay honoured: a robots.txt asking for more still gets one request a minute. */
export const MAX_CRAWL_DELAY_MS = 60_000;

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const FEED_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/xml", "text/xml"]);
const isDocumentType = (t: string) => HTML_TYPES.has(t) || FEED_TYPES.has(t);

/** A fetcher with its own robots cache and host queue. */
export function createWebFetcher(opts: WebFetcherOptions): WebFetcher {
  const queue = createHostQueue(opts.hostDelayMs);
  const maxRedirects = opts.maxRedirects ?? 5;
  const base = {
    allow: opts.allow,
    userAgent: USER_AGENT,
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    resolveAll: opts.resolveAll,
  };
  const pageOptions: RequestOptions = {
    ...base,
    accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9",
    isAcceptedType: isDocumentType,
  };
  const robotsOptions: RequestOptions = {
    ...base,
    maxBytes: 512 * 1024,
    accept: "text/plain",
    isAcceptedType: () => true,
  };

  /** Follows redirects from `url`; `check` runs before every hop (robots.txt for pages) and gives the pause after it. */
  async function follow(url: URL, o: RequestOptions, check: (u: URL) => Promise<number>) {
    for (let hop = 0; ; hop++) {
      const pauseMs = await check(url);
      const r = await queue.run(url.host, () => requestOnce(url, o), pauseMs);
      if (!("redirect" in r)) return r;
      // a redirect leads to another document: the validators were for this one
      o = { ...o, validators: undefined };
      if (hop >= maxRedirects) throw new FetchError(`${url.href}: more than ${maxRedirects} redirects`, true);
      url = r.redirect;
    }
  }

  const robots = createRobotsRules(async (robotsUrl): Promise<RobotsAnswer> => {
    try {
      const r = await follow(robotsUrl, robotsOptions, async () => opts.hostDelayMs);
      if ("notModified" in r) throw new Error("invariant: robots.txt is never fetched conditionally");
      return { text: decodeBody(r.body, r.charset) };
    } catch (err) {
      // the page's own host is private (or robots.txt sends us to one): refused, not merely held back
      if (err instanceof PrivateAddressError) throw err;
      // no robots.txt (any 4xx): no rules; anything else (5xx, network, refused redirect) holds the origin back
      if (
        err instanceof FetchError &&
        err.status !== undefined &&
        err.status >= 400 &&
        err.status < 500 &&
        err.status !== 429
      )
        return { missing: true };
      return { unreachable: (err as Error).message };
    }
  }, ROBOTS_AGENT);

  return {
    fetchDocument: (async (url: string, validators?: Validators): Promise<FetchedDocument | NotModified> => {
      let start: URL;
      try {
        start = new URL(url);
      } catch {
        throw new FetchError(`"${url}" is not a URL`, true);
      }
      const r = await follow(start, { ...pageOptions, validators }, async (u) => {
        if (u.protocol !== "http:" && u.protocol !== "https:")
          throw new FetchError(`${u.href}: only http and https URLs are fetched`, true);
        checkLiteralHost(u, opts.allow);
        const refusal = await robots.getRefusal(u);
        if (refusal) throw new FetchError(refusal.reason, refusal.permanent);
        // a Crawl-delay longer than ours is honoured, up to a minute
        return Math.max(opts.hostDelayMs, Math.min((await robots.getCrawlDelayMs(u)) ?? 0, MAX_CRAWL_DELAY_MS));
      });
      if ("notModified" in r) return { notModified: true, url };
      const text = decodeBody(r.body, r.charset);
      const doc = { url, finalUrl: r.url.href, text, body: r.body, validators: r.validators };
      if (isFeedXml(text)) return { ...doc, kind: "feed" };
      if (HTML_TYPES.has(r.mediaType)) return { ...doc, kind: "html" };
      throw new FetchError(`${r.url.href}: XML that is neither an RSS nor an Atom feed`, true);
    }) as WebFetcher["fetchDocument"],
  };
}

/** The fetcher options the INGEST_* settings (lib/settings) describe. */
export function webFetcherOptionsOf(s: {
  INGEST_ALLOW_PRIVATE_HOSTS: PrivateHostAllowance;
  INGEST_FETCH_TIMEOUT_MS: number;
  INGEST_MAX_PAGE_BYTES: number;
  INGEST_HOST_DELAY_MS: number;
}): WebFetcherOptions {
  return {
    allow: s.INGEST_ALLOW_PRIVATE_HOSTS,
    timeoutMs: s.INGEST_FETCH_TIMEOUT_MS,
    maxBytes: s.INGEST_MAX_PAGE_BYTES,
    hostDelayMs: s.INGEST_HOST_DELAY_MS,
  };
}
