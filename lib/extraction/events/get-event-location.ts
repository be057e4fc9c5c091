/**
 * Where an event happened: a known place (country, capital, city, region) after
 * "in", "at", "near" or "in and around" in the trigger's clause, else in its
 * sentence, nearest the trigger. Reads the curated place tables read-only.
 */
import { getCountryByCapital, getCountryByName } from "@/lib/extraction/lexicon/countries.ts";
import { PLACES } from "@/lib/extraction/lexicon/places.ts";

const PLACE_AFTER_PREPOSITION =
  /\b(?:in and around|in|at|near|outside|inside|to|visit|visits|visited|visiting)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/gu;

/** Whether `name` is a place the tables know (or the US capital, which the capital table lists as a government). */
export function isKnownPlace(name: string): boolean {
  return (
    PLACES.has(name) || getCountryByName(name) !== null || getCountryByCapital(name) !== null || name === "Washington"
  );
}

/** The longest known place at the start of the capitalised run `run` ("Geneva Switzerland" → "Geneva"). */
function leadingPlace(run: string): string | null {
  const words = run.replace(/[.,]$/, "").split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const name = words
      .slice(0, n)
      .join(" ")
      .replace(/[’']s$/, "");
    if (isKnownPlace(name)) return name;
  }
  return null;
}

/** The place of the event at `focus`, searched in `ranges` in order (clause, then sentence); null when none. */
export function getEventLocation(body: string, ranges: readonly [number, number][], focus: number): string | null {
  for (const [start, end] of ranges) {
    let best: { place: string; distance: number } | null = null;
    for (const m of body.slice(start, end).matchAll(PLACE_AFTER_PREPOSITION)) {
      const place = leadingPlace(m[1]!);
      const distance = Math.abs(start + m.index - focus);
      if (place && (!best || distance < best.distance)) best = { place, distance };
    }
    if (best) return best.place;
  }
  return null;
}
