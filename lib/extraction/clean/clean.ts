import type { Doc, Stage } from "@/lib/extraction/types.ts";
import { findHeadFurniture } from "./find-head-furniture.ts";
import { findRepeatedLines } from "./find-repeated-lines.ts";
import { findFurniture } from "./find-tail-furniture.ts";

/**
 * Stage 2: builds `doc.body` from `doc.raw` without page furniture (headline,
 * dateline, bylines, copyright, share and comment lines, bios) and without the
 * later copies of repeated paragraphs. Every removed piece goes to `doc.furniture`
 * with its reason, so metadata can read the headline, copyright or byline from there.
 */

interface RawLine {
  text: string;
  /** Whether a blank line separates it from the previous content line. */
  blankBefore: boolean;
}

function contentLines(raw: string): RawLine[] {
  const out: RawLine[] = [];
  let blank = false;
  for (const line of raw.split("\n")) {
    const text = line.trim();
    if (!text) blank = out.length > 0;
    else {
      out.push({ text, blankBefore: blank });
      blank = false;
    }
  }
  return out;
}

/** The cleaning stage. */
export const clean: Stage = {
  name: "clean",
  run(doc) {
    const lines = contentLines(doc.raw);
    const texts = lines.map((l) => l.text);
    const furniture: Doc["furniture"] = [];
    let dateline: string | null = doc.meta.dateline;
    const drop = new Map<number, string>();
    const cutStart = new Map<number, { cut: number; reason: string }>();
    for (const cut of findHeadFurniture(texts, doc.input.hints?.title)) {
      if (cut.reason === "dateline") dateline = cut.place ?? null;
      if (cut.cut >= texts[cut.line]!.length) drop.set(cut.line, cut.reason);
      else cutStart.set(cut.line, cut);
    }
    for (const [i, reason] of findFurniture(texts)) if (!drop.has(i) && !cutStart.has(i)) drop.set(i, reason);
    const kept = texts.map((t, i) => (drop.has(i) ? "" : t.slice(cutStart.get(i)?.cut ?? 0)));
    for (const i of findRepeatedLines(kept)) drop.set(i, "repeated-paragraph");
    let body = "";
    let pendingBlank = false;
    lines.forEach((line, i) => {
      pendingBlank ||= line.blankBefore;
      const reason = drop.get(i);
      if (reason !== undefined) {
        furniture.push({ text: line.text, reason });
        return;
      }
      const prefix = cutStart.get(i);
      if (prefix) furniture.push({ text: line.text.slice(0, prefix.cut).trim(), reason: prefix.reason });
      if (body) body += pendingBlank ? "\n\n" : "\n";
      body += kept[i];
      pendingBlank = false;
    });
    return { ...doc, body, furniture, meta: { ...doc.meta, dateline } };
  },
};
