/**
 * What the entity stage works out once per paragraph for later keystrokes. The document-wide passes
 * skip candidates by tests made on the paragraph's own text (`ParagraphNames.passes`): each linking
 * rule must still act at a paragraph's edges, across paragraphs, and where a modifier is stripped
 * (the passes then read every candidate, all but the alias pass, whose filter stays safe). The pronouns after people are reused only for the same people, moved by the same strips.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { nameInfo } from '../../server/src/core/entities/clusterMentions';
import { documentEvidence } from '../../server/src/core/entities/evidence';
import { findCandidates, prepareParagraph } from '../../server/src/core/entities/findMentions';
import { linkPartShortForms } from '../../server/src/core/entities/headShortForms';
import { clearMemos } from '../../server/src/core/memo';
import type { AnalyzeOptions } from '../../server/src/core/options';
import { aliasLinks, partLinkContext, sameEntity, textsOf } from './entities.helpers';

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
/** A modifier stripped (the passes after it then read every candidate, all but the alias pass), in a paragraph of its own. */
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

  it('are the answers of the same paragraph when paragraphs with people are added or removed before it', () => {
    const story = 'Dr. Lindqvist met Okafor, and she smiled.\n\nLater Lindqvist left.';
    const brandt = 'Mr. Brandt spoke to Vance, and he left.';
    const versions = [story, `${brandt}\n\n${story}`, `${brandt}\n\nDr. Marsh said she would stay.\n\n${story}`, `Dr. Marsh said she would stay.\n\n${story}`, story];
    const genders = (text: string) => analyzeArticle(text).entities.map((e) => [e.name, e.gender]);
    clearMemos();
    const warm = versions.map(genders);
    const cold = versions.map((text) => (clearMemos(), genders(text)));
    assert.deepStrictEqual(warm, cold);
    assert.ok(cold[2].some(([name, gender]) => name === 'Marsh' && gender === 'female'), JSON.stringify(cold[2]));
  });

  it('are a cold analysis\'s in a document with a stripped modifier, edited elsewhere and where the strip comes and goes', () => {
    const story = 'Dr. Lindqvist met Okafor, and she smiled.\n\nLater Lindqvist left.';
    const stripped = `${STRIPPED[0]} She laughed.\n\n${STRIPPED[1]}`;
    const versions = [`${stripped}\n\n${story}`, `${stripped}\n\nTalks.\n\n${story}`, `${STRIPPED[0]} She laughed.\n\n${story}`, `${stripped}\n\n${story}`];
    const genders = (text: string) => analyzeArticle(text).entities.map((e) => [e.name, e.gender]);
    assert.ok(textsOf(versions[0]).includes('Zentube') && !textsOf(versions[2]).includes('Zentube'));
    clearMemos();
    const warm = versions.map(genders);
    const cold = versions.map((text) => (clearMemos(), genders(text)));
    assert.deepStrictEqual(warm, cold);
    assert.ok(cold[0].some(([name, gender]) => name === 'Lindqvist' && gender === 'female'), JSON.stringify(cold[0]));
  });
});

/**
 * "Vantor" after the longer names of three paragraphs, and "the Mason Jar" after "The Mason Jar Cafe"
 * (read after "the" in the document's text), by `linkPartShortForms` reading every candidate
 * (`useKnown` false) or only those the paragraphs' `PartNames` flag: "short->long" links.
 * `titled` names may become titles alone (as a title pass makes "Attorney General" after a name),
 * and `titleOnly` names did.
 */
function vantorLinks(titled: string, titleOnly: string | null, useKnown: boolean): string[] {
  const paragraphs = [
    'Shares of Vantor Capital Partners rose.', 'Hospitals run by Vantor Health were hit.', 'Staff ate at The Mason Jar Cafe.',
    'Prices fell.', 'Vantor said it would not pay. Staff went back to the Mason Jar.',
  ];
  // the document the paragraphs make: each candidate's span is where its paragraph stands in it
  const text = paragraphs.join('\n\n');
  const starts = paragraphs.map((_, i) => paragraphs.slice(0, i).reduce((n, t) => n + t.length + 2, 0));
  const preps = paragraphs.map((t) => prepareParagraph(t, false));
  const evidence = documentEvidence(preps);
  const lists = paragraphs.map((t, i) => findCandidates(t, preps[i], starts[i], evidence, false));
  const listInfos = lists.map((l) => l.map(nameInfo));
  const known = partLinkContext(lists, listInfos, (i, k) => lists[i][k].text === titled);
  const cands = lists.flat();
  for (const c of cands) if (c.text === titleOnly) c.titleOnly = true;
  linkPartShortForms(text, cands, listInfos.flat(), useKnown ? known : undefined);
  return aliasLinks(cands);
}

describe('the short forms of longer names, read off each paragraph once', () => {
  it('leave out a longer name a title pass made a title alone, as reading every candidate does', () => {
    clearMemos();
    // two longer names go on from "Vantor": none is its long form ("the Mason Jar" after "The Mason Jar Cafe", a place to eat's, is)
    const eatery = 'Mason Jar->Mason Jar Cafe';
    assert.deepEqual(vantorLinks('Vantor Capital Partners', null, false), [eatery]);
    assert.deepEqual(vantorLinks('Vantor Capital Partners', null, true), [eatery]);
    // one of them a title alone: "Vantor" is the other's
    assert.deepEqual(vantorLinks('Vantor Capital Partners', 'Vantor Capital Partners', false), ['Vantor->Vantor Health', eatery]);
    assert.deepEqual(vantorLinks('Vantor Capital Partners', 'Vantor Capital Partners', true), ['Vantor->Vantor Health', eatery]);
  });
});
