import { lowerBound } from "@/lib/extraction/attribution/speaker-context.ts";
import type { SpeakerPhrase } from "@/lib/extraction/attribution/speaker-phrase.ts";
import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import type { SpeakerPattern } from "./quote-site.ts";

const KIND: Record<string, SpeakerPhrase["kind"]> = {
  NAME: "NAME",
  PRONOUN: "PRONOUN",
  TITLE: "NAME",
  NOMINAL: "NOMINAL",
  ANONYMOUS: "NOMINAL",
};

/** Every actor mention outside quotes in the window a reader scans (the previous sentence to the quote's). */
export const nearbyMention: SpeakerPattern = {
  name: "nearby-mention",
  find(site) {
    const { tokens, mentions } = site;
    const [from, to] = site.window;
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to - 1]?.end ?? 0;
    const out = [];
    for (let i = lowerBound(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
      const m = mentions[i]!;
      if (site.isQuoted(m.start)) continue;
      const a = findTokenIndex(tokens, m.titleStart ?? m.start);
      const b = findTokenIndex(tokens, m.end);
      if (b > a) out.push({ phrase: { from: a, to: b, kind: KIND[m.form] ?? "NAME" }, verb: -1 });
    }
    return out;
  },
};
