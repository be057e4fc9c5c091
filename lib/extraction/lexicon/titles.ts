/**
 * Words that build job titles and roles ("Afghan National Security Adviser",
 * "Foreign Minister", "press secretary"), compared lower-case. A capitalised run
 * of these before a name is the person's title, not part of the name.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "ministers", "foreign", "defense", "defence", "interior", "finance", "home",
  "national", "security", "adviser", "advisor", "secretary", "state", "general", "secretary-general", "deputy",
  "chief", "special", "envoy", "representative", "ambassador", "spokesman", "spokeswoman", "spokesperson",
  "press", "senior", "former", "then", "acting", "assistant", "associate", "executive", "director", "chairman",
  "chairwoman", "chair", "head", "leader", "commander", "senator", "sen", "rep", "gov", "governor", "mayor",
  "congressman", "congresswoman", "speaker", "majority", "minority", "whip", "attorney", "justice", "judge",
  "lt", "gen", "col", "maj", "capt", "adm", "sgt", "lieutenant", "colonel", "major", "captain", "admiral",
  "marine", "army", "air", "force", "navy", "military", "intelligence", "officer", "official", "candidate",
  "nominee", "presidential", "vice-presidential", "democratic", "republican", "democrat", "gop", "libertarian", "independent",
  "u.s.", "us", "federal", "top", "party", "campaign", "manager", "strategist", "host", "anchor", "editor",
  "correspondent", "reporter", "columnist", "analyst", "fellow", "professor", "economist", "founder", "ceo",
  "co-founder", "owner", "chancellor", "king", "queen", "prince", "crown", "emir", "sheikh", "commissioner",
  "mr", "mrs", "ms", "dr", "sir", "first", "lady", "cabinet", "counsel", "spy", "army", "staff", "joint", "chiefs",
  "high", "council", "committee", "chairperson", "member", "lawmaker", "legislator", "activist", "retired",
  "ret", "field", "marshal", "brig", "brigadier", "interim", "incoming", "outgoing", "longtime", "chief-of-staff",
  "information", "communications", "communication", "policy", "affairs", "economic", "trade", "commerce",
  "energy", "education", "health", "labor", "labour", "treasury", "homeland", "transport", "agriculture",
  "justice", "environment", "tax", "budget", "attorney-general", "surrogate", "pastor", "rev", "the",
  "pm", "fm", "cm", "dg", "coas", "cjp", "sapm", "provincial", "federal", "parliamentary", "opposition",
  "councilman", "councilwoman", "councilmember", "councillor", "councilor", "alderman", "alderwoman", "assemblyman",
  "assemblywoman", "assemblymember", "delegate", "del", "sheriff", "superintendent", "trustee", "supervisor",
  "comptroller", "auditor", "treasurer", "coach", "bishop", "archbishop", "cardinal", "pope", "rabbi", "imam",
  "ayatollah", "mullah", "president-elect", "mp", "mep", "ceo", "cfo", "coo", "chairman-elect", "dean", "provost",
]);

/** Head nouns of nominal speaker mentions ("the official", "a senior US official", "the spokesperson"). */
export const NOMINAL_HEADS: ReadonlySet<string> = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister", "source",
  "sources", "diplomat", "diplomats", "analyst", "analysts", "aide", "aides", "adviser", "advisers", "advisor",
  "representative", "representatives", "lawmaker", "lawmakers", "senator", "president", "expert", "experts",
  "officer", "officers", "commander", "envoy", "ambassador", "secretary", "leader", "leaders", "governor",
  "mayor", "chairman", "chairwoman", "director", "candidate", "nominee", "businessman", "businesswoman",
  "congressman", "congresswoman", "statement", "report", "letter", "memo", "agency", "department", "ministry",
  "campaign", "group", "government", "administration", "committee", "council", "organization", "organisation",
  "newspaper", "paper", "article", "ad", "narrator", "announcer", "spokesmen", "insiders", "insider", "critic",
  "critics", "supporter", "supporters", "protesters", "demonstrators", "residents", "resident", "witness",
  "witnesses", "police", "investigators", "prosecutors", "prosecutor", "lawyer", "lawyers", "attorney",
  "judge", "court", "general", "professor", "economist", "scholar", "researcher", "researchers", "study",
  "survey", "poll", "memo", "document", "tweet", "post", "website", "union", "chief", "democrat", "republican",
  "democrats", "republicans", "voter", "voters", "woman", "man", "mother", "father", "daughter", "son", "wife",
  "husband", "friend", "host", "reporter", "reporters", "journalist", "columnist", "historian", "activist",
  "activists", "founder", "negotiator", "negotiators", "militant", "militants", "commission", "panel",
  "premier", "chancellor", "king", "queen", "prince", "emir", "team", "authorities", "authority", "military",
  "piece", "story", "book", "editorial", "bylaws", "clip", "video", "brief", "complaint", "doctor", "nurse",
  "teacher", "student", "parent", "worker", "questioner", "organizer", "organiser", "operative", "operatives",
  "chair", "percent", "people", "americans", "members", "member", "delegation", "movement", "party", "nation",
  "newspaper", "magazine", "network", "channel", "outlet", "host", "moderator", "senators", "governors",
  "spokespeople", "advocates", "observers", "commentators", "economists", "scientists", "doctors", "candidates",
  "office", "embassy", "mission", "account",
  // plural roles that speak as a group ("Forecasters said", "Firefighters said")
  "forecasters", "meteorologists", "firefighters", "rescuers", "paramedics", "medics", "nurses", "teachers",
  "students", "parents", "farmers", "workers", "employees", "executives", "shareholders", "investors", "traders",
  "bankers", "regulators", "inspectors", "engineers", "pilots", "soldiers", "troops", "mediators", "organizers",
  "organisers", "volunteers", "survivors", "victims", "relatives", "neighbors", "neighbours", "villagers",
  "locals", "citizens", "pollsters", "strategists", "scholars", "historians", "physicians", "officers", "guards",
]);

/** Nominal heads that refer to organisations or documents rather than people (no "he/she"). */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  "statement", "report", "letter", "memo", "agency", "department", "ministry", "campaign", "group", "government",
  "administration", "committee", "council", "organization", "organisation", "newspaper", "paper", "article",
  "ad", "study", "survey", "poll", "document", "tweet", "post", "website", "union", "commission", "panel",
  "court", "team", "authorities", "authority", "military", "police",
]);
