/** The copy-and-paste snippet that embeds one quote on another site. */

/** `s` with the five HTML-special characters escaped, for text and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The embed snippet of a quote: a blockquote that reads well without script, then the loader script. */
export function buildEmbedCode(quote: { id: string; text: string; speaker: string | null }, origin: string): string {
  const speaker = quote.speaker ?? "Unknown speaker";
  return `<blockquote class="nkg-quote" data-quote-id="${escapeHtml(quote.id)}"><p>${escapeHtml(quote.text)}</p>— ${escapeHtml(speaker)}</blockquote><script async src="${escapeHtml(origin)}/embed.js"></script>`;
}
