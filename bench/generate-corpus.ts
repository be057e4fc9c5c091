/**
 * Builds a scale corpus of N articles from the bundled ones, with people's names,
 * dates, publishers and a closing sentence varied so no two articles dedupe.
 * Deterministic for a given seed.
 */
import fs from "node:fs";
import path from "node:path";
import { extract } from "@/lib/extraction/pipeline.ts";
import type { ArticleRecord } from "@/lib/ingest/read-article-file.ts";
import { seededRandom as prng } from "@/scripts/lib/seeded-random.ts";

const root = path.resolve(import.meta.dirname, "..");

const FIRST = [
  "Amina",
  "Bilal",
  "Carlos",
  "Dilnoza",
  "Erik",
  "Farah",
  "Gul",
  "Hamid",
  "Ines",
  "Jamal",
  "Keiko",
  "Laila",
  "Mateo",
  "Nadia",
  "Omar",
  "Priya",
  "Qasim",
  "Rosa",
  "Samir",
  "Tahmina",
  "Umar",
  "Vera",
  "Wali",
  "Ximena",
  "Yusuf",
  "Zainab",
];
const LAST = [
  "Ahmadzai",
  "Baloch",
  "Castillo",
  "Durrani",
  "Eriksen",
  "Faizi",
  "Ghilzai",
  "Hakimi",
  "Ibarra",
  "Jalali",
  "Kakar",
  "Lodhi",
  "Mohmand",
  "Noorzai",
  "Orakzai",
  "Popal",
  "Qureshi",
  "Rahimi",
  "Safi",
  "Tarin",
  "Usmani",
  "Verma",
  "Wardak",
  "Yousafzai",
  "Zazai",
];
const PUBLISHERS = [
  "The Daily Ledger",
  "Frontier Post Weekly",
  "Capital Observer",
  "The Evening Courier",
  "Global Affairs Review",
];
const CITIES = ["Kabul", "Islamabad", "Doha", "Washington", "Geneva", "Tashkent", "Dubai"];

/** The bundled articles' texts (corpus/seeds). */
export function readSeedTexts(): string[] {
  const dir = path.join(root, "corpus/seeds");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Generates `n` distinct article records from `seeds`. */
export function generateCorpus(n: number, seeds: string[] = readSeedTexts(), seed = 42): ArticleRecord[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // people of each seed, found once, so their names can be swapped consistently
  const people = seeds.map((t) => extract({ text: t }).actors.filter((a) => a.type === "PERSON"));
  const out: ArticleRecord[] = [];
  for (let i = 0; i < n; i++) {
    const s = i % seeds.length;
    let text = seeds[s]!;
    for (const person of people[s]!) {
      if (rand() < 0.5) continue;
      const parts = person.name.split(" ");
      const [first, last] = [pick(FIRST), pick(LAST)];
      const surname = parts.at(-1)!;
      text = text.replace(new RegExp(escapeRe(person.name), "g"), `${first} ${last}`);
      if (surname.length > 3) text = text.replace(new RegExp(`\\b${escapeRe(surname)}\\b`, "g"), last);
    }
    const year = 2010 + Math.floor(rand() * 15);
    text = text.replace(/\b20(1\d|2[0-4])\b/g, String(year));
    const city = pick(CITIES);
    // a body sentence, not a trailer: the cleaner removes contributor lines as furniture,
    // and two bodies that clean to the same text are one article
    const lines = text.split("\n");
    const at = Math.max(1, Math.floor(lines.length / 2));
    lines.splice(at, 0, `Officials in ${city} said review number ${i + 1} of the file would continue into next month.`);
    text = lines.join("\n");
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
    out.push({
      source: `generated#${i + 1}`,
      text,
      hints: {
        url: `https://bench.example/${year}/${i + 1}`,
        publisher: pick(PUBLISHERS),
        publishedAt: `${year}-${month}-${day}`,
      },
    });
  }
  return out;
}
