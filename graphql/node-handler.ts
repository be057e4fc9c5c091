/**
 * GraphQL over HTTP on node:http (scripts/serve.ts): the core of http-handler.ts
 * (`answerGraphQL`) fed straight from an IncomingMessage and written straight to a
 * ServerResponse, with no Fetch Request, Headers or Response objects in between.
 * What the Next route does around the core, this does too: Next's conventions for
 * methods (HEAD as GET without a body, 405 with Allow for the rest) and the headers
 * next.config.js gives the path (the handler's own win on a clash).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap } from "@apollo/server";
import { answerGraphQL, type GraphQLHttpAnswer, type GraphQLHttpRequest, type HandlerOptions } from "./http-handler.ts";

/** The methods the endpoint answers, as Next lists a route's (its exports, then HEAD and OPTIONS). */
export const ALLOWED_METHODS = "GET, POST, OPTIONS, HEAD";

/** Options of the node handler: the core's, and the headers set on every answer before the handler's own. */
export interface NodeHandlerOptions extends HandlerOptions {
  configHeaders?: readonly (readonly [string, string])[];
}

/** The request's headers as Apollo reads them (node gives them lower-cased, repeated values joined). */
function headerMapOf(req: IncomingMessage): HeaderMap {
  const map = new HeaderMap();
  const raw = req.headers;
  for (const key in raw) {
    const value = raw[key];
    if (value !== undefined) map.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return map;
}

/**
 * A reader of the body up to a byte limit (null past it, or when Content-Length declares more):
 * past the limit reading stops, the rest is never taken off the socket, and `cut` is set so the
 * connection closes once the answer is out.
 */
function bodyReader(req: IncomingMessage, state: { cut: boolean }): (limit: number) => Promise<string | null> {
  return (limit) => {
    if (Number(req.headers["content-length"] ?? "0") > limit) {
      state.cut = true;
      return Promise.resolve(null);
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const cleanup = () => {
        req.off("data", onData);
        req.off("end", onEnd);
        req.off("error", onError);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size <= limit) {
          chunks.push(chunk);
          return;
        }
        cleanup();
        req.pause();
        state.cut = true;
        resolve(null);
      };
      const onEnd = () => {
        cleanup();
        const text = Buffer.concat(chunks, size).toString("utf8");
        // as TextDecoder (the Fetch path) reads it: a byte order mark is not part of the text
        resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      req.on("data", onData);
      req.on("end", onEnd);
      req.on("error", onError);
    });
  };
}

/** Writes the core's answer: one write with its length for a complete body, part by part for incremental delivery. */
async function writeAnswer(
  res: ServerResponse,
  answer: GraphQLHttpAnswer,
  configHeaders: Record<string, string>,
  withBody: boolean,
): Promise<void> {
  const headers: Record<string, string> = { ...configHeaders, ...answer.headers };
  const { body } = answer;
  if (body === null || !withBody) {
    if (body !== null && typeof body === "object" && !Buffer.isBuffer(body)) await body.return?.();
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  if (typeof body === "string" || Buffer.isBuffer(body)) {
    headers["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.length);
    res.writeHead(answer.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(answer.status, headers);
  for (;;) {
    const next = await body.next();
    if (next.done) break;
    if (!res.write(next.value)) await new Promise((r) => res.once("drain", r));
  }
  res.end();
}

/** The node:http handler of /api/graphql. */
export function createGraphQLNodeHandler(
  options: NodeHandlerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { configHeaders = [], ...core } = options;
  const config: Record<string, string> = {};
  for (const [k, v] of configHeaders) config[k.toLowerCase()] = v;
  return async (req, res) => {
    const method = (req.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD" && method !== "POST" && method !== "OPTIONS") {
      // Next's answer for a method the route does not export
      res.writeHead(405, { ...config, allow: ALLOWED_METHODS });
      res.end();
      req.resume();
      return;
    }
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const state = { cut: false };
    const request: GraphQLHttpRequest = {
      method: method === "HEAD" ? "GET" : method,
      headers: headerMapOf(req),
      search: q < 0 ? "" : url.slice(q),
      readBody: bodyReader(req, state),
      aborted: () => req.socket.destroyed,
    };
    const answer = await answerGraphQL(request, core);
    // a body cut short is not read to its end: the connection closes once the answer is out
    if (state.cut) {
      answer.headers.connection = "close";
      res.once("finish", () => req.destroy());
    }
    await writeAnswer(res, answer, config, method !== "HEAD");
  };
}
