/** The markup a consumer pastes or receives from oEmbed: the frame, then the loader that resizes it. */
import { escapeHtml } from "./escape-html.ts";

/** Top navigation is refused; links open in a new, unsandboxed tab; same-origin stays so height messages carry our origin. */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** What the frame markup needs: absolute URLs of this site and a size already within the consumer's limits. */
export interface EmbedIframe {
  src: string;
  title: string;
  width: number;
  height: number;
  /** The absolute URL of /embed.js, which resizes the frame to its content; omitted when null. */
  loaderSrc: string | null;
}

/** `<iframe class="nkg-embed" …>` (and the loader script) with every attribute escaped. */
export function renderEmbedIframe({ src, title, width, height, loaderSrc }: EmbedIframe): string {
  const iframe =
    `<iframe class="nkg-embed" src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}"` +
    ` style="border:0;max-width:100%" sandbox="${EMBED_SANDBOX}" loading="lazy"></iframe>`;
  return loaderSrc ? `${iframe}<script async src="${escapeHtml(loaderSrc)}" charset="utf-8"></script>` : iframe;
}
