import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { findingsOf } from './findings.helpers';

const SEED = resolve(__dirname, '../../../shared/corpus/seed');
const text = readFileSync(resolve(SEED, 'trump-russia-venezuela.txt'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(SEED, 'trump-russia-venezuela.expect.json'), 'utf8')) as {
  entities: string[][];
  entityNames: Record<string, string>;
  separate: [string, string][];
};
const article = analyzeArticle(text);

/** The entity of the mention written as `form` ("Trump" or with its title, "President Trump"). */
function entitiesOf(form: string): Set<string> {
  const ids = new Set<string>();
  for (const m of article.mentions) {
    const withTitle = m.title ? text.slice(m.title.start, m.span.end) : '';
    if (m.text === form || withTitle === form) ids.add(m.entityId);
  }
  return ids;
}

describe('entities: seed article', () => {
  for (const group of expected.entities) {
    it(`one entity for ${group.join(' / ')}`, () => {
      const ids = new Set<string>();
      for (const form of group) {
        const found = entitiesOf(form);
        assert.ok(found.size > 0, `no mention written "${form}"`);
        for (const id of found) ids.add(id);
      }
      assert.equal(ids.size, 1, `${group.join(', ')} fall into ${[...ids].join(', ')}`);
    });
  }
  for (const [surname, name] of Object.entries(expected.entityNames)) {
    it(`${surname} is named ${name}`, () => {
      const [id] = entitiesOf(surname).size ? entitiesOf(surname) : entitiesOf(`Mike ${surname}`);
      assert.equal(article.entities.find((e) => e.id === id)?.name, name);
    });
  }
  for (const [a, b] of expected.separate) {
    it(`${a} and ${b} stay apart`, () => {
      const ea = [...entitiesOf(a)];
      const eb = [...entitiesOf(b)];
      assert.ok(ea.length && eb.length);
      assert.ok(ea.every((x) => !eb.includes(x)));
    });
  }
  it('finds nothing inside the hover cards', () => {
    const cards = article.excluded.filter((r) => r.kind === 'hover-card').map((r) => r.span);
    assert.equal(cards.length, 2);
    for (const m of article.mentions) assert.ok(!cards.some((c) => m.span.start < c.end && m.span.end > c.start), m.text);
  });
  it('flags exactly one inconsistent spelling: Guaido', () => {
    const found = findingsOf(article, 'inconsistent-spelling');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].span.start, found[0].span.end), 'Guaido');
    assert.equal(found[0].fixes?.[0].edits[0].newText, 'Guaidó');
  });
  it('gives no first-reference hint', () => {
    assert.deepEqual(findingsOf(article, 'first-reference').map((f) => text.slice(f.span.start, f.span.end)), []);
  });
  it('knows roles and genders', () => {
    const byName = (n: string) => article.entities.find((e) => e.name === n)!;
    assert.ok(byName('Fabiana Rosales').roles.some((r) => r.includes('wife')));
    assert.equal(byName('Fabiana Rosales').gender, 'female');
    assert.ok(byName('Juan Guaidó').roles.includes('opposition leader'));
    assert.ok(byName('Sergey Lavrov').roles.includes('his counterpart in Moscow'));
    assert.ok(byName('Michael (Mike) Richard Pompeo').roles.includes('Secretary of State'));
    assert.equal(byName('Donald John Trump').gender, 'male');
  });
  it('numbers entities by first mention and mentions in document order', () => {
    article.entities.forEach((e, i) => assert.equal(e.id, `e${i}`));
    article.mentions.forEach((m, i) => {
      assert.equal(m.id, `m${i}`);
      if (i) assert.ok(m.span.start > article.mentions[i - 1].span.start);
    });
    const firsts = article.entities.map((e) => Number(e.mentionIds[0].slice(1)));
    assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
  });
});
