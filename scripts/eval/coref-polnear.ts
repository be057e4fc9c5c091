/**
 * `npm run eval:coref [-- --split dev|train]`: the extractor's in-article coreference (actor mentions
 * grouped by actor: names, titles, and the pronouns and descriptions it resolves as speakers) against
 * CoreNLP's silver chains of people and organisations. Prints MUC and B³ (twinless mentions as
 * singletons, CoNLL-style), the same on the mentions both sides have, mention detection, and how often
 * one silver entity is split over two actors or two entities are merged into one. Never changes weights.
 */
import { runPipeline } from "@/lib/extraction/pipeline.ts";
import type { ActorType } from "@/lib/extraction/types.ts";
import { mapBodyToRaw } from "@/scripts/lib/body-to-raw.ts";
import {
  addCounts,
  bCubedCounts,
  emptyCounts,
  mucCounts,
  toPrf,
  type Prf,
  type PrfCounts,
} from "@/scripts/lib/coref-metrics.ts";
import { loadPolnear, type CoreNlpDoc, type PolnearSplit } from "@/scripts/lib/polnear.ts";

const ACTOR_NER = new Set(["PERSON", "ORGANIZATION"]);
const SYSTEM_TYPES = new Set<ActorType>(["PERSON", "ORGANIZATION", "ANONYMOUS"]);

interface GoldMention {
  id: string;
  start: number;
  end: number;
  head: [number, number];
  chain: number;
}

/** The silver chains whose mentions include a person or organisation name at their head. */
function findActorChains(corenlp: CoreNlpDoc): GoldMention[][] {
  const nerAt = new Map<number, string>();
  for (const s of corenlp.sentences) s.tokens.forEach(([start], i) => nerAt.set(start, s.ner[i] ?? "O"));
  const chains: GoldMention[][] = [];
  for (const chain of corenlp.coref ?? []) {
    if (!chain.some((m) => ACTOR_NER.has(nerAt.get(m.head[0]) ?? "O"))) continue;
    const i = chains.length;
    chains.push(chain.map((m, k) => ({ id: `g${i}.${k}`, start: m.start, end: m.end, head: m.head, chain: i })));
  }
  return chains;
}

interface Tally {
  articles: number;
  muc: PrfCounts;
  b3: PrfCounts;
  mucShared: PrfCounts;
  b3Shared: PrfCounts;
  goldMentions: number;
  systemMentions: number;
  matched: number;
  unaligned: number;
  goldEntities: number;
  splitEntities: number;
  systemActors: number;
  mergedActors: number;
}

function scoreArticle(text: string, corenlp: CoreNlpDoc, t: Tally): void {
  const chains = findActorChains(corenlp);
  const doc = runPipeline({ text });
  const toRaw = mapBodyToRaw(doc.body, doc.raw);
  const typeOf = new Map(doc.actors.map((a) => [a.key, a.type]));
  const gold = chains.flat().sort((a, b) => a.end - a.start - (b.end - b.start));
  const taken = new Set<string>();
  const system: { id: string; actor: string; form: string; gold: GoldMention | null }[] = [];
  doc.mentions.forEach((m, k) => {
    if (!m.actorKey || !SYSTEM_TYPES.has(typeOf.get(m.actorKey) ?? "COUNTRY")) return;
    const start = toRaw(m.start);
    const end = toRaw(m.end);
    if (start === null || end === null) {
      t.unaligned++;
      return;
    }
    // the smallest silver mention whose head lies inside this span and overlaps it
    const g = gold.find((x) => !taken.has(x.id) && x.head[0] >= start && x.head[1] <= end && x.start < end);
    if (g) taken.add(g.id);
    system.push({ id: g ? g.id : `s${k}`, actor: m.actorKey, form: m.form, gold: g ?? null });
  });
  const byActor = new Map<string, string[]>();
  for (const s of system) byActor.set(s.actor, [...(byActor.get(s.actor) ?? []), s.id]);
  const key = chains.map((c) => c.map((m) => m.id));
  const response = [...byActor.values()];
  const shared = new Set(system.filter((s) => s.gold).map((s) => s.id));
  const keep = (cs: string[][]) => cs.map((c) => c.filter((m) => shared.has(m))).filter((c) => c.length);
  t.articles++;
  t.muc = addCounts(t.muc, mucCounts(key, response));
  t.b3 = addCounts(t.b3, bCubedCounts(key, response));
  t.mucShared = addCounts(t.mucShared, mucCounts(keep(key), keep(response)));
  t.b3Shared = addCounts(t.b3Shared, bCubedCounts(keep(key), keep(response)));
  t.goldMentions += gold.length;
  t.systemMentions += system.length;
  t.matched += shared.size;
  // splits and merges are judged on names only: they are what a reader sees as two profiles
  const names = system.filter((s) => s.gold && s.form === "NAME");
  const actorsOfChain = new Map<number, Set<string>>();
  const chainsOfActor = new Map<string, Set<number>>();
  for (const s of names) {
    actorsOfChain.set(s.gold!.chain, (actorsOfChain.get(s.gold!.chain) ?? new Set()).add(s.actor));
    chainsOfActor.set(s.actor, (chainsOfActor.get(s.actor) ?? new Set()).add(s.gold!.chain));
  }
  t.goldEntities += actorsOfChain.size;
  t.splitEntities += [...actorsOfChain.values()].filter((a) => a.size > 1).length;
  t.systemActors += chainsOfActor.size;
  t.mergedActors += [...chainsOfActor.values()].filter((c) => c.size > 1).length;
}

const fmt = (s: Prf) => `P ${(100 * s.p).toFixed(1)} R ${(100 * s.r).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)}`;
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;

const at = process.argv.indexOf("--split");
const split = (at >= 0 ? process.argv[at + 1] : "dev") as PolnearSplit;
if (split !== "train" && split !== "dev") throw new Error(`--split: "${String(split)}" is not train or dev`);
const t: Tally = {
  articles: 0,
  muc: emptyCounts(),
  b3: emptyCounts(),
  mucShared: emptyCounts(),
  b3Shared: emptyCounts(),
  goldMentions: 0,
  systemMentions: 0,
  matched: 0,
  unaligned: 0,
  goldEntities: 0,
  splitEntities: 0,
  systemActors: 0,
  mergedActors: 0,
};
for (const d of loadPolnear(split, { withCoreNlp: true })) if (d.corenlp) scoreArticle(d.text, d.corenlp, t);
const mucAll = toPrf(t.muc);
const b3All = toPrf(t.b3);
console.log(`split: polnear-${split}, ${t.articles} articles; silver chains of people and organisations`);
console.log(
  `mentions: silver ${t.goldMentions}, extracted ${t.systemMentions}, matched ${t.matched} (silver recall ${pct(t.matched, t.goldMentions)}, precision ${pct(t.matched, t.systemMentions)}); ${t.unaligned} not aligned to the text`,
);
console.log(
  `all mentions     MUC ${fmt(mucAll)} | B³ ${fmt(b3All)} | mean F1 ${(50 * (mucAll.f1 + b3All.f1)).toFixed(1)}`,
);
console.log(`shared mentions  MUC ${fmt(toPrf(t.mucShared))} | B³ ${fmt(toPrf(t.b3Shared))}`);
console.log(
  `names: ${pct(t.splitEntities, t.goldEntities)} of ${t.goldEntities} silver entities split over two or more actors; ${pct(t.mergedActors, t.systemActors)} of ${t.systemActors} actors merge two or more silver entities`,
);
