/** Events as a timeline, filterable by type, actor, date range and reported speech through a GET form. */
import type { Metadata } from "next";
import { EventTimeline } from "@/app/_components/charts/event-timeline.tsx";
import { EventItem } from "@/app/_components/event-item.tsx";
import { ExportLinks } from "@/app/_components/export-links.tsx";
import { JsonLd, schemaTypeOf } from "@/app/_components/json-ld.tsx";
import { load } from "@/app/_components/load.ts";
import { requestOrigin } from "@/app/_components/origin.ts";
import { pageMetadata } from "@/app/_components/page-metadata.ts";
import { Pager, pageArgs } from "@/app/_components/pager.tsx";
import { param, type SearchParams } from "@/app/_components/search-params.ts";
import { EVENT_FIELDS } from "@/app/_components/types.ts";
import type { EventsQuery } from "@/app/_generated/operations.ts";
import { EVENT_TYPES } from "@/lib/extraction/types.ts";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// `types` lists the types present among recent events so the select offers only real choices
const EVENTS_QUERY = `query Events($type: EventType, $participant: String, $from: Date, $to: Date, $reported: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
  types: events(first: 100) { nodes { type } }
  timeline: events(type: $type, participant: $participant, from: $from, to: $to, reported: $reported, first: 100) { nodes { id type date summary clusterKey reported } }
  events(type: $type, participant: $participant, from: $from, to: $to, reported: $reported, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { ...EventItem }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
${EVENT_FIELDS}`;

function readFilters(sp: SearchParams) {
  const date = (name: string) => {
    const v = param(sp, name, 10);
    return v && PARTIAL_DATE.test(v) ? v : null;
  };
  // the API's EventType enum refuses unknown names: a type the form never offers is dropped like a bad date
  const type = param(sp, "type", 40)?.toUpperCase() ?? null;
  // reported speech is shown by default, marked; "own" keeps the articles' own reports, "reported" the claims
  const speech = param(sp, "speech", 10);
  return {
    speech: speech === "own" || speech === "reported" ? speech : null,
    type: type && (EVENT_TYPES as readonly string[]).includes(type) ? type : null,
    actor: param(sp, "actor"),
    from: date("from"),
    to: date("to"),
  };
}

/** The first event of each happening on the page (the others are listed as its sources). */
function onePerHappening<E extends { clusterKey: string }>(events: readonly E[]): E[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (seen.has(e.clusterKey)) return false;
    seen.add(e.clusterKey);
    return true;
  });
}

/** The title names the filters in use. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const f = readFilters(await searchParams);
  const parts = [
    f.type,
    f.actor ? `involving ${f.actor}` : null,
    f.from ? `from ${f.from}` : null,
    f.to ? `to ${f.to}` : null,
    f.speech === "reported" ? "in reported speech" : f.speech === "own" ? "as the articles report them" : null,
  ].filter(Boolean);
  return pageMetadata({
    title: parts.length ? `Events ${parts.join(" ")}` : "Events",
    description:
      "A timeline of what happened according to the news: agreements, accusations, attacks and announcements, with who took part.",
    path: "/events",
  });
}

/** The events page. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const f = readFilters(sp);
  const data = await load<EventsQuery>(EVENTS_QUERY, {
    type: f.type,
    participant: f.actor,
    from: f.from,
    to: f.to,
    reported: f.speech === "reported" ? true : f.speech === "own" ? false : null,
    ...pageArgs(sp, PAGE_SIZE),
  });
  const types = [...new Set([...data.types.nodes.map((n) => n.type), ...(f.type ? [f.type] : [])])].sort();
  const badDate = (param(sp, "from") && !f.from) || (param(sp, "to") && !f.to);
  const origin = await requestOrigin();
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@graph": data.events.nodes.map((e) => ({
            "@type": "Event",
            "@id": `${origin}/events#${encodeURIComponent(e.id)}`,
            name: e.summary,
            ...(e.date ? { startDate: e.date } : {}),
            ...(e.location ? { location: { "@type": "Place", name: e.location } } : {}),
            ...(e.participants.length
              ? {
                  attendee: e.participants.map((p) => ({
                    "@type": schemaTypeOf(p.actor.type),
                    "@id": `${origin}/actors/${p.actor.slug}#actor`,
                    name: p.actor.name,
                    url: `${origin}/actors/${p.actor.slug}`,
                  })),
                }
              : {}),
            subjectOf: {
              "@type": "NewsArticle",
              "@id": `${origin}/articles/${e.article.slug}#article`,
              url: `${origin}/articles/${e.article.slug}`,
              headline: e.article.displayTitle,
            },
          })),
        }}
      />
      <h1>Events</h1>
      <form className="filters" method="get" action="/events">
        <div>
          <label htmlFor="events-type">Type</label>
          <select id="events-type" name="type" defaultValue={f.type ?? ""}>
            <option value="">Any type</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="events-actor">Actor</label>
          <input
            id="events-actor"
            name="actor"
            type="text"
            defaultValue={f.actor ?? ""}
            maxLength={200}
            placeholder="e.g. Pakistan"
          />
        </div>
        <div>
          <label htmlFor="events-from">From</label>
          <input
            id="events-from"
            name="from"
            type="text"
            defaultValue={f.from ?? ""}
            maxLength={10}
            placeholder="2018-03"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            aria-describedby="date-hint"
          />
        </div>
        <div>
          <label htmlFor="events-to">To</label>
          <input
            id="events-to"
            name="to"
            type="text"
            defaultValue={f.to ?? ""}
            maxLength={10}
            placeholder="2018-12"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            aria-describedby="date-hint"
          />
        </div>
        <div>
          <label htmlFor="events-speech">Reported speech</label>
          <select id="events-speech" name="speech" defaultValue={f.speech ?? ""}>
            <option value="">Shown, marked</option>
            <option value="own">Hidden: the articles&apos; own reports only</option>
            <option value="reported">Only what someone said happened</option>
          </select>
        </div>
        <button type="submit">Apply</button>
        <p id="date-hint" className="muted small">
          Dates as YYYY, YYYY-MM or YYYY-MM-DD.
        </p>
      </form>
      {badDate ? (
        <p role="alert" className="warning">
          A date was not understood and is ignored; use YYYY, YYYY-MM or YYYY-MM-DD.
        </p>
      ) : null}
      <EventTimeline
        id="events-timeline"
        title="Events over time, one lane per type"
        items={onePerHappening(data.timeline.nodes).map((e) => ({
          key: e.id,
          date: e.date,
          type: e.type,
          label: e.reported ? `${e.summary} (reported)` : e.summary,
        }))}
      />
      <p className="muted" role="status">
        {data.events.totalCount} event{data.events.totalCount === 1 ? "" : "s"}
      </p>
      <ExportLinks
        list="events"
        filters={{ type: f.type, actor: f.actor, from: f.from, to: f.to }}
        label="Download these events, one row per report"
      />
      {data.events.nodes.length ? (
        <ol className="plain timeline-list">
          {onePerHappening(data.events.nodes).map((e) => (
            <EventItem key={e.id} event={e} />
          ))}
        </ol>
      ) : (
        <p>No events match these filters.</p>
      )}
      <Pager
        path="/events"
        params={{ type: f.type, actor: f.actor, from: f.from, to: f.to, speech: f.speech }}
        pageInfo={data.events.pageInfo}
        label="Event pages"
        prevLabel="← Later"
        nextLabel="Earlier →"
      />
    </>
  );
}
