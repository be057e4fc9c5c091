/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read with fast-xml-parser (entity expansion
 * bounded by its defaults): each item's link, title, date and author.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InvalidArticleError } from "@/lib/ingest/errors.ts";

/** One feed item: the page it links to and what the feed says about it. */
export interface FeedItem {
  /** Absolute http(s) URL of the item's page. */
  link: string;
  title: string | null;
  /** Partial ISO date, "YYYY-MM-DD". */
  publishedAt: string | null;
  author: string | null;
}

/** A parsed feed. */
export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** Most items read from one feed: the newest come first in practice, and a fetch per item must stay bounded. */
export const MAX_FEED_ITEMS = 100;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

type Node = Record<string, unknown>;
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The text of an element (plain, with attributes, or CDATA), or null when empty. */
function textOf(v: unknown): string | null {
  const first = list(v)[0];
  const raw = typeof first === "string" ? first : typeof first === "object" && first ? (first as Node)["#text"] : null;
  const t = typeof raw === "string" || typeof raw === "number" ? String(raw).replace(/\s+/g, " ").trim() : "";
  return t || null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The calendar date a feed date states (RFC 822 or ISO 8601), as written, not shifted to UTC; null when unreadable. */
export function feedDateOf(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4}|\d{2})\b/.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) : -1;
  if (!rfc || month < 0) return null;
  const year = rfc[3]!.length === 2 ? `20${rfc[3]}` : rfc[3]!;
  return `${year}-${String(month + 1).padStart(2, "0")}-${rfc[1]!.padStart(2, "0")}`;
}

/** An absolute http(s) URL from a link relative to the feed, or null. */
function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href.replace(/#.*$/, "") : null;
  } catch {
    return null;
  }
}

function atomLink(entry: Node): string | null {
  const links = list(entry.link).filter((l): l is Node => typeof l === "object" && l !== null);
  const alt = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? null;
  return alt && typeof alt["@_href"] === "string" ? alt["@_href"] : null;
}

function atomAuthor(entry: Node): string | null {
  const a = list(entry.author)[0];
  return a && typeof a === "object" ? textOf((a as Node).name) : textOf(a);
}

/** Keeps the first item of each link and at most MAX_FEED_ITEMS. */
function distinct(items: (FeedItem | null)[]): FeedItem[] {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const i of items) {
    if (!i || seen.has(i.link)) continue;
    seen.add(i.link);
    out.push(i);
    if (out.length === MAX_FEED_ITEMS) break;
  }
  return out;
}

/** Parses a feed fetched from `baseUrl`; throws InvalidArticleError naming the URL when it is not RSS or Atom. */
export function parseFeed(xml: string, baseUrl: string): Feed {
  // the parser is lenient: a feed cut short or mangled is refused, not half read
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new InvalidArticleError(`${baseUrl}: not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = (list((rss ?? rdf)!.channel)[0] ?? {}) as Node;
    const items = list(rss ? channel.item : rdf!.item).map((raw): FeedItem | null => {
      const it = raw as Node;
      const guid = list(it.guid)[0] as Node | string | undefined;
      // a guid is the item's permalink unless it says isPermaLink="false"
      const permalink =
        typeof guid === "string" ? guid : guid && guid["@_isPermaLink"] !== "false" ? textOf(guid) : null;
      const link = absolute(textOf(it.link) ?? permalink, baseUrl);
      if (!link) return null;
      const date = textOf(it.pubDate) ?? textOf(it["dc:date"]);
      return {
        link,
        title: textOf(it.title),
        publishedAt: feedDateOf(date),
        author: textOf(it["dc:creator"]) ?? textOf(it.author),
      };
    });
    return { title: textOf(channel.title), items: distinct(items) };
  }
  if (atom) {
    const items = list(atom.entry).map((raw): FeedItem | null => {
      const e = raw as Node;
      const link = absolute(atomLink(e), baseUrl);
      if (!link) return null;
      const date = textOf(e.published) ?? textOf(e.updated);
      return { link, title: textOf(e.title), publishedAt: feedDateOf(date), author: atomAuthor(e) ?? atomAuthor(atom) };
    });
    return { title: textOf(atom.title), items: distinct(items) };
  }
  throw new InvalidArticleError(`${baseUrl}: XML that is neither an RSS nor an Atom feed`);
}
