/** One event: what happened, who took part, every article that reports it, and what was said about it there. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { decodeSlug } from "@/app/_components/decode-slug.ts";
import { EventItem } from "@/app/_components/event-item.tsx";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { load } from "@/app/_components/load.ts";
import { EVENT_FIELDS, type EventItemData } from "@/app/_components/types.ts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// node(id:) answers null for ids of other types or unknown rows, so any bad id becomes a 404
const EVENT_QUERY = `query EventPage($id: ID!) {
  node(id: $id) { ... on Event {
    ...EventItem
    sources: reports { id summary date reported reportedBy { slug name } article { slug title displayTitle publisher publishedAt } quotes { id text kind speaker { slug name } } }
  } }
}
${EVENT_FIELDS}`;

interface Report {
  id: string;
  summary: string;
  date: string | null;
  reported: boolean;
  reportedBy: { slug: string; name: string } | null;
  article: {
    slug: string;
    title: string | null;
    displayTitle: string;
    publisher: string | null;
    publishedAt: string | null;
  };
  quotes: { id: string; text: string; kind: string; speaker: { slug: string; name: string } | null }[];
}
type EventPageData = EventItemData & { sources: Report[] };

const getEvent = cache(async (id: string): Promise<EventPageData | null> => {
  const { node } = await load<{ node: EventPageData | Record<string, never> | null }>(EVENT_QUERY, { id });
  return node && "summary" in node ? (node as EventPageData) : null;
});

/** Title and description. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await getEvent(decodeSlug((await params).id));
  if (!e) return { title: "Event not found" };
  return {
    title: e.summary,
    description: `${e.summary}${e.date ? ` (${formatPartialDate(e.date)})` : ""}, as ${e.sources.length} article${e.sources.length === 1 ? "" : "s"} report it.`,
  };
}

/** The event page. */
export default async function EventPage({ params }: Props) {
  const e = await getEvent(decodeSlug((await params).id));
  if (!e) notFound();
  const reports = e.sources;
  return (
    <article className="event-page">
      <p className="kicker">Event</p>
      <h1>{e.summary}</h1>
      <ol className="plain">
        <EventItem event={e} />
      </ol>
      <h2>
        Reported by {reports.length} article{reports.length === 1 ? "" : "s"}
      </h2>
      <ol className="plain">
        {reports.map((r) => (
          <li key={r.id} className="event-report">
            <p>
              <Link href={`/articles/${r.article.slug}`}>{r.article.displayTitle}</Link>
              <span className="muted">
                {r.article.publisher ? ` · ${r.article.publisher}` : ""}
                {r.article.publishedAt ? ` · ${formatPartialDate(r.article.publishedAt)}` : ""}
              </span>
              {r.reported ? (
                <span className="reported-by">
                  {r.reportedBy ? (
                    <>
                      reported by <Link href={`/actors/${r.reportedBy.slug}`}>{r.reportedBy.name}</Link>
                    </>
                  ) : (
                    "reported speech"
                  )}
                </span>
              ) : null}
            </p>
            {r.quotes.length ? (
              <ul>
                {r.quotes.map((q) => (
                  <li key={q.id}>
                    <Link href={`/quotes/${encodeURIComponent(q.id)}`}>
                      {q.kind === "INDIRECT" ? q.text : `“${q.text}”`}
                    </Link>
                    {q.speaker ? (
                      <>
                        {" "}
                        — <Link href={`/actors/${q.speaker.slug}`}>{q.speaker.name}</Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">No quote in this article speaks about it.</p>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
