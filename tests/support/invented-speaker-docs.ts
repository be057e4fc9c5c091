/** Invented training documents in polnear-train's shape (none of its text). */
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";

/** An invented article in polnear-train's shape, with its gold quotes and their speaker mentions. */
export function inventedPolnearDoc(
  name: string,
  text: string,
  quotes: readonly { text: string; speakerMention: string | null }[],
): PolnearDoc {
  return {
    name,
    text,
    attributions: [],
    view: {
      file: `${name}.txt`,
      quotes: quotes.map((q, i) => ({
        id: `E${i}`,
        text: q.text,
        quoteSpan: [0, 0],
        kind: "full",
        speakerMention: q.speakerMention,
        speakerMentionSpans: null,
        speakerKindGuess: "proper",
        speakerCanonical: null,
        cue: "said",
      })),
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
    inventedPolnearDoc(`d${i}`, `Port deal\n\n${b} met the envoy. “We are ready,” ${a} said on Monday.`, [
      { text: "We are ready,", speakerMention: a! },
    ]),
  ),
);
