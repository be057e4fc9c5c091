import type { ActorType } from "@/lib/extraction/types.ts";
import { matchLexicon } from "./match-lexicon.ts";
import { toActorKey } from "./merge-aliases.ts";
import { getNameFit, getNameWords } from "./person-name.ts";

/** An actor as stored for one article: enough to compare it with another article's. */
export interface ActorIdentity {
  name: string;
  type: ActorType;
  aliases: readonly string[];
  title?: string | null;
}

function namesOf(a: ActorIdentity): Set<string> {
  return new Set([a.name, ...a.aliases].map(toActorKey).filter(Boolean));
}

function canonicalOf(a: ActorIdentity): string {
  const lex = matchLexicon(a.name);
  return toActorKey(lex && lex.type !== "LOCATION" ? lex.name : a.name);
}

/**
 * Whether two actors from different articles are the same entity. Types must
 * agree; lexicon entities compare by canonical name; people need the same full
 * name (or one full name fitting the other, "H.R. McMaster" ~ "Herbert Raymond
 * McMaster" is not assumed) — a shared surname alone never suffices across
 * articles; anonymous sources are never merged (each article's source differs).
 */
export function isSameActor(a: ActorIdentity, b: ActorIdentity): boolean {
  if (a.type !== b.type || a.type === "ANONYMOUS") return false;
  if (canonicalOf(a) === canonicalOf(b)) return true;
  if (a.type !== "PERSON") {
    const an = namesOf(a);
    // organisations: an alias of one equal to the canonical name of the other ("ISI" ~ "Inter-Services Intelligence")
    return an.has(toActorKey(b.name)) || namesOf(b).has(toActorKey(a.name));
  }
  const aw = getNameWords(a.name);
  const bw = getNameWords(b.name);
  if (aw.length < 2 || bw.length < 2) return false; // a bare surname is too weak across articles
  const [short, full] = aw.length <= bw.length ? [a.name, b.name] : [b.name, a.name];
  return getNameFit(short, full) === 3;
}
