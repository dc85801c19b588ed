/**
 * What the entity stage works out once per paragraph for later keystrokes. The document-wide passes
 * skip candidates by tests made on the paragraph's own text (`ParagraphNames.passes`): each linking
 * rule must still act at a paragraph's edges, across paragraphs, and where a modifier is stripped
 * (the passes then read every candidate). The pronouns after people are reused only for the same people.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { clearMemos } from '../../server/src/core/memo';
import type { AnalyzeOptions } from '../../server/src/core/options';
import { sameEntity, textsOf } from './entities.helpers';

/** Paragraphs whose links start or end a paragraph, the name they link to in an earlier one. */
const PARAGRAPHS = [
  'She attended Suffolk University in Boston.',
  'At Suffolk she earned a degree in psychology.',
  'He designed the badge of the Society of the Cincinnati.',
  'the Society wore it.',
  'A year later, the National Library of the Netherlands (Koninklijke Bibliotheek)',
  'Then Ken Cuccinelli, Attorney General, spoke.',
  'The Secretary of State, Mike Pompeo, spoke on Monday.',
  'Jenna Mourey (born 1986), better known by her pseudonym Jenna Marbles, laughed.',
];
/** A modifier stripped (the passes after it then read every candidate), in a paragraph of its own. */
const STRIPPED = ['Okafor is an American Zentube personality.', 'Zentube grew.'];

describe('entity passes on their filtered candidates', () => {
  // the modifier's name without its bare name ("Zentube" alone): nothing is stripped, the passes stay filtered
  const text = [...PARAGRAPHS, STRIPPED[0]].join('\n\n');
  const withStripped = [...PARAGRAPHS, ...STRIPPED].join('\n\n');

  it('link at paragraph starts and ends, to names of earlier paragraphs', () => {
    const texts = textsOf(text);
    assert.ok(texts.includes('American Zentube') && !texts.includes('Zentube'), JSON.stringify(texts));
    assert.ok(sameEntity(text, 'Suffolk University', 'Suffolk'));
    assert.ok(sameEntity(text, 'Society of the Cincinnati', 'Society'));
    assert.ok(sameEntity(text, 'National Library of the Netherlands', 'Koninklijke Bibliotheek'));
    assert.ok(sameEntity(text, 'Ken Cuccinelli', 'Attorney General'));
    assert.ok(sameEntity(text, 'Secretary of State', 'Mike Pompeo'));
    assert.ok(sameEntity(text, 'Jenna Mourey', 'Jenna Marbles'));
  });

  it('strip a modifier, and link the same names then', () => {
    const texts = textsOf(withStripped);
    assert.ok(texts.includes('Zentube') && !texts.includes('American Zentube'), JSON.stringify(texts));
    assert.ok(sameEntity(withStripped, 'Suffolk University', 'Suffolk'));
    assert.ok(sameEntity(withStripped, 'Secretary of State', 'Mike Pompeo'));
  });
});

describe('the pronouns after people, reused per paragraph', () => {
  it('are looked up again when another name of the paragraph becomes a person or stops being one', () => {
    // Okafor a person: "she" follows Okafor; not one: it follows Lindqvist
    const text = 'Talks\n\nDr. Lindqvist met Okafor, and she smiled.\n\nLater Lindqvist left.';
    const okaforAPerson: Partial<AnalyzeOptions> = { styleSheet: [{ name: 'Okafor', aliases: [], type: 'person', roles: [] }] };
    const versions = [{}, okaforAPerson, {}];
    const genders = (options: Partial<AnalyzeOptions>) => analyzeArticle(text, options).entities.map((e) => [e.name, e.gender]);
    clearMemos();
    const warm = versions.map(genders);
    const cold = versions.map((options) => (clearMemos(), genders(options)));
    assert.deepStrictEqual(warm, cold);
    assert.deepStrictEqual(cold[0][0], ['Lindqvist', 'female']);
    assert.deepStrictEqual(cold[1][0], ['Lindqvist', 'unknown']);
  });
});
