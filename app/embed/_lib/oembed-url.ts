/** The oEmbed endpoint URL of a page, for `<link rel="alternate" type="application/json+oembed">` discovery. */

/** `/api/oembed?url=…&format=json` on the page's own origin; pass the absolute URL of a quote or actor page. */
export function oembedUrlFor(pageUrl: string | URL): string {
  const page = new URL(pageUrl);
  const endpoint = new URL("/api/oembed", page.origin);
  endpoint.searchParams.set("url", page.href);
  endpoint.searchParams.set("format", "json");
  return endpoint.href;
}
