/**
 * What resolvers receive as parents: Prisma rows for objects, lazy objects for
 * connections. Codegen maps the SDL types onto these (scripts/codegen.ts).
 */
import type { Actor, Event, EventParticipant, Mention, Quote, Statement } from "@/generated/sqlite/client.ts";
import type { AuditEventRow } from "@/lib/db/audit/find-audit-events.ts";
import type { Stats } from "@/lib/db/queries/get-stats.ts";
import type { ArticleRow } from "@/lib/db/queries/row-columns.ts";
import type { Connection } from "./pagination/connection.ts";

/** An article row, without its text (read through `loaders.articleBody` when a field needs it). */
export type ArticleModel = ArticleRow;
/** An actor row. */
export type ActorModel = Actor;
/** A quote row. */
export type QuoteModel = Quote;
/** An event row. */
export type EventModel = Event;
/** A mention row. */
export type MentionModel = Mention;
/** An event participant row. */
export type EventParticipantModel = EventParticipant;
/** The four counts, read in one statement. */
export type StatsModel = Stats;
/** A page of articles. */
export type ArticleConnectionModel = Connection<ArticleRow>;
/** A page of actors. */
export type ActorConnectionModel = Connection<Actor>;
/** A page of quotes. */
export type QuoteConnectionModel = Connection<Quote>;
/** A page of events. */
export type EventConnectionModel = Connection<Event>;
/** A page of mentions. */
export type MentionConnectionModel = Connection<Mention>;
/** A page of co-occurring actors, each edge with its shared-article count. */
export type RelatedActorConnectionModel = Connection<Actor, { sharedArticles: number; sharedQuotes: number }>;
/** A statement row. */
export type StatementModel = Statement;
/** A report of a statement: the quote row, its statement read through the loaders. */
export type StatementReportModel = Quote;
/** An audit event row (lib/db/audit). */
export type AuditEventModel = AuditEventRow;
/** A page of statements. */
export type StatementConnectionModel = Connection<Statement>;
/** A page of a statement's reports. */
export type StatementReportConnectionModel = Connection<Quote>;
/** Search hits by type. */
export type SearchResultsModel = {
  actors: Actor[];
  quotes: Quote[];
  articles: ArticleRow[];
  didYouMean: string | null;
};
