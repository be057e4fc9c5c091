import { extract, EXTRACTOR_VERSION } from "../../extraction/pipeline.ts";
import type { ArticleHints } from "../../extraction/types.ts";
import { cleanArticleInput } from "../../text/input-boundary.ts";
import type { Db } from "../client.ts";
import { saveArticle, type SaveResult } from "../save-article.ts";

/** Raised when the text holds no article once page furniture is removed. */
export class EmptyArticleError extends Error {
  constructor() {
    super("No article text is left after removing page furniture.");
    this.name = "EmptyArticleError";
  }
}

/** Extracts one article from text (with what the caller knows about it) and saves it; re-ingest keeps corrections. */
export async function ingestArticle(db: Db, text: string, hints: ArticleHints): Promise<SaveResult> {
  const extraction = extract(cleanArticleInput(text, hints));
  if (!extraction.article.body.trim()) throw new EmptyArticleError();
  return saveArticle(db, { extraction, extractorVersion: EXTRACTOR_VERSION });
}
