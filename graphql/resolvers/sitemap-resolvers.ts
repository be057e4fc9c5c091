/** `sitemapSections` and `sitemapEntries`: the addresses sitemap.xml lists, one id range per page. */
import { badInput } from "@/graphql/errors.ts";
import type { QueryResolvers } from "@/graphql/generated/resolvers-types.ts";
import { toGlobalId } from "@/graphql/global-id.ts";
import { findSitemapRows, getSitemapPageCounts, type SitemapSection } from "@/lib/db/queries/find-sitemap.ts";

/** Highest page number accepted: 10,000 ids a page, so a billion rows. */
const MAX_PAGE = 100_000;

/** Query.sitemapSections and Query.sitemapEntries. */
export const sitemapQueryResolvers: QueryResolvers = {
  async sitemapSections(_, __, ctx) {
    const counts = await getSitemapPageCounts(ctx.db);
    return (Object.keys(counts) as SitemapSection[]).map((section) => ({ section, pages: counts[section] }));
  },
  async sitemapEntries(_, a, ctx) {
    if (!Number.isInteger(a.page) || a.page < 0 || a.page > MAX_PAGE)
      throw badInput(`\`page\` must be between 0 and ${MAX_PAGE}, got ${a.page}.`, "page");
    const rows = await findSitemapRows(ctx.db, a.section, a.page);
    return rows.map((r) => ({
      slug: r.slug,
      id:
        a.section === "QUOTES"
          ? toGlobalId("Quote", r.id)
          : a.section === "STATEMENTS"
            ? toGlobalId("Statement", r.id)
            : null,
      lastModified: r.updatedAt.toISOString(),
    }));
  },
};
