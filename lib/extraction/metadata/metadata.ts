/**
 * Stage 3: article metadata (`doc.meta`) from what cleaning took off the page —
 * headline, bylines, copyright, "Published in" and contact lines — with the
 * caller's hints winning over anything the text says.
 */
import { parseWrittenDate } from "@/lib/extraction/dates/parse-written-date.ts";
import type { Stage } from "@/lib/extraction/types.ts";
import { findAuthor } from "./find-author.ts";
import { findPublishedDate } from "./find-published-date.ts";
import { findPublisher } from "./find-publisher.ts";

/** The metadata stage. */
export const metadata: Stage = {
  name: "metadata",
  run(doc) {
    const hints = doc.input.hints ?? {};
    const headline = doc.furniture.find((f) => f.reason === "headline")?.text ?? null;
    // feeds close headlines with "." or ";" that the page never showed (not "U.S.")
    const title = headline?.replace(/(?<![A-Z.]\p{Lu})[.;:,]$/u, "").trim() ?? null;
    const hintedDate = hints.publishedAt ? parseWrittenDate(hints.publishedAt) : null;
    return {
      ...doc,
      meta: {
        ...doc.meta,
        title: hints.title ?? title,
        publisher: hints.publisher ?? findPublisher(doc),
        author: hints.author ?? findAuthor(doc),
        url: hints.url ?? doc.meta.url,
        publishedAt: hintedDate ?? findPublishedDate(doc),
      },
    };
  },
};
