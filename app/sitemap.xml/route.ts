/** GET /sitemap.xml: a sitemap index of every page of articles, actors and quotes (sitemaps.org 0.9). */
import { load } from "@/app/_components/load.ts";
import { requestOrigin } from "@/app/_components/origin.ts";
import { buildSitemapIndex, sitemapFileName } from "@/app/sitemaps/_lib/build-sitemap.ts";
import { SITEMAP_SECTIONS_QUERY, type SitemapSectionsData } from "@/app/sitemaps/_lib/sitemap-queries.ts";

export const dynamic = "force-dynamic";

/** The index: one <sitemap> per page of each part. */
export async function GET(): Promise<Response> {
  const [{ sitemapSections }, origin] = await Promise.all([
    load<SitemapSectionsData>(SITEMAP_SECTIONS_QUERY),
    requestOrigin(),
  ]);
  const files = sitemapSections.flatMap((s) =>
    Array.from({ length: s.pages }, (_, p) => ({ loc: `${origin}/sitemaps/${sitemapFileName(s.section, p)}` })),
  );
  return new Response(buildSitemapIndex(files), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
