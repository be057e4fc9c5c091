import { normalizeKey } from "@/lib/text/normalize-key.ts";

/**
 * The words a quote is matched by: lower-cased, accents, punctuation and quote marks
 * dropped, whitespace collapsed (normalizeKey), so «Tax Cuts» and "tax cuts." agree.
 */
export function statementTokens(text: string): string[] {
  const norm = normalizeKey(text);
  return norm ? norm.split(" ") : [];
}
