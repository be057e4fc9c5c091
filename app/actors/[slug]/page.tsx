/** One actor: who they are, what they said (filterable, paginated), when, with whom and where. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { decodeSlug } from "@/app/_components/decode-slug.ts";
import { EditorBar } from "@/app/_components/editor/editor-bar.tsx";
import { getEditorSession } from "@/app/_components/editor/editor-session.ts";
import { ExportLinks } from "@/app/_components/export-links.tsx";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { JsonLd } from "@/app/_components/json-ld.tsx";
import { oembedAlternates, requestOrigin } from "@/app/_components/origin.ts";
import { pageMetadata } from "@/app/_components/page-metadata.ts";
import { Pager, pageArgs } from "@/app/_components/pager.tsx";
import { QuoteItem } from "@/app/_components/quote-item.tsx";
import { isScareQuote } from "@/app/_components/quote-text.ts";
import { param, type SearchParams } from "@/app/_components/search-params.ts";
import { ACTOR_TYPE_LABELS } from "@/app/_components/types.ts";
import { getActorPageData, getMovedActorSlug } from "./actor-data.ts";
import { ActorEditor } from "./actor-editor.tsx";
import { buildActorJsonLd } from "./actor-json-ld.ts";
import { ArticlesSection, EventsSection, OverTimeSection, RelatedSection } from "./actor-sections.tsx";
import { StatementsSection } from "./statements-section.tsx";

export const dynamic = "force-dynamic";

const QUOTES_PER_PAGE = 10;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

/** The arguments of the page's one operation, the same for metadata and page so they share one run. */
async function actorPageArgs(
  params: Props["params"],
  searchParams: Props["searchParams"],
): Promise<Parameters<typeof getActorPageData>> {
  const sp = await searchParams;
  const { first, after, last, before } = pageArgs(sp, QUOTES_PER_PAGE);
  return [decodeSlug((await params).slug), param(sp, "q"), first, after, last, before];
}

/** Title, description, feed and oEmbed discovery for the actor. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const actor = await getActorPageData(...(await actorPageArgs(params, searchParams)));
  if (!actor) return { title: "Actor not found" };
  const origin = await requestOrigin();
  const path = `/actors/${actor.slug}`;
  return pageMetadata({
    title: actor.name,
    description: `${actor.name}${actor.title ? `, ${actor.title}` : ""}: ${actor.quoteCount} quote${actor.quoteCount === 1 ? "" : "s"} and ${actor.events.totalCount} event${actor.events.totalCount === 1 ? "" : "s"} in ${actor.articles.totalCount} article${actor.articles.totalCount === 1 ? "" : "s"}.`,
    path,
    type: "profile",
    alternateTypes: {
      ...oembedAlternates(origin, path).types,
      "application/feed+json": `${origin}${path}/feed.json`,
      "application/rss+xml": `${origin}${path}/feed.xml`,
    },
  });
}

/** The actor page. */
export default async function ActorPage({ params, searchParams }: Props) {
  const args = await actorPageArgs(params, searchParams);
  const slug = args[0];
  const actor = await getActorPageData(...args);
  if (!actor) {
    // a merged actor's old address: permanently to the actor it became (Next answers 308, the permanent redirect that keeps the method)
    const moved = await getMovedActorSlug(slug);
    if (moved) permanentRedirect(`/actors/${encodeURIComponent(moved)}`);
    notFound();
  }
  const q = args[1];
  const quotes = actor.quotes;
  const origin = await requestOrigin();
  const path = `/actors/${actor.slug}`;
  const said = quotes.nodes.filter((n) => !isScareQuote(n));
  const phrases = quotes.nodes.filter((n) => isScareQuote(n));
  const aliases = actor.aliases.filter((a) => a.toLowerCase() !== actor.name.toLowerCase());
  const editor = await getEditorSession();
  const sp = await searchParams;
  return (
    <article className="actor">
      <JsonLd data={buildActorJsonLd(actor, quotes, origin)} />
      {editor ? (
        <EditorBar editor={editor} edited={param(sp, "edited")} editError={param(sp, "editError", 300)} />
      ) : null}
      <header>
        <p className="kicker">{ACTOR_TYPE_LABELS[actor.type] ?? actor.type}</p>
        <h1>{actor.name}</h1>
        {actor.title ? <p className="lead">{actor.title}</p> : null}
        <dl className="facts">
          {aliases.length ? (
            <>
              <dt>Also called</dt>
              <dd>{aliases.join(", ")}</dd>
            </>
          ) : null}
          <dt>Quotes</dt>
          <dd>{actor.quoteCount}</dd>
          <dt>Events</dt>
          <dd>{actor.events.totalCount}</dd>
          <dt>Articles</dt>
          <dd>{actor.articles.totalCount}</dd>
          {actor.firstSeen ? (
            <>
              <dt>First seen</dt>
              <dd>
                <time dateTime={actor.firstSeen}>{formatPartialDate(actor.firstSeen)}</time>
              </dd>
            </>
          ) : null}
          {actor.lastSeen ? (
            <>
              <dt>Last seen</dt>
              <dd>
                <time dateTime={actor.lastSeen}>{formatPartialDate(actor.lastSeen)}</time>
              </dd>
            </>
          ) : null}
          <dt>Feeds</dt>
          <dd>
            <a href={`${path}/feed.json`}>JSON Feed</a> · <a href={`${path}/feed.xml`}>RSS</a> of quotes
          </dd>
        </dl>
      </header>

      {editor ? <ActorEditor editor={editor} actor={actor} /> : null}

      <StatementsSection actor={actor} />

      <section aria-labelledby="quotes">
        <h2 id="quotes">What {actor.name} said</h2>
        <form className="filters" method="get" action={`${path}#quotes`}>
          <div>
            <label htmlFor="quote-q">Quotes mentioning</label>
            <input
              id="quote-q"
              name="q"
              type="search"
              defaultValue={q ?? ""}
              maxLength={200}
              placeholder="e.g. Haqqani"
            />
          </div>
          <button type="submit">Filter</button>
          {q ? <Link href={`${path}#quotes`}>Show all quotes</Link> : null}
        </form>
        <p className="muted" role="status">
          {quotes.totalCount} quote{quotes.totalCount === 1 ? "" : "s"}
          {q ? ` mentioning “${q}” in the quote or its sentence` : ""}
        </p>
        <ExportLinks
          list="quotes"
          filters={{ actor: actor.slug, q }}
          label={q ? "Download these quotes" : "Download all quotes"}
        />
        {said.length ? (
          <ul className="plain">
            {said.map((n) => (
              <QuoteItem key={n.id} quote={n} showSpeaker={false} term={q} />
            ))}
          </ul>
        ) : null}
        {phrases.length ? (
          <p className="muted small">
            Not listed here: {phrases.map((n) => `“${n.text}”`).join(", ")} —{" "}
            {phrases.length === 1 ? "a short phrase" : "short phrases"} in quote marks with no verb of saying, more
            likely the writer’s words about {actor.name} than {actor.name}’s own.
          </p>
        ) : null}
        <Pager
          path={path}
          params={{ q }}
          pageInfo={quotes.pageInfo}
          label="Quote pages"
          fragment="#quotes"
          prevLabel="← Newer quotes"
          nextLabel="Older quotes →"
        />
      </section>

      <OverTimeSection actor={actor} />
      <EventsSection actor={actor} />
      <RelatedSection actor={actor} />
      <ArticlesSection actor={actor} />
    </article>
  );
}
