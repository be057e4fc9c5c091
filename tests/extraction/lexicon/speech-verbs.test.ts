import { describe, expect, it } from "vitest";
import {
  findSpeechVerbForms,
  getSpeechVerb,
  INVERTED_SPEECH_VERBS,
  REPORTING_VERBS,
  SPEECH_VERB_TABLE,
  SPEECH_VERBS,
} from "@/lib/extraction/lexicon/speech-verbs.ts";

describe("speech-verbs", () => {
  it("gives each form its verb and the verb's flags", () => {
    expect(getSpeechVerb("denied")).toMatchObject({ stem: "deny", cue: true, denial: true, reaction: true });
    expect(getSpeechVerb("alleged")).toMatchObject({ stem: "allege", claim: true });
    expect(getSpeechVerb("testified")).toMatchObject({ stem: "testify", statement: true });
    expect(getSpeechVerb("warns")).toMatchObject({ stem: "warn", threat: true });
    expect(getSpeechVerb("accused")).toMatchObject({ stem: "accuse", accusation: true });
    expect(getSpeechVerb("table")).toBeNull();
  });

  it("derives the cue, inverted and reporting views from the one table", () => {
    expect(SPEECH_VERBS.has("said")).toBe(true);
    expect(INVERTED_SPEECH_VERBS.has("said")).toBe(true);
    expect(INVERTED_SPEECH_VERBS.has("saying")).toBe(false);
    expect(INVERTED_SPEECH_VERBS.has("according")).toBe(true);
    // verbs only events read are not quote cues
    expect(SPEECH_VERBS.has("welcomed")).toBe(false);
    expect(SPEECH_VERBS.has("threatened")).toBe(false);
    expect(REPORTING_VERBS.get("promised")).toMatchObject({
      stem: "promise",
      bare: true,
      infinitive: true,
      object: true,
    });
    expect(REPORTING_VERBS.has("continued")).toBe(false);
  });

  it("lists the finite forms of a flag, longest first, without stems or -ing forms", () => {
    const denials = findSpeechVerbForms("denial");
    expect(denials).toEqual(["denies", "denied"]);
    expect(findSpeechVerbForms(["say"])).toEqual(["says", "said"]);
    expect(findSpeechVerbForms("reaction")).toContain("welcomed");
  });

  it("holds every form once per verb with the stem first", () => {
    for (const v of SPEECH_VERB_TABLE) {
      expect(v.forms[0], v.stem).toBe(v.stem);
      expect(new Set(v.forms).size, v.stem).toBe(v.forms.length);
      for (const f of v.inverted) expect(v.forms, v.stem).toContain(f);
    }
  });
});
