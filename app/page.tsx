/** Home: search, what the graph holds, the latest quotes, the most-quoted actors and recent events. */
import type { Metadata } from "next";
import Link from "next/link";
import { ActorLinkList } from "./_components/actor-link-list.tsx";
import { EventItem } from "./_components/event-item.tsx";
import { load } from "./_components/load.ts";
import { QuoteItem } from "./_components/quote-item.tsx";
import { SearchForm } from "./_components/search-form.tsx";
import { EVENT_FIELDS, QUOTE_FIELDS } from "./_components/types.ts";
import type { HomeQuery } from "./_generated/operations.ts";

// data changes whenever an article is ingested
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "News Knowledge Graph" },
  description: "Search who said what about whom in the news: quotes, speakers, actors and events extracted from articles.",
};

const HOME_QUERY = `query Home {
  stats { articles actors quotes events }
  quotes(first: 6) { nodes { ...QuoteItem } }
  actors(first: 10) { nodes { slug name type title quoteCount } }
  events(first: 6) { nodes { ...EventItem } }
}
${QUOTE_FIELDS}
${EVENT_FIELDS}`;

/** The home page. */
export default async function Home() {
  const data = await load<HomeQuery>(HOME_QUERY);
  const { stats } = data;
  return (
    <>
      <h1>News Knowledge Graph</h1>
      <p className="lead">Who said what, about whom, where and when — read from news articles.</p>
      <SearchForm />
      <ul className="stats" aria-label="What the graph holds">
        <li><Link href="/articles"><strong>{stats.articles}</strong> articles</Link></li>
        <li><Link href="/actors"><strong>{stats.actors}</strong> actors</Link></li>
        <li><a href="#latest-quotes"><strong>{stats.quotes}</strong> quotes</a></li>
        <li><Link href="/events"><strong>{stats.events}</strong> events</Link></li>
      </ul>
      <div className="columns">
        <section aria-labelledby="latest-quotes">
          <h2 id="latest-quotes">Latest quotes</h2>
          {data.quotes.nodes.length ? (
            <ul className="plain">{data.quotes.nodes.map((q) => <QuoteItem key={q.id} quote={q} showContext={false} />)}</ul>
          ) : <p className="muted">No quotes yet.</p>}
        </section>
        <div>
          <section aria-labelledby="top-actors">
            <h2 id="top-actors">Most-quoted actors</h2>
            <ActorLinkList actors={data.actors.nodes} />
            <p><Link href="/actors">All actors →</Link></p>
          </section>
          <section aria-labelledby="recent-events">
            <h2 id="recent-events">Recent events</h2>
            {data.events.nodes.length ? (
              <ul className="plain">{data.events.nodes.map((e) => <EventItem key={e.id} event={e} />)}</ul>
            ) : <p className="muted">No events yet.</p>}
            <p><Link href="/events">Event timeline →</Link></p>
          </section>
        </div>
      </div>
    </>
  );
}
