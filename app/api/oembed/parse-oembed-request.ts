/** Validation of an oEmbed request (`url`, `format`, `maxwidth`, `maxheight`), each failure with its HTTP status. */
import { parseEmbedTarget, type EmbedTarget } from "@/app/embed/_lib/parse-embed-target.ts";

/** A refused oEmbed request: 400 bad parameters, 404 not one of our quote or actor URLs, 501 unsupported format. */
export class OembedRequestError extends Error {
  /** The HTTP status to answer with. */
  readonly status: 400 | 404 | 501;

  constructor(status: 400 | 404 | 501, message: string) {
    super(message);
    this.name = "OembedRequestError";
    this.status = status;
  }
}

/** A valid oEmbed request: what to embed and the consumer's size limits. */
export interface OembedRequest {
  target: EmbedTarget;
  maxWidth: number | null;
  maxHeight: number | null;
}

function parseLimit(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || raw === "") return null;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) === 0)
    throw new OembedRequestError(
      400,
      `\`${name}\` must be a positive integer, got ${JSON.stringify(raw.slice(0, 50))}.`,
    );
  return Number(raw);
}

function parseUrl(raw: string | null): URL {
  if (!raw) throw new OembedRequestError(400, "`url` is required.");
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OembedRequestError(400, `\`url\` must be an absolute URL, got ${JSON.stringify(raw.slice(0, 200))}.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new OembedRequestError(400, `\`url\` must be an http(s) URL, got ${JSON.stringify(raw.slice(0, 200))}.`);
  return url;
}

/** The request's target and limits; throws OembedRequestError naming the offending parameter. */
export function parseOembedRequest(params: URLSearchParams, siteOrigin: string): OembedRequest {
  const url = parseUrl(params.get("url"));
  const format = params.get("format");
  if (format !== null && format !== "" && format !== "json")
    throw new OembedRequestError(501, `Only format=json is supported, got ${JSON.stringify(format.slice(0, 50))}.`);
  const maxWidth = parseLimit(params, "maxwidth");
  const maxHeight = parseLimit(params, "maxheight");
  const target = parseEmbedTarget(url, siteOrigin);
  if (!target)
    throw new OembedRequestError(
      404,
      `Not a quote or actor URL of ${siteOrigin}: ${JSON.stringify(url.href.slice(0, 200))}.`,
    );
  return { target, maxWidth, maxHeight };
}
