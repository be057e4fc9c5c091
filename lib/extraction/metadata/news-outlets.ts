/**
 * News outlets by web domain, named as a reader would name them. Used to read the
 * publisher off a contact e-mail address or an article URL. Data only.
 */

/** Outlet name by registrable domain (without "www."). */
export const OUTLETS_BY_DOMAIN: ReadonlyMap<string, string> = new Map([
  ["washingtontimes.com", "The Washington Times"],
  ["washingtonpost.com", "The Washington Post"],
  ["nytimes.com", "The New York Times"],
  ["wsj.com", "The Wall Street Journal"],
  ["usatoday.com", "USA Today"],
  ["latimes.com", "Los Angeles Times"],
  ["politico.com", "Politico"],
  ["thehill.com", "The Hill"],
  ["axios.com", "Axios"],
  ["breitbart.com", "Breitbart News"],
  ["huffpost.com", "HuffPost"],
  ["huffingtonpost.com", "HuffPost"],
  ["westernjournal.com", "The Western Journal"],
  ["militarytimes.com", "Military Times"],
  ["armytimes.com", "Army Times"],
  ["defensenews.com", "Defense News"],
  ["foxnews.com", "Fox News"],
  ["cnn.com", "CNN"],
  ["nbcnews.com", "NBC News"],
  ["cbsnews.com", "CBS News"],
  ["abcnews.go.com", "ABC News"],
  ["npr.org", "NPR"],
  ["apnews.com", "The Associated Press"],
  ["ap.org", "The Associated Press"],
  ["reuters.com", "Reuters"],
  ["afp.com", "AFP"],
  ["upi.com", "UPI"],
  ["bloomberg.com", "Bloomberg"],
  ["bbc.co.uk", "BBC"],
  ["bbc.com", "BBC"],
  ["theguardian.com", "The Guardian"],
  ["independent.co.uk", "The Independent"],
  ["telegraph.co.uk", "The Telegraph"],
  ["ft.com", "Financial Times"],
  ["economist.com", "The Economist"],
  ["aljazeera.com", "Al Jazeera"],
  ["tribune.com.pk", "The Express Tribune"],
  ["dawn.com", "Dawn"],
  ["thenews.com.pk", "The News International"],
  ["tolonews.com", "TOLOnews"],
  ["hindustantimes.com", "Hindustan Times"],
  ["timesofindia.indiatimes.com", "The Times of India"],
  ["voanews.com", "Voice of America"],
  ["rferl.org", "Radio Free Europe/Radio Liberty"],
  ["stripes.com", "Stars and Stripes"],
  ["csmonitor.com", "The Christian Science Monitor"],
  ["newsweek.com", "Newsweek"],
  ["time.com", "Time"],
]);

/** The outlet behind a host name or e-mail domain ("news.bbc.co.uk" → "BBC"), or null. */
export function getOutletByDomain(host: string): string | null {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, "")
    .split(".");
  // try "a.b.c.d", then "b.c.d", … so sub-domains find their outlet
  for (let i = 0; i < parts.length - 1; i++) {
    const name = OUTLETS_BY_DOMAIN.get(parts.slice(i).join("."));
    if (name) return name;
  }
  return null;
}

const bare = (name: string) => name.toLowerCase().replace(/^the\s+/, "");
const OUTLET_NAMES = new Map([...OUTLETS_BY_DOMAIN.values()].map((n) => [bare(n), n]));

/** The outlet a text segment names exactly ("Washington Times" → "The Washington Times"), or null. */
export function getOutletByName(segment: string): string | null {
  return OUTLET_NAMES.get(bare(segment.trim())) ?? null;
}

/** Wire agencies and broadcasters by the tag a dateline carries ("(Reuters)", "(AP)", "(CNN)"). */
export const AGENCIES_BY_TAG: ReadonlyMap<string, string> = new Map([
  ["reuters", "Reuters"],
  ["ap", "The Associated Press"],
  ["associated press", "The Associated Press"],
  ["afp", "AFP"],
  ["upi", "UPI"],
  ["cnn", "CNN"],
  ["bbc", "BBC"],
  ["xinhua", "Xinhua"],
  ["dpa", "dpa"],
  ["ani", "ANI"],
  ["pti", "PTI"],
  ["ians", "IANS"],
  ["tass", "TASS"],
  ["bloomberg", "Bloomberg"],
  ["anadolu", "Anadolu Agency"],
  ["efe", "EFE"],
  ["ansa", "ANSA"],
  ["kyodo", "Kyodo News"],
  ["yonhap", "Yonhap"],
  ["app", "Associated Press of Pakistan"],
  ["cnn business", "CNN"],
  ["cbs news", "CBS News"],
  ["nbc news", "NBC News"],
  ["abc news", "ABC News"],
  ["voa", "Voice of America"],
]);

/** The agency or outlet a dateline's parenthesised tag names ("KABUL (Reuters) —" → "Reuters"), or null. */
export function getAgencyFromDateline(dateline: string): string | null {
  const tag = /\(([A-Za-z][\w .&-]{0,24})\)/.exec(dateline)?.[1]?.trim();
  if (!tag) return null;
  return AGENCIES_BY_TAG.get(tag.toLowerCase()) ?? getOutletByName(tag);
}
