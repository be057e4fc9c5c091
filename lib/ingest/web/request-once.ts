/**
 * One HTTP(S) request, politely bounded: a named user agent, one deadline for the whole
 * answer, a byte cap enforced while streaming (also after decompression), redirects handed
 * back rather than followed, refused media types aborted before their body is read, and the
 * connection pinned to addresses the SSRF guard checked.
 */
import http from "node:http";
import https from "node:https";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { checkLiteralHost, createGuardedLookup, type PrivateHostAllowance, type ResolveAll } from "./ssrf-guard.ts";

/** A fetch that did not give a usable document; `permanent` ones are not worth retrying (refusals, 404). */
export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    message: string,
    readonly permanent: boolean,
    /** The HTTP status, when the server answered with an error. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Bounds and identity of one request. */
export interface RequestOptions {
  allow: PrivateHostAllowance;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** The Accept header. */
  accept: string;
  /** Whether a media type (lower case, no parameters) is worth reading. */
  isAcceptedType: (mediaType: string) => boolean;
  /** Replaces DNS in tests. */
  resolveAll?: ResolveAll;
  /** Validators of the copy held: the server may answer 304 Not Modified. */
  validators?: Validators;
}

/** What a conditional request sends back: the ETag and Last-Modified of a copy held. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** What one request gave: a redirect to follow, or a document. */
export type RequestResult =
  | { redirect: URL; status: number }
  | { notModified: true; url: URL }
  | { url: URL; status: number; mediaType: string; charset: string | null; body: Buffer; validators: Validators };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The media type and charset of a Content-Type header. */
export function parseContentType(header: string | undefined): { mediaType: string; charset: string | null } {
  const [type = "", ...params] = (header ?? "").split(";");
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return { mediaType: type.trim().toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = String(res.headers["content-encoding"] ?? "identity").toLowerCase();
  if (enc === "gzip" || enc === "x-gzip") return res.pipe(zlib.createGunzip());
  if (enc === "deflate") return res.pipe(zlib.createInflate());
  if (enc === "br") return res.pipe(zlib.createBrotliDecompress());
  if (enc !== "identity") throw new FetchError(`unsupported content encoding "${enc}"`, true);
  return res;
}

/** Sends one GET; rejects with FetchError (or PrivateAddressError) saying why, naming the URL. */
export function requestOnce(url: URL, o: RequestOptions): Promise<RequestResult> {
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return Promise.reject(new FetchError(`${url.href}: only http and https URLs are fetched`, true));
  if (url.username || url.password)
    return Promise.reject(new FetchError(`${url.href}: URLs with credentials are not fetched`, true));
  try {
    checkLiteralHost(url, o.allow);
  } catch (err) {
    return Promise.reject(err);
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      if (err instanceof FetchError || err.name === "PrivateAddressError") reject(err);
      else reject(new FetchError(`${url.href}: ${(err as NodeJS.ErrnoException).code ?? err.message}`, false));
    };
    const req = client.request(
      url,
      {
        method: "GET",
        agent: false,
        lookup: createGuardedLookup(o.allow, o.resolveAll),
        headers: {
          "user-agent": o.userAgent,
          accept: o.accept,
          "accept-encoding": "gzip, deflate, br",
          ...(o.validators?.etag ? { "if-none-match": o.validators.etag } : {}),
          ...(o.validators?.lastModified ? { "if-modified-since": o.validators.lastModified } : {}),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (REDIRECTS.has(status) && location) {
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            return fail(new FetchError(`${url.href}: redirect to an invalid URL "${location}"`, true));
          }
          settled = true;
          clearTimeout(timer);
          res.resume();
          return resolve({ redirect: next, status });
        }
        if (status === 304 && o.validators) {
          settled = true;
          clearTimeout(timer);
          res.resume();
          return resolve({ notModified: true, url });
        }
        if (status < 200 || status > 299)
          return fail(
            new FetchError(`${url.href}: HTTP ${status}`, status >= 400 && status < 500 && status !== 429, status),
          );
        const { mediaType, charset } = parseContentType(res.headers["content-type"]);
        if (!o.isAcceptedType(mediaType))
          return fail(new FetchError(`${url.href}: content type "${mediaType || "(none)"}" is not fetched`, true));
        const declared = Number(res.headers["content-length"]);
        if (declared > o.maxBytes)
          return fail(new FetchError(`${url.href}: ${declared} bytes, over the limit of ${o.maxBytes}`, true));
        let body: Readable;
        try {
          body = decoded(res);
        } catch (err) {
          return fail(new FetchError(`${url.href}: ${(err as Error).message}`, true));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        body.on("data", (chunk: Buffer) => {
          if (settled) return;
          size += chunk.length;
          if (size > o.maxBytes) fail(new FetchError(`${url.href}: more than the limit of ${o.maxBytes} bytes`, true));
          else chunks.push(chunk);
        });
        body.on("error", fail);
        res.on("error", fail);
        body.on("end", () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          const validators = { etag: res.headers.etag ?? null, lastModified: res.headers["last-modified"] ?? null };
          resolve({ url, status, mediaType, charset, body: Buffer.concat(chunks), validators });
        });
      },
    );
    const timer = setTimeout(
      () => fail(new FetchError(`${url.href}: no complete answer within ${o.timeoutMs / 1000} s`, false)),
      o.timeoutMs,
    );
    req.on("error", fail);
    req.end();
  });
}
