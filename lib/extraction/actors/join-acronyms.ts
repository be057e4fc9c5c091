import type { ActorRecord, Mention } from "@/lib/extraction/types.ts";

/** Words an acronym leaves out ("Bureau of Land Management" → "BLM"). */
const SKIPPED_WORDS = new Set(["of", "and", "the", "for", "on", "in", "to", "&"]);

/** An acronym in parentheses right after a name: "Northern Rivers Authority (NRA)". */
const DEFINITION = /^\s*\((\p{Lu}{2,6})\)/u;

/** The initials of a name's words, hyphenated parts counted ("Inter-Services Intelligence" → "ISI"). */
export function getInitials(name: string): string {
  return name
    .replace(/^the\s+/i, "")
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * The acronyms the article defines, each with the key of the actor it stands for:
 * a mention of an organisation, country or place followed by an acronym in
 * parentheses that spells its initials. An acronym defined for two actors is
 * ambiguous and left out.
 */
function findDefinitions(
  body: string,
  actors: readonly ActorRecord[],
  mentions: readonly Mention[],
): Map<string, string> {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const found = new Map<string, string | null>();
  for (const m of mentions) {
    const actor = m.actorKey === null ? undefined : byKey.get(m.actorKey);
    if (!actor || actor.type === "PERSON" || actor.type === "ANONYMOUS") continue;
    const acronym = DEFINITION.exec(body.slice(m.end, m.end + 12))?.[1];
    if (!acronym || getInitials(m.text) !== acronym) continue;
    const prior = found.get(acronym);
    found.set(acronym, prior === undefined || prior === actor.key ? actor.key : null);
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

/**
 * Joins an acronym to its expansion when the article says they are one
 * ("the Northern Rivers Authority (NRA) … the NRA said"): the acronym becomes an
 * alias of the expansion's actor, so later articles naming only the acronym find it
 * (isSameActor), and an actor the article made of the acronym alone (whatever type
 * the tagger gave it) is merged into it, its mentions moved.
 */
export function joinAcronyms(
  body: string,
  actors: readonly ActorRecord[],
  mentions: readonly Mention[],
): { actors: ActorRecord[]; mentions: Mention[] } {
  const definitions = findDefinitions(body, actors, mentions);
  if (!definitions.size) return { actors: [...actors], mentions: [...mentions] };
  const byKey = new Map(actors.map((a) => [a.key, { ...a, aliases: [...a.aliases] }]));
  const movedTo = new Map<string, string>();
  for (const [acronym, key] of definitions) {
    const target = byKey.get(key)!;
    for (const other of byKey.values()) {
      if (other.key === key || other.name !== acronym) continue;
      movedTo.set(other.key, key);
      target.title ??= other.title;
      for (const alias of other.aliases)
        if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
      byKey.delete(other.key);
    }
    if (acronym !== target.name && !target.aliases.includes(acronym)) target.aliases.push(acronym);
  }
  return {
    actors: actors.flatMap((a) => byKey.get(a.key) ?? []),
    mentions: mentions.map((m) => {
      const to = m.actorKey === null ? undefined : movedTo.get(m.actorKey);
      return to ? { ...m, actorKey: to } : m;
    }),
  };
}
