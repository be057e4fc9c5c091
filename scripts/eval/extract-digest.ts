/**
 * `npm run eval:digest [-- --split train|dev] [--limit N]`: extracts the PolNeAR texts (read from
 * ../shared at run time) with the committed weights and prints one SHA-256 over every extraction,
 * plus the number of quotes, speakers and events. A change meant to be behaviour-preserving (a speed
 * change, a refactor) must leave the digest unchanged; one that changes it says by how much.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { extract } from "@/lib/extraction/pipeline.ts";
import { getSharedDir } from "@/scripts/lib/polnear.ts";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const split = option("split") ?? "dev";
if (split !== "dev" && split !== "train") throw new Error(`--split must be dev or train, not ${JSON.stringify(split)}`);
const limit = Number(option("limit") ?? Infinity);
const dir = path.join(getSharedDir(), "external", `polnear-${split}`, "text");
if (!fs.existsSync(dir)) throw new Error(`${dir} not found (set SHARED_DIR)`);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, limit);
const hash = crypto.createHash("sha256");
let quotes = 0;
let attributed = 0;
let events = 0;
for (const file of files) {
  const result = extract({ text: fs.readFileSync(path.join(dir, file), "utf8") });
  hash.update(file).update("\0").update(JSON.stringify(result)).update("\0");
  quotes += result.quotes.length;
  attributed += result.quotes.filter((q) => q.speaker).length;
  events += result.events.length;
}
console.log(
  `polnear-${split}: ${files.length} texts, ${quotes} quotes (${attributed} with a speaker), ${events} events; digest ${hash.digest("hex").slice(0, 12)}`,
);
