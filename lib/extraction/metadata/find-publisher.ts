/**
 * The publisher as the page's own furniture names it: a copyright line, a
 * "Published in …" line, an author bio ("… for Military Times"), a contact
 * e-mail domain, or the article URL.
 */
import type { Doc } from "@/lib/extraction/types.ts";
import { getAgencyFromDateline, getOutletByDomain, getOutletByName } from "./news-outlets.ts";

const COMPANY_SUFFIX =
  /,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Co\.|Company|Group|Media Group|plc|GmbH)\.?$/i;
const OUTLET_NAME = String.raw`((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&))*)`;
const FROM_COPYRIGHT = new RegExp(
  String.raw`^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?${OUTLET_NAME}`,
  "i",
);
const FROM_PUBLISHED_IN = new RegExp(String.raw`^(?:published|printed|appeared) in ${OUTLET_NAME},`, "i");
const FROM_BIO = new RegExp(String.raw`\b(?:for|at|with)\s+(?:the\s+(?=[A-Z]))?${OUTLET_NAME}[.,;]`);
const EMAIL_DOMAIN = /@([\w-]+(?:\.[\w-]+)+)/;

/** The outlet a copyright line names ("Copyright © 2018 The Washington Times, LLC." → "The Washington Times"). */
export function getPublisherFromCopyright(line: string): string | null {
  const head = line.split(/\.\s|\s+all rights reserved/i)[0] ?? "";
  const m = FROM_COPYRIGHT.exec(head.trim());
  const name = m?.[1]?.replace(COMPANY_SUFFIX, "").trim();
  return name && /[A-Za-z]{2}/.test(name) ? name : null;
}

function fromLine(reason: string, text: string): string | null {
  switch (reason) {
    case "copyright":
      return getPublisherFromCopyright(text);
    case "byline":
      // "By Jane Roe - The Washington Times - Monday, July 22, 2019"
      return (
        text
          .split(/\s+[-|—–]\s+|,\s+/)
          .map(getOutletByName)
          .find((n) => n !== null) ?? null
      );
    case "dateline":
    case "caption":
    case "photo-credit":
      // "KABUL (Reuters) —"; a photo credit names the photo's agency, read only when nothing else names one
      return reason === "dateline" ? getAgencyFromDateline(text) : getAgencyFromCredit(text);
    case "published-in":
      return FROM_PUBLISHED_IN.exec(text)?.[1]?.trim() ?? null;
    case "author-bio":
    case "contact": {
      const bio = FROM_BIO.exec(text)?.[1]?.trim();
      const domain = EMAIL_DOMAIN.exec(text)?.[1];
      const byDomain = domain ? getOutletByDomain(domain) : null;
      return byDomain ?? (bio && reason === "author-bio" ? bio : null);
    }
    default:
      return null;
  }
}

// furniture kinds in the order their evidence is trusted (a syndicated story's copyright
// line names the paper that ran it; its dateline tag, the agency that wrote it)
const ORDER = ["copyright", "published-in", "byline", "dateline", "author-bio", "contact"];

/** A credit line of the outlet itself ("Photo: Reuters"), never of a photo agency it bought from. */
function getAgencyFromCredit(text: string): string | null {
  const m = /(?:^|\(|:\s*)(CNN|BBC)(?:\)|\s*$)/.exec(text.trim());
  return m ? getAgencyFromDateline(`(${m[1]})`) : null;
}

/** The publisher named by the furniture of `doc` or its URL hint, or null. */
export function findPublisher(doc: Doc): string | null {
  for (const reason of ORDER) {
    for (const f of doc.furniture) {
      if (f.reason !== reason) continue;
      const name = fromLine(reason, f.text);
      if (name) return name;
    }
  }
  const url = doc.input.hints?.url;
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
  return host ? getOutletByDomain(host) : null;
}
