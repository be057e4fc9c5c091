/**
 * The article object of a page's JSON-LD (`<script type="application/ld+json">`):
 * the first NewsArticle, ReportageNewsArticle, Article, BlogPosting… found in a
 * plain object, an array or an `@graph`. Unparseable blocks are skipped (pages
 * ship broken JSON-LD often; the rest of the page still holds metadata).
 */
import type { HtmlMetaCandidates } from "./html-meta-candidates.ts";

const ARTICLE_TYPE = /(?:^|[/#])(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting)$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const typesOf = (o: Json) => [o["@type"]].flat().filter((t): t is string => typeof t === "string");

/** Every object of a JSON-LD value, depth first (arrays and `@graph` opened). */
function* objects(v: unknown, depth = 0): Generator<Json> {
  if (depth > 4) return;
  if (Array.isArray(v)) for (const x of v) yield* objects(x, depth + 1);
  else if (isObject(v)) {
    yield v;
    if (v["@graph"]) yield* objects(v["@graph"], depth + 1);
  }
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** A name from a string, a `{ name }` object, or an array of those; organisations give none when `people` is asked. */
function names(v: unknown, people: boolean): string[] {
  return [v].flat().flatMap((x) => {
    if (typeof x === "string") return text(x) ? [x.trim()] : [];
    if (!isObject(x)) return [];
    if (people && typesOf(x).some((t) => /Organization$/.test(t))) return [];
    const n = text(x.name);
    return n ? [n] : [];
  });
}

function urlOf(v: unknown): string | null {
  if (typeof v === "string") return text(v);
  return isObject(v) ? (text(v["@id"]) ?? text(v.url)) : null;
}

/** What the first article object in `blocks` (the raw texts of the JSON-LD scripts) says. */
export function readJsonLd(blocks: readonly string[]): HtmlMetaCandidates {
  for (const raw of blocks) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue;
    }
    for (const o of objects(value)) {
      if (!typesOf(o).some((t) => ARTICLE_TYPE.test(t))) continue;
      return {
        title: text(o.headline) ?? text(o.name),
        authors: names(o.author ?? o.creator, true),
        publisher: names(o.publisher, false)[0] ?? null,
        publishedAt: text(o.datePublished) ?? text(o.dateCreated),
        url: text(o.url) ?? urlOf(o.mainEntityOfPage),
      };
    }
  }
  return {};
}
