/**
 * `npm run extract -- --explain FILE`: per quote, the speaker candidates with
 * their sources, features and scores, and the one chosen. Tracing is lazy: the
 * hook that records candidates exists only in the stages built for --explain.
 */
import type { SpeakerCandidatesEvent } from "@/lib/extraction/attribution/scorer/rescore-speakers.ts";
import { COMMITTED_MODELS } from "@/lib/extraction/learned/committed-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The explanation of one article's speaker choices, as printable lines. */
export function explainSpeakers(text: string, hints?: ArticleHints): string[] {
  const events: SpeakerCandidatesEvent[] = [];
  const result = extract(
    { text, hints },
    createStages(COMMITTED_MODELS, { onSpeakerCandidates: (e) => events.push(e) }),
  );
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
  }
  return lines;
}
