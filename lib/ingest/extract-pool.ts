import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";

/** An article sent to a worker. */
export interface ExtractRequest {
  id: number;
  text: string;
  hints: ArticleHints;
}

/** A worker's answer: the extraction, or why it failed. */
export type ExtractReply = { id: number; extraction: ExtractedArticle } | { id: number; error: string };

/** Extraction on worker threads: each article goes to the next idle worker. */
export interface ExtractPool {
  readonly size: number;
  /** The extraction of one article; rejects with that article's own error only. */
  extract(text: string, hints: ArticleHints): Promise<ExtractedArticle>;
  /** Stops the workers; pending articles are rejected. */
  close(): Promise<void>;
}

/** Workers for a machine: one core stays with the thread that writes, at most 4. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(os.availableParallelism() - 1, 4));
}

interface Task {
  req: ExtractRequest;
  resolve: (x: ExtractedArticle) => void;
  reject: (e: Error) => void;
}

// the worker is TypeScript: its plain-JavaScript entry registers tsx's loader in the new thread first
const WORKER_ENTRY = new URL("./extract-worker-boot.mjs", import.meta.url);

/** Starts `size` extraction workers. */
export function createExtractPool(size: number = defaultPoolSize()): ExtractPool {
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Task>();
  let nextId = 0;
  let closed = false;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const task = queue.shift()!;
      running.set(w, task);
      w.postMessage(task.req);
    }
  };
  const spawn = () => {
    // nothing inherited: a parent's own loader flags (tsx, vitest) would register a second loader
    const w = new Worker(WORKER_ENTRY, { execArgv: [] });
    w.on("message", (reply: ExtractReply) => {
      const task = running.get(w);
      running.delete(w);
      idle.push(w);
      if (task && task.req.id === reply.id) {
        if ("error" in reply) task.reject(new Error(reply.error));
        else task.resolve(reply.extraction);
      }
      dispatch();
    });
    // a worker that dies takes only its own article with it; a fresh one takes its place
    const fail = (err: Error) => {
      const task = running.get(w);
      running.delete(w);
      const at = idle.indexOf(w);
      if (at >= 0) idle.splice(at, 1);
      task?.reject(new Error(`extraction worker failed: ${err.message}`));
      if (!closed) {
        spawn();
        dispatch();
      }
    };
    w.on("error", fail);
    w.on("exit", (code) => {
      if (!closed && (running.has(w) || idle.includes(w))) fail(new Error(`exited with code ${code}`));
    });
    idle.push(w);
  };
  for (let i = 0; i < size; i++) spawn();

  return {
    size,
    extract(text, hints) {
      if (closed) return Promise.reject(new Error("the extraction pool is closed"));
      return new Promise<ExtractedArticle>((resolve, reject) => {
        queue.push({ req: { id: nextId++, text, hints }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const t of queue.splice(0)) t.reject(new Error("the extraction pool was closed"));
      for (const t of running.values()) t.reject(new Error("the extraction pool was closed"));
      const workers = [...idle, ...running.keys()];
      idle.length = 0;
      running.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
