/**
 * The one boundary every article crosses on its way in (the API's ingestArticle and
 * the CLI's ingest alike), so SQLite and PostgreSQL store, and answer, the same text:
 * well-formed Unicode (a lone surrogate becomes U+FFFD, one code unit for one, so no
 * offset moves), no NUL or other C0 control but tab and newline (PostgreSQL refuses
 * NUL, XML refuses the rest), and no bidi override, embedding or isolate (they can
 * make a title or name read as something else; names and titles are cut from the text).
 */

// C0 controls but tab, newline and carriage return (line endings are normalised later, by extraction), and DEL
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// a high surrogate with no low one after it, or a low one with no high one before it (String#toWellFormed, ES2024)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A text field as it may be stored: well-formed, without control characters or bidi controls. */
export function cleanInputText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROLS, "").replace(BIDI_CONTROLS, "");
}

/** A hint cleaned like text, and null when nothing but white space is left; non-strings as they are. */
function cleanHint(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const v = cleanInputText(value).trim();
  return v || null;
}

/** An article's text and hints (title, author, …) as they may enter extraction and storage. */
export function cleanArticleInput<H extends object>(text: string, hints: H = {} as H): { text: string; hints: H } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hints)) out[key] = cleanHint(value);
  return { text: cleanInputText(text), hints: out as H };
}
