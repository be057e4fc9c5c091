/** sitemap.xml documents (sitemaps.org protocol 0.9): a sitemap index and its pages, every text escaped. */

/** One <url> or <sitemap> entry: an absolute address and when it last changed. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string | null;
}

/** The protocol's namespace, shared by sitemaps and sitemap indexes. */
export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** The protocol's limits per file. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024, locLength: 2048 } as const;

/** XML text with the five special characters escaped, as the protocol requires for <loc>. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function entries(tag: "url" | "sitemap", urls: SitemapUrl[]): string {
  return urls
    .map(
      (u) =>
        `<${tag}><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ""}</${tag}>`,
    )
    .join("\n");
}

/** A <urlset> of page addresses. */
export function buildUrlset(urls: SitemapUrl[]): string {
  if (urls.length > SITEMAP_LIMITS.urls)
    throw new Error(`a sitemap holds at most ${SITEMAP_LIMITS.urls} URLs, got ${urls.length}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}">\n${entries("url", urls)}\n</urlset>\n`;
}

/** A <sitemapindex> of sitemap pages. */
export function buildSitemapIndex(sitemaps: SitemapUrl[]): string {
  if (sitemaps.length > SITEMAP_LIMITS.urls)
    throw new Error(`a sitemap index holds at most ${SITEMAP_LIMITS.urls} sitemaps, got ${sitemaps.length}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${entries("sitemap", sitemaps)}\n</sitemapindex>\n`;
}

/** A page's file name in /sitemaps/: "articles-0.xml". */
export function sitemapFileName(section: string, page: number): string {
  return `${section.toLowerCase()}-${page}.xml`;
}

/** The section and page a file name stands for, or null for any other name. */
export function parseSitemapFileName(
  file: string,
): { section: "ARTICLES" | "ACTORS" | "QUOTES" | "STATEMENTS"; page: number } | null {
  const m = /^(articles|actors|quotes|statements)-(0|[1-9]\d{0,5})\.xml$/.exec(file);
  return m
    ? { section: m[1]!.toUpperCase() as "ARTICLES" | "ACTORS" | "QUOTES" | "STATEMENTS", page: Number(m[2]) }
    : null;
}
