/**
 * `npm run extract -- --explain FILE`: per quote, the speaker candidates with
 * their sources, features and scores, and the one chosen. Tracing is lazy: the
 * hook that records candidates exists only in the stages built for --explain.
 */
import {
  ANTECEDENT_COMPONENT,
  isAntecedentModel,
  type AntecedentEvent,
} from "@/lib/extraction/attribution/antecedent-ranker.ts";
import type { SpeakerCandidatesEvent } from "@/lib/extraction/attribution/scorer/rescore-speakers.ts";
import { toContract } from "@/lib/extraction/contract.ts";
import { toExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { COMMITTED_MODELS } from "@/lib/extraction/learned/committed-models.ts";
import { getModel } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, runPipeline } from "@/lib/extraction/pipeline.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The explanation of one article's speaker choices, as printable lines. */
export function explainSpeakers(text: string, hints?: ArticleHints): string[] {
  const events: SpeakerCandidatesEvent[] = [];
  const antecedents: AntecedentEvent[] = [];
  const doc = runPipeline(
    { text, hints },
    createStages(COMMITTED_MODELS, {
      onSpeakerCandidates: (e) => events.push(e),
      onAntecedent: (e) => antecedents.push(e),
    }),
  );
  const ranker = getModel(COMMITTED_MODELS, ANTECEDENT_COMPONENT, isAntecedentModel);
  const result = toContract(toExtractedArticle(doc));
  const nameOf = new Map(doc.actors.map((a) => [a.key, a.name]));
  const keyName = (key: string | null) => (key === null ? "nobody" : (nameOf.get(key) ?? key));
  const lines: string[] = [];
  for (const e of events) {
    const final = result.quotes.find((q) => q.start === e.quote.start && q.end === e.quote.end);
    lines.push(
      `“${clip(e.quote.text, 70)}” [${e.quote.kind}] → ${final?.speaker ?? "nobody"} (${final?.speakerMention?.text ?? "-"})`,
    );
    const order = e.candidates.map((_, i) => i).sort((a, b) => (e.scores ? e.scores[b]! - e.scores[a]! : a - b));
    for (const i of order) {
      const c = e.candidates[i]!;
      const mark = i === e.chosen ? "*" : " ";
      const score = e.scores ? e.scores[i]!.toFixed(2).padStart(7) : "      -";
      lines.push(
        `  ${mark}${score}  ${c.span ? `"${clip(c.span.text, 40)}"` : "(no speaker)"}${c.isRule ? " [rules]" : ""}  ${e.features[i]!.join(" ")}`,
      );
    }
    // a pronoun speaker: who it was resolved to, and why (the last resolution at its offset)
    const at = final?.speakerMention?.start;
    const pronoun = at === undefined ? undefined : antecedents.findLast((a) => a.at === at);
    if (pronoun) {
      lines.push(`  "${pronoun.pronoun}" → ${keyName(pronoun.chosen)} (rule: ${keyName(pronoun.rule)})`);
      for (const c of pronoun.candidates) {
        const score = ranker ? c.features.reduce((z, f) => z + (ranker.weights[f] ?? 0), 0).toFixed(2) : "-";
        lines.push(
          `    ${c.key === pronoun.chosen ? "*" : " "}${score.padStart(7)}  ${keyName(c.key)}  ${c.features.filter((f) => !f.includes("&")).join(" ")}`,
        );
      }
    }
  }
  return lines;
}
