/**
 * Honorifics and ranks that precede a personal name ("Mr.", "Lt. Gen.", "Sen.").
 * Stored without the trailing period; matching accepts either form.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend",
  "Fr", "Father", "Sister", "Brother", "Rabbi", "Imam", "Mullah", "Maulana", "Sheikh", "Shaikh", "Sayed", "Syed",
  "Sen", "Senator", "Rep", "Representative", "Congressman", "Congresswoman", "Gov", "Governor", "Del",
  "Gen", "General", "Lt", "Lieut", "Lieutenant", "Col", "Colonel", "Maj", "Major", "Capt", "Captain", "Cmdr",
  "Commander", "Adm", "Admiral", "Sgt", "Sergeant", "Cpl", "Corporal", "Pvt", "Private", "Brig", "Brigadier",
  "Marshal", "Field", "Air", "Vice", "Rear", "Chief", "Justice", "Judge", "Mayor", "Ambassador", "Amb",
  "President", "Pres", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess", "Emir", "Sultan",
  "Pope", "Cardinal", "Bishop", "Archbishop", "Ayatollah", "Attorney", "Sec", "Secretary", "Minister", "Speaker",
  "Commissioner", "Inspector", "Officer", "Detective", "Sheriff", "Trooper", "Agent", "Dean", "Chairman",
  "Chairwoman", "Chair", "Leader", "Activist", "Coach", "Pastor", "Deputy", "Retired", "Ret", "Superintendent",
  // South Asian press titles
  "PM", "FM", "CM", "DG", "COAS", "CJP", "SAPM", "Mian", "Hazrat", "Pir", "Begum",
]);

/** Honorifics that mark gender, for pronoun resolution. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(["Mr", "Sir", "Lord", "Father", "Fr", "Brother", "King", "Prince", "Emir", "Sultan", "Congressman", "Chairman"]);
/** Honorifics that mark a woman. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(["Mrs", "Ms", "Miss", "Dame", "Lady", "Sister", "Queen", "Princess", "Congresswoman", "Chairwoman"]);

/** Strips a trailing period: "Gen." → "Gen". */
export function bareHonorific(word: string): string {
  return word.endsWith(".") ? word.slice(0, -1) : word;
}

/** Whether `word` ("Mr." or "Sen") is an honorific or rank. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(bareHonorific(word));
}
