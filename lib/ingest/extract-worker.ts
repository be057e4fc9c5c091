/**
 * An extraction worker thread (extract-pool.ts): extracts each article posted to
 * it and posts back the result, or the error's message for that article alone.
 */
import { parentPort } from "node:worker_threads";
import { toExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { runPipeline } from "@/lib/extraction/pipeline.ts";
import type { ExtractReply, ExtractRequest } from "./extract-pool.ts";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs only as a worker thread (see extract-pool.ts)");
port.on("message", ({ id, text, hints }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id, extraction: toExtractedArticle(runPipeline({ text, hints })) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
