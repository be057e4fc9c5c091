/**
 * `npm run eval:reported [-- --pred DIR]`: candidate recall of reported speech on polnear-train. For every
 * gold reported statement with a verb of saying, whether any candidate of `find-reported-candidates.ts`
 * matches its content (token F1 ≥ 0.5, as score-polnear.mjs judges it), by the gold cue's word. With
 * `--pred DIR` (the folds kept by `eval:cv --keep DIR`), also prints the held-out misses, false alarms
 * and wrong speakers, one a line, for study. Train only: never run it on dev.
 */
import fs from "node:fs";
import path from "node:path";
import { tokenize, type Token } from "@/lib/extraction/actors/tokenize.ts";
import { findReportedCandidates } from "@/lib/extraction/attribution/find-reported-candidates.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, runPipeline } from "@/lib/extraction/pipeline.ts";
import { isSameMention, tokenF1 } from "@/scripts/lib/polnear-match.ts";
import { loadPolnear } from "@/scripts/lib/polnear.ts";

// the cues score-polnear.mjs counts for recall
const SAYING =
  /\b(say|says|said|saying|tell|tells|told|telling|add|adds|added|announc\w*|stat(e|es|ed|ing)|claim\w*|argu\w*|insist\w*|explain\w*|not(e|es|ed|ing)|writ(e|es|ing)|wrote|assert\w*|declar\w*|suggest\w*|warn\w*|acknowledg\w*|admit\w*|den(y|ies|ied)|report\w*|tweet\w*|according|respond\w*|repl(y|ies|ied)|promis\w*|vow\w*|predict\w*|point\w* out|ask\w*|urg\w*|call\w* (for|on)|confirm\w*|testif\w*|recall\w*|contend\w*|maintain\w*|conced\w*|complain\w*|boast\w*|pledg\w*|predict\w*|sa(y|id) in a statement)\b/i;

const predDir = process.argv.includes("--pred") ? process.argv[process.argv.indexOf("--pred") + 1] : null;
const preds = new Map<string, { text: string; speakerMention?: { text: string } }[]>();
if (predDir)
  for (const fold of fs.readdirSync(predDir))
    for (const f of fs.readdirSync(path.join(predDir, fold))) {
      const j = JSON.parse(fs.readFileSync(path.join(predDir, fold, f), "utf8")) as {
        quotes: { kind?: string; text: string; speakerMention?: { text: string } }[];
      };
      preds.set(
        f.replace(/\.json$/, ""),
        j.quotes.filter((q) => q.kind === "INDIRECT"),
      );
    }

const stages = (() => {
  const all = createStages(NO_MODELS);
  return all.slice(
    0,
    all.findIndex((s) => s.name === "attribution"),
  );
})();
const byCue = new Map<string, { n: number; hit: number }>();
const row = (k: string) => byCue.get(k) ?? byCue.set(k, { n: 0, hit: 0 }).get(k)!;
const oneLine = (s: string) => s.replace(/\s+/g, " ").slice(0, 220);
for (const doc of loadPolnear("train")) {
  const gold = (doc.view?.indirect ?? []).filter((g) => SAYING.test(g.cue ?? ""));
  const d = runPipeline({ text: doc.text }, stages);
  const tokens = (d.tokens as Token[] | undefined) ?? tokenize(d.body);
  const cands = findReportedCandidates(d, tokens).map((c) => ({
    c,
    text: d.body.slice(tokens[c.clause[0]]!.start, tokens[c.clause[1] - 1]!.end),
  }));
  for (const g of gold) {
    const hit = cands.some((x) => tokenF1(x.text, g.content) >= 0.5);
    const cue = (g.cue ?? "").toLowerCase();
    for (const k of ["all", cue]) {
      const r = row(k);
      r.n++;
      if (hit) r.hit++;
    }
    if (!hit && process.argv.includes("--misses")) {
      let best = { f: 0, text: "" };
      for (const x of cands) {
        const f = tokenF1(x.text, g.content);
        if (f > best.f) best = { f, text: `${x.c.pattern}: ${x.text}` };
      }
      const at = d.body.indexOf(g.content.slice(0, 40));
      const s = at >= 0 ? d.sentences.find((z) => z.start <= at && at < z.end) : undefined;
      console.log(
        `NOCAND\t${doc.name}\tcue=${cue}\tsrc=${g.speakerMention ?? ""}\tgold=${oneLine(g.content)}\tbest=${best.f.toFixed(2)} ${oneLine(best.text)}\tsent=${oneLine(s?.text ?? "?")}`,
      );
    }
  }
  const pi = preds.get(doc.name);
  if (!pi) continue;
  const contents = [
    ...(doc.view?.indirect ?? []).map((g) => g.content),
    ...(doc.view?.quotes ?? []).map((g) => g.text),
  ];
  for (const p of pi)
    if (!contents.some((c) => tokenF1(p.text, c) >= 0.5)) console.log(`FP\t${doc.name}\t${oneLine(p.text)}`);
  for (const g of gold) {
    const p = pi.find((q) => tokenF1(q.text, g.content) >= 0.5);
    const cand = cands.find((x) => tokenF1(x.text, g.content) >= 0.5);
    if (!p) console.log(`FN\t${doc.name}\tcand=${cand ? cand.c.pattern : "none"}\tcue=${g.cue}\t${oneLine(g.content)}`);
    else if (g.speakerMention && !isSameMention(p.speakerMention?.text ?? "", g.speakerMention))
      console.log(
        `SPK\t${doc.name}\tpred=${p.speakerMention?.text ?? ""}\tgold=${g.speakerMention}\t${oneLine(p.text)}`,
      );
  }
}
console.log("cue            gold  candidate-recall");
for (const [k, r] of [...byCue].filter(([, r]) => r.n >= 15).sort((x, y) => y[1].n - x[1].n))
  console.log(`  ${k.padEnd(12)} ${String(r.n).padStart(5)}  ${((100 * r.hit) / r.n).toFixed(1).padStart(5)}`);
