/** Sharing and discovery tags of a page: canonical link, Open Graph and Twitter card, all absolute. */
import type { Metadata } from "next";
import { requestOrigin } from "./origin.ts";

/** The site's name in titles and cards. */
export const SITE_NAME = "News Knowledge Graph";

/** What a page says about itself. */
export interface PageMeta {
  /** The page's own title (the layout adds the site name to <title>, not to cards). */
  title: string;
  description: string;
  /** The canonical path, from the site root ("/actors/atmar"). */
  path: string;
  /** Open Graph type: "article" for articles and quotes, "profile" for actors. */
  type?: "website" | "article" | "profile";
  /** The card's own title and description when they should differ from the page's (a quote's card). */
  card?: { title: string; description: string };
  /** Extra <link rel="alternate"> types (feeds, oEmbed), merged with the canonical link. */
  alternateTypes?: Record<string, string>;
  /** Kept out of search engines (search results), links still followed. */
  noindex?: boolean;
}

/** A description cut at a word boundary to the length cards show (about 200 characters). */
export function clip(text: string, max = 200): string {
  const s = text.replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(" ", max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.]+$/, "")}…`;
}

/** The Metadata of a page at `meta.path`, with absolute URLs from PUBLIC_URL or the request's origin. */
export async function pageMetadata(meta: PageMeta): Promise<Metadata> {
  const origin = await requestOrigin();
  const url = `${origin}${meta.path}`;
  const card = meta.card ?? { title: meta.title, description: meta.description };
  return {
    title: meta.title,
    description: clip(meta.description, 300),
    alternates: { canonical: url, ...(meta.alternateTypes ? { types: meta.alternateTypes } : {}) },
    openGraph: {
      type: meta.type ?? "website",
      siteName: SITE_NAME,
      url,
      title: clip(card.title, 120),
      description: clip(card.description),
      locale: "en",
    },
    twitter: { card: "summary", title: clip(card.title, 70), description: clip(card.description) },
    ...(meta.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
