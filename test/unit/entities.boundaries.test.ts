/**
 * Mention boundaries from the gum-dev error review (issue 4): modifiers read into a name, and
 * more. One-paragraph documents, each rule with positive and negative cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMentionsOf, nestedTexts, sameEntity, textsOf as texts, typeOf } from './entities.helpers';

describe('a demonym or adjective before a name the article writes alone', () => {
  it('leaves the modifier out and joins the name written alone', () => {
    const text = 'Okafor is an American Zentube personality. She joined Zentube in 2010.';
    assert.ok(texts(text).includes('Zentube') && !texts(text).includes('American Zentube'), JSON.stringify(texts(text)));
    assert.ok(sameEntity(text, 'Zentube', 'Zentube', 1));
    const place = 'Tovarna grew rich on sisal. Progressive Tovarna had electric trams before the capital. Today Tovarna is quiet.';
    assert.ok(texts(place).includes('Tovarna') && !texts(place).includes('Progressive Tovarna'), JSON.stringify(texts(place)));
  });
  it('keeps the name whole where the rest is never written alone', () => {
    assert.ok(texts('Okafor is an American Zentube personality.').includes('American Zentube'));
  });
  it('keeps known names, names ending in a head word, and regions of a place whole', () => {
    assert.ok(texts('She flew to General Santos on Monday. Later Mayor Santos met her there.').includes('General Santos'));
    assert.ok(texts('She flew American Airlines to Denver. The Airlines lounge was shut.').includes('American Airlines'));
    assert.ok(texts('He joined the Greek Orthodox Church. The Orthodox Church welcomed him.').includes('Greek Orthodox Church'));
    assert.ok(texts('They left Senegal for Southern Senegal. Senegal is large.').includes('Southern Senegal'));
    assert.ok(texts('Spain ruled the Spanish Netherlands. The Netherlands rebelled.').includes('Spanish Netherlands'));
  });
});

describe('a series named after its host or hero', () => {
  it('is a work, with the person written alone elsewhere nested in it', () => {
    const text = 'Inspector Lynley is a detective. He starred in The Inspector Lynley Mysteries on BBC.';
    const all = allMentionsOf(text);
    const series = all.find((m) => m.text === 'Lynley Mysteries');
    assert.equal(series?.type, 'other', JSON.stringify(all.map((m) => [m.text, m.type])));
    const nested = all.find((m) => m.within !== undefined && m.text === 'Lynley');
    assert.equal(nested?.entityId, all[0].entityId);
    const podcast = allMentionsOf('Maria spoke first. The Maria Okafor Podcast is popular.');
    assert.equal(podcast.find((m) => m.text === 'Maria Okafor Podcast')?.type, 'other', JSON.stringify(podcast.map((m) => [m.text, m.type])));
    assert.equal(podcast.find((m) => m.within !== undefined)?.entityId, podcast[0].entityId);
  });
  it('leaves titled people and names without a series word people', () => {
    assert.equal(typeOf('Inspector Lynley spoke to reporters.', 'Lynley'), 'person');
    assert.equal(typeOf('Inspector Tom Mysterio spoke to reporters.', 'Tom Mysterio'), 'person');
    assert.equal(typeOf('Maria Okafor spoke on the podcast.', 'Maria Okafor'), 'person');
  });
});

describe('a first name in a quoted title', () => {
  it('stops before a past tense or a word the article writes in lower case', () => {
    assert.deepEqual(texts('The slide was titled "Debbie Died Because". Debbie was ill.'), ['Debbie', 'Debbie']);
    assert.deepEqual(texts('Her essay "Maria Wins Again" won. She said Maria wins often.'), ['Maria', 'Maria']);
  });
  it('keeps surnames, head words and names outside quoted titles', () => {
    assert.ok(texts('She read "Maria Sneed Sails Again" twice. The boat sails.').includes('Maria Sneed'));
    assert.ok(texts('She read "Maria Ahmed Sails Again" twice. The boat sails.').includes('Maria Ahmed'));
    assert.ok(texts('Maria spoke. She hosts "The Maria Okafor Podcast" and the podcast is popular.').includes('Maria Okafor Podcast'));
    assert.ok(texts('Maria Wins spoke. Maria wins often.').includes('Maria Wins'));
  });
});

describe('a known place ending a name typed person', () => {
  it('is nested where the article writes the place alone', () => {
    const text = 'She has a wax figure at Madame Tussauds New York. New York is busy.';
    assert.deepEqual(nestedTexts(text), ['New York']);
    const all = allMentionsOf(text);
    assert.equal(all.find((m) => m.within !== undefined)?.entityId, all[all.length - 1].entityId);
    assert.deepEqual(nestedTexts('The Governor of Virginia spoke. Virginia is large.'), ['Virginia']);
  });
  it('is not nested when never written alone or after a first name', () => {
    assert.deepEqual(nestedTexts('She has a wax figure at Madame Tussauds New York.'), []);
    assert.deepEqual(nestedTexts('Senator Maria Santa Cruz spoke. Santa Cruz is sunny.'), []);
  });
});

describe('a name with a lower-case suffix after a hyphen', () => {
  it('is a mention of the name alone, joining the name written elsewhere', () => {
    const text = 'Fans of the Zorvik Mets cheered. Her Mets-inspired poems sold out, and the Mets thanked her.';
    assert.ok(texts(text).includes('Mets') && !texts(text).includes('Mets-inspired'), JSON.stringify(texts(text)));
    assert.ok(sameEntity(text, 'Mets', 'Mets', 1));
    assert.equal(typeOf('The Moscow-based bank lent more.', 'Moscow'), 'place');
    assert.equal(typeOf('Kremlin-backed groups marched.', 'Kremlin'), 'organization');
    assert.ok(texts('The Zorvik-made cars sold.').includes('Zorvik'));
    for (const name of ['Okafor-led', 'Okafor-backed', 'Okafor-owned', 'Okafor-born', 'Okafor-style', 'Okafor-era']) {
      assert.ok(texts(`Jane Okafor spoke. The ${name} group grew.`).filter((t) => t === 'Okafor').length === 1, name);
    }
  });
  it('keeps hyphenated names and capitalised second parts whole', () => {
    assert.ok(texts('She drank Coca-Cola in Stratford-upon-Avon.').includes('Stratford-upon-Avon'));
    assert.ok(texts('Alexandria Ocasio-Cortez spoke.').includes('Alexandria Ocasio-Cortez'));
    assert.ok(texts('She met Jean-Baptiste Okafor.').includes('Jean-Baptiste Okafor'));
  });
});
