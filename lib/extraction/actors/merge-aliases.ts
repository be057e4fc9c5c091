import { bareHonorific, isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { ORGANIZATION_HEADS } from "@/lib/extraction/lexicon/organizations.ts";
import type { ActorRecord, ActorType, Mention } from "@/lib/extraction/types.ts";
import { getNameFit, getNameWords } from "./person-name.ts";

/** Normalised key of an actor name: lower case, no periods or leading article. */
export function toActorKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Draft {
  record: ActorRecord;
  /** Offset of the latest mention merged so far, to prefer the nearest antecedent. */
  lastSeen: number;
}

function keyOf(m: Mention): string {
  return toActorKey(m.lexiconName ?? m.text);
}

/** The title of a mention unless it is a bare honorific ("Mr."), which titles no one. */
function usefulTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const words = title.split(/\s+/);
  return words.every((w) => isHonorific(bareHonorific(w)) && /^(?:Mr|Mrs|Ms|Miss|Dr|Sir)$/.test(bareHonorific(w)))
    ? null
    : title;
}

/**
 * Merges the name mentions of one article into actors: lexicon entities by
 * canonical name, people by surname and given-name compatibility (fullest form
 * wins), dropping bare single words nothing confirms. Returns actors and mentions
 * with `actorKey` set.
 */
export function mergeAliases(mentions: readonly Mention[]): { actors: ActorRecord[]; mentions: Mention[] } {
  const drafts = new Map<string, Draft>();
  const keyed = new Map<Mention, string>();
  const add = (key: string, name: string, type: ActorType, m: Mention) => {
    const d = drafts.get(key) ?? { record: { key, name, type, aliases: [], title: null }, lastSeen: -1 };
    drafts.set(key, d);
    d.record.title ??= usefulTitle(m.title);
    d.lastSeen = Math.max(d.lastSeen, m.start);
    keyed.set(m, key);
  };
  for (const m of mentions) if (m.lexiconName) add(keyOf(m), m.lexiconName, m.actorType ?? "ORGANIZATION", m);
  for (const m of mentions)
    if (!m.lexiconName && m.actorType === "ORGANIZATION" && m.evidence !== "SINGLE")
      add(keyOf(m), m.text.replace(/^The\s+/, ""), "ORGANIZATION", m);
  const people = mentions.filter((m) => !m.lexiconName && m.actorType === "PERSON");
  const byLength = [...people].sort(
    (a, b) => getNameWords(b.text).length - getNameWords(a.text).length || a.start - b.start,
  );
  for (const m of byLength) {
    // "Arcadia" after "Arcadia Corp.": the company's short name, not a person
    const company = !/\s/.test(m.text) ? findCompanyFor(m.text, drafts) : undefined;
    if (company) {
      add(company.record.key, company.record.name, "ORGANIZATION", m);
      continue;
    }
    const target = findPersonFor(m, drafts);
    // "Acme" after "Acme Partners", when no person of the article is called so: the organisation's short name
    // "the Post" after "The Washington Post": a name's head word is its short name
    const named =
      target || /\s/.test(m.text)
        ? undefined
        : (findOrganizationStartingWith(m.text, drafts) ?? findOrganizationEndingWith(m.text, drafts));
    if (target) add(target.record.key, target.record.name, "PERSON", m);
    else if (named) add(named.record.key, named.record.name, "ORGANIZATION", m);
    else if (m.evidence !== "SINGLE") add(keyOf(m), m.text, "PERSON", m);
  }
  for (const m of mentions) {
    const key = keyed.get(m);
    const rec = key ? drafts.get(key)?.record : undefined;
    if (!rec) continue;
    for (const form of [m.text, m.titleStart !== undefined && m.title ? `${m.title} ${m.text}` : null]) {
      if (form && form !== rec.name && !rec.aliases.includes(form)) rec.aliases.push(form);
    }
  }
  const out = mentions.flatMap((m) => {
    const key = keyed.get(m);
    return key ? [{ ...m, actorKey: key }] : [];
  });
  // an unknown two-word phrase named once, with no title or frame, is too weak to be an actor
  const counts = new Map<string, Mention[]>();
  for (const [m, k] of keyed) counts.set(k, [...(counts.get(k) ?? []), m].slice(0, 2));
  const weak = new Set(
    [...counts].filter(([, own]) => own.length === 1 && own[0]!.evidence === "MULTI").map(([k]) => k),
  );
  return {
    actors: [...drafts.values()].map((d) => d.record).filter((r) => !weak.has(r.key)),
    mentions: out.filter((m) => !weak.has(m.actorKey)),
  };
}

const COMPANY_SUFFIX = /^(?:Corp|Corporation|Inc|Co|Ltd|LLC|Group|Holdings|Company|PLC|AG|SA)\.?$/;

/** The organisation named "<word> Corp." (or Inc., Group …) for a bare `word`, if any. */
function findCompanyFor(word: string, drafts: Map<string, Draft>): Draft | undefined {
  for (const d of drafts.values()) {
    if (d.record.type !== "ORGANIZATION" || !d.record.name.startsWith(`${word} `)) continue;
    if (COMPANY_SUFFIX.test(d.record.name.slice(word.length + 1))) return d;
  }
  return undefined;
}

/** The one organisation whose name `fits`, or undefined when none or several do. */
function findOnlyOrganization(drafts: Map<string, Draft>, fits: (name: string) => boolean): Draft | undefined {
  let found: Draft | undefined;
  for (const d of drafts.values()) {
    if (d.record.type !== "ORGANIZATION" || !fits(d.record.name)) continue;
    if (found) return undefined;
    found = d;
  }
  return found;
}

/** The organisation whose name starts with the one word `word` ("Acme Partners" for "Acme"), if exactly one does. */
function findOrganizationStartingWith(word: string, drafts: Map<string, Draft>): Draft | undefined {
  return findOnlyOrganization(drafts, (name) => name.startsWith(`${word} `));
}

/**
 * The organisation whose name ends in the head word `word` ("The Washington Post" for "Post", "Harbor
 * City Council" for "Council"), if exactly one does: only organisation heads are short names so.
 */
function findOrganizationEndingWith(word: string, drafts: Map<string, Draft>): Draft | undefined {
  return ORGANIZATION_HEADS.has(word) ? findOnlyOrganization(drafts, (name) => name.endsWith(` ${word}`)) : undefined;
}

function findPersonFor(m: Mention, drafts: Map<string, Draft>): Draft | null {
  let best: Draft | null = null;
  let bestFit = 0;
  for (const d of drafts.values()) {
    if (d.record.type !== "PERSON") continue;
    const fit = getNameFit(m.text, d.record.name);
    if (fit > bestFit || (fit === bestFit && fit > 0 && best && isNearer(d, best, m.start))) {
      best = d;
      bestFit = fit;
    }
  }
  return bestFit > 0 ? best : null;
}

function isNearer(a: Draft, b: Draft, at: number): boolean {
  const da = a.lastSeen <= at ? at - a.lastSeen : Infinity;
  const db = b.lastSeen <= at ? at - b.lastSeen : Infinity;
  return da < db;
}
