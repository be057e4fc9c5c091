/** Shapes of the GraphQL fragments below, as pages receive them. */

/** Actor fields every list shows. */
export interface ActorSummary {
  slug: string;
  name: string;
  type: string;
  title?: string | null;
  quoteCount?: number;
}

/** A quote with everything a list item shows. */
export interface QuoteItemData {
  id: string;
  text: string;
  kind: string;
  cue?: string | null;
  start: number;
  end: number;
  speaker: ActorSummary | null;
  context: { start: number; end: number; text: string };
  article: { slug: string; title: string | null; displayTitle: string; publisher: string | null; publishedAt: string | null };
}

/** An event with its participants and article. */
export interface EventItemData {
  id: string;
  type: string;
  summary: string;
  date: string | null;
  location: string | null;
  participants: { role: string; actor: ActorSummary }[];
  article: { slug: string; title: string | null; displayTitle: string; publishedAt: string | null };
  /** Cross-article identity: the timeline shows one entry per happening. */
  clusterKey: string;
  /** This happening as every article reports it. */
  reports: { id: string; article: { slug: string; title: string | null; displayTitle: string; publisher: string | null } }[];
}

/** Relay page information. */
export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Fields of a quote list item. */
export const QUOTE_FIELDS = `fragment QuoteItem on Quote {
  id text kind start end cue
  speaker { slug name type }
  context { start end text }
  article { slug title displayTitle publisher publishedAt }
}`;

/** Fields of an event list item. */
export const EVENT_FIELDS = `fragment EventItem on Event {
  id type summary date location clusterKey
  participants { role actor { slug name type } }
  article { slug title displayTitle publishedAt }
  reports { id article { slug title displayTitle publisher } }
}`;

/** Reader-facing names of actor types. */
export const ACTOR_TYPE_LABELS: Record<string, string> = {
  PERSON: "Person",
  ORGANIZATION: "Organisation",
  COUNTRY: "Country",
  LOCATION: "Place",
  ANONYMOUS: "Anonymous source",
};
