import { describe, expect, it } from "vitest";
import { decodeBody, isFeedXml, sniffCharset } from "@/lib/ingest/web/read-document.ts";

describe("isFeedXml", () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', true],
    ["<feed xmlns='http://www.w3.org/2005/Atom'>", true],
    ["\uFEFF<rdf:RDF xmlns:rdf='x'>", true],
    ["<!doctype html><html>", false],
    ["<rsstuff>", false],
  ])("reads %j as a feed: %s", (text, expected) => {
    expect(isFeedXml(text)).toBe(expected);
  });
});

describe("sniffCharset", () => {
  it.each([
    ['<html><head><meta charset="ISO-8859-1">', "iso-8859-1"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "windows-1252"],
    ["<?xml version='1.0' encoding='ISO-8859-15'?><rss>", "iso-8859-15"],
    ["<html><head><title>x</title>", null],
  ])("reads %j as %j", (head, charset) => {
    expect(sniffCharset(Buffer.from(head, "latin1"))).toBe(charset);
  });
});

describe("decodeBody", () => {
  it("decodes by the given charset, else the sniffed one, else UTF-8, and falls back to UTF-8 on an unknown label", () => {
    expect(decodeBody(Buffer.from("Grüße", "latin1"), "iso-8859-1")).toBe("Grüße");
    expect(decodeBody(Buffer.from("<meta charset=latin1>ü", "latin1"), null)).toBe("<meta charset=latin1>ü");
    expect(decodeBody(Buffer.from("Grüße", "utf8"), null)).toBe("Grüße");
    expect(decodeBody(Buffer.from("Grüße", "utf8"), "no-such-charset")).toBe("Grüße");
  });
});
