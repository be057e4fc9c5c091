/**
 * The one table of verbs of saying: every form news prose uses, and per verb the
 * flags each stage reads. Quotes and attribution read the cues and the inverted
 * forms, reported speech the frames, events the statement, claim, denial, threat,
 * accusation and reaction flags. Lower-case; multi-word cues are matched separately.
 */

/**
 * How a verb of saying takes reported content without quote marks, per inflected form:
 * `bare` may drop "that" ("said the talks failed"), `careful` drops it only before a
 * finite verb ("announced Kabul is willing", not "announced a plan"), `infinitive`
 * takes "to …" ("promised to end"), `question` takes whether/if/why/about ("asked whether"),
 * `object` takes a plain noun phrase as content ("denied the accusations").
 */
export interface ReportingFrame {
  stem: string;
  bare: boolean;
  careful: boolean;
  infinitive: boolean;
  question: boolean;
  object: boolean;
}

/** What a verb of saying can do, beyond its reporting frame. */
export interface SpeechVerbFlags {
  /** It attributes a quote to its subject ("said", "tweeted"). */
  cue: boolean;
  /** Said in a framed act, it is an announcement-worthy event ("announced", "testified"). */
  statement: boolean;
  /** It reports an unverified claim: what follows is the speaker's word ("claimed", "alleged"). */
  claim: boolean;
  /** It denies: what follows did not happen by the speaker's word ("denied"). */
  denial: boolean;
  /** It threatens or warns of harm ("warned … could cut aid"). */
  threat: boolean;
  /** It accuses someone ("accused", "charged"). */
  accusation: boolean;
  /** A statement about a happening ("confirmed the meeting", "welcomed the deal"): the speaker's own act. */
  reaction: boolean;
  /** Its object is the hearer ("told the crowd", "briefed reporters"), not the speaker. */
  hearer: boolean;
}

/** One verb of saying with all its forms. */
export interface SpeechVerb extends SpeechVerbFlags {
  stem: string;
  /** Every form, the stem first. */
  forms: readonly string[];
  /** The forms that attribute a quote right after its closing mark ("…,” said X). */
  inverted: readonly string[];
  /** How it takes reported content without quote marks, or null when it takes none. */
  frame: ReportingFrame | null;
}

// "forms;flags": a form ending in ! is inverted; flags C cue, b c i q o the reporting frame
// (bare, careful, infinitive, question, object), S statement, K claim, D denial, T threat,
// A accusation, R reaction, H hearer object ("told the crowd": the phrase after a form that is not
// inverted is who hears, never who speaks; "“…,” told the crowd" is no inverted cue)
const TABLE = [
  "say,says!,said!,saying;Cb",
  "add,adds!,added!,adding;Cb",
  "tell,tells,told,telling;CbiH",
  "note,notes!,noted!,noting;Cb",
  "write,writes!,wrote!,writing,written;Cb",
  "tweet,tweets!,tweeted!,tweeting;CbS",
  "argue,argues!,argued!,arguing;Cb",
  "warn,warns!,warned!,warning;CbiT",
  "declare,declares!,declared!,declaring;CcS",
  "insist,insists!,insisted!,insisting;Cb",
  "claim,claims!,claimed!,claiming;CciK",
  "ask,asks!,asked!,asking;CiqH",
  "explain,explains!,explained!,explaining;Ccq",
  "stress,stresses,stressed!,stressing;Cc",
  "state,states!,stated!,stating;Cc",
  "announce,announces,announced!,announcing;CcoS",
  "continue,continues!,continued!,continuing;C",
  "recall,recalls!,recalled!,recalling;Cc",
  "reply,replies!,replied!,replying;Cc",
  "respond,responds,responded!,responding;Cc",
  "answer,answers,answered!,answering;C",
  "acknowledge,acknowledges,acknowledged!,acknowledging;Cco",
  "admit,admits,admitted!,admitting;Cc",
  "observe,observes,observed!,observing;Cc",
  "remark,remarks,remarked!,remarking;C",
  "suggest,suggests,suggested!,suggesting;Cc",
  "predict,predicts,predicted!,predicting;Cco",
  "promise,promises,promised!,promising;Cbio",
  "vow,vows,vowed!,vowing;Cbi",
  "pledge,pledges,pledged,pledging;Cbi",
  "assert,asserts,asserted,asserting;Cb",
  "contend,contends,contended,contending;Cb",
  "maintain,maintains,maintained,maintaining;Cb",
  "emphasize,emphasizes,emphasized,emphasizing;Cc",
  "emphasise,emphasises,emphasised,emphasising;Cc",
  "complain,complains,complained!,complaining;Cc",
  "charge,charges,charged,charging;CcA",
  "allege,alleges,alleged,alleging;CcK",
  "accuse,accuses,accused,accusing;CA",
  "deny,denies,denied,denying;CoDR",
  "confirm,confirms,confirmed!,confirming;CcoR",
  "report,reports!,reported!,reporting;Cco",
  "reveal,reveals,revealed,revealing;Cc",
  "disclose,discloses,disclosed;Cc",
  "shout,shouts,shouted!,shouting;C",
  "yell,yells,yelled!;C",
  "joke,jokes,joked!,joking;Cc",
  "quip,quips,quipped!;C",
  "boast,boasts,boasted!;Cc",
  "concede,concedes,conceded!,conceding;Cc",
  "agree,agrees,agreed;Ci",
  "caution,cautions,cautioned!,cautioning;Cc",
  "urge,urges,urged!,urging;CioH",
  "demand,demands,demanded!;Cio",
  "conclude,concludes,concluded!;Cc",
  "recount,recounts,recounted;C",
  "describe,describes,described,describing;C",
  "call,calls,called,calling;Co",
  "posted!;C",
  "post,posts,posted!;C",
  "testify,testifies,testified,testifying;CcS",
  "mention,mentions,mentioned;Cc",
  "point,points,pointed;Cc",
  "counter,counters,countered!;C",
  "retort,retorts,retorted!;C",
  "reiterate,reiterates,reiterated,reiterating;Cc",
  "estimate,estimates,estimated;Cc",
  "believe,believes,believed;Cb",
  "think,thinks,thought;Cb",
  "hope,hopes,hoped;Cbi",
  "fear,fears,feared;Cb",
  "worry,worries,worried;Cc",
  "read!,reads!;C",
  "whisper,whispers,whispered;C",
  "exclaim,exclaims,exclaimed;C",
  "mutter,mutters,muttered;C",
  "tout,touts,touted;Co",
  "lament,laments,lamented!;Cc",
  "indicate,indicates,indicated;Cc",
  "signal,signals,signaled,signalled;Cc",
  "chant,chants,chanted;C",
  "proclaim,proclaims,proclaimed;CS",
  "affirm,affirms,affirmed;Cc",
  "assure,assures,assured;CcH",
  "inform,informs,informed;CcH",
  "brief,briefed;CH",
  "wonder,wonders,wondered!;Cq",
  "blast,blasts,blasted;C",
  "slam,slams,slammed;C",
  "criticize,criticizes,criticized;C",
  "criticise,criticises,criticised;C",
  "praise,praises,praised;CR",
  "quote,quoted;C",
  "find,finds,found;C",
  "show,shows,showed;C",
  "put,puts;C",
  "comment,comments,commented,commenting;C",
  "chime,chimed;C",
  "scold,scolds,scolded;C",
  "mock,mocks,mocked;C",
  "rate,rated;C",
  "rule,ruled;C",
  "hail,hails,hailed;CR",
  // manner of speaking: inflected forms only (the bare stems "reason", "text", "email" are mostly nouns)
  "mused!,muses;Cc",
  "groused!,grouses;C",
  "scoffed!,scoffs;C",
  "fumed!;C",
  "gushed,gushes;C",
  "snapped!;C",
  "thundered;C",
  "bragged!,brags;Cc",
  "grumbled!,grumbles;C",
  "chided!,chides;C",
  "opined!,opines;C",
  "surmised;C",
  "speculated,speculates;Cc",
  "hinted,hints;Cc",
  "implored,implores;C",
  "pleaded!,pleads;C",
  "begged!,begs;C",
  "reasoned!;C",
  "elaborated;C",
  "interjected!;C",
  "texted!;C",
  "emailed!;C",
  "sighed!,sighs;C",
  "laughed!;C",
  "screamed!;C",
  "advised;C",
  "raged;C",
  "sniped;C",
  // not cues themselves: an inverted attribution word, and verbs only events read
  "according!;",
  "threaten,threatens,threatened,threatening;T",
  "welcome,welcomes,welcomed;R",
];

function parseRow(row: string): SpeechVerb {
  const [formList, flags = ""] = row.split(";") as [string, string?];
  const marked = formList.split(",");
  const forms = marked.map((f) => f.replace(/!$/, ""));
  const stem = forms[0]!;
  const has = (f: string) => flags.includes(f);
  const framed = /[bciqo]/.test(flags);
  return Object.freeze({
    stem,
    forms: Object.freeze(forms),
    inverted: Object.freeze(marked.filter((f) => f.endsWith("!")).map((f) => f.slice(0, -1))),
    frame: framed
      ? Object.freeze({
          stem,
          bare: has("b"),
          careful: has("c"),
          infinitive: has("i"),
          question: has("q"),
          object: has("o"),
        })
      : null,
    cue: has("C"),
    statement: has("S"),
    claim: has("K"),
    denial: has("D"),
    threat: has("T"),
    accusation: has("A"),
    reaction: has("R"),
    hearer: has("H"),
  });
}

/** The table, one entry per verb, in the order written. */
export const SPEECH_VERB_TABLE: readonly SpeechVerb[] = Object.freeze(TABLE.map(parseRow));

const byForm = new Map<string, SpeechVerb>();
for (const v of SPEECH_VERB_TABLE) for (const f of v.forms) if (!byForm.has(f)) byForm.set(f, v);

/** The verb of saying that `form` (lower-case) is a form of, or null. */
export function getSpeechVerb(form: string): SpeechVerb | null {
  return byForm.get(form) ?? null;
}

/** Whether `form` is a finite form (third person or past: "says", "said", "denied"), not the stem or a participle in -ing. */
function isFinite(v: SpeechVerb, form: string): boolean {
  return form !== v.stem && !form.endsWith("ing") && form !== "written";
}

/**
 * The finite forms of the verbs with `flag` set (or of the verbs `stems`), longest first, as a
 * regex alternation for patterns ("denied|denies").
 */
export function findSpeechVerbForms(select: keyof SpeechVerbFlags | readonly string[]): string[] {
  const verbs = SPEECH_VERB_TABLE.filter((v) => (typeof select === "string" ? v[select] : select.includes(v.stem)));
  return verbs.flatMap((v) => v.forms.filter((f) => isFinite(v, f))).sort((a, b) => b.length - a.length);
}

/** Every inflected speech verb that attributes a quote, lower-case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.filter((v) => v.cue).flatMap((v) => v.forms),
);

/**
 * Verbs that, right after a closing quote mark, attribute it even when they
 * could be ordinary verbs elsewhere; stricter than SPEECH_VERBS for inverted
 * order ("…,” said X) where a false cue would grab a random noun phrase.
 */
export const INVERTED_SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_TABLE.flatMap((v) => v.inverted));

/**
 * Forms whose object is the hearer and that do not invert ("told the crowd", "briefed reporters";
 * not "asked", which inverts: "…?” asked the reporter"): the phrase after them never speaks.
 */
export const HEARER_OBJECT_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.filter((v) => v.hearer).flatMap((v) => v.forms.filter((f) => !v.inverted.includes(f))),
);

/** Every inflected form of a verb that reports speech with a clause, with how it takes that clause. */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingFrame> = new Map(
  SPEECH_VERB_TABLE.flatMap((v) => (v.frame ? v.forms.map((f) => [f, v.frame!] as const) : [])),
);

/** Nouns that name a kind of statement ("in a statement", "the tweet read"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "tweet",
  "post",
  "letter",
  "memo",
  "report",
  "release",
  "interview",
  "speech",
  "email",
  "message",
  "remarks",
  "testimony",
  "filing",
  "complaint",
  "lawsuit",
  "ruling",
  "op-ed",
  "column",
  "article",
]);
