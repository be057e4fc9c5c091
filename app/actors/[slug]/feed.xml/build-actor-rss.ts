/** The RSS 2.0 document of an actor's quotes; every text is XML-escaped, so article text cannot add markup. */
import { escapeHtml as escapeMarkup } from "@/app/_components/embed-code.ts";
import { displayQuoteText, shortQuote } from "@/app/_components/quote-text.ts";
import type { QuoteItemData } from "@/app/_components/types.ts";
import { dropXmlIllegal } from "@/app/_components/xml-text.ts";

/** Escaped XML character data with the code points XML forbids dropped. */
const escapeHtml = (text: string) => escapeMarkup(dropXmlIllegal(text));

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A partial ISO date as the RFC 822 date RSS requires (start of its period, GMT), or null. */
export function toRfc822(date: string | null): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? "");
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? "1") - 1, Number(m[3] ?? "1")));
  return `${DAYS[d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 00:00:00 GMT`;
}

/** The feed, one item per quote, newest first as the API returns them. */
export function buildActorRss(
  actor: { slug: string; name: string; title: string | null },
  quotes: QuoteItemData[],
  origin: string,
): string {
  const home = `${origin}/actors/${actor.slug}`;
  const items = quotes.map((q) => {
    const url = `${origin}/quotes/${encodeURIComponent(q.id)}`;
    const date = toRfc822(q.article.publishedAt);
    return [
      "<item>",
      `<title>${escapeHtml(`${actor.name}: “${shortQuote(q.text, 80)}”`)}</title>`,
      `<link>${escapeHtml(url)}</link>`,
      `<guid isPermaLink="true">${escapeHtml(url)}</guid>`,
      `<description>${escapeHtml(`“${displayQuoteText(q.text)}” — ${actor.name}, in “${q.article.displayTitle}”${q.article.publisher ? ` (${q.article.publisher})` : ""}`)}</description>`,
      date ? `<pubDate>${date}</pubDate>` : "",
      "</item>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeHtml(`Quotes of ${actor.name}`)}</title>`,
    `<link>${escapeHtml(home)}</link>`,
    `<atom:link href="${escapeHtml(`${home}/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeHtml(`What ${actor.name}${actor.title ? `, ${actor.title},` : ""} said in the news.`)}</description>`,
    "<language>en</language>",
    ...items,
    "</channel></rss>",
  ].join("\n");
}
