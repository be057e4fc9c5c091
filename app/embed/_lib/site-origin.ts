/** This site's origin as the visitor addressed it, so embeds and oEmbed answers point back to the same host. */

/** The origin (`http://host:port`) of a request to this app. */
export function siteOriginOf(request: Request): string {
  return new URL(request.url).origin;
}
