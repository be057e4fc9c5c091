/**
 * Synthetic articles for the API tests, written for these tests (no real news
 * text): built as extraction output and stored through saveArticle, so every
 * row looks exactly as ingest would write it.
 */
import type { Db } from "@/lib/db/client.ts";
import { saveArticle, type SaveResult } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";

/** A person or organisation of the fixtures. */
interface Person {
  name: string;
  type: "PERSON" | "ORGANIZATION" | "COUNTRY";
  aliases: string[];
  title: string | null;
}

/** The cast of the fixtures. */
export const PEOPLE = {
  atmar: {
    name: "Mohammad Hanif Atmar",
    type: "PERSON",
    aliases: ["Atmar", "Mr. Atmar"],
    title: "National Security Adviser",
  },
  lopez: { name: "Lucía López", type: "PERSON", aliases: ["López", "Ms. López"], title: "Mayor" },
  ministry: { name: "Ministry of Rivers", type: "ORGANIZATION", aliases: [], title: null },
  khan: { name: "Omar Khan", type: "PERSON", aliases: ["Khan"], title: null },
} satisfies Record<string, Person>;

/** One quote of a fixture article: speaker key (or null) and words. */
export type FixtureQuote = [keyof typeof PEOPLE | null, string, ("DIRECT" | "PARTIAL" | "INDIRECT")?];

/** What a fixture article says. */
export interface FixtureArticle {
  title: string;
  publisher: string;
  publishedAt: string | null;
  url?: string | null;
  quotes: FixtureQuote[];
  /** Extra actors mentioned without quotes. */
  mentions?: (keyof typeof PEOPLE)[];
  events?: {
    type: string;
    summary: string;
    date: string | null;
    agent: keyof typeof PEOPLE;
    target?: keyof typeof PEOPLE;
    location?: string | null;
  }[];
  /** Words appended to the body, to make a changed version of the same article. */
  tail?: string;
}

/** Builds the extraction output of a fixture article, with offsets that match its body. */
export function buildExtraction(a: FixtureArticle): ContractOutput {
  let body = `${a.title}. `;
  const quotes: ContractOutput["quotes"] = [];
  const mentions: ContractOutput["mentions"] = [];
  const used = new Set<keyof typeof PEOPLE>(a.mentions ?? []);
  for (const [who, words, kind] of a.quotes) {
    const qStart = body.length + 1;
    body += `“${words},” `;
    const speaker = who ? PEOPLE[who] : null;
    const sStart = body.length;
    body += speaker ? `${speaker.name} said. ` : "someone said. ";
    if (who && speaker) {
      used.add(who);
      mentions.push({
        actor: speaker.name,
        form: "NAME",
        start: sStart,
        end: sStart + speaker.name.length,
        text: speaker.name,
      });
    }
    quotes.push({
      text: words,
      speaker: speaker?.name ?? null,
      kind: kind ?? "DIRECT",
      cue: "said",
      start: qStart,
      end: qStart + words.length,
      speakerMention: speaker ? { text: speaker.name, start: sStart, end: sStart + speaker.name.length } : null,
      context: { text: body.slice(qStart - 1).trim(), start: qStart - 1, end: body.trimEnd().length },
    });
  }
  for (const key of a.mentions ?? []) {
    const start = body.length;
    body += `${PEOPLE[key].name} was there. `;
    mentions.push({
      actor: PEOPLE[key].name,
      form: "NAME",
      start,
      end: start + PEOPLE[key].name.length,
      text: PEOPLE[key].name,
    });
  }
  for (const e of a.events ?? []) {
    used.add(e.agent);
    if (e.target) used.add(e.target);
  }
  body = `${body}${a.tail ?? ""}`.trim();
  return {
    article: {
      title: a.title,
      publisher: a.publisher,
      author: null,
      publishedAt: a.publishedAt,
      url: a.url ?? null,
      dateline: null,
      body,
      warnings: ["fixture warning"],
    },
    actors: [...used].map((k) => ({ ...PEOPLE[k] })),
    mentions,
    quotes,
    events: (a.events ?? []).map((e) => ({
      type: e.type,
      summary: e.summary,
      date: e.date,
      location: e.location ?? null,
      evidence: e.summary,
      participants: [PEOPLE[e.agent].name, ...(e.target ? [PEOPLE[e.target].name] : [])],
      roles: [
        { name: PEOPLE[e.agent].name, role: "AGENT" as const },
        ...(e.target ? [{ name: PEOPLE[e.target].name, role: "TARGET" as const }] : []),
      ],
      evidenceSpans: [{ start: 0, end: a.title.length, text: a.title }],
    })),
  } as ContractOutput;
}

/** Saves a fixture article as ingest would. */
export function saveFixture(db: Db, a: FixtureArticle): Promise<SaveResult> {
  return saveArticle(db, { extraction: fromContract(buildExtraction(a)), extractorVersion: "test" });
}

/** The standard corpus of the API tests: four articles, three publishers, 2018–2020. */
export const CORPUS: FixtureArticle[] = [
  {
    title: "Security adviser outlines river talks plan",
    publisher: "The Test Herald",
    publishedAt: "2018-03-15",
    url: "https://example.test/herald/river-talks",
    quotes: [
      ["atmar", "Talks will begin in the spring"],
      ["atmar", "We are ready to listen"],
      ["lopez", "The city supports the plan", "PARTIAL"],
    ],
    mentions: ["ministry"],
    events: [
      {
        type: "ANNOUNCE",
        summary: "Atmar announces river talks",
        date: "2018-03",
        agent: "atmar",
        target: "ministry",
        location: "Riverton",
      },
    ],
  },
  {
    title: "Mayor criticises ministry over flooding",
    publisher: "Daily Sample",
    publishedAt: "2019-07",
    quotes: [
      ["lopez", "The ministry ignored every warning about 100% of the levees"],
      ["khan", "Nobody expected this flood", "INDIRECT"],
      [null, "Unattributed words here"],
    ],
    mentions: ["ministry", "atmar"],
    events: [
      {
        type: "ACCUSE",
        summary: "López accuses the ministry",
        date: "2019-07-02",
        agent: "lopez",
        target: "ministry",
        location: "Port Sample",
      },
    ],
  },
  {
    title: "Adviser returns to the capital for more talks",
    publisher: "The Test Herald",
    publishedAt: "2020",
    quotes: [
      ["atmar", "The talks are going well"],
      ["khan", "We will see"],
    ],
    events: [{ type: "CONSULT", summary: "Atmar meets Khan", date: null, agent: "atmar", target: "khan" }],
  },
  {
    title: "Undated notes from the river valley",
    publisher: "Notes Weekly",
    publishedAt: null,
    quotes: [["lopez", "Spring floods are coming early this year"]],
  },
];

/** Saves the standard corpus; returns the save results in corpus order. */
export async function seedCorpus(db: Db): Promise<SaveResult[]> {
  const out: SaveResult[] = [];
  for (const a of CORPUS) out.push(await saveFixture(db, a));
  return out;
}
