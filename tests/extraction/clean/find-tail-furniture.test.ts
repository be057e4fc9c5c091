import { describe, expect, it } from "vitest";
import { findFurniture, getFurnitureRule } from "@/lib/extraction/clean/find-tail-furniture.ts";

const prose = "The port reopened on Monday after a week-long strike by dock workers ended.";

describe("findFurniture", () => {
  it.each([
    ["Read more", "read-more"],
    ["Share this on Facebook", "share"],
    ["Follow Jane Roe on Twitter @janeroe.", "social"],
    ["Photo: John Doe/Example Images", "photo-credit"],
  ])("classifies %j as %s", (line, reason) => {
    expect(getFurnitureRule(line, false)?.reason).toBe(reason);
  });

  it("applies bio rules only to the closing lines", () => {
    const bio = "Ann covers shipping and trade for Harbour Weekly.";
    expect([...findFurniture([bio, prose, prose.toUpperCase()])]).toEqual([]);
    expect([...findFurniture([prose, bio])]).toEqual([[1, "author-bio"]]);
  });

  it("keeps a prose line that merely mentions reprints of a book", () => {
    expect(getFurnitureRule(`${prose} The publisher ordered reprints.`, false)).toBeNull();
  });
});

describe("getFurnitureRule on copyright lines", () => {
  it.each([
    ["Copyright © 2019 Example Media", "copyright"],
    ["Copyright 2019 The Associated Press. All rights reserved.", "copyright"],
    ["Copyright law experts say the ruling is narrow.", null],
  ])("classifies %j as %s", (line, reason) => {
    expect(getFurnitureRule(line, false)?.reason ?? null).toBe(reason);
  });
});

describe("getFurnitureRule on photo and reporting credits", () => {
  it.each([
    ["REUTERS/Lena Fisk", "photo-credit"],
    ["STR/AFP/Getty Images", "photo-credit"],
    ["Omar Tarkin/AP", "photo-credit"],
    ["Image copyright EPA", "photo-credit"],
    ["Image caption The harbour was closed for a week", "photo-credit"],
    ["Getty Images", "photo-credit"],
    ["(Additional reporting by Omar Tarkin; Editing by Lena Fisk)", "reporting-credit"],
    ["Reporting by Omar Tarkin; Writing by Lena Fisk", "reporting-credit"],
    ["The harbour/port authority reopened the gates.", null],
    ["Reporting the strike was hard, the editor said.", null],
  ])("classifies %j as %s", (line, reason) => {
    expect(getFurnitureRule(line, false)?.reason ?? null).toBe(reason);
  });
});
