import { getCorpusDb } from "/work/main/bench/lib/corpus-db.ts";
const t0 = Date.now();
console.log(await getCorpusDb(20000));
console.log("rss MB", Math.round(process.memoryUsage().rss / 1e6), "s", (Date.now() - t0) / 1000);
