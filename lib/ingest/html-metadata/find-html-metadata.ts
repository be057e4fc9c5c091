/**
 * The metadata of an HTML page, from every source it offers, most trusted first:
 * JSON-LD, then meta tags (Open Graph, article:*, Dublin Core, Parse.ly) and
 * microdata, then Readability's byline, site name and published time, then the
 * first `<h1>` and `<title>`. Values are cleaned into ingest hints: a person's
 * name, a reader's outlet name, an ISO day, an absolute http(s) URL, and a
 * title without its site-name suffix.
 */
import { parseWrittenDate } from "@/lib/extraction/dates/parse-written-date.ts";
import { getOutletByDomain, getOutletByName } from "@/lib/extraction/metadata/news-outlets.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";
import { cleanHtmlAuthor, joinAuthors } from "./clean-html-author.ts";
import type { HtmlMetaCandidates } from "./html-meta-candidates.ts";
import { stripSiteName } from "./strip-site-name.ts";

/** What the page's markup offers besides its structured sources. */
export interface HtmlPageFacts {
  /** `<title>` text. */
  documentTitle: string | null;
  /** First `<h1>` text. */
  heading: string | null;
  /** `<base href>`, for relative canonical links. */
  baseUrl: string | null;
}

/** The calendar day a stated date names: a timestamp keeps the day it was written in. */
export function getStatedDay(raw: string | null | undefined): string | null {
  const v = raw?.trim();
  if (!v) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  const date = parseWrittenDate(
    compact
      ? `${compact[1]}-${compact[2]}-${compact[3]}`
      : v.replace(/^\w+day,?\s+/i, "").replace(/\s+\d{1,2}:\d{2}.*$/, ""),
  );
  return date?.value ?? null;
}

/** `raw` as an absolute http(s) URL (resolved against `base`), or null. */
export function getAbsoluteUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw?.trim()) return null;
  try {
    const u = new URL(raw.trim(), base ?? undefined);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    // "http://www.theguardian.com/…" beside an https canonical: same page, one spelling
    return u.href;
  } catch {
    return null;
  }
}

/** The site a `<title>` names after its heading ("Breakwater vote - Harbour Herald" under <h1>Breakwater vote</h1>), or null. */
export function getSiteFromTitle(docTitle: string | null, heading: string | null): string | null {
  if (!docTitle || !heading || !docTitle.toLowerCase().startsWith(heading.toLowerCase())) return null;
  const rest = /^\s+(?:[|–—·•»]|-{1,2}|::)\s+(.+)$/.exec(docTitle.slice(heading.length))?.[1]?.trim();
  // one to four capitalised words: a name, not a section path or a slogan
  return rest && /^(?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}$/u.test(rest) ? rest : null;
}

const firstOf = <T>(xs: readonly (T | null | undefined)[]): T | null => xs.find((x) => x != null && x !== "") ?? null;

/** The ingest hints `sources` (most trusted first) and the page's own facts support. */
export function findHtmlMetadata(sources: readonly HtmlMetaCandidates[], page: HtmlPageFacts): ArticleHints {
  const url = firstOf(sources.map((s) => getAbsoluteUrl(s.url, page.baseUrl)));
  const host = url ? new URL(url).hostname : null;
  const h1 = page.heading?.replace(/\s+/g, " ").trim() || null;
  const docTitle = page.documentTitle?.replace(/\s+/g, " ").trim() || null;
  const stated = firstOf(sources.map((s) => s.publisher?.trim())) ?? getSiteFromTitle(docTitle, h1);
  const publisher = stated ? (getOutletByName(stated) ?? stated) : host ? getOutletByDomain(host) : null;
  const outlets = [publisher, stated].filter((x): x is string => !!x);
  const authorsOf = (s: HtmlMetaCandidates) =>
    (s.authors ?? []).map((a) => cleanHtmlAuthor(a, outlets)).filter((a): a is string => a !== null);
  const author = joinAuthors(sources.map(authorsOf).find((a) => a.length) ?? []);
  const publishedAt = firstOf(sources.map((s) => getStatedDay(s.publishedAt)));
  // the heading is the title when the <title> starts with it ("Fire - Site" and <h1>Fire</h1>)
  const heading = h1 && docTitle?.toLowerCase().startsWith(h1.toLowerCase()) ? h1 : null;
  const raw = firstOf([...sources.map((s) => s.title?.trim()), heading, docTitle, h1]);
  const title = raw ? stripSiteName(raw, outlets) : null;
  return { title, author, publisher, publishedAt, url };
}
