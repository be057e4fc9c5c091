/** The article page's data: one operation, plus follow-up pages only for articles with more than 100 quotes or mentions. */
import { cache } from "react";
import { load } from "@/app/_components/load.ts";
import { EVENT_FIELDS } from "@/app/_components/types.ts";
import type { ArticleMoreQuery, ArticlePageQuery } from "@/app/_generated/operations.ts";

/** Everything the article page shows (typed by codegen from ArticlePage). */
export type ArticlePageData = NonNullable<ArticlePageQuery["article"]>;

/** A quote as the article page shows it. */
export type ArticleQuote = ArticlePageData["quotes"]["nodes"][number];

/** A mention as the article page links it. */
export type ArticleMention = ArticlePageData["mentions"]["nodes"][number];

const QUOTE = "id text kind start end speaker { slug name } speakerMention { start end text }";
const MENTION = "start end form actor { slug name }";
const PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

const ARTICLE_QUERY = `query ArticlePage($slug: String!) {
  article(slug: $slug) {
    id slug title displayTitle publisher author url publishedAt dateline body wordCount warnings extractorVersion
    quotes(first: 100) { totalCount nodes { ${QUOTE} } ${PAGE_INFO} }
    mentions(first: 100) { totalCount nodes { ${MENTION} } ${PAGE_INFO} }
    events(first: 100) { totalCount nodes { ...EventItem } }
    actors(first: 100) { totalCount nodes { id slug name type title } }
  }
}
${EVENT_FIELDS}`;

const MORE_QUERY = `query ArticleMore($slug: String!, $quotesAfter: String, $mentionsAfter: String, $withQuotes: Boolean!, $withMentions: Boolean!) {
  article(slug: $slug) {
    quotes(first: 100, after: $quotesAfter) @include(if: $withQuotes) { nodes { ${QUOTE} } ${PAGE_INFO} }
    mentions(first: 100, after: $mentionsAfter) @include(if: $withMentions) { nodes { ${MENTION} } ${PAGE_INFO} }
  }
}`;

// enough for any news article; beyond it the rest of the text is shown unlinked rather than looping forever
const MAX_FOLLOW_UPS = 20;

/** The article of `slug` with all its quotes and mentions, or null; cached per request for metadata and page. */
export const getArticlePageData = cache(async (slug: string): Promise<ArticlePageData | null> => {
  const { article } = await load<ArticlePageQuery>(ARTICLE_QUERY, { slug });
  if (!article) return null;
  for (
    let i = 0;
    i < MAX_FOLLOW_UPS && (article.quotes.pageInfo.hasNextPage || article.mentions.pageInfo.hasNextPage);
    i++
  ) {
    const more = await load<ArticleMoreQuery>(MORE_QUERY, {
      slug,
      quotesAfter: article.quotes.pageInfo.endCursor,
      mentionsAfter: article.mentions.pageInfo.endCursor,
      withQuotes: article.quotes.pageInfo.hasNextPage,
      withMentions: article.mentions.pageInfo.hasNextPage,
    });
    if (!more.article) break;
    const { quotes, mentions } = more.article;
    if (quotes)
      article.quotes = {
        ...article.quotes,
        nodes: [...article.quotes.nodes, ...quotes.nodes],
        pageInfo: quotes.pageInfo,
      };
    if (mentions)
      article.mentions = {
        ...article.mentions,
        nodes: [...article.mentions.nodes, ...mentions.nodes],
        pageInfo: mentions.pageInfo,
      };
  }
  return article;
});
