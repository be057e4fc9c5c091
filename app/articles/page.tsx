/** All articles, newest first, searchable by words and filterable by publisher or actor mentioned. */
import type { Metadata } from "next";
import Link from "next/link";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { load } from "@/app/_components/load.ts";
import { pageMetadata } from "@/app/_components/page-metadata.ts";
import { Pager, pageArgs } from "@/app/_components/pager.tsx";
import { param, type SearchParams } from "@/app/_components/search-params.ts";
import type { ArticlesQuery } from "@/app/_generated/operations.ts";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

const ARTICLES_QUERY = `query Articles($search: String, $mentioning: String, $first: Int, $after: String, $last: Int, $before: String) {
  articles(search: $search, mentioning: $mentioning, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { slug title displayTitle body publisher author publishedAt wordCount quotes(first: 1) { totalCount } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** The title names the filter in use. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const sp = await searchParams;
  const q = param(sp, "q");
  const mentioning = param(sp, "mentioning");
  return pageMetadata({
    title: q ? `Articles matching “${q}”` : mentioning ? `Articles mentioning ${mentioning}` : "Articles",
    description: "The news articles in the graph, newest first, with how many quotes each holds.",
    path: "/articles",
  });
}

/** The articles page. */
export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const q = param(sp, "q");
  const mentioning = param(sp, "mentioning");
  const { articles } = await load<ArticlesQuery>(ARTICLES_QUERY, { search: q, mentioning, ...pageArgs(sp, PAGE_SIZE) });
  return (
    <>
      <h1>Articles</h1>
      <form className="filters" method="get" action="/articles">
        <div>
          <label htmlFor="articles-q">Words in title or text</label>
          <input id="articles-q" name="q" type="search" defaultValue={q ?? ""} maxLength={200} />
        </div>
        <div>
          <label htmlFor="articles-mentioning">Mentioning actor</label>
          <input
            id="articles-mentioning"
            name="mentioning"
            type="text"
            defaultValue={mentioning ?? ""}
            maxLength={200}
          />
        </div>
        <button type="submit">Apply</button>
      </form>
      <p className="muted" role="status">
        {articles.totalCount} article{articles.totalCount === 1 ? "" : "s"}
      </p>
      <ul className="plain">
        {articles.nodes.map((a) => (
          <li key={a.slug}>
            <Link href={`/articles/${a.slug}`}>{a.displayTitle}</Link>
            <p className="meta">
              {[
                a.publisher,
                a.author,
                formatPartialDate(a.publishedAt),
                `${a.wordCount} words`,
                `${a.quotes.totalCount} quote${a.quotes.totalCount === 1 ? "" : "s"}`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
      <Pager
        path="/articles"
        params={{ q, mentioning }}
        pageInfo={articles.pageInfo}
        label="Article pages"
        prevLabel="← Newer"
        nextLabel="Older →"
      />
    </>
  );
}
