/**
 * The shape every HTML metadata source fills (JSON-LD, meta tags, microdata,
 * Readability): raw values as the page states them, cleaned later by
 * `find-html-metadata.ts`. One source per module, merged in trust order.
 */

/** Raw metadata one source of a page states; a missing field is unstated. */
export interface HtmlMetaCandidates {
  title?: string | null;
  /** Each author as stated (may still carry "By", an outlet, or be a URL). */
  authors?: string[];
  publisher?: string | null;
  /** As stated: ISO timestamp, "20210319", "November 14, 2020"… */
  publishedAt?: string | null;
  /** As stated: absolute or relative. */
  url?: string | null;
}
