/**
 * The entity stage's caches and shortcuts must answer what a fresh computation answers: the
 * pronoun index against the token scan, and warm analyses after edits against cold ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstPronoun, firstPronounIndexed, pronounIndex } from '../../server/src/core/entities/gender';
import { isCap, isWord, tokenize, type Token } from '../../server/src/core/entities/tokens';
import { generateProse, NAME_HEAVY, prng } from '../../bench/corpus';
import { assertWarmEqualsCold, editedVersions } from './edits.helpers';
import { clusterMentionsCached, COMPARED } from '../../server/src/core/entities/clusterCache';
import { nameInfo, type ClusterOptions } from '../../server/src/core/entities/clusterMentions';
import type { NameCandidate, NameToken } from '../../server/src/core/entities/nameTypes';
import { analyzeArticle } from '../../server/src/core';
import { clearMemos, forgetParagraphsNotUsedRecently, markAnalysisStart } from '../../server/src/core/memo';
import {
  findCandidatesCached, paragraphsTokenized, prepareParagraph, releaseTokens, startPlacement, TOKEN, withTokens, type NameEvidence, type PreparedParagraph,
} from '../../server/src/core/entities/findMentions';
import { documentEvidence } from '../../server/src/core/entities/evidence';
import { paragraphNamesOf } from '../../server/src/core/entities';
import { collected } from '../helpers/collected';

/**
 * The reference for `firstPronounIndexed`: `firstPronoun(text.slice(from, to))` by a linear scan of
 * the paragraph's tokens (`base` its start).
 */
function firstPronounIn(tokens: readonly Token[], base: number, text: string, from: number, to: number): 'male' | 'female' | null {
  const lo = from - base;
  const hi = to - base;
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tokens[mid].end <= lo) a = mid + 1;
    else b = mid;
  }
  // a stretch that starts inside a token: tokenize it as it is
  if (a < tokens.length && tokens[a].start < lo) return firstPronoun(text.slice(from, to));
  for (let k = a; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start >= hi) break;
    if (t.end > hi) return firstPronoun(text.slice(base + t.start, to)); // cut by the stretch end
    if (!isWord(t)) continue;
    const g = firstPronoun(t.text);
    if (g) return g;
  }
  return null;
}

describe('firstPronounIndexed', () => {
  it('answers firstPronounIn for random stretches, cut tokens included', () => {
    const r = prng(7);
    const paragraphs = [
      ...generateProse(1_500, 4).split(/\n\s*\n/),
      'He said his herself hers. She—he; “her” his’s Hershey he',
      'herald Sheila HE She’s him',
    ];
    let base = 0;
    for (const paragraph of paragraphs) {
      const text = 'x'.repeat(base) + paragraph; // the stretch is read from the document text
      const tokens = tokenize(paragraph);
      const index = pronounIndex(tokens);
      for (let n = 0; n < 300; n++) {
        const from = base + Math.floor(r() * (paragraph.length + 1));
        const to = from + Math.floor(r() * Math.min(260, paragraph.length + base - from + 1));
        assert.equal(
          firstPronounIndexed(index, base, text, from, to), firstPronounIn(tokens, base, text, from, to),
          `stretch ${from}–${to} of ${JSON.stringify(paragraph.slice(0, 40))}`,
        );
      }
      base += 3;
    }
  });
});

describe('pronounIndex', () => {
  /** The index by its definition: every token's bounds, then each pronoun's token index times 2, plus 1 for a male one. */
  function indexOf(tokens: readonly Token[]): number[] {
    const codes: number[] = [];
    tokens.forEach((t, k) => {
      const g = isWord(t) ? firstPronoun(t.text) : null;
      if (g) codes.push(2 * k + (g === 'male' ? 1 : 0));
    });
    return [...tokens.flatMap((t) => [t.start, t.end]), ...codes];
  }

  it('indexes a paragraph of more tokens than its scratch list holds, and a short one after it', () => {
    // (the scratch holds the bounds of 4,096 tokens: this paragraph has three times as many)
    const long = tokenize('He told her that she said “him”, herself. '.repeat(1_200));
    assert.ok(long.length > 4_096, `${long.length} tokens`);
    const short = tokenize('She said he would.');
    for (const tokens of [short, long, short]) {
      const index = pronounIndex(tokens);
      assert.equal(index.tokens, tokens.length);
      assert.deepEqual([...index.list], indexOf(tokens));
    }
  });
});

describe('entity stage caches', () => {
  it('a warm analysis after edits gives the entities and mentions of a cold one', () => {
    const pieces = ['x', ' he said', 'Smith ', '\n\n', 'She ', ', better known as Jenna Marbles, ', ' Research ', ' (born Ana Lopez) '];
    const versions = editedVersions(generateProse(2_000, 5, NAME_HEAVY), 32, 11, (text, r, i) => {
      const at = Math.floor(r() * text.length);
      return text.slice(0, at) + pieces[i % 8] + text.slice(at + (i % 3));
    });
    assertWarmEqualsCold(versions, { pick: (a) => ({ m: a.mentions, e: a.entities }), again: true });
  });
});

describe('paragraphs kept without their tokens', () => {
  it('tokenizes a kept paragraph again as it was prepared, a Title Case headline too', () => {
    // the words whose capital proves nothing: sentence starts, after an opening quote, every word of a Title Case headline
    for (const [text, titleCase, uncertainWords] of [
      ['“Then,” Smith said. The U.S. Senate met Sen. Ann Lee’s aide in Moscow-based offices.', false, ['Then', 'The']],
      ['Senate Votes To Fund The Moscow Office', true, ['Senate', 'Votes', 'To', 'Fund', 'The', 'Moscow', 'Office']],
      ['THE MAYOR OF LISBON', false, ['THE']],
    ] as const) {
      const tokens = tokenize(text);
      const expected = { tokens, keys: tokens.map((t) => t.key), uncertainWords };
      const prep = prepareParagraph(text, titleCase);
      assert.deepEqual(tokensOf(prep), expected, text);
      releaseTokens(prep);
      assert.equal(prep.tokens, undefined);
      assert.deepEqual(tokensOf(withTokens(prep)), expected, text);
    }
  });

  it('tokenizes only the edited paragraph again while a sentence is typed into a long text', () => {
    const text = generateProse(6_000, 3, NAME_HEAVY);
    const at = text.indexOf('\n\n', text.length >> 1) + 2; // a paragraph's start
    const sentence = 'The committee met again on Tuesday, and she said the vote was put off. ';
    clearMemos();
    analyzeArticle(text);
    for (let n = 1; n <= sentence.length; n++) {
      const before = paragraphsTokenized();
      analyzeArticle(text.slice(0, at) + sentence.slice(0, n) + text.slice(at));
      assert.equal(paragraphsTokenized() - before, 1, `keystroke ${n}`);
    }
  });

  it('flags as opening a name every token the candidate scan must not pass by: capitalised words, lower-case title modifiers and particles', () => {
    const prep = prepareParagraph('The former mayor, Bill de Blasio, met van Gogh’s vice president and the late Sen. Ann Lee.', false);
    const opening = new Set(['The', 'former', 'Bill', 'de', 'Blasio', 'van', 'Gogh', 'vice', 'late', 'Sen.', 'Ann', 'Lee']);
    prep.tokens.forEach((t, i) => {
      const f = prep.flags[i];
      assert.equal((f & TOKEN.opens) !== 0, opening.has(t.text), t.text);
      assert.equal((f & TOKEN.word) !== 0, isWord(t), t.text);
      assert.equal((f & TOKEN.cap) !== 0, isCap(t), t.text);
    });
    // (and the scan finds the names a particle or a modifier opens)
    startPlacement();
    const ev = documentEvidence([prep]);
    const found = findCandidatesCached(prep.text, prep, 0, ev, false, paragraphNamesOf).candidates.map((c) => c.text);
    assert.deepEqual(found, ['Bill de Blasio', 'van Gogh', 'Ann Lee']);
  });

  it('gives a cold analysis when the evidence makes a paragraph left alone find its names again', () => {
    // "Smith" opens its sentence: whether it is a name hangs on how the other paragraphs write the word
    const a = 'Talks\n\nSmith met Jones on Monday. He said little.\n\nThe talks went on.';
    const versions = [
      a,
      a.replace('The talks', 'The smith and the talks'), // the word written in lower case elsewhere
      a.replace('The talks', 'Later Smith and the talks'), // and capitalised mid-sentence
      a,
    ];
    assertWarmEqualsCold(versions, { pick: (x) => ({ m: x.mentions, e: x.entities }), again: true });
  });

  it('gives a cold analysis when a word of a quoted title is written in lower case elsewhere, or no longer', () => {
    // "Maria Wins" is read as a name until "wins" stands in lower case in another paragraph: then "Maria" alone
    const a = 'Essays\n\nThe essay "Maria Wins Again" was read aloud.\n\nShe spoke.';
    const versions = [a, a.replace('She spoke', 'She wins often'), a];
    assertWarmEqualsCold(versions, { pick: (x) => ({ m: x.mentions, e: x.entities }), again: true });
  });
});

describe('clustering reused while no name changes', () => {
  it('clusters again when a candidate changed in any compared field, not when only its offsets moved', () => {
    // a cache hit hands back the last clustering's own clusters list
    const clustersOf = (second: NameCandidate) => {
      const cands = [firstCandidate(), second];
      return clusterMentionsCached(cands, NO_OPTIONS, cands.map(nameInfo)).clusters;
    };
    for (const field of COMPARED) {
      const before = clustersOf(candidateWithEveryField());
      assert.notEqual(clustersOf({ ...candidateWithEveryField(), [field]: OTHER_VALUES[field] }), before, field);
    }
    const before = clustersOf(candidateWithEveryField());
    const moved = { ...candidateWithEveryField(), span: { start: 99, end: 104 }, title: { start: 95, end: 98 }, possessive: { start: 104, end: 106 } };
    assert.equal(clustersOf(moved), before, 'offsets are not compared');
  });

  it('gives a cold analysis\'s entities when keystrokes change no name, then one name', () => {
    const text = generateProse(1_500, 6, NAME_HEAVY);
    const at = text.indexOf(' the ') + 2;
    const versions = ['x', 'xy', 'xyz'].map((typed) => text.slice(0, at) + typed + text.slice(at));
    // a bare surname that joins a person, then a new person, then back to the unchanged names
    const named = text.indexOf('. ') + 2;
    versions.push(text.slice(0, named) + 'Halvorsen said so. ' + text.slice(named), versions[2], text);
    assertWarmEqualsCold(versions, { pick: (a) => ({ m: a.mentions, e: a.entities, q: a.quotations }), again: true });
  });

  it('forgets what the last analysis found after clustering (a pronoun that made a name a person)', () => {
    const a = 'Prices\n\nThe sale of Warhol’s prints went well, and he was pleased. Later George Washington spoke, and Washington said no.';
    const b = a.replace(' he was', ' it was');
    assertWarmEqualsCold([a, b, a], { pick: (x) => ({ m: x.mentions, e: x.entities }) });
  });
});

describe('candidates handed out again', () => {
  it('gives a cold analysis when the copies callers changed come back at the same offset, moved, or twice in one text', () => {
    // callers change copies: an acronym's link, an alias, a list's type, a title in apposition, clustering's type
    const names = [
      'Officials at the International Atomic Energy Agency (IAEA) met on Monday. The IAEA said little.',
      'Later George Washington spoke.',
      'Washington said no.',
      'Lady Gaga (born Stefani Germanotta) sang. Ken Cuccinelli, Attorney General, spoke after her.',
      'The World Health Organization (WHO) met. Later the WHO said little.',
      'They toured Dalmatia and Pannonia, and Carrano and Biewener wrote about it.',
      'The talks went on.',
    ];
    const a = ['Justice', ...names, names[3]].join('\n\n');
    const versions = [
      a,
      a.replace('went on', 'went onx'), // later paragraphs only: the rest at the same offsets
      a.replace('Justice', 'Justices'), // every paragraph moved
      a.replace('Justice', 'Justicx'), // the same offsets as the version before
      a.replace('Lady Gaga', 'Lady Gagx'), // one name changed
      a.replace('George Washington', 'the envoy xxxxxxx'), // the bare surname is a place again, at the same offset
      a.replace('George Washington', 'the envoy'), // and moved
      a,
    ];
    assertWarmEqualsCold(versions, { again: true });
  });
  it('puts back every field a caller changed, and the offsets, when it hands the candidates out again', () => {
    const { text, prep, ev, first } = placedAt10();
    assert.ok(first.candidates.some((c) => c.title) && first.candidates.some((c) => c.possessive) && first.candidates.some((c) => c.acronymOf !== undefined));
    for (const base of [10, 10, 25, 25, 0]) {
      changeEveryField(first.candidates);
      startPlacement();
      const again = findCandidatesCached(text, prep, base, ev, false, paragraphNamesOf);
      assert.equal(again.candidates, first.candidates); // the same candidates, handed out again
      assert.deepEqual(again.candidates, coldCandidates(text, base, ev));
    }
  });
  it('gives a second paragraph of the same text in one analysis candidates of its own, as found', () => {
    const { text, prep, ev, first } = placedAt10();
    changeEveryField(first.candidates);
    const second = findCandidatesCached(text, prep, 200, ev, false, paragraphNamesOf);
    assert.ok(second.candidates.every((c, k) => c !== first.candidates[k]));
    assert.deepEqual(second.candidates, coldCandidates(text, 200, ev));
    assert.equal(second.names, first.names);
  });

  it('lets go, when idle, of a paragraph whose candidates a slot holds but the last analyses did not place, and keeps one they placed', async () => {
    const other = prepareParagraph('Another article, by Ann Smith.', false);
    const otherEvidence = documentEvidence([other]);
    /** Places a new paragraph's candidates at slot 7, then another's at slot 0 in three analyses, the first one's again last with `placedLast`, then forgets what the last analysis did not use. */
    const kept = (text: string, placedLast: boolean) => {
      const place = (paragraph: PreparedParagraph, ev: NameEvidence, slot: number) => {
        markAnalysisStart();
        startPlacement();
        findCandidatesCached(paragraph.text, paragraph, 0, ev, false, paragraphNamesOf, slot);
      };
      const prep = prepareParagraph(text, false);
      const ev = documentEvidence([prep]);
      place(prep, ev, 7);
      for (let k = 0; k < 3; k++) place(other, otherEvidence, 0);
      if (placedLast) place(prep, ev, 0);
      forgetParagraphsNotUsedRecently(1);
      return new WeakRef(prep);
    };
    assert.ok(await collected(kept('Then Mr. George Washington left for Boston.', false)), 'a slot kept a paragraph no recent analysis placed');
    // (and one the last analysis placed stays: the test can tell)
    assert.ok(!(await collected(kept('Then Mr. John Adams left for Boston.', true))));
  });
});

/** A paragraph with a title, a possessive and an acronym, its evidence, and its candidates placed at 10 in a new placement. */
function placedAt10() {
  const text = 'Officials at the International Atomic Energy Agency (IAEA) met Mr. George Washington, the envoy, and Ms. Ann Smith’s aide.';
  const prep = prepareParagraph(text, false);
  const ev = documentEvidence([prep]);
  startPlacement();
  const first = findCandidatesCached(text, prep, 10, ev, false, paragraphNamesOf);
  return { text, prep, ev, first };
}

/** What callers do to the candidates handed out: every field they may change (not their span objects: see `PlacedCandidates`). */
function changeEveryField(candidates: readonly NameCandidate[]): void {
  for (const c of candidates) {
    c.type = 'other';
    c.typeStrength = 7;
    c.titleOnly = !c.titleOnly;
    c.acronymOf = 99;
    c.aliasOf = 98;
    c.alsoKnownAs = 97;
    c.fullName = 'Someone Else';
  }
}

/** What a cold search answers for `text` at `base`: the text prepared again, with no cache of its own. */
function coldCandidates(text: string, base: number, ev: NameEvidence): NameCandidate[] {
  return findCandidatesCached(text, prepareParagraph(text, false), base, ev, false, paragraphNamesOf).candidates;
}

describe('mentions handed out again', () => {
  it('gives a cold analysis when an unmoved mention gets another type', () => {
    const a = 'Talks\n\nThe Warhol prints sold well, said Bob Jones.\n\nAdams met Smith on Monday.\n\nSmith said little.\n\nThe talks went on.';
    const versions = [
      a,
      a.replace('The talks', 'Andy Warhol and the talks'), // the Warhol before the edit becomes a person
      a.replace('The talks', 'The Warhol Foundation and talks'), // an organization
      a,
    ];
    assertWarmEqualsCold(versions, { pick: (x) => ({ m: x.mentions, e: x.entities }), again: true });
  });
});

describe('entities handed out again', () => {
  it('gives a cold analysis, and leaves the last one alone, when an entity the same but for its gender comes back', () => {
    const a = 'Talks\n\nPat Jones spoke on Monday, and then Jones left.\n\nThe talks went on.';
    const versions = [
      a,
      a.replace('Jones left', 'Jones left as she said'), // the same entity, female
      a.replace('Jones left', 'Jones left as he said'), // male
      a.replace('Jones left', 'Jones left as he told'), // male again: the same entity object
      a.replace('Pat Jones', 'Pat Jonas'), // another name
      a,
    ];
    assertWarmEqualsCold(versions, { pick: (x) => ({ m: x.mentions, e: x.entities }), again: true });
  });
});

const NO_OPTIONS: ClusterOptions = { styleSheet: [], keepApart: [] };
/** One object, as titles share the title list's entries (compared by identity). */
const MR = { office: 'mr' };

/** "John Smith", the name the second candidate's links point to. */
function firstCandidate(): NameCandidate {
  return {
    span: { start: 0, end: 10 }, text: 'John Smith', type: 'person', typeStrength: 1, tokens: [token('John', 0), token('Smith', 5)], roles: [], headline: false,
  };
}

/** "Mr. Smith's", with every optional field set (its links to the first candidate). */
function candidateWithEveryField(): NameCandidate {
  return {
    span: { start: 20, end: 25 }, text: 'Smith', type: 'person', typeStrength: 1, weak: false, titleOnly: false, ownRole: false, mayBeSurname: false, speaks: false, common: false,
    tokens: [token('Smith', 4)], title: { start: 16, end: 19 }, titleText: 'Mr.', titleInfo: MR, possessive: { start: 25, end: 27 },
    roles: ['mayor'], acronymOf: 0, aliasOf: 0, alsoKnownAs: 0, canonical: 'smith', state: 'oklahoma', fullName: 'John Smith', headline: false,
  };
}

/** For each compared field, a value other than `candidateWithEveryField`'s (a new compared field needs one to compile). */
const OTHER_VALUES: { [F in (typeof COMPARED)[number]]: NameCandidate[F] } = {
  text: 'Smyth', type: 'place', typeStrength: 2, weak: true, titleOnly: true, ownRole: true, mayBeSurname: true, speaks: true, common: true, tokens: [token('Smyth', 4)],
  titleText: 'Dr.', titleInfo: { office: 'dr' }, roles: ['judge'], acronymOf: undefined, aliasOf: undefined, alsoKnownAs: undefined,
  canonical: 'smyth', state: 'texas', fullName: 'Jane Smith', headline: true,
};

/** A prepared paragraph's tokens, their keys, and the words it marks uncertain. */
function tokensOf(p: PreparedParagraph) {
  return { tokens: p.tokens, keys: p.keys, uncertainWords: p.tokens.filter((_, i) => (p.flags[i] & TOKEN.uncertain) !== 0).map((t) => t.text) };
}

function token(text: string, start: number): NameToken {
  return { text, key: text.toLowerCase(), start, end: start + text.length };
}
