/** Home: search, what the graph holds, the latest quotes, the most-quoted actors and recent events. */
import type { Metadata } from "next";
import Link from "next/link";
import { ActorLinkList } from "./_components/actor-link-list.tsx";
import { EventItem } from "./_components/event-item.tsx";
import { JsonLd } from "./_components/json-ld.tsx";
import { load } from "./_components/load.ts";
import { requestOrigin } from "./_components/origin.ts";
import { pageMetadata, SITE_NAME } from "./_components/page-metadata.ts";
import { QuoteItem } from "./_components/quote-item.tsx";
import { SearchForm } from "./_components/search-form.tsx";
import { EVENT_FIELDS, QUOTE_FIELDS } from "./_components/types.ts";
import type { HomeQuery } from "./_generated/operations.ts";

// data changes whenever an article is ingested
export const dynamic = "force-dynamic";

const DESCRIPTION =
  "Search who said what about whom in the news: quotes, speakers, actors and events extracted from articles.";

/** Title, canonical link and cards of the home page. */
export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await pageMetadata({ title: SITE_NAME, description: DESCRIPTION, path: "/" })),
    title: { absolute: SITE_NAME },
  };
}

/** Named actors shown; read from a longer list since anonymous sources are set apart. */
const TOP_ACTORS = 10;

const HOME_QUERY = `query Home {
  stats { articles actors quotes events }
  quotes(first: 6) { nodes { ...QuoteItem } }
  actors(first: 30) { nodes { slug name type title quoteCount } }
  anonymous: actors(type: ANONYMOUS, first: 5) { nodes { slug name type title quoteCount } }
  events(first: 6) { nodes { ...EventItem } }
}
${QUOTE_FIELDS}
${EVENT_FIELDS}`;

/** The home page. */
export default async function Home() {
  const data = await load<HomeQuery>(HOME_QUERY);
  const { stats } = data;
  const named = data.actors.nodes.filter((a) => a.type !== "ANONYMOUS").slice(0, TOP_ACTORS);
  const origin = await requestOrigin();
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          "@id": `${origin}/#website`,
          url: `${origin}/`,
          name: SITE_NAME,
          description: DESCRIPTION,
          potentialAction: {
            "@type": "SearchAction",
            target: { "@type": "EntryPoint", urlTemplate: `${origin}/search?q={search_term_string}` },
            "query-input": "required name=search_term_string",
          },
        }}
      />
      <h1>News Knowledge Graph</h1>
      <p className="lead">Who said what, about whom, where and when — read from news articles.</p>
      <SearchForm />
      <ul className="stats" aria-label="What the graph holds">
        <li>
          <Link href="/articles">
            <strong>{stats.articles}</strong> articles
          </Link>
        </li>
        <li>
          <Link href="/actors">
            <strong>{stats.actors}</strong> actors
          </Link>
        </li>
        <li>
          <a href="#latest-quotes">
            <strong>{stats.quotes}</strong> quotes
          </a>
        </li>
        <li>
          <Link href="/events">
            <strong>{stats.events}</strong> events
          </Link>
        </li>
      </ul>
      <div className="columns">
        <section aria-labelledby="latest-quotes">
          <h2 id="latest-quotes">Latest quotes</h2>
          {data.quotes.nodes.length ? (
            <ul className="plain">
              {data.quotes.nodes.map((q) => (
                <QuoteItem key={q.id} quote={q} showContext={false} />
              ))}
            </ul>
          ) : (
            <p className="muted">No quotes yet.</p>
          )}
        </section>
        <div>
          <section aria-labelledby="top-actors">
            <h2 id="top-actors">Most-quoted actors</h2>
            <ActorLinkList actors={named} />
            <p>
              <Link href="/actors">All actors →</Link>
            </p>
          </section>
          {data.anonymous.nodes.length ? (
            <section aria-labelledby="anonymous-sources">
              <h2 id="anonymous-sources">Anonymous sources</h2>
              <p className="muted small">
                Quoted without a name (“a senior official”); each is counted within its own article.
              </p>
              <ActorLinkList actors={data.anonymous.nodes} />
              <p>
                <Link href="/actors?type=ANONYMOUS">All anonymous sources →</Link>
              </p>
            </section>
          ) : null}
          <section aria-labelledby="recent-events">
            <h2 id="recent-events">Recent events</h2>
            {data.events.nodes.length ? (
              <ul className="plain">
                {data.events.nodes.map((e) => (
                  <EventItem key={e.id} event={e} />
                ))}
              </ul>
            ) : (
              <p className="muted">No events yet.</p>
            )}
            <p>
              <Link href="/events">Event timeline →</Link>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}
