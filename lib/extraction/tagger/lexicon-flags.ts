import { COUNTRIES } from "@/lib/extraction/lexicon/countries.ts";
import { FIRST_NAMES } from "@/lib/extraction/lexicon/first-names.ts";
import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { ORGANIZATIONS, ORGANIZATION_HEADS } from "@/lib/extraction/lexicon/organizations.ts";
import { PLACES } from "@/lib/extraction/lexicon/places.ts";
import { STOP_NAMES } from "@/lib/extraction/lexicon/stop-names.ts";
import { TITLE_WORDS } from "@/lib/extraction/lexicon/titles.ts";

/** Lexicon memberships a token can have, one bit each (the tagger's `lex=` features). */
export const LEXICON_FLAGS = Object.freeze({
  FIRST_NAME: 1,
  HONORIFIC: 2,
  TITLE: 4,
  DEMONYM: 8,
  COUNTRY: 16,
  CAPITAL: 32,
  PLACE: 64,
  ORG_WORD: 128,
  ORG_HEAD: 256,
  STOP_NAME: 512,
} as const);

/** Number of flag bits. */
export const LEXICON_FLAG_BITS = 10;

function wordsOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of n.split(/\s+/)) if (/^\p{Lu}/u.test(w)) out.add(w);
  return out;
}

const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms));
const COUNTRY_WORDS = wordsOf(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]));
const CAPITAL_WORDS = wordsOf(COUNTRIES.flatMap((c) => (c.capital ? [c.capital] : [])));
const PLACE_WORDS = wordsOf(PLACES);
const ORG_WORDS = wordsOf(ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases]));

/** The lexicon flags of one token text. */
export function getLexiconFlags(word: string): number {
  const c = word.charCodeAt(0);
  // lexicon entries are capitalised words or lower-case titles: skip the rest cheaply
  if (!(c >= 65 && c <= 90) && !(c > 127)) return TITLE_WORDS.has(word) ? LEXICON_FLAGS.TITLE : 0;
  let f = 0;
  if (FIRST_NAMES.has(word)) f |= LEXICON_FLAGS.FIRST_NAME;
  if (isHonorific(word)) f |= LEXICON_FLAGS.HONORIFIC;
  if (TITLE_WORDS.has(word.toLowerCase())) f |= LEXICON_FLAGS.TITLE;
  if (DEMONYMS.has(word)) f |= LEXICON_FLAGS.DEMONYM;
  if (COUNTRY_WORDS.has(word)) f |= LEXICON_FLAGS.COUNTRY;
  if (CAPITAL_WORDS.has(word)) f |= LEXICON_FLAGS.CAPITAL;
  if (PLACE_WORDS.has(word)) f |= LEXICON_FLAGS.PLACE;
  if (ORG_WORDS.has(word)) f |= LEXICON_FLAGS.ORG_WORD;
  if (ORGANIZATION_HEADS.has(word)) f |= LEXICON_FLAGS.ORG_HEAD;
  if (STOP_NAMES.has(word)) f |= LEXICON_FLAGS.STOP_NAME;
  return f;
}
