import { describe, expect, it } from "vitest";
import { findFilterError, isPartialDate, renderBadRequestPage } from "@/app/_components/filter-errors.ts";

const q = (s: string) => new URLSearchParams(s);

describe("isPartialDate", () => {
  it.each(["2018", "2018-03", "2018-03-15", "2020-02-29"])("accepts %s", (v) => expect(isPartialDate(v)).toBe(true));
  it.each(["2018-13", "2018-00", "2019-02-29", "March 2018", "18-03", "2018-3", "2018-03-32", ""])("refuses %j", (v) =>
    expect(isPartialDate(v)).toBe(false),
  );
});

describe("findFilterError", () => {
  it.each([
    ["/events", "from=2018-13", /“from” has the value "2018-13".*YYYY-MM/],
    ["/events", "to=March%202018", /“to” has the value "March 2018"/],
    ["/events", "type=%3Cscript%3E", /“type” has the value "<script>"/],
    ["/actors", "type=ROBOT", /“type” has the value "ROBOT".*PERSON/],
    ["/actors", "sort=size", /“sort” has the value "size"/],
  ])("names the bad value on %s?%s", (path, query, re) => expect(findFilterError(path, q(query))).toMatch(re));

  it.each([
    ["/events", "from=2018-03&to=2019&type=AGREE"],
    ["/events", "from=&to=%20"],
    ["/actors", "type=ANONYMOUS&sort=name&q=anything"],
    ["/articles", "from=nonsense"],
    ["/actors/atmar", "type=ROBOT"],
  ])("accepts %s?%s", (path, query) => expect(findFilterError(path, q(query))).toBeNull());
});

describe("renderBadRequestPage", () => {
  it("escapes the message and the link", () => {
    const html = renderBadRequestPage(`bad "<b>x</b>"`, `/events"><script>`);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<script>");
    expect(html).toContain('lang="en"');
  });
});
