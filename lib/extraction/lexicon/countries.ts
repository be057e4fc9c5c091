/**
 * The world's countries with their demonyms, capitals and common short names.
 * Capitals stand for governments when they act ("Islamabad rejected…"); other
 * modules (events, dates) may import this table read-only.
 */

/** One country of the table. */
export interface CountryEntry {
  name: string;
  demonyms: readonly string[];
  capital: string | null;
  aliases: readonly string[];
}

// name|demonym,demonym|capital|alias,alias
const TABLE = `Afghanistan|Afghan,Afghans|Kabul|
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian,Australians|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani,Azeri|Baku|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Bolivia|Bolivian|La Paz|
Bosnia|Bosnian|Sarajevo|Bosnia and Herzegovina
Brazil|Brazilian,Brazilians|Brasilia|
Bulgaria|Bulgarian|Sofia|
Burma|Burmese|Naypyidaw|Myanmar
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaounde|
Canada|Canadian,Canadians|Ottawa|
Chile|Chilean|Santiago|
China|Chinese|Beijing|People's Republic of China,PRC
Colombia|Colombian|Bogota|
Congo|Congolese|Kinshasa|Democratic Republic of Congo,DRC
Croatia|Croatian|Zagreb|
Cuba|Cuban,Cubans|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian,Egyptians|Cairo|
Eritrea|Eritrean|Asmara|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish|Helsinki|
France|French|Paris|
Georgia|Georgian|Tbilisi|
Germany|German,Germans|Berlin|
Ghana|Ghanaian|Accra|
Greece|Greek,Greeks|Athens|
Guatemala|Guatemalan|Guatemala City|
Haiti|Haitian|Port-au-Prince|
Honduras|Honduran|Tegucigalpa|
Hungary|Hungarian|Budapest|
Iceland|Icelandic|Reykjavik|
India|Indian,Indians|New Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian,Iranians|Tehran|Islamic Republic of Iran
Iraq|Iraqi,Iraqis|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli,Israelis|Jerusalem|
Italy|Italian,Italians|Rome|
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana|
Kenya|Kenyan|Nairobi|
Kosovo|Kosovar|Pristina|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Laotian|Vientiane|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan,Libyans|Tripoli|
Lithuania|Lithuanian|Vilnius|
Malaysia|Malaysian|Kuala Lumpur|
Mali|Malian|Bamako|
Mexico|Mexican,Mexicans|Mexico City|
Moldova|Moldovan|Chisinau|
Mongolia|Mongolian|Ulaanbaatar|
Morocco|Moroccan|Rabat|
Mozambique|Mozambican|Maputo|
Nepal|Nepali,Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam|Holland
New Zealand|New Zealander|Wellington|
Nicaragua|Nicaraguan|Managua|
Niger|Nigerien|Niamey|
Nigeria|Nigerian,Nigerians|Abuja|
North Korea|North Korean,North Koreans|Pyongyang|DPRK,N. Korea
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani,Pakistanis|Islamabad|
Palestine|Palestinian,Palestinians|Ramallah|Palestinian territories
Panama|Panamanian|Panama City|
Peru|Peruvian|Lima|
Philippines|Filipino,Philippine|Manila|
Poland|Polish|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian,Russians|Moscow|Russian Federation
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi,Saudis|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serb,Serbs|Belgrade|
Singapore|Singaporean|Singapore|
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian|Ljubljana|
Somalia|Somali,Somalis|Mogadishu|
South Africa|South African|Pretoria|
South Korea|South Korean,South Koreans|Seoul|Republic of Korea,S. Korea
South Sudan|South Sudanese|Juba|
Spain|Spanish,Spaniard|Madrid|
Sri Lanka|Sri Lankan|Colombo|
Sudan|Sudanese|Khartoum|
Sweden|Swedish,Swede|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian,Syrians|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma|
Thailand|Thai|Bangkok|
Tunisia|Tunisian|Tunis|
Turkey|Turkish,Turk,Turks|Ankara|Turkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian,Ukrainians|Kyiv|Kiev
United Arab Emirates|Emirati|Abu Dhabi|UAE,U.A.E.
United Kingdom|British,Briton,Britons|London|Britain,Great Britain,UK,U.K.,England
United States|American,Americans|Washington|U.S.,US,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan|Montevideo|
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan,Venezuelans|Caracas|
Vietnam|Vietnamese|Hanoi|
Yemen|Yemeni,Yemenis|Sanaa|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|`;

/** Every country of the table. */
export const COUNTRIES: readonly CountryEntry[] = Object.freeze(
  TABLE.split("\n").map((line) => {
    const [name = "", demonyms = "", capital = "", aliases = ""] = line.split("|");
    const list = (s: string) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
    return { name, demonyms: list(demonyms), capital: capital || null, aliases: list(aliases) };
  }),
);

const byName = new Map<string, CountryEntry>();
const byCapital = new Map<string, CountryEntry>();
const byDemonym = new Map<string, CountryEntry>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) byName.set(n, c);
  if (c.capital) byCapital.set(c.capital, c);
  for (const d of c.demonyms) byDemonym.set(d, c);
}

/** The country named `name` ("U.S.", "Britain") or null. */
export function getCountryByName(name: string): CountryEntry | null {
  return byName.get(name) ?? byName.get(name.replace(/^the /i, "")) ?? null;
}

/** The country whose capital is `name` ("Islamabad" → Pakistan) or null. */
export function getCountryByCapital(name: string): CountryEntry | null {
  return byCapital.get(name) ?? null;
}

/** The country of the demonym `word` ("Afghan" → Afghanistan) or null. */
export function getCountryByDemonym(word: string): CountryEntry | null {
  return byDemonym.get(word) ?? null;
}
