/** The parts of the actor page below the quotes: activity over time, events, co-occurring actors, articles. */
import Link from "next/link";
import { BarChart } from "@/app/_components/charts/bar-chart.tsx";
import { countByPeriod } from "@/app/_components/charts/count-by-period.ts";
import { EventTimeline } from "@/app/_components/charts/event-timeline.tsx";
import { NetworkGraph } from "@/app/_components/charts/network-graph.tsx";
import { EventItem } from "@/app/_components/event-item.tsx";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { ACTOR_TYPE_LABELS } from "@/app/_components/types.ts";
import type { ActorPageData } from "./actor-data.ts";

type Props = { actor: ActorPageData };

/** All quotes (dated by their article) and the events shown, per month or year, as a bar chart; nothing when nothing is dated. */
export function OverTimeSection({ actor }: Props) {
  const chart = countByPeriod([actor.quoteCountsByDate, actor.events.nodes.map((e) => e.date)]);
  if (!chart.buckets.length) return null;
  return (
    <section aria-labelledby="over-time">
      <h2 id="over-time">Over time</h2>
      <figure>
        <BarChart
          id="actor-chart"
          data={chart}
          title={`Quotes and events of ${actor.name} per ${chart.unit}`}
          series={[
            { name: "quotes", color: "#0b5cad" },
            { name: "events", color: "#b35900" },
          ]}
        />
        <figcaption className="legend">
          Per {chart.unit}: <span className="swatch" style={{ background: "#0b5cad" }} /> quotes (by article date){" "}
          <span className="swatch" style={{ background: "#b35900" }} /> events
        </figcaption>
      </figure>
    </section>
  );
}

/** The actor's events, oldest first, with a visual timeline when at least two are dated. */
export function EventsSection({ actor }: Props) {
  const events = [...actor.events.nodes].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  return (
    <section aria-labelledby="events">
      <h2 id="events">Events</h2>
      {events.filter((e) => e.date).length > 1 ? (
        <EventTimeline
          id="actor-timeline"
          title={`Events involving ${actor.name} over time, one lane per type`}
          items={events.map((e) => ({ key: e.id, date: e.date, type: e.type, label: e.summary }))}
        />
      ) : null}
      {events.length ? (
        <ol className="plain timeline-list">
          {events.map((e) => (
            <EventItem key={e.id} event={e} />
          ))}
        </ol>
      ) : (
        <p className="muted">No events involve {actor.name}.</p>
      )}
      {actor.events.totalCount > events.length ? (
        <p>
          <Link href={`/events?actor=${encodeURIComponent(actor.name)}`}>All {actor.events.totalCount} events →</Link>
        </p>
      ) : null}
    </section>
  );
}

/** Neighbours drawn in the network picture; the list below it names more. */
const DRAWN = 8;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Actors sharing articles with this one, ranked by shared articles then shared quotes: the top ones drawn, the list with counts. */
export function RelatedSection({ actor }: Props) {
  const edges = actor.relatedActors.edges;
  return (
    <section aria-labelledby="related">
      <h2 id="related">Appears with</h2>
      {edges.length ? (
        <>
          <NetworkGraph
            id="actor-network"
            centre={actor.name}
            neighbours={edges.slice(0, DRAWN).map((e) => ({
              key: e.node.slug,
              label: e.node.name,
              weight: e.sharedArticles + e.sharedQuotes,
              href: `/actors/${e.node.slug}`,
            }))}
          />
          <p className="muted small">
            Ranked by articles shared with {actor.name}, then by quotes in which one names the other; the line grows
            with both.
          </p>
          <ol className="plain actors">
            {edges.map((e) => (
              <li key={e.node.slug}>
                <Link href={`/actors/${e.node.slug}`}>{e.node.name}</Link>
                <span className="muted">
                  {" "}
                  · {ACTOR_TYPE_LABELS[e.node.type] ?? e.node.type} · {plural(e.sharedArticles, "shared article")}
                  {e.sharedQuotes ? ` · ${plural(e.sharedQuotes, "shared quote")}` : ""}
                </span>
              </li>
            ))}
          </ol>
          {actor.relatedActors.totalCount > edges.length ? (
            <p className="muted">
              {actor.relatedActors.totalCount - edges.length} more actors share an article with {actor.name}.
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">No other actors share an article with {actor.name}.</p>
      )}
    </section>
  );
}

/** The articles naming the actor, newest first, with a link to all of them when there are more. */
export function ArticlesSection({ actor }: Props) {
  return (
    <section aria-labelledby="articles">
      <h2 id="articles">Articles mentioning {actor.name}</h2>
      <ul className="plain">
        {actor.articles.nodes.map((a) => (
          <li key={a.slug}>
            <Link href={`/articles/${a.slug}`}>{a.displayTitle}</Link>
            <span className="muted">
              {a.publisher ? ` · ${a.publisher}` : ""}
              {a.publishedAt ? ` · ${formatPartialDate(a.publishedAt)}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {actor.articles.totalCount > actor.articles.nodes.length ? (
        <p>
          <Link href={`/articles?mentioning=${encodeURIComponent(actor.name)}`}>
            All {actor.articles.totalCount} articles →
          </Link>
        </p>
      ) : null}
    </section>
  );
}
