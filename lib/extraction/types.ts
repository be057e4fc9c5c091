/**
 * Shared types of the extraction pipeline: the working document that stages
 * enrich, and the contract JSON (../shared/EXTRACTION_CONTRACT.md), a view of the write model
 * (extracted-article.ts) the document becomes.
 * Every extracted item is a span of `doc.body` with offsets tests can check.
 */

/** Actor types of the contract. */
export type ActorType = "PERSON" | "ORGANIZATION" | "COUNTRY" | "LOCATION" | "ANONYMOUS";
/** Quote kinds of the contract. */
export type QuoteKind = "DIRECT" | "PARTIAL" | "INDIRECT";
/** How precise a date is. */
export type DatePrecision = "DAY" | "MONTH" | "YEAR";
/** PLOVER's sixteen event types plus ANNOUNCE and ELECT. */
export const EVENT_TYPES = Object.freeze([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
  "ANNOUNCE",
  "ELECT",
] as const);
/** One event type. */
export type EventType = (typeof EVENT_TYPES)[number];

/** A half-open character range of `doc.body` with the characters it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word or punctuation token of `doc.body`, with the tagger's labels once the tagger stage has run. */
export interface Token extends Span {
  /** Whether it starts with an upper-case letter (initials count). */
  isCap: boolean;
  /** Whether it is a word (letters or digits) rather than punctuation. */
  isWord: boolean;
  /** Penn part-of-speech tag ("NNP", "VBD"), set by the tagger stage. */
  pos?: string;
  /** BIO name label ("B-PERSON", "I-ORGANIZATION", "O"), set by the tagger stage. */
  ner?: string;
}

/** A name the tagger's recogniser found, with its type. */
export interface NamedSpan extends Span {
  type: "PERSON" | "ORGANIZATION" | "LOCATION" | "MISC";
}

/** What the caller knows about an article besides its text (e.g. from a JSON record). */
export interface ArticleHints {
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  url?: string | null;
  /** ISO date, "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  publishedAt?: string | null;
}

/** Input to `extract`. The pipeline never reads the clock: dates resolve against `referenceDate`. */
export interface ExtractionInput {
  text: string;
  hints?: ArticleHints;
  /** Fallback anchor for relative dates when the article states no date of its own. */
  referenceDate?: Date;
}

/** A partial date: "2018-03-15", "2018-03" or "2018". */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

/** Article metadata as found in the text (or given as hints). */
export interface ArticleMeta {
  title: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedAt: PartialDate | null;
  /** The dateline place ("WASHINGTON"), if the article opens with one. */
  dateline: string | null;
}

/** A sentence of the body. */
export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph holding it. */
  paragraph: number;
}

/** One place in the body where an actor is named or referred to. */
export interface Mention extends Span {
  /** Key of the actor it refers to in `doc.actors`, or null while unresolved. */
  actorKey: string | null;
  /** How the actor is referred to. */
  form: "NAME" | "TITLE" | "PRONOUN" | "NOMINAL" | "ANONYMOUS";
  /** Type the name was read as, before merging (actor mentions only). */
  actorType?: ActorType;
  /** Title words before the name ("Afghan National Security Adviser"), if any. */
  title?: string | null;
  /** Offset where the title starts, so body.slice(titleStart, end) is the full mention. */
  titleStart?: number;
  /** Canonical name from the curated lexicon, when the name is a known entity. */
  lexiconName?: string | null;
  /** Why the span was read as a name: "LEXICON", "CAPITAL", "ORGHEAD", "TITLED", "NAMED", "FRAME", "MULTI" or "SINGLE". */
  evidence?: string;
}

/** An actor of one article, after alias merging. */
export interface ActorRecord {
  /** Stable key within the article (normalised canonical name). */
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  title: string | null;
}

/** A quote (direct, partial) or a reported statement (indirect). */
export interface QuoteRecord extends Span {
  kind: QuoteKind;
  /** Key of the speaking actor in `doc.actors`, or null (scare quotes, titles, unknown). */
  speakerKey: string | null;
  /** The words naming the speaker at this spot ("he", "the official", "Atmar"). */
  speakerMention: Span | null;
  /** The speech verb ("said", "told", "according to"). */
  cue: string | null;
  /** The sentence(s) holding the quote. */
  context: Span;
  /** Offset of the opening quote mark (quotes found between marks only). */
  markStart?: number;
  /** Offset just after the closing mark, or the paragraph end when none closed it. */
  markEnd?: number;
  /** Index of the paragraph where the quote opens. */
  paragraph?: number;
  /** Shared by the paragraph pieces of one multi-paragraph quote. */
  chain?: number;
  /** Calibrated probability in [0, 1] that the speaker (or "no speaker") is right; set by the learned scorer only. */
  confidence?: number;
}

/** One participant of an event. */
export interface EventParticipant {
  actorKey: string;
  /** "AGENT" does the act, "TARGET" undergoes it, "OTHER" anything else. */
  role: "AGENT" | "TARGET" | "OTHER";
}

/** One real happening; mentioned several times, it has several evidence spans. */
export interface EventRecord {
  type: EventType;
  summary: string;
  date: PartialDate | null;
  location: string | null;
  participants: EventParticipant[];
  /** The trigger word(s) of the first evidence. */
  trigger: Span;
  evidence: Span[];
  /** Every mention lies in reported speech (an indirect quote's clause): the speaker's claim, not the article's own report. */
  reported: boolean;
  /** Key in `doc.actors` of the speaker who reported it, when `reported` and attributed. */
  reportedBy: string | null;
}

/** The working document every stage reads and enriches. */
export interface Doc {
  input: ExtractionInput;
  /** The text as received, after Unicode/line-ending normalisation. */
  raw: string;
  /** Cleaned body: what every offset points into. */
  body: string;
  meta: ArticleMeta;
  /** Lines removed from the raw text as page furniture, with the reason. */
  furniture: { text: string; reason: string }[];
  /** Human-readable warnings (e.g. the stated date contradicts the text). */
  warnings: string[];
  paragraphs: Span[];
  sentences: Sentence[];
  mentions: Mention[];
  actors: ActorRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  /** Word and punctuation tokens of `body` with POS and name labels, computed once by the tagger stage. */
  tokens?: Token[];
  /** Names the tagger recognised (PERSON, ORGANIZATION, LOCATION, MISC), in body order. */
  names?: NamedSpan[];
}

/** A pipeline stage: a pure function from the document to the enriched document. */
export interface Stage {
  name: string;
  run(doc: Doc): Doc;
}

/** The contract JSON of one article. */
export interface ContractOutput {
  article: {
    title: string | null;
    publisher: string | null;
    author: string | null;
    publishedAt: string | null;
    url: string | null;
    dateline: string | null;
    body: string;
    warnings: string[];
  };
  actors: { name: string; type: ActorType; aliases: string[]; title: string | null }[];
  /** Where each actor is named or referred to in the body. */
  mentions: { actor: string; form: Mention["form"]; start: number; end: number; text: string }[];
  quotes: {
    text: string;
    speaker: string | null;
    speakerMention: Span | null;
    kind: QuoteKind;
    cue: string | null;
    start: number;
    end: number;
    context: Span;
    /** Calibrated attribution confidence in [0, 1], when the learned scorer weighed the quote (additive, optional). */
    confidence?: number;
  }[];
  events: {
    type: EventType;
    summary: string;
    date: string | null;
    participants: string[];
    roles: { name: string; role: EventParticipant["role"] }[];
    location: string | null;
    evidence: string;
    evidenceSpans: Span[];
    /** Read from reported speech only (additive: absent in older output, meaning false). */
    reported?: boolean;
    /** Canonical name of the speaker who reported it, when `reported`. */
    reportedBy?: string | null;
  }[];
}
