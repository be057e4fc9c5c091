import { SPEECH_VERBS } from "../lexicon/speech-verbs.ts";

/** Subject pronouns that can name a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i", "it", "you"]);
/** Words that open a nominal phrase ("the official", "a senior US official"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
  "one", "another", "two", "three", "four", "several", "some", "many", "other", "both", "each", "most", "all",
]);
/** Adverbs and auxiliaries that sit between a speaker and the speech verb ("he later said"). */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  "also", "later", "then", "previously", "recently", "once", "again", "further", "simply", "has", "had", "have",
  "would", "will", "could", "repeatedly", "often", "frequently", "earlier", "first", "reportedly", "publicly",
  "privately", "bluntly", "flatly", "quickly", "sharply", "angrily", "calmly", "softly", "quietly", "told",
  "just", "still", "even", "already", "never", "always", "famously", "finally", "subsequently", "emphatically",
  "explicitly", "openly", "directly", "was", "is", "were", "are", "had", "did", "does", "do", "may", "might",
  "’s", "'s", "’d", "'d", "’ll", "'ll",
]);
/** Words that end a phrase naming a speaker. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  "who", "which", "that", "whose", "whom", "when", "while", "where", "in", "at", "on", "during", "after", "before",
  "to", "from", "as", "by", "with", "about", "because", "since", "if", "but", "and", "or", "said", "says",
]);

/** Words of time adjuncts between a speaker and the verb ("Mr. Trump on Thursday said"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Aug",
  "Sept", "Sep", "Oct", "Nov", "Dec", "week", "month", "year", "morning", "night", "evening", "afternoon", "today",
  "yesterday", "tonight", "weekend", "on", "last", "this", "earlier", "late", "early", "in", "next", "."
]);

// verbs too ambiguous to mark a speaker when scanning forward after a quote
const AMBIGUOUS_FORWARD = new Set([
  "call", "calls", "called", "find", "finds", "found", "show", "shows", "showed", "put", "puts", "believe",
  "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped", "fear", "fears", "feared",
  "worry", "worries", "worried", "charge", "charges", "charged", "read", "state", "states", "point", "points",
  "post", "posts", "report", "brief", "agree", "agreed", "agrees", "describe", "describes", "described",
  "demand", "demands", "quoted", "signal", "signals", "praise", "praised", "praises", "slam", "slammed",
  "blast", "blasted", "criticized", "criticised", "accuse", "accused", "accuses", "promise", "promised",
  "promises", "urge", "urged", "urges", "hope", "indicate", "indicated", "inform", "informed", "reveal",
  "revealed", "estimate", "estimated", "mention", "mentioned", "deny", "denied", "denies", "confirm",
  "confirmed", "confirms", "announce", "announced", "announces", "tout", "touted", "predict", "predicted",
]);
// nouns that look like speech verbs in the prefix of a quote
const AMBIGUOUS_BACKWARD = new Set(["state", "states", "point", "points", "post", "posts", "report", "charge", "brief", "read", "quote", "call", "show", "shows", "find", "put", "puts", "hope", "fear", "fears", "worry", "demand", "promise", "tweet", "claim", "claims", "deny"]);

/** Whether `word` marks a speaker right after a quote ("…,” he said). */
export function isForwardCue(word: string): boolean {
  return SPEECH_VERBS.has(word) && !AMBIGUOUS_FORWARD.has(word);
}

/** Whether `word` introduces a quote that follows it ("X said: “…”", "called it a “…”"). */
export function isBackwardCue(word: string): boolean {
  return SPEECH_VERBS.has(word) && !AMBIGUOUS_BACKWARD.has(word);
}
