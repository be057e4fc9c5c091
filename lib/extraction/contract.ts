import type { ExtractedArticle } from "./extracted-article.ts";
import type { ContractOutput, DatePrecision, PartialDate } from "./types.ts";

/**
 * The contract JSON of ../shared/EXTRACTION_CONTRACT.md, a view of the write model:
 * actors are named by display name where the model refers to them by key.
 */
export function toContract(x: ExtractedArticle): ContractOutput {
  const nameOf = new Map(x.actors.map((a) => [a.key, a.name]));
  const name = (key: string | null) => (key === null ? null : (nameOf.get(key) ?? null));
  return {
    article: {
      title: x.article.title,
      publisher: x.article.publisher,
      author: x.article.author,
      publishedAt: x.article.publishedAt?.value ?? null,
      url: x.article.url,
      dateline: x.article.dateline,
      body: x.article.body,
      warnings: [...x.article.warnings],
    },
    actors: x.actors.map((a) => ({ name: a.name, type: a.type, aliases: [...a.aliases], title: a.title })),
    mentions: x.mentions.map((m) => ({
      actor: name(m.actorKey)!,
      form: m.form,
      start: m.start,
      end: m.end,
      text: m.text,
    })),
    quotes: x.quotes.map((q) => ({
      text: q.text,
      speaker: name(q.speakerKey),
      speakerMention: q.speakerMention,
      kind: q.kind,
      cue: q.cue,
      start: q.start,
      end: q.end,
      context: q.context,
      ...(q.confidence !== undefined ? { confidence: q.confidence } : {}),
    })),
    events: x.events.map((e) => ({
      type: e.type,
      summary: e.summary,
      date: e.date?.value ?? null,
      participants: e.participants.map((p) => name(p.actorKey)!),
      roles: e.participants.map((p) => ({ name: name(p.actorKey)!, role: p.role })),
      location: e.location,
      evidence: e.evidence[0]?.text ?? "",
      evidenceSpans: e.evidence,
      reported: e.reported,
      reportedBy: e.reported ? name(e.reportedByKey) : null,
    })),
  };
}

/** The precision a contract date string ("2018-03-15", "2018-03", "2018") states. */
function precisionOf(value: string): DatePrecision {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? "DAY" : /^\d{4}-\d{2}/.test(value) ? "MONTH" : "YEAR";
}

/** A contract date string as a partial date, its text kept as given (the writer reads it as before). */
function readContractDate(value: string | null | undefined): PartialDate | null {
  return value ? { value, precision: precisionOf(value) } : null;
}

/**
 * Reads contract JSON made elsewhere (a hand-made record, another extractor) into the
 * write model. The contract names actors, so a name is the key; a reference to a name
 * the record does not list stays, and the writer stores nothing for it (as for any
 * unknown key). An event without `roles` has its participants in the role OTHER.
 */
export function fromContract(c: ContractOutput): ExtractedArticle {
  return {
    article: { ...c.article, publishedAt: readContractDate(c.article.publishedAt), warnings: [...c.article.warnings] },
    actors: c.actors.map((a) => ({ key: a.name, name: a.name, type: a.type, aliases: [...a.aliases], title: a.title })),
    mentions: c.mentions.map((m) => ({ actorKey: m.actor, form: m.form, start: m.start, end: m.end, text: m.text })),
    quotes: c.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      speakerKey: q.speaker,
      speakerMention: q.speakerMention,
      cue: q.cue,
      context: q.context,
      ...(q.confidence !== undefined ? { confidence: q.confidence } : {}),
    })),
    events: c.events.map((e) => ({
      type: e.type,
      summary: e.summary,
      date: readContractDate(e.date),
      location: e.location,
      participants: (e.roles ?? e.participants.map((name) => ({ name, role: "OTHER" as const }))).map((r) => ({
        actorKey: r.name,
        role: r.role,
      })),
      // a record without evidence spans keeps its evidence text, at no offset
      evidence: e.evidenceSpans ?? [{ start: -1, end: -1, text: e.evidence }],
      reported: e.reported ?? false,
      reportedByKey: e.reported ? (e.reportedBy ?? null) : null,
    })),
  };
}
