/** GET /sitemaps/{articles|actors|quotes|statements}-{page}.xml: one page of the sitemap (sitemaps.org 0.9). */
import { load } from "@/app/_components/load.ts";
import { requestOrigin } from "@/app/_components/origin.ts";
import { buildUrlset, parseSitemapFileName, type SitemapUrl } from "@/app/sitemaps/_lib/build-sitemap.ts";
import { SITEMAP_ENTRIES_QUERY, type SitemapEntriesData } from "@/app/sitemaps/_lib/sitemap-queries.ts";

export const dynamic = "force-dynamic";

const PATH_OF = {
  ARTICLES: (e: SitemapEntriesData["sitemapEntries"][number]) => `/articles/${encodeURIComponent(e.slug ?? "")}`,
  ACTORS: (e: SitemapEntriesData["sitemapEntries"][number]) => `/actors/${encodeURIComponent(e.slug ?? "")}`,
  QUOTES: (e: SitemapEntriesData["sitemapEntries"][number]) => `/quotes/${encodeURIComponent(e.id ?? "")}`,
  STATEMENTS: (e: SitemapEntriesData["sitemapEntries"][number]) => `/statements/${encodeURIComponent(e.id ?? "")}`,
} as const;

/** The page's <urlset>, or 404 for a file name that is not a sitemap page. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const target = parseSitemapFileName(file);
  if (!target)
    return new Response(`No sitemap named ${JSON.stringify(file.slice(0, 100))}.\n`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const [{ sitemapEntries }, origin] = await Promise.all([
    load<SitemapEntriesData>(SITEMAP_ENTRIES_QUERY, target),
    requestOrigin(),
  ]);
  const urls: SitemapUrl[] = sitemapEntries.map((e) => ({
    loc: `${origin}${PATH_OF[target.section](e)}`,
    lastmod: e.lastModified,
  }));
  return new Response(buildUrlset(urls), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
