/**
 * `npm run eval:tagger`: scores the committed tagger against the polnear-dev
 * silver annotations (it never changes weights): token boundary agreement, POS
 * accuracy, name P/R/F1 per type, the model's load time and the tagger's speed.
 * `--split train` scores the training split instead (to see over-fitting).
 */
export {};
const loadStart = performance.now();
const { getTaggerModel } = await import("@/lib/extraction/tagger/load-tagger-model.ts");
const model = getTaggerModel();
const loadMs = performance.now() - loadStart;

const { readSilverDocs } = await import("./lib/corenlp.ts");
const { toBio, NAME_TYPES } = await import("./lib/tagger-data.ts");
const { tokenizeWords } = await import("@/lib/extraction/tagger/tokenize-words.ts");
const { tagSpans, findNamedSpans, findLowerVocabulary } = await import("@/lib/extraction/tagger/tag-spans.ts");
const { tagWords } = await import("@/lib/extraction/tagger/tag-words.ts");

const split =
  process.argv.includes("--split") && process.argv[process.argv.indexOf("--split") + 1] === "train" ? "train" : "dev";
const docs = readSilverDocs(split);
const f1 = (tp: number, np: number, ng: number) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

let tokTp = 0,
  tokPred = 0,
  tokGold = 0,
  posRight = 0,
  posAll = 0,
  tokens = 0;
const ent = new Map<string, { tp: number; np: number; ng: number }>(
  NAME_TYPES.map((t) => [t, { tp: 0, np: 0, ng: 0 }]),
);
const sentences: { words: string[]; lower: Set<string> }[] = [];
for (const d of docs) {
  const perSentence = d.sentences
    .filter((s) => s.tokens.length)
    .map((s) => ({ s, pred: tokenizeWords(d.text, s.tokens[0]![0], s.tokens[s.tokens.length - 1]![1]) }));
  const lower = findLowerVocabulary(perSentence.flatMap((x) => x.pred));
  for (const { s, pred } of perSentence) {
    const tags = tagSpans(model, pred, lower);
    sentences.push({ words: pred.map((t) => t.text), lower });
    tokens += pred.length;
    const predAt = new Map(pred.map((t, i) => [`${t.start},${t.end}`, i]));
    tokPred += pred.length;
    tokGold += s.tokens.length;
    s.tokens.forEach(([a, b], i) => {
      const j = predAt.get(`${a},${b}`);
      posAll++;
      if (j !== undefined) {
        tokTp++;
        if (tags.pos[j] === s.pos[i]) posRight++;
      }
    });
    const silverSpans = s.tokens.map(([a, b]) => ({ start: a, end: b, text: "" }));
    const gold = findNamedSpans(d.text, silverSpans, toBio(s.ner));
    const found = findNamedSpans(d.text, pred, tags.ner);
    const goldKeys = new Set(gold.map((e) => `${e.type}:${e.start},${e.end}`));
    for (const e of gold) ent.get(e.type)!.ng++;
    for (const e of found) {
      ent.get(e.type)!.np++;
      if (goldKeys.has(`${e.type}:${e.start},${e.end}`)) ent.get(e.type)!.tp++;
    }
  }
}

console.log(`split: polnear-${split}, ${docs.length} articles, ${tokGold} silver tokens`);
const tok = f1(tokTp, tokPred, tokGold);
console.log(`tokens: boundary P ${tok.p.toFixed(4)} R ${tok.r.toFixed(4)} F1 ${tok.f.toFixed(4)}`);
console.log(
  `POS accuracy: ${(posRight / posAll).toFixed(4)} (over all silver tokens; a token cut differently counts as wrong)`,
);
for (const [type, c] of ent) {
  const s = f1(c.tp, c.np, c.ng);
  console.log(
    `NER ${type.padEnd(12)} P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f.toFixed(4)} (${c.ng} silver names)`,
  );
}
const all = [...ent.values()]
  .filter((_, i) => i < 3)
  .reduce((a, c) => ({ tp: a.tp + c.tp, np: a.np + c.np, ng: a.ng + c.ng }), { tp: 0, np: 0, ng: 0 });
console.log(`NER PER+ORG+LOC micro F1 ${f1(all.tp, all.np, all.ng).f.toFixed(4)}`);
console.log(`model load: ${loadMs.toFixed(0)} ms (import and decode)`);
for (const w of sentences.slice(0, 200)) tagWords(model, w.words, w.lower); // warm-up
const cpu = process.cpuUsage();
let rounds = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) {
  for (const w of sentences) tagWords(model, w.words, w.lower);
  rounds++;
}
const used = process.cpuUsage(cpu);
console.log(
  `tagger speed: ${((rounds * tokens) / ((used.user + used.system) / 1e6)).toFixed(0)} tokens per CPU-second (POS and names, ${rounds} rounds)`,
);
