/** All actors: filter by type, search by name or alias, sort; every state is a URL. */
import type { Metadata } from "next";
import Link from "next/link";
import { ActorLinkList } from "@/app/_components/actor-link-list.tsx";
import { ExportLinks } from "@/app/_components/export-links.tsx";
import { load } from "@/app/_components/load.ts";
import { pageMetadata } from "@/app/_components/page-metadata.ts";
import { Pager, pageArgs } from "@/app/_components/pager.tsx";
import { hrefWith, param, type SearchParams } from "@/app/_components/search-params.ts";
import { ACTOR_TYPE_LABELS } from "@/app/_components/types.ts";
import type { ActorsQuery } from "@/app/_generated/operations.ts";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;
const SORTS: Record<string, { label: string; orderBy: { field: string; direction: string } }> = {
  quotes: { label: "Most quoted", orderBy: { field: "QUOTE_COUNT", direction: "DESC" } },
  name: { label: "Name", orderBy: { field: "NAME", direction: "ASC" } },
  recent: { label: "Recently seen", orderBy: { field: "LAST_SEEN", direction: "DESC" } },
};

const ACTORS_QUERY = `query Actors($search: String, $type: ActorType, $orderBy: ActorOrder, $first: Int, $after: String, $last: Int, $before: String) {
  actors(search: $search, type: $type, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { slug name type title quoteCount }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

function readFilters(sp: SearchParams) {
  const type = param(sp, "type");
  const sort = param(sp, "sort");
  return {
    q: param(sp, "q"),
    type: type && type in ACTOR_TYPE_LABELS ? type : null,
    sort: sort && sort in SORTS ? sort : "quotes",
  };
}

/** Title and description name the filters, so shared links preview well. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const f = readFilters(await searchParams);
  const what = f.type ? `${ACTOR_TYPE_LABELS[f.type]} actors` : "Actors";
  return pageMetadata({
    title: f.q ? `${what} matching “${f.q}”` : what,
    description: "People, organisations, countries and places named in the news, with how often each is quoted.",
    path: "/actors",
  });
}

/** The actors page. */
export default async function ActorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const f = readFilters(sp);
  const { actors } = await load<ActorsQuery>(ACTORS_QUERY, {
    search: f.q,
    type: f.type,
    orderBy: SORTS[f.sort]!.orderBy,
    ...pageArgs(sp, PAGE_SIZE),
  });
  const keep = { q: f.q, type: f.type, sort: f.sort === "quotes" ? null : f.sort };
  return (
    <>
      <h1>Actors</h1>
      <form className="filters" method="get" action="/actors">
        <div>
          <label htmlFor="actors-q">Name or alias</label>
          <input id="actors-q" name="q" type="search" defaultValue={f.q ?? ""} maxLength={200} />
        </div>
        <div>
          <label htmlFor="actors-type">Type</label>
          <select id="actors-type" name="type" defaultValue={f.type ?? ""}>
            <option value="">Any type</option>
            {Object.entries(ACTOR_TYPE_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actors-sort">Sort by</label>
          <select id="actors-sort" name="sort" defaultValue={f.sort}>
            {Object.entries(SORTS).map(([v, s]) => (
              <option key={v} value={v}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Apply</button>
      </form>
      <nav className="chips" aria-label="Actor types">
        <Link href={hrefWith("/actors", { ...keep, type: null })} aria-current={f.type ? undefined : "page"}>
          All
        </Link>
        {Object.entries(ACTOR_TYPE_LABELS).map(([v, l]) => (
          <Link
            key={v}
            href={hrefWith("/actors", { ...keep, type: v })}
            aria-current={f.type === v ? "page" : undefined}
          >
            {l}
          </Link>
        ))}
      </nav>
      <p className="muted" role="status">
        {actors.totalCount} actor{actors.totalCount === 1 ? "" : "s"}
        {f.q ? ` matching “${f.q}”` : ""}
      </p>
      <ExportLinks list="actors" filters={keep} label="Download this list" />
      {actors.nodes.length ? <ActorLinkList actors={actors.nodes} /> : <p>No actors match these filters.</p>}
      <Pager path="/actors" params={keep} pageInfo={actors.pageInfo} label="Actor pages" />
    </>
  );
}
