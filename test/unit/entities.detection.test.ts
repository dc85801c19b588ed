/**
 * Named-mention detection rules (issue 4): capitalised words that are no person, organization or
 * place (abbreviations, doctrines, eras, institutions named by a common noun, titles of works in
 * quotation marks). One-line documents, each rule with positive and negative cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { renameEdits } from '../../server/src/core/queries';
import { articleOf, mentionsOf, typed, typeOf, typeOfFound } from './entities.helpers';
import { findingsOf } from './findings.helpers';


describe('abbreviations with a capital at each end', () => {
  it('reads "CoM" as a term, not a brand', () => {
    assert.equal(typeOf('The birds moved their CoM forward while walking on the track.', 'CoM'), 'other');
  });
  it('still reads longer inner-capital words as brands', () => {
    assert.equal(typeOf('She posted the clip on YouTube last week.', 'YouTube'), 'organization');
  });
});

describe('doctrines and movements', () => {
  it('reads a capitalised "-ism" word as other', () => {
    assert.equal(typeOf('Born a Protestant, she converted to Catholicism upon marriage.', 'Catholicism'), 'other');
  });
  it('keeps a place whose name only contains "ism"', () => {
    assert.equal(typeOf('He flew to Ismailia on Monday.', 'Ismailia'), 'place');
  });
});

describe('eras and common-noun institutions', () => {
  it('reads "AD" after a year and "the Government" as other', () => {
    assert.equal(typeOf('He was born around 347 AD in a small town.', 'AD'), 'other');
    assert.equal(typeOf('The case stands unless the Government can prove its claim.', 'Government'), 'other');
    assert.equal(typeOf('He was initiated into Freemasonry in New York.', 'Freemasonry'), 'other');
  });
  it('keeps "the Court" an organization', () => {
    assert.notEqual(typeOfFound('In that case the Court stated a rule.', 'Court'), 'other');
  });
});

describe('quoted titles of works', () => {
  it('reads common words inside a quoted title-case title as other', () => {
    assert.equal(typeOf('Her video "How To Trick People Into Loving You" was viewed a million times.', 'Trick People'), 'other');
    assert.equal(typeOf('He won the 1999 "Claim to Fame Contest" and then moved away.', 'Fame Contest'), 'other');
  });
  it('keeps a person named in a quoted title, and a quoted name alone', () => {
    assert.equal(typeOf('She wrote "The History of Peter the Great" in Moscow.', 'Peter'), 'person');
    assert.notEqual(typeOfFound('Her dog "Mr. Marbles" came along.', 'Marbles'), 'other');
  });
  it('leaves quotations that are no title-case title', () => {
    assert.notEqual(typeOfFound('A sign read "Welcome to the Fame Contest of the county" that day.', 'Fame Contest'), 'other');
  });
});

describe('short acronyms that spell a first name', () => {
  it('reads "ROS" and "BART" alone as acronyms, not persons', () => {
    assert.notEqual(typeOfFound('The detrimental effect of ROS on spores was easy to measure.', 'ROS'), 'person');
    assert.notEqual(typeOfFound('Most visitors arrive by BART and by bus.', 'BART'), 'person');
  });
  it('keeps the first name written in title case, and a name of several words in capitals', () => {
    assert.equal(typeOf('The effect was measured by Ros in the lab.', 'Ros'), 'person');
    assert.equal(typeOf('The report was signed by BART SIMPSON yesterday.', 'BART SIMPSON'), 'person');
  });
});

describe('scriptures', () => {
  it('reads the Gospels, the Psalms and the Vulgate as works', () => {
    assert.equal(typeOf('He wrote commentaries on the Gospels in Rome.', 'Gospels'), 'other');
    assert.equal(typeOf('It is known today as the Gospel of the Hebrews among scholars.', 'Gospel'), 'other');
    assert.equal(typeOf('He copied a commentary on the Psalms for a friend.', 'Psalms'), 'other');
  });
  it('keeps an organization named after a gospel word elsewhere in its name', () => {
    assert.equal(typeOf('He sang with the Gospel Music Association for years.', 'Gospel Music Association'), 'organization');
  });
});

describe('company suffixes', () => {
  it('drops "Inc." standing alone after a company name and a comma', () => {
    const names = mentionsOf('The appeal of Atlantic Lottery Corporation, Inc. was heard today.').map((m) => m.text);
    assert.ok(!names.includes('Inc.'), JSON.stringify(names));
    assert.ok(names.some((t) => t.startsWith('Atlantic Lottery Corporation')), JSON.stringify(names));
  });
});

describe('particles before a word in lower case', () => {
  it('reads no name in "De synodis" or "La notte"', () => {
    assert.equal(typeOf('He copied the treatise De synodis in Trier.', 'De'), undefined);
    assert.equal(typeOf('She starred in films such as La notte in 1961.', 'La'), undefined);
  });
  it('keeps a particle opening a name', () => {
    assert.ok(mentionsOf('She visited La Désirade in May.').some((m) => m.text.startsWith('La D')));
  });
});

describe('compass adjectives', () => {
  it('reads "Western" before a common noun as a term (other), no place', () => {
    assert.equal(typeOf('It is the birthplace of Western civilization, they say.', 'Western'), 'other');
  });
  it('keeps a compass word opening a place name', () => {
    assert.equal(typeOf('They moved to Southern Senegal in 1990.', 'Southern Senegal'), 'place');
  });
});

describe('title-case section headings', () => {
  const heading = 'Headline\n\nThe state took the firm in 2012.\n\n2.1. New Institutional Economics, Property Rights, and Credibility of the State’s Commitment\n\nThroughout the years the state took the firm again.';
  it('reads no names in a title-case heading joined by small words', () => {
    const a = analyzeArticle(heading);
    const names = a.mentions.filter((m) => m.type !== 'other').map((m) => m.text);
    assert.deepEqual(names.filter((t) => /Property|Credibility|Institutional/.test(t)), []);
  });
  it('still reads a list of names on a line of its own', () => {
    const a = analyzeArticle('Headline\n\nThe airlines fly from here.\n\nTerminal 3: Delta, Frontier, Hawaiian, JetBlue\n\nThey are busy.');
    assert.ok(a.mentions.some((m) => m.text === 'JetBlue' && m.type !== 'other'), JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  });
});

describe('sentence-initial names before verbs of interviewing and reporting', () => {
  it('reads an unknown word opening a sentence before "interviewed", "spoke" or "reports" as a name', () => {
    assert.ok(mentionsOf('Newsbeat interviewed the mayor on Monday.').some((m) => m.text === 'Newsbeat'));
    assert.ok(mentionsOf('Zorvath spoke with the council about roads.').some((m) => m.text === 'Zorvath'));
  });
  it('reads no name in a common word the document writes in lower case', () => {
    assert.ok(!mentionsOf('Students interviewed the mayor. Many students came.').some((m) => m.text === 'Students'));
  });
});

describe('a title alone after the article', () => {
  it('reads "the Secretary" and "the Tsar" as a person', () => {
    assert.equal(typeOf('Congress authorized the Secretary to waive any provision.', 'Secretary'), 'person');
    assert.equal(typeOf('At the end of his life the Tsar visited him often.', 'Tsar'), 'person');
  });
  it('reads no name in a title without the article, and keeps a titled name whole', () => {
    assert.equal(typeOf('He ran for Governor twice and lost.', 'Governor'), undefined);
    assert.equal(typeOf('Any Senator may ask a question.', 'Senator'), undefined);
    assert.ok(mentionsOf('Yesterday the Secretary Miguel Cardona spoke.').some((m) => m.text === 'Miguel Cardona'));
  });
});

describe('a title alone stands for the person last given it', () => {
  const article = articleOf;
  const entityOf = (a: ReturnType<typeof analyzeArticle>, text: string) => {
    const m = a.mentions.find((x) => x.text === text);
    assert.ok(m, `no mention ${text}`);
    return m.entityId;
  };
  it('joins the latest holder of the title, abbreviated titles included', () => {
    const a = article('Secretary of State Mike Pompeo flew to Caracas. "We will not stop," the Secretary said. Sen. Ted Cruz agreed, and the Senator left.');
    assert.equal(entityOf(a, 'Secretary'), entityOf(a, 'Mike Pompeo'));
    assert.equal(entityOf(a, 'Senator'), entityOf(a, 'Ted Cruz'));
    assert.equal(a.quotations[0].speaker?.entityId, entityOf(a, 'Mike Pompeo'));
  });
  it('is left alone by a rename of its person and is no surname-only first reference', () => {
    const a = article('"We will not stop," the Secretary said. Later Secretary of State Mike Pompeo left, and the Secretary returned.');
    assert.deepEqual(findingsOf(a, 'first-reference'), []);
    const pompeo = a.entities.find((e) => e.name === 'Mike Pompeo')!;
    const edits = renameEdits(a, pompeo, 'Jane Roe');
    assert.deepEqual(edits.map((e) => a.text.slice(e.span.start, e.span.end)), ['Mike Pompeo']);
  });
});

describe('a title alone opening a sentence', () => {
  it('still reads no name in "The President said nothing."', () => {
    assert.equal(typeOf('The President said nothing.', 'President'), undefined);
  });
});

describe('fields of study and generation suffixes', () => {
  it('reads "Grammar", "Syntax" and "Methodology" alone as fields, not names', () => {
    assert.equal(typeOf('He challenged common concepts in Grammar and proposed corrections.', 'Grammar'), 'other');
    assert.equal(typeOf('It was a study in Methodology, he said.', 'Methodology'), 'other');
  });
  it('keeps a school named after a field', () => {
    assert.equal(typeOf('He went to Aberdeen Grammar School as a boy.', 'Aberdeen Grammar School'), 'organization');
  });
  it('drops "Jr." standing alone after a name and a comma', () => {
    const names = mentionsOf('He joined Mark Melancon and Iván DeJesús, Jr. in the trade.').map((m) => m.text);
    assert.ok(!names.includes('Jr.'), JSON.stringify(names));
    assert.ok(names.includes('Iván DeJesús'), JSON.stringify(names));
  });
});

describe('numbered events', () => {
  it('reads "World War II" as an event', () => {
    assert.equal(typeOf('The day before the outbreak of World War II, Paris was quiet.', 'World War II'), 'other');
  });
  it('keeps a monarch with a numeral a person', () => {
    assert.equal(typeOf('She was made a Dame by Elizabeth II for her work.', 'Elizabeth II'), 'person');
  });
});

describe('political parties written with a lower-case "party"', () => {
  it('reads "the Republican party" as an organization', () => {
    assert.equal(typeOf('My ties to the Republican party date back to 1979.', 'Republican'), 'organization');
  });
  it('reads no name in a lone demonym before another noun', () => {
    assert.equal(typeOf('My ties to the Republican voters date back to 1979.', 'Republican'), undefined);
  });
});

describe('unknown names opened by an adjective', () => {
  it('reads "Dynamic Equivalence" and "Virtual Microscope" as terms, not persons', () => {
    assert.notEqual(typeOfFound('His main contribution is Dynamic Equivalence, a theory of translation.', 'Dynamic Equivalence'), 'person');
    assert.notEqual(typeOfFound('Volunteers search using the Virtual Microscope every day.', 'Virtual Microscope'), 'person');
  });
  it('keeps a person whose first name has an adjective ending', () => {
    assert.equal(typeOf('His brother Dominic Thiem said nothing.', 'Dominic Thiem'), 'person');
  });
});

describe('unknown names closed by an abstract noun', () => {
  it('reads "Persian Architecture" as a term, not a person', () => {
    assert.notEqual(typeOfFound('It is one of the masterpieces of Persian Architecture, they say.', 'Persian Architecture'), 'person');
  });
  it('keeps a person whose surname merely looks long', () => {
    assert.equal(typeOf('The band hired Marcus Whitmore to sing.', 'Marcus Whitmore'), 'person');
  });
});

describe('events and letter-terms', () => {
  it('reads "the Middle Ages" as an era', () => {
    assert.equal(typeOf('During the Middle Ages, the town declined.', 'Middle Ages'), 'other');
  });
  it('reads "Siege" before "of" as an event', () => {
    assert.equal(typeOf('He was wounded at the Siege of Savannah in 1779.', 'Siege'), 'other');
  });
  it('reads "the Summer Olympics" as an event, not a company ending in a field of work\'s plural ("General Dynamics")', () => {
    assert.deepEqual(typed('She won at the Summer Olympics.'), [['Summer Olympics', 'other']]);
  });
  it('reads "L-band" as a term', () => {
    assert.equal(typeOf('The optimal frequency lies in the L-band for this sensor.', 'L-band'), 'other');
  });
  it('keeps a hyphenated name with capitals on both sides', () => {
    assert.notEqual(typeOfFound('She moved to Baie-Mahault in 1990.', 'Baie-Mahault'), 'other');
  });
});

describe('unknown names modifying a thing after "the"', () => {
  it('reads "the Library Carpentry model" and "the Nazi occupation" as terms (other), no organization', () => {
    assert.equal(typeOf('We followed the Library Carpentry model as closely as possible.', 'Library Carpentry'), 'other');
    assert.equal(typeOf('During the Zorvian occupation, the city was renamed.', 'Zorvian'), 'other');
  });
  it('keeps an unknown name after "the" before a verb an organization', () => {
    assert.equal(typeOf('Since then the Koinonia grew quickly.', 'Koinonia'), 'organization');
  });
});

describe('one abstract noun', () => {
  it('reads "Unification" and "Obscurity" alone as no names', () => {
    assert.equal(typeOf('The projects include the Unification of the old sites.', 'Unification'), 'other');
    assert.equal(typeOf('The story ("In Obscurity") made her famous.', 'Obscurity'), 'other');
  });
  it('keeps a first name with such an ending', () => {
    assert.equal(typeOf('Her sister Charity said nothing more.', 'Charity'), 'person');
  });
});

describe('ordinal adverbs and crusades', () => {
  it('reads no name in "Second," opening a sentence', () => {
    assert.equal(typeOf('Both courts agreed with the Second Circuit. It is at odds with both cases. Second, our approach, unlike theirs, works.', 'Second'), undefined);
  });
  it('keeps "Second" inside a longer name', () => {
    assert.ok(mentionsOf('They walked along Second Avenue to the park.').some((m) => m.text === 'Second Avenue'));
  });
  it('reads "the Crusades" as an event', () => {
    assert.equal(typeOf('The town prospered during the Crusades, they say.', 'Crusades'), 'other');
  });
});

describe('currencies', () => {
  it('reads "US$" and "250 MXN" as currencies, not places', () => {
    assert.equal(typeOf('Damages were estimated as high as US$ 10 billion by analysts.', 'US'), 'other');
    assert.equal(typeOf('A taxi costs 250 MXN from the airport.', 'MXN'), 'other');
  });
  it('keeps "US" a place before words', () => {
    assert.equal(typeOf('He moved to the US in 1990.', 'US'), 'place');
  });
});

describe('a known place before a title', () => {
  it('reads "Pennsylvania" in "former Pennsylvania Senator Rick Santorum" as a place of its own', () => {
    assert.equal(typeOf('He answered comments by former Pennsylvania Senator Rick Santorum on Monday.', 'Pennsylvania'), 'place');
    assert.equal(typeOf('He answered comments by former Pennsylvania Senator Rick Santorum on Monday.', 'Rick Santorum'), 'person');
  });
  it('reads no place in a title without one', () => {
    const names = mentionsOf('He answered comments by former Senator Rick Santorum on Monday.').map((m) => m.text);
    assert.deepEqual(names, ['Rick Santorum']);
  });
});

describe('two institutions joined by "and"', () => {
  it('splits after a name that ends in a known place', () => {
    assert.deepEqual(typed('He taught at the University of California and Columbia University.'), [
      ['University of California', 'organization'], ['Columbia University', 'organization'],
    ]);
  });
  it('keeps one name whose "and" joins two words of it', () => {
    assert.deepEqual(typed('The Department of Health and Human Services agreed.'), [['Department of Health and Human Services', 'organization']]);
  });
});
