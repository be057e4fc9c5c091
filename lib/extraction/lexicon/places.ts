/**
 * Places that are not countries or capitals (US states, regions, world cities,
 * landmarks): recognised so they are neither taken for people nor emitted as actors.
 */
export const PLACES: ReadonlySet<string> = new Set([
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
  "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
  "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
  "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "New York City", "Los Angeles",
  "San Francisco", "Chicago", "Boston", "Philadelphia", "Miami", "Atlanta", "Houston", "Dallas", "Seattle",
  "Detroit", "Denver", "Las Vegas", "New Orleans", "Baltimore", "Charlotte", "Cleveland", "Honolulu",
  "Brooklyn", "Manhattan", "Queens", "Bronx", "Silicon Valley", "Wall Street", "Capitol Hill", "Camp David",
  "Oval Office", "Ground Zero", "Middle East", "South Asia", "Central Asia", "East Asia", "Southeast Asia",
  "Asia", "Europe", "Africa", "North America", "South America", "Latin America", "Gulf", "Persian Gulf",
  "Arabian Sea", "Indian Ocean", "Pacific", "Atlantic", "Kashmir", "Punjab", "Sindh", "Balochistan",
  "Khyber Pakhtunkhwa", "Waziristan", "North Waziristan", "South Waziristan", "Helmand", "Kandahar", "Kunduz",
  "Herat", "Mazar-i-Sharif", "Jalalabad", "Nangarhar", "Ghazni", "Karachi", "Lahore", "Peshawar", "Quetta",
  "Rawalpindi", "Mumbai", "Delhi", "Dubai", "Istanbul", "Geneva", "New Delhi", "Durand Line", "Silk Road",
  "Hong Kong", "Gaza", "West Bank", "Crimea", "Donbas", "Tibet", "Xinjiang", "Bagram", "Guantanamo",
  "Mar-a-Lago", "Trump Tower", "Capitol", "Midway", "Paris", "London", "Brussels", "Moscow", "Beijing",
  "Sochi", "Tashkent", "Doha", "Sept", "Mecca", "Medina", "Jerusalem", "Tel Aviv", "Ottawa", "Toronto",
]);
