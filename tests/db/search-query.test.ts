import { describe, expect, it } from "vitest";
import { asPhrase, parseSearchQuery, toFts5, toTsquery, withoutLeading } from "@/lib/db/search/parse-search-query.ts";

describe("parseSearchQuery", () => {
  it.each([
    ["Atm", `"atm"*`, `'atm':*`],
    ["Ghâni ASHRAF", `"ghani" AND "ashraf"*`, `'ghani' & 'ashraf':*`],
    ["river talks ", `"river" AND "talks"`, `'river' & 'talks'`],
    ['"river talks" plan', `"river talks" AND "plan"*`, `('river' <-> 'talks') & 'plan':*`],
    ['plan "river talks"', `"plan" AND "river talks"`, `'plan' & ('river' <-> 'talks')`],
    ['plan "river ta', `"plan" AND "river ta"*`, `'plan' & ('river' <-> 'ta':*)`],
    ["vitamin a", `"vitamin" AND "a"`, `'vitamin' & 'a'`],
    ["l'Aquila", `"laquila"*`, `'laquila':*`],
    ["NEAR(", `"near"*`, `'near':*`],
    ["NEAR(talks, plan)", `"near" AND "talks" AND "plan"*`, `'near' & 'talks' & 'plan':*`],
    ["talks OR plan*", `"talks" AND "or" AND "plan"*`, `'talks' & 'or' & 'plan':*`],
    ["' OR 1=1 --", `"or" AND "1" AND "1"`, `'or' & '1' & '1'`],
    ["col:talks^ -x", `"col" AND "talks" AND "x"`, `'col' & 'talks' & 'x'`],
  ])("reads %j as FTS5 %s and tsquery %s", (raw, fts5, tsquery) => {
    const q = parseSearchQuery(raw);
    expect(toFts5(q)).toBe(fts5);
    expect(toTsquery(q)).toBe(tsquery);
  });

  it.each(['"', "*", '""', "%_%", "  ", "-", "()", ":*", "\\"])("finds no words in %j", (raw) => {
    expect(parseSearchQuery(raw).terms).toEqual([]);
  });

  it("keeps only letters and digits in every word, whatever the input", () => {
    const nasty = `"; DROP TABLE "Quote"; -- ' \\ ) ( * ^ : | & ! <-> NEAR/3 {x} [y] 🙂 ü`;
    for (const t of parseSearchQuery(nasty).terms) for (const w of t.words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it("joins all words into one phrase for ranking, and drops leading honorifics for names", () => {
    expect(toFts5(asPhrase(parseSearchQuery('the "river talks" pl')))).toBe(`"the river talks pl"*`);
    expect(toFts5(asPhrase(parseSearchQuery("talks")))).toBe(`"talks"*`);
    const honorific = (w: string) => w === "mr" || w === "president";
    expect(toFts5(withoutLeading(parseSearchQuery("President Mr Atmar"), honorific))).toBe(`"atmar"*`);
    expect(toFts5(withoutLeading(parseSearchQuery("president"), honorific))).toBe(`"president"*`);
  });
});
