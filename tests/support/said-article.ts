/** Invented articles for statement tests: each speaker says one sentence in quotation marks, with real offsets. */
import type { ContractOutput } from "@/lib/extraction/types.ts";

/** One sentence a speaker says. */
export type Said = { speaker: string; text: string };

/** An invented article in which each speaker says one sentence in quotation marks (the title leads, so bodies differ). */
export function saidArticle(title: string, publisher: string, date: string | null, said: Said[]): ContractOutput {
  let body = `${title}. `;
  const quotes: ContractOutput["quotes"] = [];
  const mentions: ContractOutput["mentions"] = [];
  for (const s of said) {
    const qAt = body.length + 1;
    body += `“${s.text},” `;
    const mAt = body.length;
    body += `${s.speaker} said. `;
    mentions.push({ actor: s.speaker, form: "NAME", start: mAt, end: mAt + s.speaker.length, text: s.speaker });
    quotes.push({
      text: s.text,
      speaker: s.speaker,
      kind: "DIRECT",
      cue: "said",
      start: qAt,
      end: qAt + s.text.length,
      speakerMention: { text: s.speaker, start: mAt, end: mAt + s.speaker.length },
      context: { text: body.trim(), start: 0, end: body.trim().length },
    });
  }
  body = body.trim();
  const names = [...new Set(said.map((s) => s.speaker))];
  return {
    article: { title, publisher, author: null, publishedAt: date, url: null, dateline: null, body, warnings: [] },
    actors: names.map((name) => ({ name, type: "PERSON" as const, aliases: [], title: null })),
    mentions,
    quotes,
    events: [],
  };
}
