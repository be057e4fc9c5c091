import { getCountryByCapital, getCountryByDemonym, getCountryByName } from "@/lib/extraction/lexicon/countries.ts";
import { getOrganizationByName } from "@/lib/extraction/lexicon/organizations.ts";
import { PLACES } from "@/lib/extraction/lexicon/places.ts";
import type { ActorType } from "@/lib/extraction/types.ts";

/** A phrase found in the curated lexicons. */
export interface LexiconMatch {
  type: ActorType;
  /** Canonical name of the entry ("Pakistan" for "Islamabad"). */
  name: string;
  /** Whether the phrase is a capital city that stands for its country only when it acts. */
  isCapital: boolean;
}

// memo of a pure lookup; cleared when large so memory stays bounded
const memo = new Map<string, LexiconMatch | null>();
const MEMO_LIMIT = 20_000;

/** Looks `phrase` up in the country, capital, organisation and place lexicons. */
export function matchLexicon(phrase: string): LexiconMatch | null {
  const hit = memo.get(phrase);
  if (hit !== undefined) return hit;
  if (memo.size > MEMO_LIMIT) memo.clear();
  const found = lookUp(phrase);
  memo.set(phrase, found);
  return found;
}

function lookUp(phrase: string): LexiconMatch | null {
  const plain = /^[\p{Lu}\s.'’-]+$/u.test(phrase) && phrase.length > 4 ? toTitleCase(phrase) : phrase;
  // "U.S" lost its final period to a sentence break or a hyphen ("U.S.-led")
  const dotted = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(phrase) ? `${phrase}.` : plain;
  for (const p of new Set([phrase, plain, dotted])) {
    const org = getOrganizationByName(p);
    if (org) return { type: "ORGANIZATION", name: org.name, isCapital: false };
    const country = getCountryByName(p);
    if (country) return { type: "COUNTRY", name: country.name, isCapital: false };
    const capital = getCountryByCapital(p);
    if (capital) return { type: "COUNTRY", name: capital.name, isCapital: true };
    if (PLACES.has(p)) return { type: "LOCATION", name: p, isCapital: false };
  }
  // "the Afghan Government" acts for Afghanistan
  const gov = /^(\S+) (?:Government|government|Administration|administration)$/.exec(phrase);
  const ofDemonym = gov ? getCountryByDemonym(gov[1]!) : null;
  if (ofDemonym) return { type: "COUNTRY", name: ofDemonym.name, isCapital: false };
  return null;
}

function toTitleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
