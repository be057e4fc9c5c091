import type { ContractOutput, Doc } from "./types.ts";

/** Turns a finished document into the contract JSON of ../shared/EXTRACTION_CONTRACT.md. */
export function toContract(doc: Doc): ContractOutput {
  const nameOf = new Map(doc.actors.map((a) => [a.key, a.name]));
  const name = (key: string | null) => (key === null ? null : (nameOf.get(key) ?? null));
  return {
    article: {
      title: doc.meta.title,
      publisher: doc.meta.publisher,
      author: doc.meta.author,
      publishedAt: doc.meta.publishedAt?.value ?? null,
      url: doc.meta.url,
      dateline: doc.meta.dateline,
      body: doc.body,
      warnings: [...doc.warnings],
    },
    actors: doc.actors.map((a) => ({ name: a.name, type: a.type, aliases: [...a.aliases], title: a.title })),
    mentions: doc.mentions.flatMap((m) => {
      const actor = name(m.actorKey);
      return actor === null ? [] : [{ actor, form: m.form, start: m.start, end: m.end, text: m.text }];
    }),
    quotes: doc.quotes.map((q) => ({
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
    events: doc.events.map((e) => ({
      type: e.type,
      summary: e.summary,
      date: e.date?.value ?? null,
      participants: e.participants.map((p) => name(p.actorKey)).filter((n): n is string => n !== null),
      roles: e.participants.flatMap((p) => {
        const n = name(p.actorKey);
        return n === null ? [] : [{ name: n, role: p.role }];
      }),
      location: e.location,
      evidence: e.evidence[0]?.text ?? "",
      evidenceSpans: e.evidence,
      reported: e.reported,
      reportedBy: e.reported ? name(e.reportedBy) : null,
    })),
  };
}
