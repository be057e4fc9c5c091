import { getCountryByName } from "@/lib/extraction/lexicon/countries.ts";
import { FIRST_NAMES } from "@/lib/extraction/lexicon/first-names.ts";
import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { ORGANIZATION_HEADS } from "@/lib/extraction/lexicon/organizations.ts";
import { findSpansInside } from "@/lib/extraction/text/lower-bound.ts";
import type { NamedSpan, Token } from "@/lib/extraction/types.ts";
import type { NameRun } from "./find-name-runs.ts";

/** The name type the tagger gives a span, or null when the tagger did not run. */
export type TaggedType = NamedSpan["type"] | "O" | "MIXED";

/** The tagger's type of the words of `tokens` inside [start, end): one type shared by all, "MIXED", or null without labels. */
export function getTaggedType(tokens: readonly Token[], start: number, end: number): TaggedType | null {
  let type: TaggedType | null = null;
  for (const t of tokens) {
    if (t.end <= start || !t.isWord) continue;
    if (t.start >= end) break;
    if (t.ner === undefined) return null;
    const own = t.ner === "O" ? "O" : (t.ner.slice(2) as NamedSpan["type"]);
    if (type === null) type = own;
    else if (type !== own) return "MIXED";
  }
  return type;
}

const AFTER_PERSON = new Set(["of", "at", "from", "for"]);

/**
 * Splits a capitalised run where the tagger reads a person inside it: the
 * words before the person are the title ("Economist Hans Becker" → title
 * Economist), and an organisation after "of"/"at" is its own run ("… of Deka
 * Bank"). A run the tagger reads as one organisation keeps its whole name.
 * `names` are the tagger's names sorted by start (as the tagger stage writes them).
 */
export function splitTaggedRun(run: NameRun, names: readonly NamedSpan[] | undefined): NameRun[] {
  if (!names?.length || run.tokens.length < 2) return [run];
  const start = run.tokens[0]!.start;
  const end = run.tokens[run.tokens.length - 1]!.end;
  const inside = findSpansInside(names, start, end);
  const org = inside.find((n) => n.type === "ORGANIZATION" && n.start === start && n.end === end);
  // only a run that ends in an organisation's head word: the tagger also reads "Afghan National Security Adviser X" as one
  const first = run.tokens[0]!;
  // …and whose first word is a name's ("In Congress" at a sentence start is not one)
  const firstIsName = first.pos === undefined || first.pos === "NNP" || first.pos === "NNPS" || first.pos === "JJ";
  if (
    org &&
    firstIsName &&
    ORGANIZATION_HEADS.has(run.tokens[run.tokens.length - 1]!.text) &&
    !isHonorific(first.text) &&
    !getCountryByName(first.text)
  ) {
    return [{ ...run, wholeOrganization: true }];
  }
  const person = inside.find((n) => n.type === "PERSON" && /\s/.test(n.text));
  if (!person) return [run];
  const at = run.tokens.findIndex((t) => t.start === person.start);
  const after = run.tokens.findIndex((t) => t.start >= person.end);
  if (at < 0) return [run];
  const before = run.tokens[at - 1];
  // a first name before the person's span is the tagger stopping short, not a title
  const titled = at > 0 && before !== undefined && before.isWord && !FIRST_NAMES.has(before.text);
  const head: NameRun = {
    ...run,
    tokens: after < 0 ? run.tokens : run.tokens.slice(0, after),
    ...(titled ? { titleEnd: person.start } : {}),
  };
  if (after < 0) return [head];
  const link = run.tokens[after]!;
  // "Jane Doe Scores Direct Hit" (a headline in Title Case): the words the tagger puts in no name are not hers
  if (run.tokens.slice(after).every((t) => !t.isWord || t.ner === "O") && !FIRST_NAMES.has(link.text)) return [head];
  if (!AFTER_PERSON.has(link.text) || after + 1 >= run.tokens.length) return [run];
  return [head, { tokens: run.tokens.slice(after + 1), atSentenceStart: false }];
}

/**
 * Prepends to an organisation's run the capitalised words before it that the
 * tagger reads as part of the organisation but the run finder skipped as
 * ordinary ("European" in "European Central Bank"). `sentence` holds the run's tokens.
 */
export function extendOrganizationRun(run: NameRun, sentence: readonly Token[], at: number): NameRun {
  const last = run.tokens[run.tokens.length - 1]!;
  if (!ORGANIZATION_HEADS.has(last.text)) return run;
  let i = at;
  while (i > 0) {
    const prev = sentence[i - 1]!;
    const next = sentence[i]!;
    if (
      !prev.isWord ||
      !prev.isCap ||
      prev.end + 1 !== next.start ||
      !prev.ner?.endsWith("-ORGANIZATION") ||
      !/^(?:NNPS?|JJ)$/.test(prev.pos ?? "")
    )
      break;
    i--;
  }
  return i === at
    ? run
    : { ...run, tokens: [...sentence.slice(i, at), ...run.tokens], atSentenceStart: run.atSentenceStart || i === 0 };
}
