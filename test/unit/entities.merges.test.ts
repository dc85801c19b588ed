/**
 * Entity merging rules (issue 4): mentions found in full but split into several entities. News-like
 * one-paragraph documents, each rule with positive and negative cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { nameInfo } from '../../server/src/core/entities/clusterMentions';
import { documentEvidence } from '../../server/src/core/entities/evidence';
import { findCandidates, prepareParagraph } from '../../server/src/core/entities/findMentions';
import { linkPartShortForms } from '../../server/src/core/entities/headShortForms';
import { aliasLinks, articleOf, mentionsOf, sameEntity, typeOfFound } from './entities.helpers';
import { prng } from '../../bench/corpus';

describe('a person’s title before a known place name', () => {
  it('makes the name a person’s', () => {
    assert.equal(typeOfFound('Then President Lincoln spoke to the crowd.', 'Lincoln'), 'person');
    assert.equal(typeOfFound('He served with Major General Lafayette in the war.', 'Lafayette'), 'person');
  });
  it('leaves the place without a title, and place names that open with a title word', () => {
    assert.equal(typeOfFound('They drove to Lincoln on Monday.', 'Lincoln'), 'place');
    assert.equal(typeOfFound('They flew to St. Petersburg on Monday.', 'St. Petersburg'), 'place');
  });
});

describe('a surname with and without its particle', () => {
  it('merges the surname alone with the name written with its particle', () => {
    assert.ok(sameEntity('Ludwig van Beethoven wrote nine symphonies. Later Beethoven lost his hearing.', 'Ludwig van Beethoven', 'Beethoven'));
    assert.ok(sameEntity('He served with General Lafayette. Later the Marquis de Lafayette left.', 'Lafayette', 'de Lafayette'));
  });
  it('reads no surname after "of" or a patronymic particle', () => {
    assert.ok(!sameEntity('The King of Athens ruled. Later Athens grew.', 'King of Athens', 'Athens'));
    assert.ok(!sameEntity('Crown Prince Mohammed bin Salman spoke. Then Salman, his father, left.', 'Mohammed bin Salman', 'Salman'));
  });
});

describe('a form of address after another title', () => {
  it('merges "Mr." or a rank of nobility with the person given an office', () => {
    assert.ok(sameEntity('President Trump spoke on Monday. Later Mr. Trump left for Florida.', 'Trump', 'Trump', 1));
  });
  it('keeps two offices apart, and forms of address of two genders', () => {
    assert.ok(!sameEntity('Sen. Cruz spoke on Monday. Later Rep. Cruz left for Texas.', 'Cruz', 'Cruz', 1));
    assert.ok(!sameEntity('Ms. Anne Clark spoke on Monday. Later Mr. Clark left for Texas.', 'Anne Clark', 'Clark'));
  });
});

describe('a first name before a head that is a surname too', () => {
  it('makes "Christopher Hill" a person, and a later "Hill" a mention of him', () => {
    const text = 'Wikinews interviews Christopher Hill, a presidential candidate. Hill said he would cut taxes.';
    assert.equal(typeOfFound(text, 'Christopher Hill'), 'person');
    assert.ok(sameEntity(text, 'Christopher Hill', 'Hill'));
  });
  it('makes "Rivers" a surname after any first name, a city\'s too ("Austin Rivers"), and a later "Rivers" him', () => {
    const text = 'Austin Rivers scored 20 points on Sunday. Rivers left in the fourth quarter.';
    assert.equal(typeOfFound(text, 'Austin Rivers'), 'person');
    assert.ok(sameEntity(text, 'Austin Rivers', 'Rivers'));
    assert.equal(typeOfFound('Joan Rivers told jokes.', 'Joan Rivers'), 'person');
    // rivers joined by "and", or after a place's article or preposition, stay rivers
    assert.equal(typeOfFound('They fished the Tigris and Jordan Rivers.', 'Jordan Rivers'), 'place');
    assert.equal(typeOfFound('He fished the Austin Rivers last year.', 'Austin Rivers'), 'place');
  });
  it('leaves the head a place without a first name, or after a place’s preposition', () => {
    assert.notEqual(typeOfFound('Lawmakers on Capitol Hill voted on Monday.', 'Capitol Hill'), 'person');
    assert.equal(typeOfFound('They rented a flat in Murray Hill last year.', 'Murray Hill'), 'place');
    assert.equal(typeOfFound('They climbed Silver Hill last year.', 'Silver Hill'), 'place');
  });
});

describe('a bare surname shared with someone’s kin', () => {
  it('goes to the person the text is about, not to the nearer relative', () => {
    const text = 'Donald Trump spoke on Monday. His son, Eric Trump, joined him. Trump said the plan would work.';
    assert.ok(sameEntity(text, 'Donald Trump', 'Trump'));
    assert.ok(!sameEntity(text, 'Eric Trump', 'Trump'));
  });
  it('still goes to the nearest person who has it when no other has it, or when neither is kin', () => {
    assert.ok(sameEntity('His brother, George Smith, spoke on Monday. Then Smith left.', 'George Smith', 'Smith'));
    assert.ok(sameEntity('Anne Smith spoke on Monday. Then John Smith, the mayor, spoke. Smith left.', 'John Smith', 'Smith'));
  });
});

describe('aliases', () => {
  it('merges a name with the name it is "often called", "originally called" or "aka"', () => {
    assert.ok(sameEntity('The quarter is Jolfa (originally called New Julfa) today.', 'Jolfa', 'New Julfa'));
    assert.ok(sameEntity('Take the Mingo Valley Expressway, aka "Pearl Harbor Memorial Expressway", north.', 'Mingo Valley Expressway', 'Pearl Harbor Memorial Expressway'));
    assert.ok(sameEntity('Jones Airport (IATA: RVS) (often called the "Riverside Airport") is small.', 'Jones Airport', 'Riverside Airport'));
  });
  it('merges a further alias joined by "and", or by another "known as"', () => {
    assert.ok(sameEntity('Sean Combs, also known as Puff Daddy and Diddy, performed on Monday.', 'Sean Combs', 'Diddy'));
    assert.ok(sameEntity('Guadeloupe, known as Gwadloup in the local creole, and sometimes known as the Butterfly Island, is warm.', 'Guadeloupe', 'Butterfly Island'));
  });
  it('links no "called" without its adverb, no name after the alias’s comma, nothing after a state code', () => {
    assert.ok(!sameEntity('She hosts a podcast with her boyfriend Julien Solomita called "The Jenna Julien Podcast" on Mondays.', 'Julien Solomita', 'Jenna Julien Podcast'));
    assert.ok(!sameEntity('Sean Combs, also known as Puff Daddy, and Shawn Carter performed on Monday.', 'Sean Combs', 'Shawn Carter'));
    assert.ok(!sameEntity('Oklahoma is flat. US-75 runs from Okmulgee, OK, aka the "Okmulgee Beeline." to Tulsa.', 'Oklahoma', 'Okmulgee Beeline'));
  });
});

describe('a head word alone after "the"', () => {
  it('is a short form of the latest name with that head, last or before "of"', () => {
    assert.ok(sameEntity('He designed the badge of the Society of the Cincinnati. Members of the Society wore it.', 'Society of the Cincinnati', 'Society'));
    assert.ok(sameEntity('We walked to Jack London Square. The shops make the Square a fine place.', 'Jack London Square', 'Square'));
    assert.ok(sameEntity('The County of Maui appealed. Even so, the County did afford some process.', 'County of Maui', 'County'));
    assert.ok(sameEntity('Phoenix is the sixth largest city in the United States. It is the hottest in the States.', 'United States', 'States'));
  });
  it('goes to the latest such name, and not without "the"', () => {
    assert.ok(sameEntity('The Senate Finance Committee met. The House Ways and Means Committee met. Later the Committee voted.', 'House Ways and Means Committee', 'Committee'));
    assert.ok(!sameEntity('We walked to Jack London Square. Then Square, the payments firm, said no.', 'Jack London Square', 'Square'));
  });
});

describe('a school’s place after "at"', () => {
  it('is a short form of the school, typed like it', () => {
    const text = 'She attended Suffolk University in Boston. At Suffolk she earned a degree in psychology.';
    assert.ok(sameEntity(text, 'Suffolk University', 'Suffolk'));
    assert.equal(typeOfFound(text, 'Suffolk'), 'organization');
    assert.ok(sameEntity('Nick Bos, of the University of Helsinki, studies ants. He began research at Helsinki in 2012.', 'University of Helsinki', 'Helsinki'));
  });
  it('leaves the place elsewhere, and "at" a place no school is named after', () => {
    const text = 'Nick Bos, of the University of Helsinki, studies ants. Later he moved to Helsinki with his family.';
    assert.ok(!sameEntity(text, 'University of Helsinki', 'Helsinki'));
    assert.equal(typeOfFound(text, 'Helsinki'), 'place');
    assert.ok(!sameEntity('Nick Bos, of the University of Helsinki, studies ants. He began research at Helsinki. Later he moved to Helsinki.', 'University of Helsinki', 'Helsinki', 1));
    assert.ok(!sameEntity('She attended Suffolk University in Boston. At Boston she earned a degree.', 'Suffolk University', 'Boston', 1));
  });
});

describe('a title, then a comma and a name', () => {
  it('makes the title a title-only mention of the person named after it, who names the entity', () => {
    const text = 'The Secretary of State, Mike Pompeo, spoke on Monday.';
    assert.ok(sameEntity(text, 'Secretary of State', 'Mike Pompeo'));
    const a = articleOf(text);
    const title = a.mentions.find((m) => m.text === 'Secretary of State');
    assert.equal(title?.titleOnly, true);
    assert.equal(a.entities.find((e) => e.id === title?.entityId)?.name, 'Mike Pompeo');
    assert.ok(sameEntity('The legend says that the King of Athens, Theseus unified the tribes.', 'King of Athens', 'Theseus'));
  });
  it('links no place or body after the title, nor a name after another word', () => {
    assert.ok(!sameEntity('The President of France, Germany and Italy met on Monday.', 'President of France', 'Germany'));
    assert.ok(!sameEntity('The Secretary of State and Mike Pompeo spoke on Monday.', 'Secretary of State', 'Mike Pompeo'));
  });
});

describe('a country’s initials written with spaces', () => {
  it('are the country, merged with its other names', () => {
    const text = 'He proclaimed himself Emperor of these U. S. on Monday. The United States ignored him.';
    assert.equal(typeOfFound(text, 'U. S.'), 'place');
    assert.ok(sameEntity(text, 'U. S.', 'United States'));
  });
  it('leave a person’s initials a person’s', () => {
    assert.equal(typeOfFound('The author J. K. said nothing on Monday.', 'J. K.'), 'person');
    // only countries: "B. B. C." are a poet's initials, though "BBC" is a broadcaster
    assert.equal(typeOfFound('The poet B. B. C. wrote on Monday.', 'B. B. C.'), 'person');
  });
});

describe('a pronoun after a name that a known person comes before in the sentence', () => {
  it('is that person’s, so it makes the later name no person', () => {
    assert.notEqual(typeOfFound('Markus Landgraf has estimated the particles captured by Stardust during the cruise. He estimated 45 of them.', 'Stardust'), 'person');
  });
  it('still makes the name a person after another sentence, or with no person before it', () => {
    assert.equal(typeOfFound('Markus Landgraf has estimated the particles. The lab thanked Kowalski on Monday. He said the samples arrived.', 'Kowalski'), 'person');
    assert.equal(typeOfFound('The lab thanked Kowalski on Monday. He said the samples arrived.', 'Kowalski'), 'person');
    assert.equal(typeOfFound('A lab in Texas thanked Kowalski on Monday. He said the samples arrived.', 'Kowalski'), 'person');
  });
});

describe('a name alone in parentheses after another name', () => {
  it('is another name of it', () => {
    assert.ok(sameEntity('A year later, the National Library of the Netherlands (Koninklijke Bibliotheek) joined the project.', 'National Library of the Netherlands', 'Koninklijke Bibliotheek'));
    assert.ok(sameEntity('We saw Chehel Sotoun (The Palace of Forty Columns) in the morning.', 'Chehel Sotoun', 'Palace of Forty Columns'));
  });
  it('is not where a known place lies, nor a name surely of another type, nor one with more words in the parenthesis', () => {
    assert.ok(!sameEntity('He was born in Kabul (Afghanistan) in 1970.', 'Kabul', 'Afghanistan'));
    assert.ok(!sameEntity('The analyst Ben Smith (Acme Corp.) said so on Sunday.', 'Ben Smith', 'Acme Corp.'));
    assert.ok(!sameEntity('We saw Chehel Sotoun (Naqsh Square is next door) in the morning.', 'Chehel Sotoun', 'Naqsh Square'));
  });
});

describe('a name opening with a country written another way', () => {
  it('merges "U.S. Congress" with "United States Congress"', () => {
    assert.ok(sameEntity('The United States Congress met on Monday. Later the U.S. Congress voted.', 'United States Congress', 'U.S. Congress'));
    assert.ok(sameEntity('The UK Parliament met on Monday. Later the United Kingdom Parliament voted.', 'UK Parliament', 'United Kingdom Parliament'));
  });
  it('keeps two bodies of one country apart', () => {
    assert.ok(!sameEntity('The U.S. Congress met on Monday. Later the U.S. Army said no.', 'U.S. Congress', 'U.S. Army'));
    assert.ok(!sameEntity('The United States Congress met on Monday. Later the U.S. Army said no.', 'United States Congress', 'U.S. Army'));
  });
});

describe('an acronym before its long name', () => {
  it('joins the long name written later', () => {
    const text = 'He made his MLB debut in 2012. He played in Major League Baseball for six years.';
    assert.ok(sameEntity(text, 'MLB', 'Major League Baseball'));
  });
  it('not for two letters, which may stand for anything', () => {
    assert.ok(!sameEntity('He flew BA to London on Monday. Then Bank of America called him.', 'BA', 'Bank of America'));
  });
});

describe('a title alone after "as" or "Mr."', () => {
  it('is a title-only mention of the latest person given that title', () => {
    const text = 'Gov. Bob McDonnell cut taxes. Those are his highest achievements as Governor.';
    assert.ok(sameEntity(text, 'Bob McDonnell', 'Governor'));
    assert.equal(mentionsOf(text).find((m) => m.text === 'Governor')?.titleOnly, true);
  });
  it('and so is a title addressed after "Mr."', () => {
    assert.ok(sameEntity('President Shimon Peres spoke.\n\nMr. President, do you still think so?', 'Shimon Peres', 'President'));
  });
  it('not after another word, nor opening a sentence', () => {
    assert.deepEqual(mentionsOf('Gov. Bob McDonnell cut taxes. Governor or not, he won.').map((m) => m.text), ['Bob McDonnell']);
    assert.deepEqual(mentionsOf('Gov. Bob McDonnell cut taxes. He met a Governor.').map((m) => m.text), ['Bob McDonnell']);
  });
});

describe('a title the first person takes after "as"', () => {
  const text = 'President Barack Obama spoke on Monday. His rival disagreed: "As President, I will serve all of the people. As President I will cut taxes."';
  it('is the speaker’s role, a title-only mention of no one named before', () => {
    assert.ok(!sameEntity(text, 'Barack Obama', 'President'));
    assert.equal(mentionsOf(text).find((m) => m.text === 'President')?.titleOnly, true);
  });
  it('the same role taken twice is one entity', () => {
    assert.ok(sameEntity(text, 'President', 'President', 1));
    assert.ok(sameEntity('Gov. Bob McDonnell spoke. As Governor, we cut taxes. As Governor, we built roads.', 'Governor', 'Governor', 1));
  });
  it('not with another subject: then it is the latest person given that title', () => {
    assert.ok(sameEntity('President Barack Obama spoke on Monday. As President, he signed the bill.', 'Barack Obama', 'President'));
    assert.ok(sameEntity('Gov. Bob McDonnell cut taxes. Those are his highest achievements as Governor.', 'Bob McDonnell', 'Governor'));
  });
  it('nor joins another title-only mention of a person named', () => {
    const both = 'President Barack Obama spoke on Monday. Later the President left. His rival said: "As President, I will stay."';
    assert.ok(sameEntity(both, 'Barack Obama', 'President'));
    assert.ok(!sameEntity(both, 'Barack Obama', 'President', 1));
  });
});

describe('a title addressed in a question', () => {
  it('is a title-only mention of the latest person given that title', () => {
    const text = 'Then General Prelogar argued for the government.\n\nGeneral, is this a waiver, or is it a modification?';
    assert.ok(sameEntity(text, 'Prelogar', 'General'));
    assert.equal(mentionsOf(text).find((m) => m.text === 'General')?.titleOnly, true);
  });
  it('not opening a statement or a list of roles', () => {
    assert.deepEqual(mentionsOf('Then General Prelogar argued.\n\nGeneral, the troops are tired.').map((m) => m.text), ['Prelogar']);
    assert.deepEqual(mentionsOf('Director, producer and writer John Smith spoke on Monday.').map((m) => m.text), ['John Smith']);
    assert.deepEqual(mentionsOf('Then General Prelogar argued.\n\nGeneral or not, who won the case?').map((m) => m.text), ['Prelogar']);
  });
});

describe('an abbreviated title and the title it shortens', () => {
  it('merges "St." with "Saint" and "Gen." with "General"', () => {
    assert.ok(sameEntity('The monk known as Saint Jerome wrote letters. A painting shows St. Jerome at his desk.', 'Jerome', 'Jerome', 1));
    assert.ok(sameEntity('General Gordon led the march. Later Gen. Gordon wrote home.', 'Gordon', 'Gordon', 1));
  });
  it('keeps two different offices apart', () => {
    assert.ok(!sameEntity('Sen. Cruz spoke on Monday. Later Representative Cruz left for Texas.', 'Cruz', 'Cruz', 1));
  });
});

describe('a plural title before names', () => {
  it('is a title kept apart from the name, like a singular one', () => {
    assert.deepEqual(mentionsOf('On Monday, Senators John McCain and Lindsey Graham spoke.').map((m) => m.text), ['John McCain', 'Lindsey Graham']);
    assert.deepEqual(mentionsOf('Later Presidents Obama and Bush laughed.').map((m) => m.text), ['Obama', 'Bush']);
    assert.ok(sameEntity('His diary (Tagebuch des Generals Patrick Gordon) sold well. Patrick Gordon wrote it.', 'Patrick Gordon', 'Patrick Gordon', 1));
  });
  it('abbreviated, keeps its full stop: no mention of its own, and both names stay', () => {
    assert.deepEqual(mentionsOf('On Monday, Sens. John McCain and Lindsey Graham spoke.').map((m) => m.text), ['John McCain', 'Lindsey Graham']);
    assert.deepEqual(mentionsOf('Later Gens. Mark Milley and Lloyd Austin agreed with Drs. Anthony Fauci and Deborah Birx.').map((m) => m.text), [
      'Mark Milley', 'Lloyd Austin', 'Anthony Fauci', 'Deborah Birx',
    ]);
    assert.deepEqual(mentionsOf('On Monday, Sens. Cruz and Lee spoke. Later Drs. Fauci and Birx agreed.').map((m) => [m.text, m.type]), [
      ['Cruz', 'person'], ['Lee', 'person'], ['Fauci', 'person'], ['Birx', 'person'],
    ]);
  });
  it('carries the office of its singular', () => {
    assert.ok(sameEntity('On Monday, Sens. Ted Cruz and Mike Lee spoke. Later Sen. Cruz left.', 'Ted Cruz', 'Cruz'));
    assert.ok(!sameEntity('On Monday, Sens. Ted Cruz and Mike Lee spoke. Later Representative Cruz left.', 'Ted Cruz', 'Cruz'));
  });
  it('is the title of every name "and" or a comma joins to the first (gender, office, role), not only the first\'s', () => {
    const entity = (text: string, name: string) => analyzeArticle(text).entities.find((e) => e.name === name);
    const messrs = '"We will appeal," said Messrs. Smith and Jones in a statement.';
    assert.deepEqual([entity(messrs, 'Jones')?.gender, entity(messrs, 'Jones')?.roles], ['male', ['Messrs.']]);
    const sens = 'Sens. John McCain, Lindsey Graham and Chuck Schumer voted.';
    assert.deepEqual(['John McCain', 'Lindsey Graham', 'Chuck Schumer'].map((n) => entity(sens, n)?.roles), [['Sens.'], ['Sens.'], ['Sens.']]);
    assert.ok(sameEntity('On Monday, Sens. Ted Cruz and Mike Lee spoke. Later Sen. Lee left.', 'Mike Lee', 'Lee'));
    assert.ok(!sameEntity('On Monday, Sens. Ted Cruz and Mike Lee spoke. Later Representative Lee left.', 'Mike Lee', 'Lee'));
    // a singular title is the first name's only
    assert.deepEqual(entity('Mr. Smith and Jones left.', 'Jones')?.roles, []);
  });
  it('gives the plural title to a new list: names without roles share one empty list, which must stay empty', () => {
    analyzeArticle('"We will appeal," said Messrs. Smith and Jones in a statement.');
    assert.deepEqual(analyzeArticle('Ann Lee met Bob Hale on Monday.').entities.map((e) => e.roles), [[], []]);
  });
  it('ends its list at the name "and" joins: a name after the comma that follows is another clause\'s', () => {
    const text = 'Unlike Sens. John McCain and Lindsey Graham, Donald Trump backed the deal.';
    const entity = (name: string) => analyzeArticle(text).entities.find((e) => e.name === name);
    assert.deepEqual([entity('Lindsey Graham')?.roles, entity('Donald Trump')?.roles], [['Sens.'], []]);
    const oxford = 'Sens. John McCain, Lindsey Graham, and Chuck Schumer voted.';
    assert.deepEqual(analyzeArticle(oxford).entities.find((e) => e.name === 'Chuck Schumer')?.roles, ['Sens.']);
  });
  it('not alone, nor opening the name of a team or an institution', () => {
    assert.deepEqual(mentionsOf('He joined the Generals Football Club on Monday.').map((m) => m.text), ['Generals Football Club']);
    assert.deepEqual(mentionsOf('Gov. Bob McDonnell spoke. Later the Senators won.').map((m) => [m.text, m.titleOnly]), [['Bob McDonnell', undefined], ['Senators', undefined]]);
  });
  it('after a place is a team: "Ottawa Senators forward Brady Tkachuk"', () => {
    const text = 'Ottawa Senators forward Brady Tkachuk scored twice.';
    assert.ok(mentionsOf(text).some((m) => m.text === 'Ottawa Senators' && m.type === 'organization'), JSON.stringify(mentionsOf(text).map((m) => m.text)));
    assert.ok(mentionsOf('The Ottawa Senators beat Boston on Monday.').some((m) => m.text === 'Ottawa Senators'));
  });
  it('abbreviated, keeps no full stop in lower case, which may end the sentence', () => {
    assert.deepEqual(mentionsOf('He did ten reps. Officials said so.').map((m) => m.text), []);
  });
});

describe('a name by the initials of the words before its head', () => {
  it('merges "GW Bridge" with "George Washington Bridge", either first', () => {
    assert.ok(sameEntity('The George Washington Bridge was closed on Monday. Traffic on the GW Bridge stalled for hours.', 'George Washington Bridge', 'GW Bridge'));
    assert.ok(sameEntity('Flights to JFK Airport were delayed. John F. Kennedy Airport reopened at noon.', 'JFK Airport', 'John F. Kennedy Airport'));
  });
  it('keeps other initials and other heads apart', () => {
    assert.ok(!sameEntity('The George Washington Bridge was closed on Monday. Traffic on the GM Bridge stalled for hours.', 'George Washington Bridge', 'GM Bridge'));
    assert.ok(!sameEntity('The George Washington Bridge was closed on Monday. Traffic near the GW Hospital stalled for hours.', 'George Washington Bridge', 'GW Hospital'));
  });
});

describe('a water named after a known town', () => {
  it('is another place than the town', () => {
    assert.ok(!sameEntity('The ferry crossed San Francisco Bay on Monday. San Francisco welcomed the crew.', 'San Francisco Bay', 'San Francisco'));
  });
  it('leaves the short form of a water named after no known town, and of a town’s institutions', () => {
    assert.ok(sameEntity('The ferry crossed Cuyahoga River on Monday. Later the Cuyahoga flooded.', 'Cuyahoga River', 'Cuyahoga'));
    assert.ok(sameEntity('She studied at Harrow School on Monday. Later Harrow hired her.', 'Harrow School', 'Harrow'));
  });
});

describe('a name of several words written solid or one vowel away', () => {
  it('merges spellings with and without spaces, and one vowel apart', () => {
    assert.ok(sameEntity('Visitors flock to the Sheikh Lotfollah Mosque on Fridays. The Sheikh Lotf Allah Mosque was built in 1619.', 'Sheikh Lotfollah Mosque', 'Sheikh Lotf Allah Mosque'));
    assert.ok(sameEntity('The ferry left Basse Terre Harbour on Monday. Basseterre Harbour was closed by noon.', 'Basse Terre Harbour', 'Basseterre Harbour'));
  });
  it('keeps persons one vowel apart, and names differing near their end, apart', () => {
    assert.ok(!sameEntity('Jon Smithson spoke on Monday. Later Jan Smithson left for Texas.', 'Jon Smithson', 'Jan Smithson'));
    assert.ok(!sameEntity('The ferry left Port Hansen on Monday. Port Hanson was closed by noon.', 'Port Hansen', 'Port Hanson'));
  });
});

describe('a group of islands in the plural', () => {
  it('merges "the Chathams" with "the Chatham Islands"', () => {
    assert.ok(sameEntity('Flights to the Chatham Islands were cancelled on Monday. Residents of the Chathams waited for news.', 'Chatham Islands', 'Chathams'));
  });
  it('keeps a plural of another name, and a name of several words before "Islands", apart', () => {
    assert.ok(!sameEntity('Flights to the Chatham Islands were cancelled on Monday. Residents of the Falklands waited for news.', 'Chatham Islands', 'Falklands'));
    assert.ok(!sameEntity('Flights to the North Chatham Islands were cancelled on Monday. Residents of the Norths waited for news.', 'North Chatham Islands', 'Norths'));
  });
});

describe('the words after the place opening an organization’s name', () => {
  it('merge with the organization though a first name opens them', () => {
    assert.ok(sameEntity('Brock Holt plays for the Boston Red Sox. He has played for the Red Sox every season since.', 'Boston Red Sox', 'Red Sox'));
    assert.equal(typeOfFound('Brock Holt plays for the Boston Red Sox. He has played for the Red Sox every season since.', 'Red Sox'), 'organization');
  });
  it('merge with the organization named after them, as a headline writes them first', () => {
    const article = analyzeArticle('Red Sox sign a pitcher\n\nThe Boston Red Sox signed him in 2010. He played for the Red Sox for years.\n');
    const ids = new Set(article.mentions.filter((m) => m.text === 'Red Sox' || m.text === 'Boston Red Sox').map((m) => m.entityId));
    assert.equal(ids.size, 1, JSON.stringify(article.mentions.map((m) => [m.text, m.entityId])));
    assert.equal(article.mentions.find((m) => m.text === 'Red Sox')?.type, 'organization');
  });
  it('merge with the organization as a headline writes them, one plural word too: "Yankees" is the New York Yankees', () => {
    const article = analyzeArticle('Yankees beat Boston\n\nThe New York Yankees beat the Boston Red Sox on Sunday. The Yankees won again.\n');
    const yankees = article.mentions.filter((m) => m.text === 'Yankees' || m.text === 'New York Yankees');
    assert.equal(yankees.length, 3, JSON.stringify(article.mentions.map((m) => m.text)));
    assert.equal(new Set(yankees.map((m) => m.entityId)).size, 1, JSON.stringify(yankees.map((m) => [m.text, m.entityId])));
    assert.equal(yankees[0].type, 'organization');
  });
  it('go to the team named after its place, not to another name ending in them', () => {
    const text = 'He joined the Boston Red Sox. He started with the Triple-A Pawtucket Red Sox. The Red Sox won the World Series.';
    assert.ok(sameEntity(text, 'Boston Red Sox', 'Red Sox'));
    // a longer name ending in the same words is no headline's short form: two lottery corporations
    assert.ok(!sameEntity('The Atlantic Lottery Corporation sued. The British Columbia Lottery Corporation agreed.', 'Atlantic Lottery Corporation', 'British Columbia Lottery Corporation'));
  });
  it('leave a person named by the end of a place’s name', () => {
    assert.ok(!sameEntity('Soldiers trained at Fort Sam Houston on Monday. Later Sam Houston led the army of Texas.', 'Fort Sam Houston', 'Sam Houston'));
  });
});

describe('a full name and the name its person goes by', () => {
  it('merges a first name that is a middle name of the other full name, either way round', () => {
    assert.ok(sameEntity('Thomas Woodrow Wilson was born in Virginia. Woodrow Wilson later led Princeton.', 'Thomas Woodrow Wilson', 'Woodrow Wilson'));
    assert.ok(sameEntity('Otto Jespersen taught in Copenhagen. Born Jens Otto Harry Jespersen, he studied law first.', 'Otto Jespersen', 'Jens Otto Harry Jespersen'));
  });
  it('keeps people of other first names or middle initials apart', () => {
    assert.ok(!sameEntity('Thomas Woodrow Wilson was born in Virginia. Edith Wilson later moved to Washington.', 'Thomas Woodrow Wilson', 'Edith Wilson'));
    assert.ok(!sameEntity('George H.W. Bush spoke on Monday. Later George W. Bush spoke in Texas.', 'George H.W. Bush', 'George W. Bush'));
  });
  it('gives a bare surname both full names share to the one named last, either order (not after "his son": see the kin rule)', () => {
    assert.ok(sameEntity('George H. W. Bush led in 1990. George W. Bush led in 2005. Bush said he was proud.', 'George W. Bush', 'Bush'));
    assert.ok(sameEntity('George W. Bush led in 2005. George H. W. Bush led in 1990. Bush said he was proud.', 'George H. W. Bush', 'Bush'));
  });
});

describe('a person’s two names written in either order', () => {
  it('merges a surname-first name with the same name given name first', () => {
    assert.ok(sameEntity('Imre Nagy led Hungary in 1956. Nagy Imre, as Hungarians write the name, was executed in 1958.', 'Imre Nagy', 'Nagy Imre'));
    assert.ok(sameEntity('The novelist Higuchi Natsu wrote at night. Natsu Higuchi died young in Tokyo.', 'Higuchi Natsu', 'Natsu Higuchi'));
  });
  it('keeps places with their words swapped, and other given names, apart', () => {
    assert.ok(!sameEntity('They skied at Lake Placid in New York. Later they fished at Placid Lake in Montana.', 'Lake Placid', 'Placid Lake'));
    assert.ok(!sameEntity('Imre Nagy led Hungary in 1956. Nagy Ferenc, his rival, fled to America.', 'Imre Nagy', 'Nagy Ferenc'));
  });
});

describe('a place of the article written without its kind word', () => {
  it('merges an unknown name of several words with the place it opens', () => {
    const text = 'Protesters filled Naqsh-e Jahan Square on Friday. Shops north of Naqsh-e Jahan stayed closed.';
    assert.ok(sameEntity(text, 'Naqsh-e Jahan Square', 'Naqsh-e Jahan'));
    assert.equal(typeOfFound(text, 'Naqsh-e Jahan'), 'place');
  });
  it('keeps a person named by a first name, a title, a role, a possessive or a person’s verb apart', () => {
    assert.ok(!sameEntity('The concert was held in Jack London Square. Jack London grew up nearby.', 'Jack London Square', 'Jack London'));
    assert.ok(!sameEntity('Crowds gathered in Kossuth Lajos Square. Governor Kossuth Lajos gave it his name.', 'Kossuth Lajos Square', 'Kossuth Lajos'));
    assert.ok(!sameEntity('Crowds gathered in Kossuth Lajos Square. Kossuth Lajos said he was proud.', 'Kossuth Lajos Square', 'Kossuth Lajos'));
    assert.ok(!sameEntity('Crowds gathered in Kossuth Lajos Square. Kossuth Lajos, the rebel leader, gave it his name.', 'Kossuth Lajos Square', 'Kossuth Lajos'));
    assert.ok(!sameEntity('Crowds gathered in Kossuth Lajos Square. Kossuth Lajos’s widow unveiled it.', 'Kossuth Lajos Square', 'Kossuth Lajos'));
  });
});

/** What `linkPartShortForms` links in a one-paragraph text: "short->long" for each name it makes a short form of another. */
function partLinks(text: string): string[] {
  const p = prepareParagraph(text, false);
  const cands = findCandidates(text, p, 0, documentEvidence([p]), false);
  linkPartShortForms(text, cands, cands.map(nameInfo));
  return aliasLinks(cands);
}

describe('a place to eat\'s name without its head, after "the"', () => {
  it('is a short form of the full name written before it', () => {
    assert.ok(sameEntity('The Mason Jar Cafe opened on Monday. The Mason Jar serves pie.', 'Mason Jar Cafe', 'Mason Jar'));
    assert.ok(sameEntity('The Golden Spoon Diner opened on Monday. Locals eat at the Golden Spoon.', 'Golden Spoon Diner', 'Golden Spoon'));
    assert.deepEqual(partLinks('The Golden Spoon Diner opened on Monday. The Golden Spoon serves pie.'), ['Golden Spoon->Golden Spoon Diner']);
  });
  it('is not without "the", written before the full name, or ending in a head of its own', () => {
    assert.deepEqual(partLinks('The Golden Spoon Diner opened on Monday. Golden Spoon serves pie.'), []);
    assert.deepEqual(partLinks('The Golden Spoon serves pie. The Golden Spoon Diner opened on Monday.'), []);
    assert.deepEqual(partLinks('The Main Street Cafe opened on Monday. The Main Street was busy.'), []);
    // nor of one word: a family's name ("the Smith family" owns the Smith Cafe)
    assert.deepEqual(partLinks('The Smith Cafe opened on Monday. The Smith family owns it.'), []);
    assert.ok(!sameEntity('Jones Diner opened on Monday. The Jones brothers cook there.', 'Jones Diner', 'Jones'));
  });
});

describe('the first words of the one longer name of a place or a firm', () => {
  it('are a short form of it', () => {
    assert.ok(sameEntity('Delegates met at Levico Terme, Trento, Italy, for a week. Here in Levico the talks went on.', 'Levico Terme', 'Levico'));
    assert.ok(sameEntity('Shares of Kessler Sachs rose on Monday. Kessler cut 200 jobs.', 'Kessler Sachs', 'Kessler'));
    // a name that another goes on from ("Kessler Sachs Capital"): the shortest
    assert.deepEqual(partLinks('Shares of Kessler Sachs rose. The Kessler Sachs Capital fund fell. Kessler cut 200 jobs.'), ['Kessler->Kessler Sachs']);
    // written before the longer name (a headline's short form), the longer name joins it and gives it its type
    assert.deepEqual(partLinks('I can not buy SCBA insurance. I am a member of the SCBA Bar.'), ['SCBA Bar->SCBA']);
    assert.equal(typeOfFound('I can not buy SCBA insurance. I am a member of the SCBA Bar.', 'SCBA'), 'organization');
    assert.ok(sameEntity('Kessler will cut 200 jobs, the bank said. Shares of Kessler Sachs fell.', 'Kessler', 'Kessler Sachs'));
    // a firm named by its trade, speaking
    assert.ok(sameEntity('Hospitals run by Vantor Health were hit, the company said. Vantor said it would not pay.', 'Vantor Health', 'Vantor'));
  });
  it('are not where they name a person of the article, a place, or two longer names', () => {
    // Anna Kessler: "Kessler" is her
    assert.deepEqual(partLinks('Shares of Kessler Sachs rose. Anna Kessler, its founder, retired. Kessler was 80.'), []);
    assert.ok(sameEntity('Shares of Kessler Sachs rose. Anna Kessler, its founder, retired. Kessler was 80.', 'Anna Kessler', 'Kessler'));
    // a town (by "in") is no firm named after it
    assert.deepEqual(partLinks('Shares of Altoona Sachs rose. He was born in Altoona.'), []);
    assert.deepEqual(partLinks('He was born in Altoona. Shares of Altoona Sachs rose.'), []);
    assert.ok(!sameEntity('Shares of Altoona Sachs rose. He was born in Altoona.', 'Altoona Sachs', 'Altoona'));
    assert.deepEqual(partLinks('Shares of Kessler Sachs rose, and Kessler Vantor fell. Kessler cut jobs.'), []);
  });
  it('are not a known place, a people, a name of its own kind, or the name of a unit or a building', () => {
    assert.deepEqual(partLinks('Shares of Google Cloud rose. Google said so.'), []);
    assert.deepEqual(partLinks('Shares of Saudi Kessler rose. A Saudi official said so.'), []);
    assert.deepEqual(partLinks('Dravik Business School opened. Dravik is old.'), []);
    assert.deepEqual(partLinks('We prayed at the Dravik Mosque. Dravik is a quiet quarter.'), []);
    assert.deepEqual(partLinks('The National League met. The National League Championship Series began. National League teams won.'), []);
    assert.deepEqual(partLinks('Fans of the Dravik League Stars cheered. The Dravik League voted.'), []);
    assert.deepEqual(partLinks('Shares of United Kessel rose. United cut jobs.'), []);
  });
});

describe('an acronym ending the one longer name', () => {
  it('is a short form of it where the words before only say which branch', () => {
    const text = 'When I was young I was in Air Force ROTC. The Air Force took officers from the Academy and ROTC.';
    assert.deepEqual(partLinks(text), ['ROTC->Air Force ROTC']);
    assert.ok(sameEntity(text, 'Air Force ROTC', 'ROTC'));
    assert.equal(typeOfFound(text, 'ROTC'), 'organization');
  });
  it('is not where two longer names end in it, nor after a place or a name', () => {
    assert.deepEqual(partLinks('She served in Army ROTC, and he in Navy ROTC. Later ROTC grew.'), []);
    assert.deepEqual(partLinks('Leaders of the Texas GOP met in Austin. The GOP lost.'), []);
    assert.deepEqual(partLinks('Farmers in Western NSW want rain. NSW is dry.'), []);
    assert.deepEqual(partLinks('Researchers at Zentube GPU said so. Each GPU costs more.'), []);
  });
});

describe('a name that several entities share', () => {
  it('joins the one written last, whether it was found first or last', () => {
    // "Daniel" is the first name of two people; Bernoulli, found first, was written last before it
    const text = 'Daniel Bernoulli wrote the paper. Daniel Webster read it. Daniel Bernoulli answered him. Then Daniel laughed.';
    assert.ok(sameEntity(text, 'Daniel Bernoulli', 'Daniel'));
    assert.ok(!sameEntity(text, 'Daniel Webster', 'Daniel'));
    // Bernoulli, found last, was written last: not the one found first
    const later = 'Daniel Webster read the paper. Daniel Bernoulli wrote it. Then Daniel laughed.';
    assert.ok(sameEntity(later, 'Daniel Bernoulli', 'Daniel'));
    assert.ok(!sameEntity(later, 'Daniel Webster', 'Daniel'));
  });
});

describe('a title alone among many holders', () => {
  const FIRST = ['Anna', 'Maria', 'Paul', 'David', 'Laura', 'Peter', 'Susan', 'Mark', 'Helen', 'James'];
  const SYLLABLES = ['bran', 'dt', 'kor', 'vel', 'lind', 'mar', 'tos', 'gren', 'hal', 'wick', 'dorf', 'sten'];
  /** Titles as written before a name, and alone ("Sen. Okafor" … "the Senator"). */
  const TITLES: [string, string][] = [['Secretary', 'Secretary'], ['Sen.', 'Senator'], ['Gov.', 'Governor']];

  it('stands for the person given that title who was named last, however many were', () => {
    const random = prng(7);
    const at = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const people: { name: string; surname: string; title: number }[] = [];
    const surnames = new Set<string>();
    while (people.length < 60) {
      const surname = at(SYLLABLES).replace(/^./, (c) => c.toUpperCase()) + at(SYLLABLES) + at(SYLLABLES) + 'son';
      if (surnames.has(surname)) continue;
      surnames.add(surname);
      people.push({ name: `${at(FIRST)} ${surname}`, surname, title: Math.floor(random() * TITLES.length) });
    }
    // titled introductions, surnames written again (which make that person the latest holder again)
    // and titles alone, each expected to be the last person of that title named before it
    const sentences: string[] = [];
    const expected: (number | undefined)[] = [];
    const latest = new Map<number, number>();
    const latestIntroduced = new Map<number, number>();
    let renamedHolders = 0;
    let introduced = 0;
    while (sentences.length < 400) {
      const x = random();
      if (introduced < people.length && (introduced === 0 || x < 0.3)) {
        const p = people[introduced];
        sentences.push(`${TITLES[p.title][0]} ${p.name} spoke on Monday.`);
        latestIntroduced.set(p.title, introduced);
        latest.set(p.title, introduced++);
      } else if (x < 0.6) {
        const i = Math.floor(random() * introduced);
        sentences.push(`Later ${people[i].surname} answered.`);
        latest.set(people[i].title, i);
      } else {
        const t = Math.floor(random() * TITLES.length);
        sentences.push(`Then the ${TITLES[t][1]} nodded.`);
        expected.push(latest.get(t));
        if (latest.get(t) !== latestIntroduced.get(t)) renamedHolders++;
      }
    }
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 5) paragraphs.push(sentences.slice(k, k + 5).join(' '));
    const article = analyzeArticle('Hearing\n\n' + paragraphs.join('\n\n'));
    const entityOf = (p: { surname: string }) => article.mentions.find((m) => m.text.endsWith(p.surname))?.entityId;
    const personEntities = new Set(people.map(entityOf));
    assert.equal(personEntities.size, people.length);
    const alone = article.mentions.filter((m) => m.titleOnly);
    assert.equal(alone.length, expected.length);
    // (the cases this test is for: many holders, and titles whose latest holder is not the one given it last but one named again since)
    assert.ok(expected.filter((e) => e !== undefined).length > 100);
    assert.ok(renamedHolders > 20, `${renamedHolders}`);
    alone.forEach((m, k) => {
      const e = expected[k];
      if (e === undefined) assert.ok(!personEntities.has(m.entityId), `"${m.text}" at ${m.span.start} before anyone held the title`);
      else assert.equal(m.entityId, entityOf(people[e]), `"${m.text}" at ${m.span.start}: ${people[e].name}`);
    });
  });
});
