/** One event in a list or timeline: date, type, summary, participants, its article, and who claims it when it is reported speech. */
import Link from "next/link";
import { formatPartialDate } from "./format-date.ts";
import type { EventItemData } from "./types.ts";

/** An event as a list item. */
export function EventItem({ event }: { event: EventItemData }) {
  // the same happening in other articles: one entry, every source listed
  const others = (event.reports ?? []).filter((r) => r.article.slug !== event.article.slug);
  return (
    <li className="event-item">
      <p className="meta">
        {event.date ? <time dateTime={event.date}>{formatPartialDate(event.date)}</time> : <span>Undated</span>}
        {" · "}
        <span className="tag">{event.type}</span>
        {event.location ? ` · ${event.location}` : ""}
        {event.reported ? (
          <>
            {" · "}
            <span className="reported-by">
              {event.reportedBy ? (
                <>
                  reported by <Link href={`/actors/${event.reportedBy.slug}`}>{event.reportedBy.name}</Link>
                </>
              ) : (
                "reported speech"
              )}
            </span>
          </>
        ) : null}
      </p>
      <p>
        <Link href={`/events/${encodeURIComponent(event.id)}`}>{event.summary}</Link>
      </p>
      <p className="meta">
        {event.participants.length ? (
          <>
            {event.participants.map((p, i) => (
              <span key={`${p.actor.slug}-${p.role}`}>
                {i ? ", " : ""}
                <Link href={`/actors/${p.actor.slug}`}>{p.actor.name}</Link>
                {p.role !== "OTHER" ? <span className="muted"> ({p.role.toLowerCase()})</span> : null}
              </span>
            ))}
            {" · "}
          </>
        ) : null}
        From <Link href={`/articles/${event.article.slug}`}>{event.article.displayTitle}</Link>
        {others.length ? (
          <>
            {" · also reported by "}
            {others.map((r, i) => (
              <span key={r.id}>
                {i ? ", " : ""}
                <Link href={`/articles/${r.article.slug}`}>{r.article.publisher ?? r.article.displayTitle}</Link>
              </span>
            ))}
          </>
        ) : null}
      </p>
    </li>
  );
}
