/** Shapes of the GraphQL fragments below, as pages receive them. */
import type { EventItemFragment, QuoteItemFragment } from "@/app/_generated/operations.ts";

/** Actor fields every list shows. */
export interface ActorSummary {
  slug: string;
  name: string;
  type: string;
  title?: string | null;
  quoteCount?: number;
}

/** A quote with everything a list item shows (the QuoteItem fragment, typed by codegen). */
export type QuoteItemData = QuoteItemFragment;

/** An event with its participants and article (the EventItem fragment, typed by codegen). */
export type EventItemData = EventItemFragment;

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
  id type summary date location clusterKey reported
  reportedBy { slug name }
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
