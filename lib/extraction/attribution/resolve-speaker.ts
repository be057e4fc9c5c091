import { getInitials } from "@/lib/extraction/actors/join-acronyms.ts";
import { matchLexicon } from "@/lib/extraction/actors/match-lexicon.ts";
import { toActorKey } from "@/lib/extraction/actors/merge-aliases.ts";
import { getNameWords } from "@/lib/extraction/actors/person-name.ts";
import { isHonorific, bareHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { ORGANIZATION_HEADS } from "@/lib/extraction/lexicon/organizations.ts";
import { STOP_NAMES } from "@/lib/extraction/lexicon/stop-names.ts";
import { NOMINAL_HEADS, NON_PERSON_HEADS, TITLE_WORDS } from "@/lib/extraction/lexicon/titles.ts";
import type { ActorRecord, ActorType, Mention, Span } from "@/lib/extraction/types.ts";
import { findAntecedent } from "./find-antecedent.ts";
import { DOCUMENT_HEADS, findDocumentIssuer } from "./find-document-issuer.ts";
import {
  BODY_HEADS,
  findLatestOfType,
  findNamedBody,
  findNominalAntecedent,
  findTitledByCountry,
  GROUP_HEADS,
} from "./find-nominal-antecedent.ts";
import { SPEECH_NOUNS } from "./find-noun-frame.ts";
import { findPersonJustNamed, getGovernmentCountry } from "./find-role-antecedent.ts";
import { findSamePerson } from "./find-same-person.ts";
import { lowerBound, type SpeakerContext } from "./speaker-context.ts";
import { DETERMINERS, PERSON_POSTMODIFIERS } from "./word-classes.ts";

export type { SpeakerContext } from "./speaker-context.ts";

// a preposition (with its article) right before a name inside a nominal: "… close to (the) Smith"
// (a title may stand between: "an aide loyal to Senator Vantrell")
const PREPOSITION_BEFORE_NAME = /\s(?:to|with|on|about|by|from)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+)?$/u;

// object pronouns that can name a speaker ("to her, “…”") and their subject forms
const SUBJECT_FORM: Readonly<Record<string, string>> = { her: "she", him: "he", them: "they" };

/**
 * The actor a speaker phrase refers to: the name mentioned there, the person a
 * pronoun points back to, the anonymous source or titled person a nominal names.
 * Creates an ANONYMOUS (or missing PERSON) actor when nothing matches.
 */
export function resolveSpeaker(
  ctx: SpeakerContext,
  span: Span,
  kind: "PRONOUN" | "NAME" | "NOMINAL",
  paragraph: number,
): string | null {
  const words = span.text.split(/\s+/);
  const head = (words[words.length - 1] ?? "").toLowerCase();
  if (kind === "PRONOUN")
    return note(ctx, span, findAntecedent(ctx, span.start, SUBJECT_FORM[head] ?? head, paragraph), "PRONOUN");
  if (kind === "NAME") return resolveName(ctx, span, words, head);
  return resolveNominal(ctx, span, words, head);
}

/** Records the mention attribution found and returns its actor key. */
function note(ctx: SpeakerContext, span: Span, key: string | null, form: Mention["form"]): string | null {
  ctx.added.push({ ...span, actorKey: key, form });
  return key;
}

function resolveName(ctx: SpeakerContext, span: Span, words: readonly string[], head: string): string | null {
  // "Jane Doe, a spokeswoman for the Coalition": the name before the apposition, not the body it names
  const comma = span.text.indexOf(",");
  // "Rivera's attorney, Tomas Kell": an owner's role before the comma, the name after it
  const roleFirst = comma > 0 && OWNER_ROLE.test(span.text.slice(0, comma));
  if (comma < 0 && isOwnersPeople(span.text, head)) return addActor(ctx, span, span.text, "ANONYMOUS", "ANONYMOUS");
  const nameFirst =
    comma > 0 && !roleFirst && /^\p{Lu}/u.test(span.text) && !DETERMINERS.has((words[0] ?? "").toLowerCase());
  const mentioned = nameFirst
    ? findNamedWithin(ctx.mentions, { start: span.start, end: span.start + comma, text: span.text.slice(0, comma) })
    : roleFirst
      ? findNamedWithin(ctx.mentions, {
          start: span.start + comma + 1,
          end: span.end,
          text: span.text.slice(comma + 1),
        })
      : findNamedWithin(ctx.mentions, span);
  // "the Washington Examiner", "Priorities USA": a place inside a longer name is not the speaker
  const placeInName = mentioned !== null && isPlaceInsideName(mentioned, span);
  if (mentioned && !placeInName) return mentioned.actorKey;
  // "the President said" read as a name: the person holding that title
  if (words.length <= 2 && TITLE_WORDS.has(head) && /^(?:the\s+)?\p{Lu}\p{Ll}+$/iu.test(span.text)) {
    const holder = findNominalAntecedent(ctx, span.start, head);
    if (holder) return note(ctx, span, holder, "NOMINAL");
  }
  // "Police said", "People said": a capitalised common noun, not a name
  if (
    words.length === 1 &&
    (NOMINAL_HEADS.has(head) ||
      NOMINAL_HEADS.has(head.replace(/s$/, "")) ||
      ctx.isCommonWord(head) ||
      STOP_NAMES.has(words[0]!))
  ) {
    return note(ctx, span, null, "NOMINAL");
  }
  // "a campaign aide, Jane Doe": the name after the described role
  const named = nameFirst
    ? span.text.slice(0, comma)
    : comma > 0
      ? span.text.slice(span.text.lastIndexOf(",") + 1).trim()
      : span.text;
  return addActor(ctx, span, stripTitles(named), guessType(named), "NAME");
}

/**
 * Whether a phrase names people of a named owner, not the owner ("Henry Clay's biographers",
 * "Rivera's attorney"); an owner's office, campaign, statement or words ("Doe's claim") are the owner's.
 */
function isOwnersPeople(text: string, head: string): boolean {
  // ("Podliska's claim", "Sanders's response" are the owner's own words: only a person noun is someone else)
  return (
    OWNER_ROLE.test(text) &&
    !INSTITUTION_HEADS.has(head) &&
    !isOwnWords(head) &&
    (PERSON_HEAD.test(head) || PERSON_NOUN_ENDING.test(head))
  );
}

/** Whether a head names what its owner wrote or said ("statement", "lawsuit", "claim", "warning"). */
function isOwnWords(head: string): boolean {
  return DOCUMENT_HEADS.has(head) || SPEECH_NOUNS.has(head);
}

// endings of nouns for people ("biographers", "attorney" aside, which PERSON_HEAD lists)
const PERSON_NOUN_ENDING = /(?:er|or|ist|ian)s?$/;

function resolveNominal(ctx: SpeakerContext, span: Span, words: readonly string[], head: string): string | null {
  const det = (words[0] ?? "").toLowerCase();
  // "Jane Doe, a senior fellow at the institute, said": a role in apposition right after a person is that person
  const person = /^(?:a|an)$/.test(det) ? findPersonRightBefore(ctx, span.start) : null;
  if (person) return note(ctx, span, person, "NOMINAL");
  const named = findNamedWithin(ctx.mentions, span);
  // "the White House", "the economist Jane Doe": a role in lower case before a name is that name,
  // unless the name is a preposition's object ("an official speaking to the Ledger" is the official)
  const beforeName = named ? span.text.slice(0, named.start - span.start) : "";
  if (
    named &&
    /^(?:the|a|an)$/.test(det) &&
    named.end === span.end &&
    !PREPOSITION_BEFORE_NAME.test(beforeName) &&
    (words.length <= 3 || /^\S+(?:\s+[\p{Ll}-]+)*\s*$/u.test(beforeName))
  )
    return named.actorKey;
  // "Acme News's Jane Doe", "his friend Jane Doe", "the paper's politics editor Jane Doe": the person the phrase ends with
  if (
    named &&
    named.actorType === "PERSON" &&
    named.end === span.end &&
    !/['’]s?$/.test(span.text) &&
    !PREPOSITION_BEFORE_NAME.test(beforeName)
  )
    return named.actorKey;
  // "White House officials said": a bare plural speaks for the body it names
  // ("Henry Clay's biographers" are not Clay)
  const possessive = words.some((w) => /['’]s$/.test(w));
  if (named && !DETERMINERS.has(det) && !possessive && /s$/.test(head))
    return note(ctx, span, named.actorKey, "NOMINAL");
  // "the board said" after "the Illinois Board of Elections": the body of that name
  const body = det === "the" && words.length <= 3 && BODY_HEADS.has(head) ? findNamedBody(ctx, span.start, head) : null;
  if (body) return note(ctx, span, body, "NOMINAL");
  const group =
    det === "the" && GROUP_HEADS.has(head)
      ? findLatestOfType(ctx, span.start, head === "country" ? "COUNTRY" : "ORGANIZATION")
      : null;
  if (group) return note(ctx, span, group, "NOMINAL");
  const country = getGovernmentCountry(words);
  if (country) return addActor(ctx, span, country, "COUNTRY", "NOMINAL");
  // "the Taliban’s political office (in Doha) said": an institution speaks for its owner
  const core = span.text.split(/\s+(?:of|for|at|in|with|from|to|on)\s+/)[0]!.split(/\s+/);
  const coreHead = (core[core.length - 1] ?? "").toLowerCase();
  const owner =
    possessive && (INSTITUTION_HEADS.has(coreHead) || isOwnWords(coreHead))
      ? findFirstNamedWithin(ctx.mentions, span)
      : null;
  // "Jane Doe’s lawsuit", "Jane Doe’s claim": a person's documents and words speak for her
  const ownerType = owner?.actorKey ? ctx.actorByKey.get(owner.actorKey)?.type : undefined;
  if (owner && owner.actorKey && (ownerType !== "PERSON" || isOwnWords(coreHead)))
    return note(ctx, span, owner.actorKey, "NOMINAL");
  // "the statement said", "the report found": whoever issued it
  const issuer =
    /^(?:the|this|that)$/.test(det) && words.length <= 3 && DOCUMENT_HEADS.has(head)
      ? findDocumentIssuer(ctx, span.start, head)
      : null;
  if (issuer) return note(ctx, span, issuer, "NOMINAL");
  const titled = possessive ? findTitledByCountry(ctx, words) : null;
  if (titled) return note(ctx, span, titled, "NOMINAL");
  if (isOwnersPeople(span.text, head)) return addActor(ctx, span, span.text, "ANONYMOUS", "ANONYMOUS");
  const earlier =
    det === "the" || det === "this" || det === "that" || possessive
      ? findNominalAntecedent(ctx, span.start, head, words.slice(1, -1))
      : null;
  if (earlier) return note(ctx, span, earlier, "NOMINAL");
  // "Gen. Jane Doe met the envoy. “…,” the army's top military official said": the person just named
  const coreHead2 = (
    span.text
      .split(/\s+(?:of|for|at|in|with|from|to|on)\s+/)[0]!
      .split(/\s+/)
      .pop() ?? ""
  ).toLowerCase();
  const justNamed =
    (det === "the" || possessive) && PERSON_HEAD.test(coreHead2) && !/s$/.test(coreHead2)
      ? findPersonJustNamed(ctx, span.start)
      : null;
  if (justNamed) return note(ctx, span, justNamed, "NOMINAL");
  // "the RMT union", "the Likud party": a name with a group noun names that organisation
  if (
    det === "the" &&
    words.length >= 3 &&
    words.length <= 5 &&
    ORGANIZATION_NOUNS.has(head) &&
    words.slice(1, -1).every((w) => /^\p{Lu}/u.test(w))
  ) {
    return addActor(ctx, span, words.slice(1).join(" "), "ORGANIZATION", "NOMINAL");
  }
  return isAnonymousSource(span.text, det)
    ? addActor(ctx, span, span.text.replace(/^(?:the|a|an|one|another|this|that)\s+/i, ""), "ANONYMOUS", "ANONYMOUS")
    : note(ctx, span, null, "NOMINAL");
}

// where a nominal's core ends: a preposition, a post-modifier ("familiar", "close") or a relative pronoun
const CORE_END = new RegExp(`\\s+(?:of|for|at|in|with|from|to|on|who|${[...PERSON_POSTMODIFIERS].join("|")})\\s+`);

/**
 * Whether a nominal names an anonymous source: a person-like head ("a senior
 * official", not "the ruling"), taken before any prepositional phrase ("a
 * representative for Pakistan’s foreign office"); a bare generic plural
 * ("officials said") or a possessive phrase ("their attorneys") names no one in particular.
 */
function isAnonymousSource(text: string, det: string): boolean {
  const core = text.split(CORE_END)[0]!.split(/\s+/);
  const coreHead = (core[core.length - 1] ?? "").toLowerCase();
  if (!PERSON_HEAD.test(coreHead) || NON_PERSON_HEADS.has(coreHead)) return false;
  if (/^(?:his|her|its|their|our|my|your)$/.test(det)) return false;
  const name = text.replace(/^(?:the|a|an|one|another|this|that)\s+/i, "");
  return !(!/\s/.test(name) && /s$/.test(name) && !DETERMINERS.has(det));
}

// lower-case nouns that make "the <Name> <noun>" an organisation's name
const ORGANIZATION_NOUNS = new Set([
  "union",
  "party",
  "group",
  "movement",
  "network",
  "coalition",
  "alliance",
  "association",
  "federation",
  "council",
  "committee",
  "ministry",
  "agency",
  "company",
  "firm",
  "bank",
  "newspaper",
  "magazine",
  "militia",
  "faction",
]);

// nouns for the bodies and channels through which an organisation speaks
const INSTITUTION_HEADS = new Set([
  "office",
  "ministry",
  "department",
  "government",
  "campaign",
  "statement",
  "website",
  "account",
  "delegation",
  "embassy",
  "mission",
  "spokesman",
  "spokeswoman",
  "spokesperson",
]);

// heads of nominal phrases that can name an anonymous source
const PERSON_HEAD =
  /^(?:officials?|spokes(?:man|woman|person|people|men)|sources?|diplomats?|analysts?|aides?|advis[eo]rs?|representatives?|lawmakers?|senators?|experts?|officers?|commanders?|envoys?|ambassadors?|secretary|leaders?|governors?|mayors?|chairman|chairwoman|directors?|negotiators?|militants?|insiders?|residents?|witness(?:es)?|investigators?|prosecutors?|lawyers?|attorneys?|strategists?|operatives?|staffers?|employees?|executives?|economists?|scholars?|researchers?|doctors?|minister|ministers|narrator|announcer|questioner|critics?|supporters?|activists?|organizers?|members?|journalists?|reporters?|businessman|businesswoman|voters?|veterans?|families|parents?|students?|teachers?|workers?|relatives?|friends?|neighbou?rs?|colleagues?|classmates?|acquaintances?|cousins?|witness|bystanders?|victims?|survivors?|passengers?|customers?|shoppers?|owners?|managers?|employers?|landlords?|tenants?|farmers?|nurses?|firefighters?|paramedics?|soldiers?|troops|officers?)$/;

function findFirstNamedWithin(mentions: readonly Mention[], span: Span): Mention | null {
  for (let i = Math.max(0, lowerBound(mentions, span.start) - 2); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= span.end) break;
    if (m.end > span.start && m.actorKey) return m;
  }
  return null;
}

const PREPOSITION_BETWEEN = /(?:^|\s)(?:of|at|from|for|with)\s/;
// "and" right after a person's name: someone named with them
const COORDINATION_BETWEEN = /^\s*(?:and|&)\s/;

/** The text of `span` between two offsets inside it. */
function body(span: Span, from: number, to: number): string {
  return span.text.slice(Math.max(0, from - span.start), Math.max(0, to - span.start));
}

// an owner's role: "Rivera's attorney", "Olumbo's campaign chairman"
const OWNER_ROLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*['’]s?\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*$/u;

/**
 * Whether `m`, a country or place, is only part of the capitalised name `span` ("Washington" in
 * "Washington Examiner", "USA" in "Priorities USA"): the name is a body of its own.
 */
function isPlaceInsideName(m: Mention, span: Span): boolean {
  if (m.actorType !== "COUNTRY" && m.actorType !== "LOCATION") return false;
  if (m.start <= span.start && m.end >= span.end) return false;
  const rest = (span.text.slice(0, m.start - span.start) + " " + span.text.slice(m.end - span.start)).trim();
  return /^(?:\p{Lu}[\p{L}.&'’-]*\s*)+$/u.test(rest.replace(/^the\s+/i, ""));
}

function findNamedWithin(mentions: readonly Mention[], span: Span): Mention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | null = null;
  for (let i = Math.max(0, lo - 2); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= span.end) break;
    if (m.end <= span.start || !m.actorKey) continue;
    // "Jane Doe of the Acme Institute": the person heads the phrase, the body after a preposition qualifies her
    if (best && best.actorType === "PERSON" && PREPOSITION_BETWEEN.test(body(span, best.end, m.start))) break;
    // "Jane Doe and John Roe wrote": people named together are credited to the first of them
    if (best && best.actorType === "PERSON" && COORDINATION_BETWEEN.test(body(span, best.end, m.start))) break;
    best = m;
  }
  return best;
}

function addActor(
  ctx: SpeakerContext,
  span: Span,
  rawName: string,
  type: ActorType,
  form: Mention["form"],
): string | null {
  if (!/\p{L}/u.test(rawName)) return null;
  const lex = type === "ANONYMOUS" ? null : matchLexicon(rawName);
  const name = lex && lex.type !== "LOCATION" ? lex.name : rawName.replace(/^The\s+/, "");
  const key = toActorKey(name);
  // an acronym the article defined ("the Northern Rivers Authority (NRA)") names that actor, whatever type it looks
  const expanded = ctx.actorByKey.has(key) ? undefined : findActorOfAcronym(ctx, name);
  if (expanded) {
    ctx.added.push({ ...span, actorKey: expanded.key, form });
    return expanded.key;
  }
  const same = ctx.actorByKey.has(key) || type !== "PERSON" ? null : findSamePerson(ctx, name, span.start);
  if (same) {
    // the fullest form is the canonical name, the shorter stays an alias (a phrase with punctuation is no name)
    if (
      getNameWords(name).length > getNameWords(same.name).length &&
      /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)+$/u.test(name)
    ) {
      if (!same.aliases.includes(same.name)) same.aliases.push(same.name);
      same.name = name;
    }
    ctx.added.push({ ...span, actorKey: same.key, form });
    return same.key;
  }
  if (!ctx.actorByKey.has(key)) {
    const actor: ActorRecord = { key, name, type, aliases: [], title: null };
    ctx.actors.push(actor);
    ctx.actorByKey.set(key, actor);
  }
  ctx.added.push({ ...span, actorKey: key, form });
  return key;
}

/** The organisation, country or place of the article that `name` is the defined acronym of (join-acronyms.ts). */
function findActorOfAcronym(ctx: SpeakerContext, name: string): ActorRecord | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return undefined;
  return ctx.actors.find(
    (a) => a.type !== "PERSON" && a.type !== "ANONYMOUS" && a.aliases.includes(name) && getInitials(a.name) === name,
  );
}

function stripTitles(text: string): string {
  const words = text.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (isHonorific(bareHonorific(words[i]!)) || /^\p{Ll}/u.test(words[i]!))) i++;
  return words.slice(i).join(" ");
}

function guessType(text: string): ActorType {
  const lex = matchLexicon(text);
  if (lex && lex.type !== "LOCATION") return lex.type;
  return text.split(/\s+/).some((w) => ORGANIZATION_HEADS.has(w)) ? "ORGANIZATION" : "PERSON";
}

/** The person named just before `at` with only a comma between ("Jane Doe, a fellow …"), or null. */
function findPersonRightBefore(ctx: SpeakerContext, at: number): string | null {
  const i = lowerBound(ctx.mentions, at) - 1;
  const m = i >= 0 ? ctx.mentions[i] : undefined;
  if (!m?.actorKey || !/^\s*,\s*$/.test(ctx.body.slice(m.end, at))) return null;
  return ctx.actorByKey.get(m.actorKey)?.type === "PERSON" ? m.actorKey : null;
}
