/**
 * Speech and statement verbs that attribute a quote to a speaker, in every
 * inflection news prose uses. Lower-case; multi-word cues are matched separately.
 */
const STEMS = [
  "say:says,said,saying", "add:adds,added,adding", "tell:tells,told,telling", "note:notes,noted,noting",
  "write:writes,wrote,writing,written", "tweet:tweets,tweeted,tweeting", "argue:argues,argued,arguing",
  "warn:warns,warned,warning", "declare:declares,declared,declaring", "insist:insists,insisted,insisting",
  "claim:claims,claimed,claiming", "ask:asks,asked,asking", "explain:explains,explained,explaining",
  "stress:stresses,stressed,stressing", "state:states,stated,stating", "announce:announces,announced,announcing",
  "continue:continues,continued,continuing", "recall:recalls,recalled,recalling", "reply:replies,replied,replying",
  "respond:responds,responded,responding", "answer:answers,answered,answering", "acknowledge:acknowledges,acknowledged,acknowledging",
  "admit:admits,admitted,admitting", "observe:observes,observed,observing", "remark:remarks,remarked,remarking",
  "suggest:suggests,suggested,suggesting", "predict:predicts,predicted,predicting", "promise:promises,promised,promising",
  "vow:vows,vowed,vowing", "pledge:pledges,pledged,pledging", "assert:asserts,asserted,asserting",
  "contend:contends,contended,contending", "maintain:maintains,maintained,maintaining", "emphasize:emphasizes,emphasized,emphasizing",
  "emphasise:emphasises,emphasised,emphasising", "complain:complains,complained,complaining", "charge:charges,charged,charging",
  "allege:alleges,alleged,alleging", "accuse:accuses,accused,accusing", "deny:denies,denied,denying", "confirm:confirms,confirmed,confirming",
  "report:reports,reported,reporting", "reveal:reveals,revealed,revealing", "disclose:discloses,disclosed",
  "tell:", "shout:shouts,shouted,shouting", "yell:yells,yelled", "joke:jokes,joked,joking", "quip:quips,quipped",
  "boast:boasts,boasted", "concede:concedes,conceded,conceding", "agree:agrees,agreed", "caution:cautions,cautioned,cautioning",
  "urge:urges,urged,urging", "demand:demands,demanded", "conclude:concludes,concluded", "recount:recounts,recounted",
  "describe:describes,described,describing", "call:calls,called,calling", "posted:", "post:posts,posted", "testify:testifies,testified,testifying",
  "mention:mentions,mentioned", "point:points,pointed", "counter:counters,countered", "retort:retorts,retorted",
  "reiterate:reiterates,reiterated,reiterating", "predict:", "estimate:estimates,estimated", "believe:believes,believed",
  "think:thinks,thought", "hope:hopes,hoped", "fear:fears,feared", "worry:worries,worried", "read:reads",
  "whisper:whispers,whispered", "exclaim:exclaims,exclaimed", "mutter:mutters,muttered", "tout:touts,touted",
  "lament:laments,lamented", "indicate:indicates,indicated", "signal:signals,signaled,signalled", "chant:chants,chanted",
  "proclaim:proclaims,proclaimed", "affirm:affirms,affirmed", "assure:assures,assured", "inform:informs,informed",
  "brief:briefed", "wonder:wonders,wondered", "tweet:", "blast:blasts,blasted", "slam:slams,slammed",
  "criticize:criticizes,criticized", "criticise:criticises,criticised", "praise:praises,praised", "quote:quoted",
  "find:finds,found", "show:shows,showed", "put:puts", "comment:comments,commented,commenting",
  "chime:chimed", "scold:scolds,scolded", "mock:mocks,mocked", "rate:rated", "rule:ruled", "hail:hails,hailed",
  // manner of speaking: inflected forms only (the bare stems "reason", "text", "email" are mostly nouns)
  "mused:muses", "groused:grouses", "scoffed:scoffs", "fumed:", "gushed:gushes", "snapped:", "thundered:",
  "bragged:brags", "grumbled:grumbles", "chided:chides", "opined:opines", "surmised:", "speculated:speculates",
  "hinted:hints", "implored:implores", "pleaded:pleads", "begged:begs", "reasoned:", "elaborated:", "interjected:",
  "texted:", "emailed:", "sighed:sighs", "laughed:", "screamed:", "advised:", "raged:", "sniped:",
];

/** Every inflected speech verb, lower-case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  STEMS.flatMap((entry) => {
    const [stem, forms] = entry.split(":");
    return [stem!, ...(forms ? forms.split(",") : [])].filter(Boolean);
  }),
);

/**
 * Verbs that, right after a closing quote mark, attribute it even when they
 * could be ordinary verbs elsewhere; stricter than SPEECH_VERBS for inverted
 * order ("…,” said X) where a false cue would grab a random noun phrase.
 */
export const INVERTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "added", "adds", "told", "tells", "wrote", "writes", "asked", "asks", "continued", "continues",
  "explained", "explains", "noted", "notes", "recalled", "recalls", "replied", "replies", "argued", "argues",
  "warned", "warns", "insisted", "insists", "declared", "declares", "stated", "states", "tweeted", "tweets",
  "responded", "answered", "stressed", "concluded", "observed", "remarked", "according", "reads", "read",
  "acknowledged", "admitted", "claimed", "claims", "countered", "quipped", "joked", "announced", "complained",
  "reported", "reports", "posted", "wondered", "cautioned", "urged", "pleaded", "added,", "shouted", "yelled",
  "mused", "scoffed", "snapped", "quipped", "retorted", "conceded", "lamented", "bragged", "boasted", "grumbled",
  "opined", "interjected", "texted", "emailed", "sighed", "laughed", "screamed", "begged", "reasoned", "vowed",
  "predicted", "promised", "suggested", "insisted", "confirmed", "demanded", "fumed", "groused", "chided",
]);

/** Nouns that name a kind of statement ("in a statement", "the tweet read"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "tweet", "post", "letter", "memo", "report", "release", "interview", "speech", "email",
  "message", "remarks", "testimony", "filing", "complaint", "lawsuit", "ruling", "op-ed", "column", "article",
]);

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

// stem:flags, the forms coming from STEMS (b bare, c careful, i infinitive, q question, o object; "that" always)
const FRAMES = [
  "say:b", "tell:bi", "add:b", "note:b", "warn:bi", "argue:b", "insist:b", "claim:ci", "write:b", "tweet:b",
  "believe:b", "think:b", "hope:bi", "maintain:b", "contend:b", "assert:b", "suggest:c", "explain:cq",
  "stress:c", "acknowledge:c", "confirm:c", "predict:c", "announce:c", "report:c", "reveal:c",
  "declare:c", "concede:c", "admit:c", "emphasize:c", "emphasise:c", "recall:c", "deny:o", "promise:bio",
  "vow:bi", "pledge:bi", "urge:io", "ask:iq", "agree:i", "complain:c", "charge:c", "allege:c", "caution:c",
  "conclude:c", "indicate:c", "signal:c", "estimate:c", "fear:b", "worry:c", "state:c", "testify:c",
  "reiterate:c", "observe:c", "mention:c", "boast:c", "demand:io", "wonder:q", "predict:c", "respond:c",
  "reply:c", "disclose:c", "point:c", "tout:o", "lament:c", "affirm:c", "assure:c", "inform:c", "joke:c",
  "bragged:c", "mused:c", "speculated:c", "hinted:c",
];

function formsOf(stem: string): string[] {
  const entries = STEMS.filter((e) => e.split(":")[0] === stem).flatMap((e) => (e.split(":")[1] ?? "").split(",").filter(Boolean));
  return [stem, ...entries];
}

/** Every inflected form of a verb that reports speech with a clause, with how it takes that clause. */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingFrame> = new Map(
  FRAMES.flatMap((entry) => {
    const [stem, flags = ""] = entry.split(":") as [string, string?];
    const frame: ReportingFrame = Object.freeze({
      stem, bare: flags.includes("b"), careful: flags.includes("c"), infinitive: flags.includes("i"),
      question: flags.includes("q"), object: flags.includes("o"),
    });
    return formsOf(stem).map((form) => [form, frame] as const);
  }),
);
