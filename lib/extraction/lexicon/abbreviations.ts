/**
 * Abbreviations whose final period does not end a sentence (compared
 * lower-cased, without the final period). Honorifics and military ranks are
 * here too because a name always follows them.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and ranks
  "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "rev", "fr", "hon", "sen", "rep", "gov",
  "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "lieut", "pres",
  "supt", "insp", "amb", "atty", "sec", "messrs", "mme", "mlle", "sheikh",
  // months and days
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // common running-text abbreviations
  "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "ed", "eds", "est", "approx", "vs", "v",
  "etc", "cf", "al", "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd",
  "rd", "mt", "ft", "gov't", "govt", "min", "max", "a.m", "p.m", "e.g", "i.e", "u.s", "u.k",
  "u.n", "u.s.a", "d.c", "ph.d", "b.a", "m.a",
  // US states in AP style
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
  "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
  "tenn", "va", "vt", "wash", "wis", "wyo",
]);

/**
 * Abbreviations that, unlike honorifics, may also close a sentence ("… in the U.S. The …"):
 * a following capitalised function word is then read as a new sentence.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "u.s", "u.k", "u.n", "u.s.a", "d.c", "etc", "inc", "corp", "co", "ltd", "a.m", "p.m", "jr", "sr",
]);

/** Capitalised words that typically open a sentence, used to break after an ambiguous abbreviation. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
  "But", "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "Still",
  "However", "Meanwhile", "There", "His", "Her", "Their", "Its", "Our", "Some", "Many", "Most",
  "Officials", "According", "Yet", "So", "Now", "For", "With", "Without", "Although", "Despite",
]);
