/** Reading a fetched body: its text by the declared charset, and whether it is a feed. */

/** The charset a document declares in its first bytes: `<meta charset>`, `<meta http-equiv>` or the XML declaration. */
export function sniffCharset(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString("latin1");
  const m =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes a body by the charset the header declares, else the document itself, else UTF-8 (also for unknown labels). */
export function decodeBody(body: Buffer, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? sniffCharset(body) ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** Whether XML text has an RSS, RDF or Atom root element (after any prolog, comments and doctype). */
export function isFeedXml(text: string): boolean {
  const start = text
    .replace(/^\uFEFF/, "")
    .replace(/^(\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, "")
    .slice(0, 200);
  return /^<(rss|feed|rdf:RDF)[\s>/]/.test(start);
}
