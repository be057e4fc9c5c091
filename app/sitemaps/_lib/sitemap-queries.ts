/** The GraphQL operations behind sitemap.xml. */

/** The parts of the sitemap and their page counts. */
export const SITEMAP_SECTIONS_QUERY = `query SitemapSections { sitemapSections { section pages } }`;

/** One page of one part. */
export const SITEMAP_ENTRIES_QUERY = `query SitemapEntries($section: SitemapSection!, $page: Int!) { sitemapEntries(section: $section, page: $page) { slug id lastModified } }`;

/** What the operations answer. */
export interface SitemapSectionsData {
  sitemapSections: { section: "ARTICLES" | "ACTORS" | "QUOTES" | "STATEMENTS"; pages: number }[];
}

/** What the page operation answers. */
export interface SitemapEntriesData {
  sitemapEntries: { slug: string | null; id: string | null; lastModified: string }[];
}
