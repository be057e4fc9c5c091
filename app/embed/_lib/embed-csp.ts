/** The Content-Security-Policy of embed documents: only their own inline style and script, framable by anyone. */
import { createHash } from "node:crypto";
import { EMBED_STYLE } from "./embed-style.ts";
import { HEIGHT_SCRIPT } from "./height-script.ts";

function sha256(source: string): string {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

/** The policy: nothing may load (no external requests), the inline script and style only by hash, any site may frame. */
export const EMBED_CSP = [
  "default-src 'none'",
  `style-src ${sha256(EMBED_STYLE)}`,
  `script-src ${sha256(HEIGHT_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");
