/**
 * The author as the page's furniture names them: a byline ("By Jane Roe"), a
 * contact line ("Jane Roe can be reached at …") or a closing bio ("Leo covers
 * Congress … for Military Times").
 */
import type { Doc } from "@/lib/extraction/types.ts";

const NAME = String.raw`[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da))*`;
const FROM_BYLINE = new RegExp(String.raw`^[Bb][Yy]:?\s+(${NAME}(?:\s+and\s+${NAME})*)(?=\s*(?:,|\||—|–|-|$))`);
const FROM_SENTENCE = new RegExp(
  String.raw`^(?:[•·*▪-]\s*)?(${NAME})(?:,[^,]{2,120},)?\s+(?:can be reached|covers|writes|reports|is|was|contributed|reported)\b`,
);
const NOT_NAMES = /^(?:The|This|That|It|He|She|They|We|Our|Please|Follow|Email|Contact)\b/;

function cleanName(name: string | undefined): string | null {
  const n = name?.trim();
  if (!n || NOT_NAMES.test(n) || n.split(/\s+/).length > 5) return null;
  return n;
}

/** The author named by one furniture line, or null. */
export function getAuthorFromLine(reason: string, text: string): string | null {
  if (reason === "byline") {
    const m = FROM_BYLINE.exec(text.trim());
    return cleanName(m?.[1]);
  }
  if (reason === "contact" || reason === "author-bio") return cleanName(FROM_SENTENCE.exec(text.trim())?.[1]);
  return null;
}

/** The author named by the furniture of `doc`, or null. */
export function findAuthor(doc: Doc): string | null {
  for (const reason of ["byline", "contact", "author-bio"]) {
    for (const f of doc.furniture) {
      if (f.reason !== reason) continue;
      const name = getAuthorFromLine(reason, f.text);
      // a closing bio ("Leo covers Congress …") often names its writer by first name only: no author is better than half a name
      if (name && (reason !== "author-bio" || name.includes(" "))) return name;
    }
  }
  return null;
}
