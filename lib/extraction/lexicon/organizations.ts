/**
 * Well-known organisations (international bodies, government bodies, militant
 * groups, parties, news outlets) with their short forms, plus the head words that
 * mark an unknown capitalised phrase as an organisation ("… Foundation").
 */

/** One organisation of the table. */
export interface OrganizationEntry {
  name: string;
  aliases: readonly string[];
}

// name|alias,alias
const TABLE = `United Nations|UN,U.N.
United Nations Security Council|UN Security Council,U.N. Security Council,Security Council
United Nations General Assembly|UN General Assembly,U.N. General Assembly,General Assembly
NATO|North Atlantic Treaty Organization
European Union|EU,E.U.
African Union|AU
Arab League|
World Bank|
International Monetary Fund|IMF
World Health Organization|WHO
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
Red Cross|International Committee of the Red Cross,ICRC
Amnesty International|
Human Rights Watch|
Organization of Islamic Cooperation|OIC
Shanghai Cooperation Organisation|SCO
OPEC|
Taliban|Afghan Taliban,Taliban movement
Pakistani Taliban|Tehrik-i-Taliban Pakistan,TTP
Haqqani Network|Haqqani network,Haqqanis,Haqqani group
Al Qaeda|al-Qaeda,al Qaeda,Al-Qaeda,al-Qaida
Islamic State|ISIS,ISIL,Daesh
Lashkar-e-Taiba|LeT,Lashkar-e-Toiba
Jaish-e-Mohammed|JeM
Hamas|
Hezbollah|
Boko Haram|
Al-Shabaab|al-Shabab,Al Shabaab
Inter-Services Intelligence|ISI
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
National Security Council|NSC
State Department|Department of State,U.S. State Department,US State Department
Pentagon|Defense Department,Department of Defense,DoD
White House|
Justice Department|Department of Justice,DOJ
Homeland Security|Department of Homeland Security,DHS
Treasury Department|Treasury
Congress|U.S. Congress
Senate|U.S. Senate
House of Representatives|U.S. House
Supreme Court|
Kremlin|
Foreign Office|
Democratic Party|Democrats
Republican Party|Republicans,GOP
Democratic National Committee|DNC
Republican National Committee|RNC
Environmental Protection Agency|EPA,E.P.A.
Securities and Exchange Commission|SEC
Federal Reserve|Fed
Pakistan Tehreek-e-Insaf|PTI
Pakistan Muslim League-Nawaz|PML-N
Pakistan Peoples Party|PPP
Inter-Services Public Relations|ISPR
National Accountability Bureau|NAB
Federal Investigation Agency|FIA
Election Commission of Pakistan|ECP
Jamiat Ulema-e-Islam-F|JUI-F
Pakistan Army|Pakistani army
National Assembly|
Afghan High Peace Council|High Peace Council
National Directorate of Security|NDS
Tehreek-e-Labbaik Pakistan|TLP
Bharatiya Janata Party|BJP
Indian National Congress|
The Washington Times|Washington Times
The Washington Post|Washington Post
The New York Times|New York Times
The Wall Street Journal|Wall Street Journal,WSJ
The Associated Press|Associated Press,AP
Reuters|
Agence France-Presse|AFP
BBC|
CNN|
Fox News|
MSNBC|
NBC News|NBC
CBS News|CBS
ABC News|ABC
NPR|
Al Jazeera|
Dawn|
The Express Tribune|Express Tribune
The Guardian|
Bloomberg|
Politico|
The Hill|
Breitbart News|Breitbart
HuffPost|The Huffington Post,Huffington Post
Military Times|
Tolo News|TOLOnews
Foundation for Defense of Democracies|FDD
Brookings Institution|
Council on Foreign Relations|
Heritage Foundation|
Afghan National Army|ANA`;

/** Every organisation of the table. */
export const ORGANIZATIONS: readonly OrganizationEntry[] = Object.freeze(
  TABLE.split("\n").map((line) => {
    const [name = "", aliases = ""] = line.split("|");
    return {
      name,
      aliases: aliases
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    };
  }),
);

const byName = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) byName.set(n, o);
// names of several words also match in other cases ("the Haqqani network", "Al-Qaida"); a short
// form like "WHO" or "AU" only as written, so the pronoun "who" stays a pronoun
const byLowerName = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS)
  for (const n of [o.name, ...o.aliases])
    if (/[\s-]/.test(n) && !byLowerName.has(n.toLowerCase())) byLowerName.set(n.toLowerCase(), o);

/** The organisation named `name` (or one of its aliases), or null. */
export function getOrganizationByName(name: string): OrganizationEntry | null {
  const bare = name.replace(/^the /i, "");
  return (
    byName.get(name) ?? byName.get(bare) ?? byName.get(`The ${name}`) ?? byLowerName.get(bare.toLowerCase()) ?? null
  );
}

/** Lower-case words that end a lexicon name after its capitalised words ("network" in "the Haqqani network"). */
export const LOWERCASE_NAME_ENDS: ReadonlySet<string> = new Set(
  ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases])
    .map((n) => n.split(/\s+/).pop()!)
    .filter((w) => /^\p{Ll}+$/u.test(w)),
);

/** Head words that make a capitalised phrase an organisation ("Haqqani Network", "Tax Policy Center"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "Network",
  "Council",
  "Department",
  "Ministry",
  "Party",
  "Committee",
  "Agency",
  "Foundation",
  "Institute",
  "Institution",
  "University",
  "College",
  "School",
  "Times",
  "News",
  "Post",
  "Journal",
  "Tribune",
  "Herald",
  // newspapers' title words ("Washington Examiner", "Philippine Star")
  "Examiner",
  "Gazette",
  "Chronicle",
  "Courier",
  "Observer",
  "Monitor",
  "Dispatch",
  "Telegraph",
  "Inquirer",
  "Enquirer",
  "Bulletin",
  "Globe",
  "Star",
  "Association",
  "Commission",
  "Group",
  "Bank",
  "Corp",
  "Corporation",
  "Inc",
  "Company",
  "Army",
  "Forces",
  "Force",
  "Court",
  "Senate",
  "Congress",
  "Union",
  "Organization",
  "Organisation",
  "Office",
  "Center",
  "Centre",
  "Caucus",
  "Administration",
  "Service",
  "Services",
  "Board",
  "Bureau",
  "Authority",
  "League",
  "Front",
  "Movement",
  "Alliance",
  "Coalition",
  "Federation",
  "Fund",
  "Trust",
  "Society",
  "Club",
  "Project",
  "Campaign",
  "Assembly",
  "Parliament",
  "Cabinet",
  "Police",
  "Guard",
  "Brigade",
  "Brigades",
  "Battalion",
  "Reuters",
  "Magazine",
  "Radio",
  "Television",
  "TV",
  "Channel",
  "Review",
  "Report",
  "Press",
  "Media",
  "Institutes",
  "Laboratory",
  "Labs",
  "Systems",
  "Industries",
  "Holdings",
  "Partners",
  "Group",
  "Emirate",
  "Jirga",
  "Shura",
  "Convention",
  "Conference",
  "Circuit",
  "Tribunal",
  "Council",
  "Secretariat",
  "Directorate",
  "Command",
  "Confederation",
  "Chamber",
  "Rail",
  "Railways",
  "Railroad",
  "Airlines",
  "Airways",
  "Motors",
  "Technologies",
  "Pharmaceuticals",
  "Consortium",
  "Cooperative",
  "Syndicate",
  "Federation",
  "Guild",
  "Ministries",
  "Commission",
]);
