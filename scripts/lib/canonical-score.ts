/**
 * Canonical attribution on PolNeAR: of the annotated quotes (and reported statements) an
 * extraction found, the share credited to the right actor, where the gold actor is the source
 * mention's name or the fullest name of its silver coreference chain (`silver-canonical.ts`).
 * Sources nothing names (anonymous) are counted apart. Used by `eval:canonical` and `eval:cv`.
 */
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { isSameQuote, tokenF1 } from "./polnear-match.ts";
import type { PolnearDoc } from "./polnear.ts";
import { isSameActorName, readSilverCanonicals } from "./silver-canonical.ts";

/** Counts of one kind of source: quotes with a named gold actor, right ones, and those nothing names. */
export type CanonicalRow = { n: number; right: number; unresolved: number };

/** Tallies canonical attribution by kind ("all", "quote:pronoun", "reported:proper", …). */
export class CanonicalTally {
  readonly rows = new Map<string, CanonicalRow>();

  private row(k: string): CanonicalRow {
    return this.rows.get(k) ?? this.rows.set(k, { n: 0, right: 0, unresolved: 0 }).get(k)!;
  }

  private add(kind: string, speaker: string | null | undefined, gold: string | null): void {
    for (const k of ["all", kind]) {
      const r = this.row(k);
      if (gold === null) r.unresolved++;
      else {
        r.n++;
        if (isSameActorName(speaker ?? null, gold)) r.right++;
      }
    }
  }

  /** Scores one article's extraction; a document without silver annotations or gold view is skipped. */
  addArticle(doc: PolnearDoc, result: ContractOutput): void {
    if (!doc.corenlp || !doc.view) return;
    const canonical = readSilverCanonicals(doc.text, doc.corenlp);
    const direct = result.quotes.filter((q) => q.kind !== "INDIRECT");
    const indirect = result.quotes.filter((q) => q.kind === "INDIRECT");
    for (const g of doc.view.quotes) {
      const span = g.speakerMentionSpans?.[0];
      if (!span) continue;
      const q = direct.find((p) => isSameQuote(p.text, g.text));
      if (!q) continue; // a missed quote is quote recall's business, not attribution's
      this.add(`quote:${g.speakerKindGuess ?? "unknown"}`, q.speaker, canonical.getCanonical(span[0], span[1]));
    }
    for (const g of doc.view.indirect ?? []) {
      const spans = g.speakerMentionSpans as [number, number][] | undefined;
      const span = spans?.[0];
      if (!span) continue;
      const q = indirect.find((p) => tokenF1(p.text, g.content) >= 0.5);
      if (!q) continue;
      this.add(
        `reported:${String(g.speakerKindGuess ?? "unknown")}`,
        q.speaker,
        canonical.getCanonical(span[0], span[1]),
      );
    }
  }

  /** Percentage right of kind `k` (NaN when it has no quote). */
  percent(k: string): number {
    const r = this.rows.get(k);
    return r && r.n ? (100 * r.right) / r.n : NaN;
  }
}
