/**
 * The write model: one article as extraction hands it to the writer, every actor
 * by its identity key (never by display name), every item a span of `body`. The
 * contract JSON (contract.ts) is a view of it for `extract --json`.
 */
import type {
  ActorRecord,
  ArticleMeta,
  Doc,
  EventParticipant,
  EventType,
  Mention,
  PartialDate,
  QuoteKind,
  Span,
} from "./types.ts";

/** The article's metadata, its cleaned body and the warnings extraction raised. */
export interface ExtractedArticleMeta extends ArticleMeta {
  body: string;
  warnings: string[];
}

/** An actor of the article: `key` is its identity within the article, and what every item refers to it by. */
export type ExtractedActor = ActorRecord;

/** A place in the body where an actor of the article is named or referred to. */
export interface ExtractedMention extends Span {
  actorKey: string;
  form: Mention["form"];
}

/** A quote, its speaker by actor key (null: no speaker found). */
export interface ExtractedQuote extends Span {
  kind: QuoteKind;
  speakerKey: string | null;
  speakerMention: Span | null;
  cue: string | null;
  context: Span;
  /** Calibrated attribution confidence in [0, 1], when the learned scorer weighed the quote. */
  confidence?: number;
}

/** An event, its participants and reporter by actor key. */
export interface ExtractedEvent {
  type: EventType;
  summary: string;
  date: PartialDate | null;
  location: string | null;
  /** In the order extraction found them; an actor may take part in two roles. */
  participants: EventParticipant[];
  evidence: Span[];
  reported: boolean;
  /** The reporting speaker's key, when `reported` and attributed. */
  reportedByKey: string | null;
}

/** One extracted article: what the writer (lib/db/save-article.ts) stores. */
export interface ExtractedArticle {
  article: ExtractedArticleMeta;
  actors: ExtractedActor[];
  mentions: ExtractedMention[];
  quotes: ExtractedQuote[];
  events: ExtractedEvent[];
}

/**
 * The write model of a finished document: references to actors the article does
 * not list (dropped as too weak after the reference was made) are left out, a
 * quote's speaker becomes null, so every key an item holds names a listed actor.
 */
export function toExtractedArticle(doc: Doc): ExtractedArticle {
  const keys = new Set(doc.actors.map((a) => a.key));
  const known = (key: string | null) => (key !== null && keys.has(key) ? key : null);
  return {
    article: { ...doc.meta, body: doc.body, warnings: [...doc.warnings] },
    actors: doc.actors.map((a) => ({
      key: a.key,
      name: a.name,
      type: a.type,
      aliases: [...a.aliases],
      title: a.title,
    })),
    mentions: doc.mentions.flatMap((m) => {
      const actorKey = known(m.actorKey);
      return actorKey === null ? [] : [{ actorKey, form: m.form, start: m.start, end: m.end, text: m.text }];
    }),
    quotes: doc.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      speakerKey: known(q.speakerKey),
      speakerMention: q.speakerMention,
      cue: q.cue,
      context: q.context,
      ...(q.confidence !== undefined ? { confidence: q.confidence } : {}),
    })),
    events: doc.events.map((e) => ({
      type: e.type,
      summary: e.summary,
      date: e.date,
      location: e.location,
      participants: e.participants.filter((p) => known(p.actorKey) !== null).map((p) => ({ ...p })),
      evidence: e.evidence,
      reported: e.reported,
      reportedByKey: e.reported ? known(e.reportedBy) : null,
    })),
  };
}
