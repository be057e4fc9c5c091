/** `search`: one bounded list per type, plus all hits as a union list. */
import { badInput } from "@/graphql/errors.ts";
import type { QueryResolvers, SearchResultsResolvers } from "@/graphql/generated/resolvers-types.ts";
import { searchAll } from "@/lib/db/queries/search-all.ts";
import { suggestSpelling } from "@/lib/db/search/suggest-spelling.ts";

const MAX_LIMIT = 50;

/** Query.search. */
export const searchQueryResolvers: QueryResolvers = {
  async search(_, a, ctx) {
    const limit = a.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT)
      throw badInput(`\`limit\` must be between 0 and ${MAX_LIMIT}, got ${limit}.`, "limit");
    if (a.query.length > 200) throw badInput("`query` is longer than 200 characters.", "query");
    const hits = await searchAll(ctx.db, a.query, limit);
    for (const q of hits.quotes) ctx.loaders.quote.prime(q.id, q);
    for (const r of hits.articles) ctx.loaders.article.prime(r.id, r);
    for (const r of hits.actors) ctx.loaders.actor.prime(r.id, r);
    const found = hits.actors.length + hits.quotes.length + hits.articles.length;
    // a respelling only where the words found no one: never second-guess a query that worked
    const shouldSuggest = !hits.actors.length && (!found || a.query.trim().split(/\s+/).length === 1);
    return { ...hits, didYouMean: shouldSuggest ? await suggestSpelling(ctx.db, a.query) : null };
  },
};

/** SearchResults.all: actors, then quotes, then articles. */
export const searchResultsResolvers: SearchResultsResolvers = {
  all: (r) => [...r.actors, ...r.quotes, ...r.articles],
};
