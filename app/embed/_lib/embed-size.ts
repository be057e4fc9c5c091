/** Bounds of the embeds: how many quotes an actor widget shows and how big an oEmbed frame may be. */

/** Fewest and most quotes an actor widget shows, and how many when not asked. */
export const QUOTE_COUNT = { min: 1, max: 10, default: 3 } as const;

/** The frame width every embed is designed for, in CSS pixels. */
export const EMBED_WIDTH = 550;

/** An actor widget's quote count from its `n` parameter: an integer within 1..10, the default when absent or not a number. */
export function clampQuoteCount(raw: string | null | undefined): number {
  const n = Number.parseInt(raw ?? "", 10);
  if (!Number.isFinite(n)) return QUOTE_COUNT.default;
  return Math.min(QUOTE_COUNT.max, Math.max(QUOTE_COUNT.min, n));
}

/** The height a frame starts with before its document reports the real one. */
export function defaultEmbedHeight(target: { kind: "quote" } | { kind: "actor"; count: number }): number {
  return target.kind === "quote" ? 220 : 70 + 150 * target.count;
}

/** A frame size within the consumer's limits (oEmbed `maxwidth`/`maxheight`), never larger than the preferred size. */
export function clampEmbedSize(
  preferred: { width: number; height: number },
  limits: { maxWidth: number | null; maxHeight: number | null },
): { width: number; height: number } {
  return {
    width: Math.min(preferred.width, limits.maxWidth ?? Infinity),
    height: Math.min(preferred.height, limits.maxHeight ?? Infinity),
  };
}
