import { describe, expect, it } from "vitest";
import { datesStage, findDatedSpans, getAnchor } from "@/lib/extraction/dates/dates-stage.ts";
import { createDoc, extract } from "@/lib/extraction/pipeline.ts";
import type { Doc, EventRecord } from "@/lib/extraction/types.ts";

const BODY = "The envoy met the minister on Monday in Rome. A conference on Nov. 28 ended the talks.";

function docOf(body: string, publishedAt: string | null, events: EventRecord[] = []): Doc {
  const doc = createDoc({ text: body });
  return {
    ...doc,
    body,
    events,
    meta: { ...doc.meta, publishedAt: publishedAt ? { value: publishedAt, precision: "DAY" } : null },
  };
}

const meeting: EventRecord = {
  type: "CONSULT",
  summary: "envoy met minister",
  date: null,
  location: "Rome",
  participants: [],
  trigger: { start: 10, end: 13, text: "met" },
  evidence: [{ start: 0, end: 45, text: BODY.slice(0, 45) }],
  reported: false,
  reportedBy: null,
};

describe("datesStage", () => {
  it("dates an event by the expression in its evidence when an anchor exists", () => {
    const doc = datesStage.run(docOf(BODY, "2018-11-15"));
    expect(doc.events).toEqual([]);
    const dated = datesStage.run(docOf(BODY, "2018-11-15", [meeting]));
    expect(dated.events[0]?.date).toEqual({ value: "2018-11-12", precision: "DAY" });
  });

  it("warns when a past-tense clause names a day after the stated date", () => {
    const doc = datesStage.run(docOf(BODY, "2018-11-15"));
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toContain("Nov. 28");
  });

  it("leaves relative dates unresolved when there is no anchor", () => {
    const spans = findDatedSpans(BODY, getAnchor(docOf(BODY, null)));
    expect(spans.map((s) => [s.text, BODY.slice(s.start, s.end), s.resolved])).toEqual([
      ["Monday", "Monday", null],
      ["Nov. 28", "Nov. 28", null],
    ]);
  });

  it("anchors on the reference date when the article states none", () => {
    const doc = { ...docOf(BODY, null), input: { text: BODY, referenceDate: new Date(Date.UTC(2018, 10, 15)) } };
    expect(getAnchor(doc)).toEqual({ value: "2018-11-15", precision: "DAY" });
  });
});

describe("datesStage with spans of time", () => {
  it("leaves an event undated when its only date bounds a span ('since 2001')", () => {
    const body = "Rebels have attacked convoys since 2001.";
    const attack: EventRecord = {
      ...meeting,
      type: "ASSAULT",
      trigger: { start: 12, end: 20, text: "attacked" },
      evidence: [{ start: 0, end: body.length, text: body }],
    };
    expect(datesStage.run(docOf(body, "2018-11-15", [attack])).events[0]?.date).toBeNull();
  });
});

describe("datesStage and times of day", () => {
  it.each([
    ["on Tuesday evening", "2024-03-13", "2024-03-12"],
    ["late Tuesday night", "2024-03-13", "2024-03-12"],
    ["on Tuesday evening", "2024-03-12", "2024-03-12"],
    ["early Wednesday morning", "2024-03-13", "2024-03-13"],
  ])("dates an attack %s to the weekday itself (article of %s)", (when, published, want) => {
    const body = `Gunmen attacked a police post ${when}, officials said.`;
    const event: EventRecord = {
      ...meeting,
      trigger: { start: 7, end: 15, text: "attacked" },
      evidence: [{ start: 0, end: body.length, text: body }],
    };
    expect(datesStage.run(docOf(body, published, [event])).events[0]!.date?.value).toBe(want);
  });
});

describe("weekday dates anchored on a caption", () => {
  // a Wednesday caption, no date of the article's own
  const article = (lede: string) =>
    `Quiet deal in Tarn\n\nMira Holt waves in Tarn, Wednesday, Sept. 11, 2019. (AP Photo/Jo Lind)\n\nTARN — ${lede}`;

  it.each([
    ["Mira Holt met Dario Quell on Tuesday evening, aides said.", "2019-09-10"],
    ["Mira Holt met Dario Quell late Tuesday night, aides said.", "2019-09-10"],
    ["Mira Holt met Dario Quell on Wednesday, aides said.", "2019-09-11"],
    ["Mira Holt met Dario Quell on Thursday, aides said.", "2019-09-05"],
  ])("dates %j to the weekday on or before the caption's day when told in the past", (lede, want) => {
    const out = extract({ text: article(lede) });
    expect(out.article.publishedAt).toBe("2019-09-11");
    expect(out.events.map((e) => e.date)).toEqual([want]);
  });
});
