/** Invented training documents in polnear-train's shape (none of its text): four articles where the speaker named after a quote said it. */
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";

function doc(name: string, text: string, quote: string, speaker: string): PolnearDoc {
  const q = { id: "E0", text: quote, quoteSpan: [0, 0] as [number, number], kind: "full", speakerMention: speaker };
  return {
    name,
    text,
    attributions: [],
    view: {
      file: `${name}.txt`,
      quotes: [{ ...q, speakerMentionSpans: null, speakerKindGuess: "proper", speakerCanonical: null, cue: "said" }],
    },
  };
}

const NAMES = [
  ["Ruth Calloway", "Mina Daro"],
  ["Jon Reyes", "Ada Bello"],
  ["Tarek Olumbo", "Lena Vask"],
  ["Omar Quill", "Petra Lind"],
];

/** The invented documents: in each, someone is met, then “We are ready,” another said. */
export const INVENTED_SPEAKER_DOCS: readonly PolnearDoc[] = Object.freeze(
  NAMES.map(([a, b], i) =>
    doc(`d${i}`, `Port deal\n\n${b} met the envoy. “We are ready,” ${a} said on Monday.`, "We are ready,", a!),
  ),
);
