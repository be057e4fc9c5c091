/**
 * The one ingest use case: every article, whether it comes from the CLI, the
 * `ingestArticle` mutation or any future source, passes the same checks once,
 * is extracted the same way and is saved through the same writer step.
 */
import type { Db } from "@/lib/db/client.ts";
import { saveArticleWith, type SaveResult } from "@/lib/db/save-article.ts";
import { withWriter, type Writer } from "@/lib/db/write/writer.ts";
import { toExtractedArticle, type ExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { EXTRACTOR_VERSION, runPipeline } from "@/lib/extraction/pipeline.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";
import { cleanArticleInput } from "@/lib/text/input-boundary.ts";

/** Longest article text ingested, in characters: news articles are far shorter, and memory stays bounded. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** What a caller hands to ingest: the article's text and whatever it knows about it. */
export interface ArticleInput {
  text: string;
  hints: ArticleHints;
}

/** An article refused before or after extraction; the message says why in a reader's words. */
export class ArticleRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArticleRefusedError";
  }
}

/** Why a text is refused before extraction (empty or too long), or null when it may be extracted. */
export function getTextRefusal(text: string): string | null {
  if (!text.trim()) return "the article text is empty";
  if (text.length <= MAX_ARTICLE_CHARS) return null;
  return `article text is ${(text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_ARTICLE_CHARS / 1e6} million`;
}

/** Why an extraction is refused (nothing left once page furniture is removed), or null. */
export function getExtractionRefusal(extraction: ExtractedArticle): string | null {
  return extraction.article.body.trim() ? null : "no article text left after removing page furniture";
}

/** Checks the text and extracts one article; throws ArticleRefusedError with the reason when it is refused. */
export function extractArticle(input: ArticleInput): ExtractedArticle {
  const refused = getTextRefusal(input.text);
  if (refused) throw new ArticleRefusedError(refused);
  // the one input boundary (well-formed Unicode, no controls): the worker path of ingest-files.ts crosses it too
  return toExtractedArticle(runPipeline(cleanArticleInput(input.text, input.hints)));
}

/** Checks what extraction left and saves it through an open writer; throws ArticleRefusedError when nothing is left. */
export async function saveExtraction(w: Writer, extraction: ExtractedArticle): Promise<SaveResult> {
  const empty = getExtractionRefusal(extraction);
  if (empty) throw new ArticleRefusedError(empty);
  return saveArticleWith(w, { extraction, extractorVersion: EXTRACTOR_VERSION });
}

/** Checks, extracts and saves one article in its own transaction (re-ingest keeps editors' corrections). */
export async function ingestArticle(db: Db, input: ArticleInput): Promise<SaveResult> {
  const extraction = extractArticle(input);
  return withWriter(db, (w) => saveExtraction(w, extraction));
}
