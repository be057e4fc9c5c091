/**
 * Event trigger lexicon: the words that report a happening, by PLOVER type (plus
 * ANNOUNCE and ELECT). Each entry is a regex source matched case-insensitively at
 * word boundaries. Words that merely report speech ("said") are deliberately
 * absent: a statement is an event only when framed as one (an address, an
 * interview, an announcement). Data only; `find-event-triggers.ts` applies it.
 */
import { findSpeechVerbForms } from "@/lib/extraction/lexicon/speech-verbs.ts";
import type { EventType } from "@/lib/extraction/types.ts";

/** One trigger: its event type and the word forms that signal it. */
export interface EventTrigger {
  type: EventType;
  pattern: string;
  /** Nouns ("talks", "attacks") need a concrete frame: an actor or place in the clause. */
  noun?: boolean;
  /** Matched with case as written (patterns that look at capitals); otherwise case-insensitively. */
  caseSensitive?: boolean;
}

// a statement dated to a calendar day ("Mattis on Oct. 30 said") is an event, a bare "said" is not
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
const GAP = String.raw`(?:\s+[\w'’,-]+){0,4}?\s+["“‘']?`;
// verbs of saying, from the one speech-verb table: framed statements, statements about a happening, threats
const STATEMENT_VERBS = findSpeechVerbForms("statement").join("|");
const REACTION_VERBS = findSpeechVerbForms("reaction").join("|");
const WARNING_VERBS = [...findSpeechVerbForms(["say"]), ...findSpeechVerbForms("threat")].join("|");
// "said on Wednesday that the United States could cut": a threat reported as a statement
const WIDE_GAP = String.raw`(?:\s+[\w'’,$.-]+){0,8}?\s+`;
const HARM = String.raw`(?:cut|withhold|suspend|halt|end|impose|strike|attack|retaliate|expel|pull|sever|freeze|punish)`;
// those freed or released: people, not statements or reports
const CAPTIVES = String.raw`(?:prisoners|hostages|detainees|soldiers|captives|inmates|civilians|journalists?|activists?|aid workers?|workers|officials|policemen|police officers|members|fighters|commanders|women|men|children)`;

/** The trigger lexicon (a lookbehind comes after a lookahead for its word, so it runs only where the word stands). */
export const EVENT_TRIGGERS: readonly EventTrigger[] = Object.freeze([
  // CONSULT: meetings, visits, talks
  {
    type: "CONSULT",
    pattern: String.raw`met|meets|meet(?=\s+with)|(?=meet)(?<=will\s)meet|held talks|hold talks|talked with|visited|hosted|conferred|consulted`,
  },
  // "to visit Washington": the verb, told from the noun by the capitalised object
  {
    type: "CONSULT",
    // the word first, then the lookbehind: a scan that starts on a literal skips ahead to it
    pattern: String.raw`visit(?<=\b(?:to|will)\svisit)(?=\s+[A-Z])|visits(?=\s+[A-Z])`,
    caseSensitive: true,
  },
  // calls and journeys: "spoke by phone with", "telephoned", "traveled to" (verbs: their subject goes)
  {
    type: "CONSULT",
    pattern: String.raw`spoke (?:by|over the) (?:tele)?phone(?: with)?|telephoned|phoned|held a (?:tele)?phone call with|arrived in|traveled to|travelled to`,
  },
  {
    type: "CONSULT",
    pattern: String.raw`(?:graduation |signing |memorial |inauguration |swearing-in |funeral |wreath-laying |opening |closing |award |flag-raising )?ceremony|(?:phone|telephone) call(?: with)?|(?:bilateral |rare |secret |private |closed-door |latest |first |face-to-face )?meetings?|summit|visit|round ?table|roundtable|sit-down|talks with|talks between|for talks|discussions held|negotiations with|trip to`,
    noun: true,
  },
  // ASSAULT: violence
  {
    type: "ASSAULT",
    pattern: String.raw`attacked|assaulted|killed|bombed|shelled|ambushed|massacred|stormed|hitting|opened fire|(?=struck|hit)(?<=\b(?:bombers?|gunmen|militants|attackers|insurgents|fighters)\s)(?:struck|hit)`,
  },
  {
    type: "ASSAULT",
    pattern: String.raw`attacks?|assault|bombings?|blasts?|explosions?|air ?strikes?|drone strikes?|(?=strike)(?<=most [\w-]+ )strike`,
    noun: true,
  },
  // AGREE: only agreement reached, never one sought
  {
    type: "AGREE",
    pattern: String.raw`agreed to|agreed on|signed${GAP}(?:deal|agreement|accord|treaty|pact|ceasefire|cease-fire)|reached${GAP}(?:deal|agreement|accord|ceasefire|cease-fire)|struck${GAP}deal|signed`,
  },
  // REJECT
  {
    type: "REJECT",
    pattern: String.raw`cancell?ed|scrapped|rejected|refused|called off|vetoed|turned down|declared${GAP}dead|pulled out of`,
  },
  // SANCTION
  {
    type: "SANCTION",
    pattern: String.raw`withh(?:eld|olding|olds)${GAP}(?:aid|assistance|funds?|funding|support|payments?)|suspend(?:ed|ing|s)${GAP}(?:aid|assistance|support|funding|cooperation|talks|ties|relations)|imposed${GAP}sanctions|sanctioned|designated${GAP}(?:as an? )?(?:foreign |global )?terrorists?|froze${GAP}(?:assets|accounts|aid)|embargo|expelled${GAP}(?:diplomats?|ambassador)`,
  },
  // ANNOUNCE: framed statements
  {
    type: "ANNOUNCE",
    pattern: String.raw`${STATEMENT_VERBS}|announcement|televised address|(?:in|during) an? (?:exclusive )?interview|press conference|news conference|issued a statement|unveiled|rolled out|laid out|in a tweet|in an? (?:written |joint |brief )?statement|released a (?:statement|report)|published a report|in a speech|(?:delivered|gave) a speech|told the (?:Senate|House|Congress|parliament|committee|lawmakers|assembly)\b|addressed the (?:nation|country|United Nations|U\.N\.|General Assembly|Congress|parliament|Senate|House|conference|summit|rally)|said(?= on ${MONTH}\s\d)|(?=said)(?<=\bon ${MONTH}\s\d{1,2},?\s)said`,
  },
  // ANNOUNCE: a statement about a happening ("confirmed the meeting", "welcomed the agreement",
  // "denied the attack", "notified Congress of the withdrawal") is the speaker's act, not the happening's
  {
    type: "ANNOUNCE",
    pattern: String.raw`(?:${REACTION_VERBS})(?=\s+(?:the|a|an|this|its|their|his|her|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w'’-]+\s+){0,3}?(?:meetings?|talks|visit|agreement|deal|accord|attacks?|strikes?|bombing|ceasefire|cease-fire|decision|withdrawal|release|arrests?|announcement|sanctions|summit|election|resignation|appointment|cancellation|killing|death)\b)|notified(?=${GAP}of\b)`,
  },
  // REQUEST
  {
    type: "REQUEST",
    pattern: String.raw`(?=asked)(?<!\bwhen\s)(?<![.!?\n]\s*)(?<![”"’],?\s+(?:[\w.]+\s+){0,3})asked(?![.,?]|\s+(?:about|whether|if|what|how|why|who|when|where|for comment|for anonymity|not to be)\b)|urged|called on|appealed|requested|letter${GAP}seeking|(?:sent|wrote) an?${GAP}letter|letter to`,
  },
  // RETREAT
  {
    type: "RETREAT",
    pattern: String.raw`withdrew|withdrawn from|pulled out (?:troops|forces)|evacuated|(?:released|freed)${GAP}${CAPTIVES}|retreated`,
  },
  // ELECT
  {
    type: "ELECT",
    pattern: String.raw`(?:presidential |parliamentary |general |legislative |midterm )elections?`,
    noun: true,
  },
  {
    type: "ELECT",
    pattern: String.raw`was elected|were elected|re-elected|appointed|sworn in|won${GAP}(?:election|vote|nomination)|voted in${GAP}(?:elections?|polls?|referendum)|went to the polls`,
  },
  // ACCUSE: formal accusations, not criticism in passing
  { type: "ACCUSE", pattern: String.raw`accused|charged with|indicted|blamed${GAP}for|condemned|denounced` },
  // THREATEN
  {
    type: "THREATEN",
    pattern: String.raw`threatened|threatens|ultimatum|(?=could|would|will|might)(?<=\b(?:${WARNING_VERBS})${WIDE_GAP})(?:could|would|will|might)\s+${HARM}`,
  },
  // PROTEST
  // "protesters" and "demonstrators" are people, not a happening ("the execution of two protesters")
  { type: "PROTEST", pattern: String.raw`protested|protests|demonstrations?|rallied|boycotted|marched|hunger strike` },
  // MOBILIZE
  {
    type: "MOBILIZE",
    pattern: String.raw`deployed|mobilized|mobilised|sent troops|seal(?:ed|ing)? off|wall(?:ed)? off|fenc(?:ed|ing) off`,
  },
  // COERCE
  {
    type: "COERCE",
    pattern: String.raw`arrested|detained|seized(?!\s+(?:on|upon)\b)|raided|deported|imposed${GAP}curfew|crackdown on|cracked down`,
  },
  // COOPERATE
  {
    type: "COOPERATE",
    pattern: String.raw`cooperated|joint (?:operation|exercises?|patrols?)|teamed up|signed on to|partnered`,
  },
  // AID
  {
    type: "AID",
    pattern: String.raw`(?:provided|delivered|sent|pledged|donated|gave)${GAP}(?:aid|assistance|funds|relief|supplies|vaccines|weapons|loans?)|humanitarian aid`,
  },
  // SUPPORT
  { type: "SUPPORT", pattern: String.raw`endorsed|endorses|endorsement|voiced support|pledged support` },
  // CONCEDE
  {
    type: "CONCEDE",
    pattern: String.raw`conceded|backed down|apologized|apologised|lifted${GAP}sanctions|eased${GAP}restrictions|resigned|stepped down`,
  },
] satisfies EventTrigger[]);
