import fs from "node:fs";
import path from "node:path";
import { toContract } from "@/lib/extraction/contract.ts";
import { createDoc, STAGES } from "@/lib/extraction/pipeline.ts";
const dir = fs.existsSync("corpus/seeds") ? "corpus/seeds" : "/work/shared/seeds";
const seeds = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const copies = Math.ceil(1_000_000 / (seeds.join("\n\n").length + 2));
const mb = Array.from({ length: copies }, (_, i) => seeds.join("\n\n").replace(/^(?=\S)/gm, `[${i}] `)).join("\n\n");
for (let r = 0; r < 2; r++) {
  let doc = createDoc({ text: mb });
  const out: string[] = [];
  for (const s of STAGES) { const t = performance.now(); doc = s.run(doc); out.push(`${s.name} ${(performance.now() - t).toFixed(0)}`); }
  const t = performance.now(); toContract(doc); out.push(`contract ${(performance.now() - t).toFixed(0)}`);
  console.log(out.join(", "));
}
