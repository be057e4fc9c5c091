/** Which embed a page URL of this site stands for: a quote (`/quotes/[id]`, `/embed/quotes/[id]`) or an actor. */
import { decodePathSegment } from "./decode-path-segment.ts";
import { clampQuoteCount } from "./embed-size.ts";

/** What can be embedded: one quote by global id, or an actor's latest quotes. */
export type EmbedTarget = { kind: "quote"; id: string } | { kind: "actor"; slug: string; count: number };

const PATTERNS: { re: RegExp; kind: "quote" | "actor" }[] = [
  { re: /^\/(?:embed\/)?quotes\/([^/]+)\/?$/, kind: "quote" },
  { re: /^\/(?:embed\/)?actors\/([^/]+)\/?$/, kind: "actor" },
];

/** The embed target of `url`, or null when it is on another origin or not a quote or actor URL. */
export function parseEmbedTarget(url: URL, siteOrigin: string): EmbedTarget | null {
  if (url.origin !== siteOrigin) return null;
  for (const { re, kind } of PATTERNS) {
    const m = re.exec(url.pathname);
    const value = m ? decodePathSegment(m[1]!) : null;
    if (value === null) continue;
    return kind === "quote"
      ? { kind, id: value }
      : { kind, slug: value, count: clampQuoteCount(url.searchParams.get("n")) };
  }
  return null;
}

/** The path of the embed document of a target, with its parts URL-encoded. */
export function embedPathOf(target: EmbedTarget): string {
  return target.kind === "quote"
    ? `/embed/quotes/${encodeURIComponent(target.id)}`
    : `/embed/actors/${encodeURIComponent(target.slug)}?n=${target.count}`;
}
