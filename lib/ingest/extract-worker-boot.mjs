// Entry of an extraction worker thread (extract-pool.ts). Plain JavaScript, so Node
// loads it without help; it registers tsx's loader in this thread, then loads the
// TypeScript worker. The same under `tsx`, plain `node` and vitest.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
