import fs from "node:fs";
import path from "node:path";
import type { ArticleHints } from "@/lib/extraction/types.ts";
import { InvalidArticleError } from "./errors.ts";
import { htmlToText } from "./html-to-text.ts";

/** One article read from a file: its text and whatever metadata the file format carries. */
export interface ArticleRecord {
  /** Where it came from: the path, with `#N` for the N-th record of a JSON/JSONL file. */
  source: string;
  text: string;
  hints: ArticleHints;
}

/** File extensions ingest understands. */
export const SUPPORTED_EXTENSIONS = Object.freeze([".txt", ".html", ".htm", ".json", ".jsonl"]);

/** Largest file read, in bytes: bigger inputs are refused rather than exhausting memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Decodes bytes as UTF-8, refusing binary data and invalid encodings with a reason. */
export function decodeText(buf: Buffer, source: string): string {
  if (buf.length === 0) throw new InvalidArticleError(`${source}: empty file`);
  if (buf.includes(0)) throw new InvalidArticleError(`${source}: binary file (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InvalidArticleError(`${source}: not valid UTF-8 text`);
  }
  if (!text.trim()) throw new InvalidArticleError(`${source}: no text (only white space)`);
  return text;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Validates one JSON record `{ text, title?, url?, publishedAt?, publisher?, author? }`. */
export function recordFromJson(value: unknown, source: string): ArticleRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidArticleError(`${source}: expected an object with a "text" field`);
  }
  const o = value as Record<string, unknown>;
  const text = str(o.text);
  if (!text) throw new InvalidArticleError(`${source}: missing or empty "text" field`);
  return {
    source,
    text,
    hints: {
      title: str(o.title),
      url: str(o.url),
      publishedAt: str(o.publishedAt) ?? str(o.published_at) ?? str(o.date),
      publisher: str(o.publisher),
      author: str(o.author),
    },
  };
}

/** A record of a multi-record file that could not be read, and why (the rest of the file still is). */
export interface RecordFailure {
  source: string;
  reason: string;
}

/** Reads the article(s) of one file; throws InvalidArticleError with the first reason when any record cannot be read. */
export function readArticleFile(file: string): ArticleRecord[] {
  const items = readArticleFileItems(file);
  const failure = items.find((r): r is RecordFailure => !("text" in r));
  if (failure) throw new InvalidArticleError(`${failure.source}: ${failure.reason}`);
  return items as ArticleRecord[];
}

/**
 * Reads the article(s) of one file: a `.jsonl` line that is not a valid record is a failure of
 * its own beside the good lines; anything wrong with the file as a whole throws InvalidArticleError.
 */
export function readArticleFileItems(file: string): (ArticleRecord | RecordFailure)[] {
  const ext = path.extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    throw new InvalidArticleError(
      `${file}: unsupported file type "${ext || "(none)"}" (expected ${SUPPORTED_EXTENSIONS.join(", ")})`,
    );
  }
  const stat = fs.statSync(file);
  if (stat.size > MAX_FILE_BYTES)
    throw new InvalidArticleError(`${file}: too large (${stat.size} bytes, limit ${MAX_FILE_BYTES})`);
  const text = decodeText(fs.readFileSync(file), file);
  if (ext === ".txt") return [{ source: file, text, hints: {} }];
  if (ext === ".html" || ext === ".htm") {
    const page = htmlToText(text);
    if (!page.text.trim()) throw new InvalidArticleError(`${file}: no article text found in the HTML`);
    return [{ source: file, text: page.text, hints: page.hints }];
  }
  if (ext === ".json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new InvalidArticleError(`${file}: invalid JSON (${(err as Error).message})`);
    }
    const items = Array.isArray(value) ? value : [value];
    if (!items.length) throw new InvalidArticleError(`${file}: empty JSON array`);
    return items.map((v, i) => recordFromJson(v, items.length > 1 ? `${file}#${i + 1}` : file));
  }
  // .jsonl: one record per non-blank line, each line failing on its own
  const out: (ArticleRecord | RecordFailure)[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const source = `${file}#${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      out.push({ source, reason: `invalid JSON (${(err as Error).message})` });
      return;
    }
    try {
      out.push(recordFromJson(value, source));
    } catch (err) {
      if (!(err instanceof InvalidArticleError)) throw err;
      out.push({ source, reason: err.message.replace(`${source}: `, "") });
    }
  });
  if (!out.length) throw new InvalidArticleError(`${file}: no records`);
  return out;
}
