import { extract } from "./lib/extraction/pipeline.ts";
const out = extract({ text: process.argv[2]!, hints: { publishedAt: "2024-06-20" } });
console.log(out.actors.map((a: any) => a.name + ":" + a.type).join(", "));
for (const e of out.events) console.log(e.type, e.summary, JSON.stringify(e.roles));
