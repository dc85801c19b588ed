/**
 * The document-wide entity passes that take a `PassFilter` (or `linkPartShortForms`'s context) read
 * only the candidates their filter flags: on real and generated texts they must leave every
 * candidate as reading all of them does. The flags are made as `findEntities` makes them, on each
 * paragraph's own text and candidates; title passes are played by making some names a title pass
 * may take titles alone.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DENSE_QUOTES, generateProse, NAME_HEAVY, NEWS, prng, SHARED_CORPUS } from '../../bench/corpus';
import { nameInfo } from '../../server/src/core/entities/clusterMentions';
import { documentEvidence } from '../../server/src/core/entities/evidence';
import { findCandidates, isTitleCase, prepareParagraph } from '../../server/src/core/entities/findMentions';
import type { NameCandidate, NameInfo } from '../../server/src/core/entities/nameTypes';
import {
  headWordOfWords, linkHeadShortForms, linkPartShortForms, linkSchoolShortForms, mayBeHeadShortForm, mayBePlaceShortForm, mayBeSchoolShortForm, retypePlaceShortForms,
} from '../../server/src/core/entities/headShortForms';
import { mayLoseModifiers, stripModifiersBeforeNames } from '../../server/src/core/entities/modifiers';
import { TITLES } from '../../server/src/core/entities/titles';
import { paragraphTexts, scanDocument } from '../../server/src/core/markup/scan';
import { clearMemos } from '../../server/src/core/memo';
import { aliasLinks, partLinkContext } from './entities.helpers';
import { analyzeArticle } from '../../server/src/core/analyze';

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** Paragraphs where each filtered pass links, retypes or strips (the texts below have few such names). */
const EVERY_PASS = [
  'He designed the badge of the Society of the Cincinnati.',
  'the Society wore it, and the County of Maui said the County would pay.',
  'She attended Suffolk University in Boston.',
  'At Suffolk she earned a degree in psychology.',
  "Naqsh-e Jahan Square's mosques drew crowds on Friday.",
  'The bazaar north of Naqsh-e Jahan reopened.',
  'Okafor is an American Zentube personality.',
  'Zentube grew.',
  // "Goldman" alone is no short form of Goldman Sachs: a person of the article has the word
  'Shares of Goldman Sachs rose.',
  'Mr. Goldman declined to comment.',
  'Goldman said it would not pay.',
].join('\n\n');

/** The news fixtures, the shared corpus where it is beside the repository, generated prose of each style (several seeds). */
function texts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [{ name: 'every pass', text: EVERY_PASS }];
  const dirs = [path.join(FIXTURES, 'news-quotes'), path.join(FIXTURES, 'news-quotes-heldout'), path.join(SHARED_CORPUS, 'gum-dev'), path.join(SHARED_CORPUS, 'litbank-quotes')];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.txt')) out.push({ name: `${path.basename(dir)}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  for (const [styleName, style] of [['news', NEWS], ['dense quotes', DENSE_QUOTES], ['name heavy', NAME_HEAVY]] as const) {
    for (const seed of [1, 2, 3]) out.push({ name: `${styleName} ${seed}`, text: generateProse(2500, seed, style) });
  }
  return out;
}

/** One text's candidates in document order, with what `findEntities` knows of them before its passes. */
interface Document {
  masked: string;
  cands: NameCandidate[];
  infos: NameInfo[];
  /** Each paragraph's candidates as `findEntities` caches them: offsets from the paragraph's start. */
  lists: NameCandidate[][];
  paragraphTexts: string[];
  /** Where each paragraph's candidates start in `cands` (and their count last). */
  paragraphStarts: Int32Array;
}

function documentOf(text: string): Document {
  const doc = scanDocument(text);
  const paragraphs = doc.paragraphs.filter((p) => p.kind !== 'update-line');
  const allTexts = paragraphTexts(doc);
  const own = paragraphs.map((p) => allTexts[p.index]);
  const preps = paragraphs.map((p, i) => prepareParagraph(own[i], p.kind === 'headline' && isTitleCase(own[i])));
  const evidence = documentEvidence(preps);
  const lists = paragraphs.map((p, i) => findCandidates(own[i], preps[i], 0, evidence, p.kind === 'headline'));
  const placed = paragraphs.map((p, i) => findCandidates(own[i], preps[i], p.span.start, evidence, p.kind === 'headline'));
  const cands = placed.flat();
  const paragraphStarts = new Int32Array(placed.length + 1);
  for (let i = 0, n = 0; i <= placed.length; n += placed[i]?.length ?? 0, i++) paragraphStarts[i] = n;
  return { masked: doc.masked, cands, infos: cands.map(nameInfo), lists, paragraphTexts: own, paragraphStarts };
}

/** Flags (1 or 0, by document index) of each paragraph's cached candidates by `test` on its own text. */
function flagsBy(d: Document, test: (text: string, c: NameCandidate) => boolean): Uint8Array {
  return Uint8Array.from(d.lists.flatMap((list, i) => list.map((c) => (test(d.paragraphTexts[i], c) ? 1 : 0))));
}

/** What a pass leaves of each candidate: its link, its type, its start. */
function outcome(cands: readonly NameCandidate[]): string[] {
  return cands.map((c) => `${c.span.start} ${c.text} ${c.type}/${c.typeStrength} alias ${c.aliasOf ?? '-'}`);
}

/** How many candidates the pass linked or retyped (on the full path). */
function changed(before: readonly NameCandidate[], after: readonly NameCandidate[]): number {
  let n = 0;
  for (let k = 0; k < after.length; k++) if (after[k].aliasOf !== before[k].aliasOf || after[k].type !== before[k].type || after[k].span.start !== before[k].span.start) n++;
  return n;
}

/**
 * A name whose first words are a title ("Attorney General", "President of the Society"): a wider
 * test than the title passes' own, which any flags may be (the paths must agree on every name a
 * pass may take, as long as it takes only flagged ones).
 */
function opensWithTitle(c: NameCandidate): boolean {
  return TITLES.longestAt(c.tokens.map((t) => t.key), 0) !== null;
}

const TEXTS = texts();
const DOCUMENTS = TEXTS.map((t) => ({ name: t.name, doc: documentOf(t.text) }));

/**
 * Runs `pass` on two copies of each document's candidates, one with the filter `flagsOf` makes
 * (bit 1) and one without, and asserts every candidate ends the same; returns how many the passes changed.
 */
function comparePaths(
  flagsOf: (d: Document) => Uint8Array,
  pass: (d: Document, cands: NameCandidate[], flags: Uint8Array | undefined) => void,
): number {
  let total = 0;
  for (const { name, doc } of DOCUMENTS) {
    const flags = flagsOf(doc);
    const filtered = structuredClone(doc.cands);
    const full = structuredClone(doc.cands);
    pass(doc, filtered, flags);
    pass(doc, full, undefined);
    assert.deepStrictEqual(outcome(filtered), outcome(full), name);
    total += changed(doc.cands, full);
  }
  return total;
}

describe('entity passes on the candidates their filter flags', () => {
  it('linkPartShortForms links and types every candidate as it does reading them all, whichever titles the title passes made', () => {
    let total = 0;
    for (const seed of [1, 2, 3]) {
      const random = prng(seed);
      clearMemos();
      for (const { name, doc } of DOCUMENTS) {
        // the names a title pass may take (bit 2: those that open with a title, and some others to read more longer names so), some of which it took (titles alone)
        const titled = flagsBy(doc, (_, c) => opensWithTitle(c) || (c.tokens.length > 1 && random() < 0.2));
        const takes = doc.cands.map((_, k) => titled[k] === 1 && random() < 0.5);
        const listInfos = doc.lists.map((list, i) => doc.infos.slice(doc.paragraphStarts[i], doc.paragraphStarts[i] + list.length));
        const known = partLinkContext(doc.lists, listInfos, (i, k) => titled[doc.paragraphStarts[i] + k] === 1);
        const withTitles = () => structuredClone(doc.cands).map((c, k) => (takes[k] ? { ...c, titleOnly: true } : c));
        const filtered = withTitles();
        const full = withTitles();
        linkPartShortForms(doc.masked, filtered, doc.infos, known);
        linkPartShortForms(doc.masked, full, doc.infos, undefined);
        assert.deepStrictEqual(outcome(filtered), outcome(full), `${name}, seed ${seed}`);
        total += changed(withTitles(), full);
      }
    }
    // the texts have short forms to link: the comparison is no comparison of two empty answers
    assert.ok(total >= 10, `${total} candidates linked`);
  });

  it('linkPartShortForms retypes a firm\'s name written without its trade, and the word after it joins that firm, with the cached lists\' context or its own', () => {
    // "Dravik Ostrander" (no first name, title, role or person's verb: a person by a guess only) is the
    // firm's name without its trade, so the pass links it and gives it the firm's type; "Dravik" then
    // finds that name as its longer one and asks whether a person of the article has the word
    // "dravik", which the name just retyped has. A reader sees one firm throughout.
    const text = 'Clinic deal\n\nDravik Ostrander Health opened a clinic in Dayton.\n\nDravik Ostrander expanded it last year.\n\nDravik hired nurses.';
    const doc = documentOf(text);
    const listInfos = doc.lists.map((list, i) => doc.infos.slice(doc.paragraphStarts[i], doc.paragraphStarts[i] + list.length));
    const filtered = structuredClone(doc.cands);
    const full = structuredClone(doc.cands);
    linkPartShortForms(doc.masked, filtered, doc.infos, partLinkContext(doc.lists, listInfos, () => false));
    linkPartShortForms(doc.masked, full, doc.infos, undefined);
    assert.deepStrictEqual(outcome(filtered), outcome(full));
    assert.deepStrictEqual(aliasLinks(full), ['Dravik Ostrander->Dravik Ostrander Health', 'Dravik->Dravik Ostrander']);
    const retyped = full.find((c) => c.text === 'Dravik Ostrander');
    assert.equal(retyped?.type, 'organization');
    const firm = analyzeArticle(text).mentions.filter((m) => m.text.startsWith('Dravik'));
    assert.deepStrictEqual(firm.map((m) => [m.text, m.type]), [['Dravik Ostrander Health', 'organization'], ['Dravik Ostrander', 'organization'], ['Dravik', 'organization']]);
    assert.equal(new Set(firm.map((m) => m.entityId)).size, 1);
  });

  it('linkHeadShortForms, linkSchoolShortForms and retypePlaceShortForms change what they change reading them all', () => {
    const heads = comparePaths((d) => flagsBy(d, (text, c) => mayBeHeadShortForm(text, c, headWordOfWords(c.tokens))), (d, cands, flags) => linkHeadShortForms(d.masked, cands, flags && { flags, bit: 1 }));
    const schools = comparePaths((d) => flagsBy(d, mayBeSchoolShortForm), (d, cands, flags) => linkSchoolShortForms(d.masked, cands, flags && { flags, bit: 1 }));
    const places = comparePaths((d) => flagsBy(d, (_, c) => mayBePlaceShortForm(c)), (d, cands, flags) => retypePlaceShortForms(d.masked, cands, flags && { flags, bit: 1 }));
    assert.ok(heads > 0 && schools > 0 && places > 0, `head short forms ${heads}, schools ${schools}, places ${places}`);
  });

  it('stripModifiersBeforeNames strips the modifiers it strips reading them all', () => {
    const stripped = comparePaths((d) => flagsBy(d, (_, c) => mayLoseModifiers(c)), (d, cands, flags) => {
      const infos = [...d.infos];
      stripModifiersBeforeNames(cands, infos, flags && { flags, bit: 1 });
    });
    assert.ok(stripped > 0, `${stripped} stripped`);
  });

  it('a name stripped of its modifiers has the head word of its new words ("the Ministry" after "the Polish Ministry of Commerce")', () => {
    // the head words worked out per paragraph are of the words before the strip ("Commerce": none)
    const a = analyzeArticle('Talks\n\nThe Polish Ministry of Commerce spoke first. Then the Ministry said no. Later the Ministry of Commerce agreed.');
    assert.deepStrictEqual(a.mentions.map((m) => [m.text, m.entityId]), [['Ministry of Commerce', 'e0'], ['Ministry', 'e0'], ['Ministry of Commerce', 'e0']]);
  });

  it('a name stripped of its modifiers is joined to the name before it by the words now between them ("John Smith and American Zentube executives" is no list)', () => {
    // the link worked out per paragraph read " and " before "American Zentube": a list of names, which would type the firm a person like John Smith
    const a = analyzeArticle('Talks\n\nShe met John Smith and American Zentube executives in May. Zentube grew 40 percent.');
    const firm = a.mentions.filter((m) => m.text === 'Zentube');
    assert.equal(firm.length, 2);
    assert.ok(firm.every((m) => m.type !== 'person'), JSON.stringify(firm));
  });
});
