/**
 * Names nested in longer names (issue 4): "Boston" in "Boston Red Sox". `⟦…⟧` marks the expected
 * nested mentions of each fixture; every rule with positive and negative cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { findingsOf } from './findings.helpers';
import { entityAt, mentionAt, neighbourMention } from '../../server/src/core/queries';
import type { Article, Mention } from '../../server/src/core/types';
import { assertWarmEqualsCold, editedVersions } from './edits.helpers';
import { articleOf, firstReferenceHints, nestedTexts } from './entities.helpers';
import { marked, slices } from './markers';

/** The article of a fixture (after a headline line, as in the other entity tests) and the spans it marks. */
function analyzeMarked(source: string): { article: Article; expected: string[]; text: string } {
  const { text, spans } = marked('Headline\n\n' + source);
  return { article: analyzeArticle(text), expected: slices(text, spans), text };
}

const byText = (article: Article, text: string, nested: boolean): Mention => {
  const m = article.mentions.find((x) => x.text === text && (x.within !== undefined) === nested);
  assert.ok(m, `no ${nested ? 'nested ' : ''}mention ${text} in ${JSON.stringify(article.mentions.map((x) => x.text))}`);
  return m;
};

describe('nested mentions: a name written alone elsewhere', () => {
  it('joins the entity of the name written alone', () => {
    const { article, expected } = analyzeMarked('Savage answered letters for years. The ⟦Savage⟧ Podcast Network began in 2006. Savage said he liked it.');
    assert.deepEqual(nestedTexts(article), expected);
    assert.equal(byText(article, 'Savage', true).entityId, byText(article, 'Savage', false).entityId);
  });
  it('matches folded forms: diacritics and case', () => {
    const { article, expected } = analyzeMarked('Officials in Ålesund met. The ⟦ALESUND⟧ Harbour Board agreed.');
    assert.deepEqual(nestedTexts(article), expected);
    assert.equal(byText(article, 'ALESUND', true).entityId, byText(article, 'Ålesund', false).entityId);
  });
  it('leaves a person’s name inside another person’s name alone', () => {
    const { article } = analyzeMarked('Jacob met Pierre. Pierre Charles wrote to him.');
    assert.ok(byText(article, 'Pierre Charles', false));
    assert.deepEqual(nestedTexts(article), []);
  });
  it('leaves names of other things alone: a title’s words are no entity of their own', () => {
    const { article } = analyzeMarked('Fillmore wrote Case Grammar. The Case Grammar Society met.');
    assert.ok(byText(article, 'Case Grammar Society', false));
    assert.deepEqual(nestedTexts(article), []);
  });
  it('leaves an eponym before its noun alone: "Mason" in "The Mason Jar" is no Mason written alone', () => {
    const { article } = analyzeMarked('They ate at The Mason Jar in Austin. Mason said it paid.');
    assert.ok(byText(article, 'Mason Jar', false));
    assert.deepEqual(nestedTexts(article), []);
    // nor a place of the eponym's name: "Salisbury" in "Salisbury Steak"
    const { article: steak } = analyzeMarked('She ate a Salisbury Steak in Salisbury.');
    assert.deepEqual(nestedTexts(steak), []);
  });
  it('leaves the end of a name alone: it is the short form of the same name', () => {
    const { article } = analyzeMarked('The Boston Red Sox won. The Red Sox lost later.');
    assert.ok(byText(article, 'Boston Red Sox', false));
    assert.ok(!nestedTexts(article).includes('Red Sox'), JSON.stringify(nestedTexts(article)));
  });
  it('leaves institution and place heads alone even when written alone', () => {
    const { article } = analyzeMarked('The Court ruled. The Court of Appeals agreed.');
    assert.ok(byText(article, 'Court of Appeals', false));
    assert.deepEqual(nestedTexts(article), []);
    const { article: college, expected } = analyzeMarked('Officials at the College met. The College of ⟦Charleston⟧ agreed.');
    assert.deepEqual(nestedTexts(college), expected);
  });
  it('leaves a name the whole outer name is written as alone (no name nests in itself)', () => {
    const { article } = analyzeMarked('Savage Love ran for years. Savage Love was popular.');
    assert.ok(byText(article, 'Savage Love', false));
    assert.deepEqual(nestedTexts(article), []);
  });
});

describe('nested mentions: a known place inside a name', () => {
  it('makes a place of a known place in an organization name, at the start or after "of"', () => {
    const { article, expected } = analyzeMarked('The ⟦Pittsburgh⟧ Pirates signed him. He studied at the University of ⟦Copenhagen⟧.');
    assert.deepEqual(nestedTexts(article), expected);
    for (const name of expected) assert.equal(byText(article, name, true).type, 'place');
  });
  it('joins the place entity of that name when the article has one', () => {
    const { article } = analyzeMarked('He grew up in Boston. The Boston Red Sox signed him.');
    const nested = byText(article, 'Boston', true);
    assert.equal(nested.entityId, byText(article, 'Boston', false).entityId);
    assert.equal(nested.within, byText(article, 'Boston Red Sox', false).id);
  });
  it('joins the place written in another spelling ("United States" for "U.S.")', () => {
    const { article } = analyzeMarked('The U.S. agreed. Later the United States Congress voted.');
    assert.equal(byText(article, 'United States', true).entityId, byText(article, 'U.S.', false).entityId);
  });
  it('gives places named only inside names one entity per place', () => {
    const { article } = analyzeMarked('The Pittsburgh Pirates won. The Pittsburgh Steelers lost.');
    const inner = article.mentions.filter((m) => m.within !== undefined);
    assert.deepEqual(inner.map((m) => m.text), ['Pittsburgh', 'Pittsburgh']);
    assert.equal(inner[0].entityId, inner[1].entityId);
    const entity = article.entities.find((e) => e.id === inner[0].entityId)!;
    assert.equal(entity.type, 'place');
    assert.deepEqual(entity.mentionIds, inner.map((m) => m.id));
  });
  it('takes the longest place: "New York" in "New York Times", never "York"', () => {
    const { article, expected } = analyzeMarked('She wrote for the ⟦New York⟧ Times.');
    assert.deepEqual(nestedTexts(article), expected);
  });
  it('finds nothing inside a known place ("Guinea" in "Papua New Guinea")', () => {
    const { article } = analyzeMarked('She moved from New York to Papua New Guinea.');
    assert.ok(byText(article, 'Papua New Guinea', false));
    assert.deepEqual(nestedTexts(article), []);
  });
  it('finds nothing in a place made of a place and its kind or direction ("Mexico City", "North Oakland", "Santa Cruz Islands")', () => {
    const { article } = analyzeMarked('She moved from Mexico City to North Oakland, then to the Santa Cruz Islands.');
    for (const name of ['Mexico City', 'North Oakland', 'Santa Cruz Islands']) assert.ok(byText(article, name, false));
    assert.deepEqual(nestedTexts(article), []);
  });
  it('reads a place that is also a common word only in capitals ("US", not "Male" or "Turkey")', () => {
    const { article, expected } = analyzeMarked('He sang in the Male Voice Choir. The ⟦US⟧ Census Bureau agreed. The Turkey Trot ran.');
    assert.deepEqual(nestedTexts(article), expected);
  });
  it('finds no place inside a person’s name', () => {
    const { article } = analyzeMarked('Paris Hilton arrived. Hilton said she was happy.');
    assert.ok(byText(article, 'Paris Hilton', false));
    assert.deepEqual(nestedTexts(article), []);
  });
  it('respects word boundaries: no place inside a hyphenated word (names are matched by whole words)', () => {
    const { article } = analyzeMarked('The Austro-Hungarian Empire fell.');
    assert.ok(byText(article, 'Austro-Hungarian Empire', false));
    assert.ok(!nestedTexts(article).some((t) => /^(?:Austria|Hungar)/.test(t)), JSON.stringify(nestedTexts(article)));
    const { article: jersey } = analyzeMarked('The Paris-Roubaix Classic ran.');
    assert.ok(byText(jersey, 'Paris-Roubaix Classic', false));
    assert.ok(!nestedTexts(jersey).includes('Paris'), JSON.stringify(nestedTexts(jersey)));
  });
});

describe('nested mentions: the article model', () => {
  it('keeps mentions in document order, the outer one before its nested ones, ids in that order', () => {
    const { article } = analyzeMarked('The University of California at Los Angeles and the Boston Red Sox met.');
    assert.ok(byText(article, 'Boston', true));
    const starts = article.mentions.map((m) => m.span.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    article.mentions.forEach((m, i) => {
      assert.equal(m.id, `m${i}`);
      if (m.within !== undefined) {
        const outer = article.mentions.find((o) => o.id === m.within)!;
        assert.ok(outer.span.start <= m.span.start && m.span.end <= outer.span.end && outer.span.end - outer.span.start > m.span.end - m.span.start);
        assert.ok(Number(outer.id.slice(1)) < i);
      }
    });
  });
  it('numbers entities in order of first mention, nested ones included, and lists each entity’s mentions in document order', () => {
    const { article } = analyzeMarked('The Boston Red Sox won in Chicago. Boston is happy.');
    article.entities.forEach((e, i) => assert.equal(e.id, `e${i}`));
    const first = article.entities.map((e) => article.mentions.find((m) => m.id === e.mentionIds[0])!.span.start);
    assert.deepEqual(first, [...first].sort((a, b) => a - b));
    const boston = article.entities.find((e) => e.name === 'Boston')!;
    assert.deepEqual(boston.mentionIds.map((id) => article.mentions.find((m) => m.id === id)!.within !== undefined), [true, false]);
    // the introduction is the name written alone
    assert.equal(article.mentions.find((m) => m.id === boston.introducedBy)!.within, undefined);
  });
  it('gives no speaker to a nested name', () => {
    const { article } = analyzeMarked('“We won,” the Boston Red Sox said.');
    assert.equal(article.quotations[0]?.speaker?.text, 'Boston Red Sox');
  });
  it('resolves no pronoun to a nested name: "he" is the last person named in full', () => {
    const { article } = analyzeMarked('Tom Jones met Dan Savage. Jones hosts the Savage Love show. “It works,” he said. Savage agreed.');
    assert.ok(byText(article, 'Savage', true));
    assert.equal(article.quotations[0]?.speaker?.entityId, byText(article, 'Tom Jones', false).entityId);
  });
});

describe('nested mentions: rules', () => {
  it('first-reference: a surname nested in an earlier name is no first reference', () => {
    const text = 'The Savage Love column ran for years. Dan Savage wrote it. Savage said so.';
    assert.ok(byText(articleOf(text), 'Savage', true));
    assert.deepEqual(firstReferenceHints(text), []);
    // the rule still fires on a surname written alone before the full name
    assert.equal(firstReferenceHints('Savage wrote it. Dan Savage said so.').length, 1);
  });
  it('inconsistent-spelling: a name nested in a longer one is spelled as part of that name', () => {
    const spelling = (text: string) => findingsOf(articleOf(text), 'inconsistent-spelling');
    const text = 'Officials in Ålesund met. The ALESUND Harbour Board agreed.';
    assert.ok(byText(articleOf(text), 'ALESUND', true));
    assert.deepEqual(spelling(text), []);
    // written alone, the other spelling is flagged
    assert.equal(spelling('Officials in Ålesund met. Alesund agreed, and Ålesund paid.').length, 1);
  });
});

describe('nested mentions: queries', () => {
  const text = 'Headline\n\nHe grew up in Boston. The Boston Red Sox signed him, and Boston cheered.';
  const article = analyzeArticle(text);
  const nestedAt = text.indexOf('Boston Red Sox');
  it('the mention and entity under the cursor on a nested name are the outer ones', () => {
    assert.equal(mentionAt(article, nestedAt + 2)?.text, 'Boston Red Sox');
    assert.equal(entityAt(article, nestedAt + 2)?.name, 'Boston Red Sox');
  });
  it('next and previous mention skip nested ones', () => {
    const first = text.indexOf('Boston');
    const last = text.lastIndexOf('Boston');
    assert.equal(neighbourMention(article, first + 1, 'next')?.span.start, last);
    assert.equal(neighbourMention(article, last + 1, 'previous')?.span.start, first);
  });
});

describe('nested mentions: incremental analysis', () => {
  it('a warm analysis after edits gives the nested mentions and entities of a cold one', () => {
    const start = [
      'Headline',
      'He grew up in Boston. The Boston Red Sox signed him, and Boston cheered.',
      'She studied at the University of Copenhagen and wrote for the New York Times.',
      'Dan Savage answered letters. The Savage Love column ran for years, Savage said.',
    ].join('\n\n');
    // edits that move names, remove a name written alone (Boston) and bring it back, and type inside a name
    const versions = editedVersions(start, 40, 7, (text, r, i) => {
      if (i % 10 === 3) return text.replace('grew up in Boston.', 'grew up there.');
      if (i % 10 === 6) return text.replace('grew up there.', 'grew up in Boston.');
      if (i % 10 === 8) return text.replace('Red Sox', 'Red Soxx');
      const at = Math.floor(r() * text.length);
      return text.slice(0, at) + (r() < 0.5 ? ' ' : 'a') + text.slice(at);
    });
    assertWarmEqualsCold(versions, { pick: (a) => [a.mentions, a.entities], label: 'nested' });
    assert.ok(analyzeArticle(versions[versions.length - 1]).mentions.some((m) => m.within !== undefined));
  });
});

describe('nested mentions: a known place after "of" in a person’s title', () => {
  it('is a place inside the title, the place written alone', () => {
    const { article, expected } = analyzeMarked('The Governor of ⟦Virginia⟧ said on Monday that roads would reopen. Voters in Virginia were pleased.');
    assert.deepEqual(nestedTexts(article), expected);
    assert.equal(byText(article, 'Virginia', true).entityId, byText(article, 'Virginia', false).entityId);
  });
  it('finds no place elsewhere in a person’s name', () => {
    const { article, expected } = analyzeMarked('Jack London wrote novels on Monday. Later he moved to London with his family.');
    assert.ok(byText(article, 'Jack London', false));
    assert.deepEqual(nestedTexts(article), expected);
  });
});

describe('nested mentions: a town in the name of a water', () => {
  it('is the town, written alone elsewhere', () => {
    const { article, expected } = analyzeMarked('A tunnel under ⟦San Francisco⟧ Bay was planned. San Francisco welcomed the plan.');
    assert.deepEqual(nestedTexts(article), expected);
    assert.equal(byText(article, 'San Francisco', true).entityId, byText(article, 'San Francisco', false).entityId);
  });
});

describe('nested mentions: a place’s abbreviation in capitals before words that place it', () => {
  it('is the place ("US" in "US West Coast")', () => {
    const { article, expected } = analyzeMarked('Events start at dawn on the ⟦US⟧ West Coast. The US sent a large team.');
    assert.deepEqual(nestedTexts(article), expected);
  });
  it('leaves a place’s name written in full before them ("Oakland West Coast")', () => {
    const { article, expected } = analyzeMarked('Events start at dawn on the Oakland West Coast. Oakland sent a large team.');
    assert.ok(byText(article, 'Oakland West Coast', false));
    assert.deepEqual(nestedTexts(article), expected);
  });
});
