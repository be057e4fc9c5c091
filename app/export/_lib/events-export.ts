/**
 * The events export: `Query.events` with its arguments, plus the events page's `type`, `actor`,
 * `from` and `to`; one row per event (each article's report of a happening is its own row, and
 * `cluster_key` groups them, where the page shows one item per happening).
 */
import { EVENT_FILTER_RULES } from "@/app/_components/filter-errors.ts";
import type { ExportEventsQuery } from "@/app/_generated/operations.ts";
import { EVENT_TYPES } from "@/lib/extraction/types.ts";
import { TEXT, type ExportParam } from "./export-filters.ts";
import { pageOf, pageQuery, type ConnectionData, type ExportList } from "./export-list.ts";

/** The fields one event row is built from. */
export type EventNode = ExportEventsQuery["events"]["nodes"][number];

const EVENTS_QUERY = `query ExportEvents($type: EventType, $participant: String, $from: Date, $to: Date, $location: String, $first: Int, $after: String) {
  events(type: $type, participant: $participant, from: $from, to: $to, location: $location, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id type summary date datePrecision location clusterKey
      participants { role actor { id name } }
      article { id slug displayTitle publisher publishedAt url }
      evidence { start end }
    }
  }
}`;

const TYPE: ExportParam = {
  variable: "type",
  // the page's rule for the shape, then the API's enum: an unknown type is a bad filter, not an API error
  ok: (v) =>
    EVENT_FILTER_RULES.type!.ok(v.toUpperCase()) && (EVENT_TYPES as readonly string[]).includes(v.toUpperCase()),
  expected: `one of ${EVENT_TYPES.join(", ")}`,
  toVariable: (v) => v.toUpperCase(),
};

const PARAMS: Record<string, ExportParam> = {
  type: TYPE,
  actor: { ...TEXT, variable: "participant" },
  participant: { ...TEXT, variable: "participant" },
  from: { ...EVENT_FILTER_RULES.from!, variable: "from" },
  to: { ...EVENT_FILTER_RULES.to!, variable: "to" },
  location: { ...TEXT, variable: "location" },
};

/** Events, one row per event, latest first. */
export const eventsExport: ExportList<EventNode> = {
  name: "events",
  params: PARAMS,
  async fetchPage(variables, after, size, run) {
    const d = await run<{ events: ConnectionData<EventNode> }>(pageQuery(EVENTS_QUERY, after), {
      ...variables,
      first: size,
      after,
    });
    return pageOf(d.events);
  },
  columns: [
    { name: "event_id", value: (e) => e.id },
    { name: "type", value: (e) => e.type },
    { name: "summary", value: (e) => e.summary },
    { name: "date", value: (e) => e.date },
    { name: "date_precision", value: (e) => e.datePrecision },
    { name: "location", value: (e) => e.location },
    { name: "cluster_key", value: (e) => e.clusterKey },
    { name: "participants", value: (e) => e.participants.map((p) => `${p.actor.name} (${p.role})`) },
    { name: "participant_ids", value: (e) => e.participants.map((p) => p.actor.id) },
    { name: "article_id", value: (e) => e.article.id },
    { name: "article_slug", value: (e) => e.article.slug },
    { name: "article_title", value: (e) => e.article.displayTitle },
    { name: "outlet", value: (e) => e.article.publisher },
    { name: "article_date", value: (e) => e.article.publishedAt },
    { name: "url", value: (e) => e.article.url },
    { name: "evidence_offsets", value: (e) => e.evidence.map((s) => `${s.start}-${s.end}`) },
    { name: "explorer_url", value: (e, c) => `${c.origin}/events/${encodeURIComponent(e.id)}` },
  ],
};
