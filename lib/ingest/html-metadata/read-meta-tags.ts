/**
 * Metadata from `<meta>` and `<link>` tags and microdata: Open Graph
 * (og:title, og:site_name, og:url), `article:published_time`/`article:author`,
 * `author`, `byl`, `date`, `pubdate`, Dublin Core, Parse.ly, the canonical link,
 * and `itemprop` values. Each field takes the first tag in the listed order.
 */
import type { HtmlMetaCandidates } from "./html-meta-candidates.ts";

// lower-cased name/property/itemprop keys, most trusted first
const TITLE = ["og:title", "twitter:title", "parsely-title", "dc.title", "headline"];
const AUTHOR = [
  "author",
  "article:author",
  "byl",
  "parsely-author",
  "dc.creator",
  "sailthru.author",
  "citation_author",
];
const PUBLISHER = ["og:site_name", "dc.publisher", "application-name", "publisher", "citation_publisher"];
const DATE = [
  "article:published_time",
  "datepublished",
  "parsely-pub-date",
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
  "dc.date.issued",
  "dc.date",
  "sailthru.date",
  "citation_publication_date",
  "pdate",
  "og:published_time",
];
const URL_KEYS = ["og:url", "parsely-link", "dc.identifier", "twitter:url"];

/** The subset of a DOM element the readers need (linkedom and browsers both give it). */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
  querySelector(selector: string): El | null;
}
/** The subset of a DOM document the readers need. */
export interface MetaDocument {
  querySelectorAll(selector: string): Iterable<El>;
}

function tagValues(doc: MetaDocument): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const put = (key: string | null, value: string | null | undefined) => {
    const v = value?.replace(/\s+/g, " ").trim();
    if (!key || !v) return;
    const k = key.toLowerCase();
    values.set(k, [...(values.get(k) ?? []), v]);
  };
  for (const m of doc.querySelectorAll("meta"))
    put(m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop"), m.getAttribute("content"));
  for (const el of doc.querySelectorAll("[itemprop]:not(meta)")) {
    const prop = el.getAttribute("itemprop");
    // an author or publisher item holds its name in a nested itemprop
    const nested = el.querySelector("[itemprop=name]");
    const value =
      el.getAttribute("datetime") ??
      el.getAttribute("content") ??
      (nested ? (nested.getAttribute("content") ?? nested.textContent) : el.textContent);
    if (prop === "author" || prop === "publisher" || prop === "datePublished" || prop === "headline") put(prop, value);
  }
  return values;
}

const first = (values: Map<string, string[]>, keys: readonly string[]) =>
  keys.map((k) => values.get(k)?.[0]).find((v) => v) ?? null;

/** The canonical link, made absolute against the page's own og:url when it is relative; else that URL. */
function resolveAgainst(canonical: string | null, stated: string | null): string | null {
  if (!canonical) return stated;
  if (/^https?:\/\//i.test(canonical) || !stated || !/^https?:\/\//i.test(stated)) return canonical;
  try {
    return new URL(canonical, stated).href;
  } catch {
    return stated;
  }
}

/** What the meta tags, canonical link and microdata of `doc` state. */
export function readMetaTags(doc: MetaDocument): HtmlMetaCandidates {
  const values = tagValues(doc);
  let canonical: string | null = null;
  for (const l of doc.querySelectorAll("link[rel]")) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute("rel") ?? ""))
      canonical ??= l.getAttribute("href")?.trim() || null;
  }
  const author = AUTHOR.map((k) => values.get(k)).find((v) => v?.length);
  return {
    title: first(values, TITLE),
    authors: author ?? [],
    publisher: first(values, PUBLISHER),
    publishedAt: first(values, DATE),
    url: resolveAgainst(canonical, first(values, URL_KEYS)),
  };
}
