import type { ActorType } from "@/lib/extraction/types.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import { matchLexicon } from "./match-lexicon.ts";
import { getNameFit, getNameWords } from "./person-name.ts";

/** An actor as one article names it (or as the store knows it): enough to compare it with another. */
export interface ActorIdentity {
  name: string;
  type: ActorType;
  aliases: readonly string[];
  title?: string | null;
}

/** What is known beyond the two actors themselves. */
export interface SameActorEvidence {
  /** `b` is the only known person carrying `a`'s bare surname (or `a` the only one carrying `b`'s). */
  isSoleSurnameBearer?: boolean;
}

/** A one-word person name ("Khan", normalised): identifies someone only when nobody else known has it. */
export function isBareSurname(norm: string, type: ActorType): boolean {
  return type === "PERSON" && norm.length > 2 && !norm.includes(" ");
}

/** Whether a normalised name may identify an actor on its own: for people a bare surname ("khan") may not. */
export function isIdentifyingName(norm: string, type: ActorType): boolean {
  if (type !== "PERSON") return norm.length > 1;
  return norm.includes(" ");
}

/** The actor's names (canonical and aliases) in the stored key form (`normalizeKey`). */
function namesOf(a: ActorIdentity): Set<string> {
  return new Set([a.name, ...a.aliases].map(normalizeKey).filter(Boolean));
}

/** The canonical name's key, through the curated lexicon for its entities ("ISI" → "inter services intelligence"). */
function canonicalOf(a: ActorIdentity): string {
  const lex = matchLexicon(a.name);
  // a place's lexicon entry names the place itself; an entry of another type is another entity
  const canonical = lex && lex.type === a.type && lex.type !== "LOCATION" ? lex.name : a.name;
  return normalizeKey(canonical).replace(/^the /, "");
}

/** Whether each actor's names include an identifying name of the other's ("MPI" for "Mirova Institute" aka "MPI"). */
function shareIdentifyingName(a: ActorIdentity, b: ActorIdentity): boolean {
  const bn = namesOf(b);
  return [...namesOf(a)].some((n) => bn.has(n) && isIdentifyingName(n, a.type));
}

/** Whether one person's two-word-or-longer name is a fuller form of the other's ("Mohammad Karim Delawar" ~ "Karim Delawar"). */
function isFullerForm(a: ActorIdentity, b: ActorIdentity): boolean {
  const aw = getNameWords(a.name);
  const bw = getNameWords(b.name);
  if (aw.length < 2 || bw.length < 2) return false;
  const [short, full] = aw.length <= bw.length ? [a.name, b.name] : [b.name, a.name];
  return getNameFit(short, full) === 3;
}

/** Whether one of the two is a bare surname the other carries, and the evidence says no one else known does. */
function isSoleSurname(a: ActorIdentity, b: ActorIdentity, evidence: SameActorEvidence): boolean {
  if (!evidence.isSoleSurnameBearer) return false;
  const an = normalizeKey(a.name);
  const bn = normalizeKey(b.name);
  return (isBareSurname(an, a.type) && namesOf(b).has(an)) || (isBareSurname(bn, b.type) && namesOf(a).has(bn));
}

/**
 * The one rule of actor identity, within an article's write model and across
 * articles (lib/db/resolve-actor.ts decides with it among the stored actors an
 * index finds). Types must agree; anonymous sources are never the same (each
 * article's source is its own); the same name, or the same canonical name through
 * the lexicon, is the same actor; so is an identifying name both carry (an acronym and its
 * expansion join when an article named one an alias of the other); a person's
 * fuller name joins its shorter form; a bare surname joins a person only when the
 * evidence says that person is the only one known to carry it.
 */
export function isSameActor(a: ActorIdentity, b: ActorIdentity, evidence: SameActorEvidence = {}): boolean {
  if (a.type !== b.type || a.type === "ANONYMOUS") return false;
  if (normalizeKey(a.name) === normalizeKey(b.name) || canonicalOf(a) === canonicalOf(b)) return true;
  if (shareIdentifyingName(a, b)) return true;
  return a.type === "PERSON" && (isFullerForm(a, b) || isSoleSurname(a, b, evidence));
}
