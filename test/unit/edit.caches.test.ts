/**
 * Caches of the edit path that keep state from the last document analysed (the last chunk scans,
 * the known surnames' generation and each paragraph's known capitalised words) must give what a
 * cold analysis gives, whichever document or version came before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core';
import { idOf } from '../../server/src/core/ids';
import { clearMemos } from '../../server/src/core/memo';
import { buildPersonIndex, paragraphPeople, personIndex, type OutsidePeople } from '../../server/src/core/quotes/pronouns';
import type { Entity, Mention } from '../../server/src/core/types';
import { defaultOptions, scanDocument } from '../../server/src/core';
import { commonWordsSearched, findEntities } from '../../server/src/core/entities';
import { attributeQuotations, findQuotations } from '../../server/src/core/quotes';
import { spellingLooksMade } from '../../server/src/core/rules/inconsistentSpelling';
import { generateProse, DENSE_QUOTES, NAME_HEAVY } from '../../bench/corpus';
import { assertWarmEqualsCold, editedVersions } from './edits.helpers';

/** Edits that add or remove people (new surnames), pronoun speakers and paragraph breaks. */
const PIECES = ['Mr. Pompeo ', 'Pompeo ', 'Sarah Lindqvist ', 'Lindqvist', ' "We will," he said. ', ' "No," she said. ', '\n\n', 'x', 'Dr. '];

function edited(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const del = r() < 0.4 ? Math.floor(r() * 12) : 0;
  return text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at + del);
}

/** The people of each paragraph of `ts`, laid out one after the other with a blank line between. */
function outside(ts: string[]): OutsidePeople[] {
  let base = 0;
  return ts.map((t) => {
    const p = { base, end: base + t.length, people: paragraphPeople(t, [0, t.length]) };
    base += t.length + 2;
    return p;
  });
}

/** How much `count` went up during each warm analysis of `check` (which passes `between` on to `assertWarmEqualsCold`). */
function looksPerVersion(count: () => number, check: (between: (i: number) => void) => void): number[] {
  const after = [count()];
  check(() => after.push(count()));
  return after.slice(1).map((n, i) => n - after[i]);
}

describe('edit-path caches: a warm analysis equals a cold one', () => {
  it('random edits that change who is named, with other documents in between', () => {
    const others = [generateProse(400, 8, NAME_HEAVY), generateProse(300, 9)];
    const versions = editedVersions(generateProse(1_500, 7, DENSE_QUOTES), 30, 31, edited);
    assertWarmEqualsCold(versions, { between: (i) => i % 4 === 3 && analyzeArticle(others[i % others.length]) });
  });

  it('a surname becomes known in another paragraph', () => {
    const p1 = 'Bergwald arrived late. "We will win," he said.';
    const p2 = 'Then Ms. Amara Bergwald spoke. The talks went on.';
    const a = `${p1}\n\nThe meeting opened.`;
    const b = `${p1}\n\n${p2}`;
    assertWarmEqualsCold([a, b, a, b]);
  });

  it('the person index: the known capitalised words of a paragraph follow the known surnames', () => {
    const texts = ['Smith arrived late and Jones left.', 'Then Mr. John Smith spoke.', 'Dr. Ann Jones replied.'];
    const versions = [[texts[0]], [texts[0], texts[1]], [texts[0], texts[2]], [texts[0]], [texts[0], texts[1], texts[2]]];
    clearMemos();
    const warm = versions.map((ts) => buildPersonIndex(outside(ts), [], [], []));
    assert.equal(warm[1].lists[0].length, 1); // Smith is known in the first paragraph too
    assert.equal(warm[1].lists.flat().length, 2);
    versions.forEach((ts, i) => {
      clearMemos();
      assert.deepStrictEqual(warm[i], buildPersonIndex(outside(ts), [], [], []), `version ${i}`);
    });
  });

  it('the person index reuses a paragraph\'s people only with the same named speakers and known surnames', () => {
    const a = outside(['Smith arrived late. Olsen agreed.', 'Then Mr. John Smith spoke.']);
    const b = outside(['Smith arrived late. Olsen agreed.', 'Dr. Ann Jones replied.']);
    const olsen = [{ span: { start: 20, end: 25 }, name: 'Olsen' }];
    clearMemos();
    // the same paragraphs with a speaker, without, and after an index of other surnames (built cold in between)
    const warm = [personIndex(a, [], [], olsen), personIndex(a, [], [], []), (buildPersonIndex(b, [], [], []), personIndex(a, [], [], []))];
    clearMemos();
    const cold = [buildPersonIndex(a, [], [], olsen), buildPersonIndex(a, [], [], [])];
    assert.deepStrictEqual(warm, [cold[0], cold[1], cold[1]]);
    assert.notDeepStrictEqual(cold[0], cold[1]); // the speaker counts
  });

  it('the person index reuses a paragraph\'s people only with the same person mentions (entity, text and place)', () => {
    const ps = outside(['Talks', 'Then Olsen met Olsen.']);
    const mention = (entityId: string, start: number, text = 'Olsen'): Mention => ({ id: 'm0', span: { start, end: start + text.length }, text, type: 'person', entityId });
    // Olsen as one entity, another, the second Olsen, its text otherwise (the same span), and as nobody
    const versions = [[mention('e0', 12)], [mention('e1', 12)], [mention('e1', 22)], [mention('e1', 22, 'Olsén')], []];
    clearMemos();
    const warm = versions.map((ms) => personIndex(ps, ms, [], []));
    const cold = versions.map((ms) => (clearMemos(), buildPersonIndex(ps, ms, [], [])));
    assert.deepStrictEqual(warm, cold);
    for (let i = 1; i < versions.length; i++) assert.notDeepStrictEqual(cold[i].lists, cold[i - 1].lists, `version ${i}`);
  });

  it('the person index: a paragraph read the same at the same index takes in the surnames another paragraph makes known', () => {
    const versions = [['Smith arrived late.', 'The talks went on.'], ['Smith arrived late.', 'Then Mr. John Smith spoke.'], ['Smith arrived late.', 'The talks went on.']];
    clearMemos();
    const warm = versions.map((ts) => personIndex(outside(ts), [], [], []));
    const cold = versions.map((ts) => (clearMemos(), buildPersonIndex(outside(ts), [], [], [])));
    assert.deepStrictEqual(warm, cold);
    assert.deepStrictEqual(cold.map((index) => index.lists[0].length), [0, 1, 0]);
  });

  it('a paragraph\'s people outside quotations follow its quotations, with the same text (at its index or as many from the end)', () => {
    const texts = ['Talks\n\nMr. John Smith arrived. "We will stay," he said.', 'Talks\n\nThe talks went on.\n\nMr. John Smith arrived. "We will stay," he said.'];
    const opts = defaultOptions();
    // the quotations found, or with one more over "Mr. John Smith arrived.", which then names no one a pronoun may stand for
    const speakers = (text: string, cover: boolean) => {
      const doc = scanDocument(text);
      const { mentions, entities } = findEntities(doc, opts);
      const qs = findQuotations(doc);
      const start = text.indexOf('Mr.');
      if (cover) qs.unshift({ ...qs[0], id: 'x', span: { start, end: start + 24 }, text: 'Mr. John Smith arrived.', speaker: null });
      attributeQuotations(doc, qs, mentions, entities, opts);
      return qs.map((q) => q.speaker);
    };
    const versions: [number, boolean][] = [[0, false], [0, true], [0, false], [1, true], [1, false], [0, true]];
    clearMemos();
    const warm = versions.map(([t, cover]) => speakers(texts[t], cover));
    const cold = versions.map(([t, cover]) => (clearMemos(), speakers(texts[t], cover)));
    assert.deepStrictEqual(warm, cold);
    assert.ok(cold[0][0]?.entityId);
    assert.equal(cold[1][1]?.entityId, null);
    assert.equal(cold[3][1]?.entityId, null);
  });

  it('the person index: the gender map follows the names\' genders, what pronouns tell and the entities\' genders', () => {
    const unknown = outside(['Dr. Bergwald spoke.', 'Bergwald said he would stay.']);
    const byPronoun = outside(['Dr. Bergwald spoke.', 'Bergwald said she would stay.']);
    const byTitle = outside(['Mr. Bergwald spoke.', 'Bergwald said she would stay.']);
    const entities: Entity[] = [{ id: 'e0', name: 'Ann Lee', type: 'person', mentionIds: [], introducedBy: '', roles: [], gender: 'female' }];
    const versions: [OutsidePeople[], Entity[]][] = [[unknown, []], [byPronoun, []], [byTitle, []], [byTitle, entities], [byTitle, []], [unknown, []]];
    clearMemos();
    const warm = versions.map(([ps, es]) => [...personIndex(ps, [], es, []).gender]);
    const cold = versions.map(([ps, es]) => (clearMemos(), [...buildPersonIndex(ps, [], es, []).gender]));
    assert.deepStrictEqual(warm, cold);
    // each version tells another gender map
    for (let i = 1; i < 4; i++) assert.notDeepStrictEqual(cold[i], cold[i - 1], `version ${i}`);
  });

  it('a name respelled with the same entities and mentions: inconsistent-spelling looks again', () => {
    const a = 'Talks\n\nJuan Guaidó met the envoys. Guaidó said talks would go on. Later Guaidó left.';
    const b = a.replace('Later Guaidó', 'Later Guaido');
    assertWarmEqualsCold([a, b, a], { pick: (x) => x.findings });
    assert.ok(analyzeArticle(b).findings.some((f) => f.code === 'inconsistent-spelling'));
  });

  it('typing in a name keeps inconsistent-spelling\'s first look until a word is written another way', () => {
    const a = 'Talks\n\nJuan Guaidó met the envoys. Guaidó said talks would go on. Goldman Sachs agreed.';
    const typed = a.replace('Goldman Sachs', 'Goldman Sachsa');
    const respelled = typed.replace('Guaidó said', 'Guaido said');
    const renamed = typed.replace('Juan Guaidó', 'Juan Guaido');
    const looks = looksPerVersion(spellingLooksMade, (between) => assertWarmEqualsCold([a, typed, respelled, typed, renamed, a], { pick: (x) => x.findings, between }));
    // typing in a name keeps the look; a word written another way, and any text after a look that found one, look again
    assert.deepStrictEqual(looks, [1, 0, 1, 1, 1, 1]);
    assert.ok(analyzeArticle(respelled).findings.some((f) => f.code === 'inconsistent-spelling'));
  });

  it('a common word is a name while a longer name has it, whichever paragraph\'s names a keystroke changes', () => {
    const a = 'Talks\n\nThe Medical Research Council met on Monday.\n\nAnalysts said Research would decide. Goldman Sachs agreed.';
    // typing in another name keeps the answer; the longer name losing the word, and gaining it again, change it
    const typedInOtherName = a.replace('Goldman Sachs', 'Goldman Sachsa');
    const lost = a.replace('Medical Research', 'Medical Researcha');
    const searches = looksPerVersion(commonWordsSearched, (between) => assertWarmEqualsCold([a, typedInOtherName, lost, typedInOtherName, lost, a], { between }));
    assert.deepStrictEqual(searches, [1, 0, 1, 1, 1, 1]);
    assert.ok(analyzeArticle(typedInOtherName).mentions.some((m) => m.text === 'Research'));
    assert.ok(!analyzeArticle(lost).mentions.some((m) => m.text === 'Research'));
  });

  it('a part of a longer name reads the person words of this version, though the longer names are the last ones', () => {
    const a = 'Goldman Sachs said so on Monday.\n\nLater, Goldman said no.\n\nThe weather was fine.';
    // "Mr. Goldman" adds a person's word and no longer name: "Goldman" is then his, not the bank's short form
    const person = a.replace('The weather', 'Mr. Goldman');
    assertWarmEqualsCold([a, person, a], { pick: (x) => x.entities });
    assert.ok(analyzeArticle(a).entities.some((e) => e.name === 'Goldman Sachs' && e.mentionIds.length === 2));
    assert.ok(!analyzeArticle(person).entities.some((e) => e.name === 'Goldman Sachs' && e.mentionIds.length === 2));
  });

  it('ids are the strings a template gives', () => {
    for (const k of [5, 0, 12, 3]) {
      assert.equal(idOf('m', k), `m${k}`);
      assert.equal(idOf('e', k), `e${k}`);
      assert.equal(idOf('q', k), `q${k}`);
    }
  });
});
