/** Bad input to ingest or extraction: the message names the offending file or value. */
export class InvalidArticleError extends Error {
  override readonly name = "InvalidArticleError";
}
