/**
 * Page furniture: lines a web page or wire feed wraps around an article, each
 * rule with the reason recorded in `doc.furniture`. Data only; `find-furniture.ts`
 * applies them. Rules are generic shapes, never strings of one outlet.
 */

/** One kind of furniture line. */
export interface FurnitureRule {
  reason: string;
  /** Tested against the trimmed line without a leading bullet. */
  pattern: RegExp;
  /** Only lines of at most this many words match (furniture is short). */
  maxWords: number;
  /** Only in the closing part of the article (bios, notes), where prose never ends. */
  tailOnly?: boolean;
  /** Only lines that name a photo or news agency (`PHOTO_AGENCY`). */
  agency?: boolean;
}

/** Photo and wire agencies whose names mark a credit line ("STR/AFP/Getty Images"). */
export const PHOTO_AGENCY =
  /\b(?:AFP|AP|Reuters|REUTERS|Getty(?: Images)?|EPA|Xinhua|Anadolu|Bloomberg|Shutterstock|Alamy|Corbis|Sipa|Pool|STR|AAP|PA|UPI|EFE|ANSA|DPA|dpa|TASS|Kyodo|Yonhap)\b/;

const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;

/** Furniture rules in the order they are tried; the first match gives the reason. */
export const FURNITURE_RULES: readonly FurnitureRule[] = Object.freeze([
  // "Copyright © 2018 …", "© 2019 …", "Copyright 2019 The …" — not "Copyright law experts say…"
  {
    reason: "copyright",
    pattern: /^(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©)|©|\(c\)\s*\d{4})|all rights reserved/i,
    maxWords: 40,
  },
  { reason: "reprint", pattern: /\breprint permission\b|\bclick here (?:for|to)\b/i, maxWords: 20 },
  {
    reason: "published-in",
    pattern:
      /^(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared) in (?:[Tt]he )?[A-Z][\w&'. -]+,\s*[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?$/,
    maxWords: 16,
  },
  {
    reason: "read-more",
    pattern: /^(?:read more|read the rest|read the full|continue reading|more:|see also|watch:|related:)/i,
    maxWords: 14,
  },
  {
    reason: "section-label",
    pattern:
      /^(?:abstract|full text|advertisement|in other news|load more|related(?: articles| stories| coverage| content)?|recommended(?: for you)?|most popular|trending now|story continues below|sponsored(?: content)?|top stories|more from [\w ]+)[.:]?$/i,
    maxWords: 5,
  },
  {
    reason: "share",
    pattern:
      /^(?:share(?: this)?(?: on [\w ,]+)?|tweet|pin it|email this|print(?: this)?(?: article)?|subscribe(?: now| to [\w ]+)?|sign up(?: for [\w ]+)?|follow us(?: on [\w ,]+)?|like us on facebook)[.!:]?$/i,
    maxWords: 8,
  },
  {
    reason: "comment-policy",
    pattern: /\bcomment(?:ing)? (?:policy|guidelines)\b|^comments?(?: \(\d+\))?$|\bcomments are closed\b/i,
    maxWords: 16,
  },
  {
    reason: "contact",
    pattern: new RegExp(
      String.raw`\b(?:can be reached at|reach (?:him|her|them|us) (?:directly )?at|email (?:him|her|them|us) at|e-mail (?:him|her|them|us) at|contact (?:him|her|them|us) at|send (?:news )?tips to)\b|^(?:e-?mail|contact|tips?):\s*${EMAIL}`,
      "i",
    ),
    maxWords: 30,
  },
  {
    reason: "social",
    pattern:
      /^follow (?:[A-Z][\w.'-]* ?){1,4} on (?:twitter|facebook|instagram)\b|^follow (?:him|her|them|us) on (?:twitter|facebook|instagram)\b/i,
    maxWords: 14,
  },
  {
    reason: "photo-credit",
    pattern:
      /^(?:\(?(?:photo|image|file photo|picture|video|graphic)s?(?: credit)?\s*(?::|by\b)|\((?:AP|AFP|Reuters|Getty)[\w /.-]*photo[^)]*\)$)|^(?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?\s*\/\s*[\w .-]+$/i,
    maxWords: 30,
  },
  // "Image copyright EPA", "Image caption The talks …", "Getty Images": a photo's label, not prose
  {
    reason: "photo-credit",
    pattern:
      /^(?:image|photo|picture|video) (?:copyright|caption|source|credit)\b|^(?:getty images|afp|reuters|ap photo|epa)\.?$/i,
    maxWords: 40,
  },
  // "REUTERS/Jane Doe", "STR/AFP/Getty Images", "Jane Doe/AP": slash-joined credits naming a photo agency
  {
    reason: "photo-credit",
    pattern: new RegExp(String.raw`^\(?(?:[\w.'’-]+ ){0,3}[\w.'’-]+(?:\s*\/\s*(?:[\w.'’-]+ ){0,3}[\w.'’-]+){1,3}\)?$`),
    maxWords: 10,
    agency: true,
  },
  // "(Additional reporting by …; Editing by …)", "Reporting by …; Writing by …"
  {
    reason: "reporting-credit",
    pattern: /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|research) by\b/i,
    maxWords: 60,
  },
  {
    reason: "caption",
    pattern:
      /\((?:AP|AFP|Reuters|Getty Images|EPA)\s*(?:Photo)?\s*\/[^)]*\)\s*$|\bphoto(?:graph)?: [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*(?:\/[\w .]+)?$/,
    maxWords: 60,
  },
  {
    reason: "embed",
    pattern: /pic\.twitter\.com\/|^<[a-z][\w-]*[^>]*>|—\s*[^()]{1,60}\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}$/i,
    maxWords: 80,
  },
  {
    reason: "author-bio",
    pattern:
      /^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:,[^,]{2,120},)? (?:covers|writes about|writes for|reports on|is an? (?:[\w-]+ ){0,4}(?:reporter|correspondent|columnist|writer|editor|contributor|producer)|is (?:the )?(?:[A-Z][\w-]* ){0,4}(?:Fellow|Professor|Director|Columnist|Correspondent|Editor)|contributed (?:reporting )?to this (?:report|story|article)|reported from)\b/,
    maxWords: 90,
    tailOnly: true,
  },
  {
    reason: "editor-note",
    pattern: /^(?:editor['’]s note|this (?:post|story|article) has been updated|correction:|clarification:)/i,
    maxWords: 120,
    tailOnly: true,
  },
]);

/**
 * Section labels after which the rest of the page is link lists ("In Other News",
 * "Related"), never article text.
 */
export const TRAILING_SECTION =
  /^(?:in other news|related(?: articles| stories| coverage| content)?|recommended(?: for you)?|most popular|trending now|top stories|more from [\w ]+)[.:]?$/i;
