/** A complete, self-contained embed document around an already escaped body. */
import { EMBED_STYLE } from "./embed-style.ts";
import { escapeHtml } from "./escape-html.ts";
import { HEIGHT_SCRIPT } from "./height-script.ts";

/** What an embed document shows: plain-text id and title, and body HTML built from escaped parts. */
export interface EmbedDocument {
  /** Sent back to the parent with every height message. */
  embedId: string;
  /** The document title and its visually hidden heading. */
  title: string;
  /** Trusted HTML: every piece of data in it must already be escaped. */
  bodyHtml: string;
  /** Whether the height script is included (not on error pages, so loaders keep their fallback). */
  hasHeightScript?: boolean;
}

/** The HTML text of an embed document with its inline style and height script. */
export function renderEmbedDocument({ embedId, title, bodyHtml, hasHeightScript = true }: EmbedDocument): string {
  return [
    "<!doctype html>",
    `<html lang="en" data-embed-id="${escapeHtml(embedId)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${EMBED_STYLE}</style>`,
    "</head>",
    "<body>",
    `<main><h1 class="sr">${escapeHtml(title)}</h1>${bodyHtml}</main>`,
    hasHeightScript ? `<script>${HEIGHT_SCRIPT}</script>` : "",
    "</body>",
    "</html>",
  ].join("\n");
}
