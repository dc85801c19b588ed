/**
 * Entity type rules raised for type accuracy (issue 4): peoples named in the plural, road
 * numbers, postal state codes, airport codes, news outlets. One-line documents, each rule with
 * positive and negative cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { typed, typeOf, typeOfFound } from './entities.helpers';


describe('plural peoples', () => {
  it('types a plural people, faith or demonym as persons, not an organization', () => {
    assert.equal(typeOf('He fought the Tatars in the south.', 'Tatars'), 'person');
    assert.equal(typeOf('What about the Buddhists here?', 'Buddhists'), 'person');
    assert.equal(typeOf('Talks between the Palestinians and others went on.', 'Palestinians'), 'person');
    assert.equal(typeOf('Many locals and the Thais came too.', 'Thais'), 'person');
  });
  it('leaves other plurals after "the" alone', () => {
    assert.equal(typeOf('He was a fan of the Mets for years.', 'Mets'), 'organization');
    assert.notEqual(typeOfFound('We saw Moon Rocks and Meteorites there.', 'Meteorites'), 'person');
  });
});

describe('road numbers', () => {
  it('types hyphenated road numbers, with a compass word, as places', () => {
    assert.equal(typeOf('From the north, take I-44 East into town.', 'I-44 East'), 'place');
    assert.equal(typeOf('Drive along I-580 for a while.', 'I-580'), 'place');
  });
  it('types a short road number after "the" near a road word', () => {
    assert.equal(typeOf('Take the M1 northbound to junction 32.', 'M1'), 'place');
    assert.equal(typeOf('From the west, the A59 and the M62 provide connections.', 'A59'), 'place');
  });
  it('leaves a short code without a road near it alone', () => {
    assert.notEqual(typeOfFound('She printed the A4 version for the Board.', 'A4'), 'place');
    assert.notEqual(typeOfFound('Apple sells the M1 in its laptops.', 'M1'), 'place');
  });
});

describe('postal state codes and airport codes', () => {
  it('types a state code after "Town, " and the town as places', () => {
    assert.deepEqual(typed('The bridge spans the roadway near Vinita, OK.'), [['Vinita', 'place'], ['OK', 'place']]);
    assert.equal(typeOf('It lies between Paramus, NJ and the river.', 'NJ'), 'place');
  });
  it('reads "OK" without "Name, " before it as no mention at all or a term (the word okay), never a state', () => {
    assert.ok([undefined, 'other'].includes(typeOf('The answer from Kessler was OK.', 'OK')));
  });
  it('needs no name after the code', () => {
    // a person, and a record's title (a work: other) opening with the code
    assert.deepEqual(typed('For Smith, OK Computer was his favourite record.'), [['Smith', 'person'], ['OK Computer', 'other']]);
  });
  it('types an airport code after its IATA label', () => {
    assert.equal(typeOf('The main airport (IATA: PHX) is busy.', 'PHX'), 'place');
    assert.notEqual(typeOfFound('The main standard (ISO: PHX) is old.', 'PHX'), 'place');
  });
});

describe('news outlets', () => {
  it('types a one-word name made with "news" as an organization', () => {
    assert.equal(typeOf('He then spoke with Wikinews about his work.', 'Wikinews'), 'organization');
    assert.equal(typeOf('A poll by Newsmax showed a lead.', 'Newsmax'), 'organization');
  });
  it('leaves short names ending in "news" alone', () => {
    assert.notEqual(typeOfFound('He then spoke with Enews about his work.', 'Enews'), 'organization');
  });
});

describe('forms of address', () => {
  it('types a title addressed after "Mr." or "Madam", or with it, as a person', () => {
    assert.equal(typeOf('Mr. Chief Justice, may it please the Court.', 'Chief Justice'), 'person');
    assert.equal(typeOf('Thank you, Madam Speaker, for the time.', 'Madam Speaker'), 'person');
  });
  it('types lords addressed after "my" as persons', () => {
    assert.equal(typeOf('So, my Lords, to that extent it holds.', 'Lords'), 'person');
  });
  it('leaves lords and titles not addressed alone', () => {
    assert.deepEqual(typed('The bill went to the House of Lords for a vote.'), [['House of Lords', 'organization']]);
    assert.deepEqual(typed('Then the Lords voted on the bill.'), [['Lords', 'organization']]);
    // a title before a name is the name's title, no form of address: the person is Pelosi
    assert.deepEqual(typed('Thank you, Madam Speaker Pelosi, for the time.'), [['Pelosi', 'person']]);
  });
});

describe('regions and places after "of"', () => {
  it('types a compass word after "the" as a place, even where it is a first name too', () => {
    assert.equal(typeOf('Is this a revival of the Left in the West today?', 'West'), 'place');
    assert.notEqual(typeOfFound('Is this the work of Kanye West today?', 'Kanye West'), 'place');
  });
  it('types a name after "north of", "the border of", "the Battle of" as a place', () => {
    assert.equal(typeOf('The islands lie 150 miles north of Tongatapu.', 'Tongatapu'), 'place');
    assert.equal(typeOf('He was born on the border of Dalmatia and Pannonia.', 'Dalmatia'), 'place');
    assert.equal(typeOf('At the Battle of Chudnov in 1660, Gordon was wounded.', 'Chudnov'), 'place');
  });
  it('leaves a name after other "of" phrases alone', () => {
    assert.notEqual(typeOfFound('She read the letters of Bonosus at home.', 'Bonosus'), 'place');
    assert.notEqual(typeOfFound('Analyst Jane Doe of Zorvex said so.', 'Zorvex'), 'place');
  });
  it('types empires, rivers and trails by their last word', () => {
    assert.equal(typeOf('It became the official religion of the Roman Empire later.', 'Roman Empire'), 'place');
    assert.equal(typeOf('Farmers used the Salt and Verde Rivers for water.', 'Verde Rivers'), 'place');
    assert.equal(typeOf('The Osage Trail runs west to Sand Springs.', 'Osage Trail'), 'place');
  });
});

describe('parties to a case', () => {
  it('types an unknown one-word party before or after "v." or "versus" as a person', () => {
    assert.deepEqual(typed('It is true in Lynch v. Overholser that the rule held.'), [['Lynch', 'person'], ['Overholser', 'person']]);
    assert.equal(typeOf('This is Case 22-506, Biden versus Nebraska today.', 'Biden'), 'person');
  });
  it('keeps known places and leaves a sports fixture with a bare "v" alone', () => {
    assert.equal(typeOf('This is Case 22-506, Biden versus Nebraska today.', 'Nebraska'), 'place');
    assert.notEqual(typeOfFound('He played in the first Eton v Harrow cricket match.', 'Harrow'), 'person');
  });
});

describe('numbered places and place endings', () => {
  it('types a terminal, building or route with its number as a place', () => {
    assert.equal(typeOf('Buses leave from Terminal 2 every hour.', 'Terminal'), 'place');
    assert.equal(typeOf('They come in on old Route 66 from the west.', 'Route'), 'place');
  });
  it('leaves other names before a number alone', () => {
    assert.notEqual(typeOfFound('The team tested Factor 4 in the lab.', 'Factor'), 'place');
  });
  it('types an unknown one-word name with a place ending as a place', () => {
    assert.equal(typeOf('Rent a bike in Svendborg or Faaborg for the day.', 'Faaborg'), 'place');
    assert.equal(typeOf('The streets of Oakland and Chinatown are busy.', 'Chinatown'), 'place');
  });
  it('leaves persons with such endings, and other endings, alone', () => {
    assert.equal(typeOf('Herman Melville wrote it.', 'Herman Melville'), 'person');
    assert.notEqual(typeOfFound('We met Chinatowner for lunch.', 'Chinatowner'), 'place');
  });
});

describe('place words', () => {
  it('types names ending in area, cliffs, reserve or terre as places', () => {
    assert.equal(typeOf('Visitors from the Bay Area come often.', 'Bay Area'), 'place');
    assert.equal(typeOf('Fort Lee borders Englewood Cliffs to the north.', 'Englewood Cliffs'), 'place');
    assert.equal(typeOf('Walk to the Henga Scenic Reserve for the view.', 'Henga Scenic Reserve'), 'place');
    assert.equal(typeOf('You can sail to Grande Terre for the beaches.', 'Grande Terre'), 'place');
  });
  it('types names opening with a foreign place word as places', () => {
    assert.equal(typeOf('We walked across Plac Wolności at dusk.', 'Plac Wolności'), 'place');
    assert.equal(typeOf('Prayer flags hang at Wat Arun near the river.', 'Wat Arun'), 'place');
    assert.equal(typeOf('Sail to Terre de Haut for lunch.', 'Terre de Haut'), 'place');
  });
  it('keeps a minster apart from its town', () => {
    const a = analyzeArticle('Headline\n\nYork Minster is large. York is old.');
    const minster = a.mentions.find((m) => m.text === 'York Minster');
    const york = a.mentions.find((m) => m.text === 'York');
    assert.ok(minster && york);
    assert.equal(minster.type, 'place');
    assert.notEqual(minster.entityId, york.entityId);
  });
  it('leaves names with those words elsewhere alone', () => {
    assert.notEqual(typeOfFound('Yesterday Terrence Malick spoke.', 'Terrence Malick'), 'place');
  });
});

describe('company trades', () => {
  it('types names ending in a trade as organizations', () => {
    assert.equal(typeOf('She left Barstool Sports in 2011.', 'Barstool Sports'), 'organization');
    assert.equal(typeOf('By bus, Tulsa Transit provides service downtown.', 'Tulsa Transit'), 'organization');
    assert.equal(typeOf('Tours are available from Vagabond Tours in summer.', 'Vagabond Tours'), 'organization');
  });
  it('leaves a trade word alone as a one-word name', () => {
    assert.deepEqual(typed('She writes for Sports now, Smith said.'), [['Smith', 'person']]);
  });
});

describe('institutions named in other languages', () => {
  it('types a name with a foreign institution word anywhere as an organization', () => {
    assert.equal(typeOf('She works at Universidade da Coruña in Spain.', 'Universidade da Coruña'), 'organization');
    assert.equal(typeOf('He studied at the Conservatoire de Paris later.', 'Conservatoire de Paris'), 'organization');
    assert.equal(typeOf('He teaches at Vrije Universiteit Amsterdam now.', 'Vrije Universiteit Amsterdam'), 'organization');
  });
  it('leaves the word alone as a one-word name', () => {
    assert.notEqual(typeOfFound('It was Centro, Smith said.', 'Centro'), 'organization');
  });
});

describe('sites', () => {
  it('types a name ending in "Site" as a place', () => {
    assert.equal(typeOf('The square is a UNESCO World Heritage Site today.', 'UNESCO World Heritage Site'), 'place');
  });
});

describe('compass words paired', () => {
  it('types compass words joined by a slash or "and" as places, even where they are first names too', () => {
    assert.deepEqual(typed('In town, North / South is divided by Admiral Place.').slice(0, 2), [['North', 'place'], ['South', 'place']]);
  });
  it('leaves a compass word alone that ends a longer name', () => {
    assert.notEqual(typeOfFound('Yesterday Oliver North and West said so.', 'West'), 'place');
  });
});

describe('fields of study and bodies', () => {
  it('types a field of study as other, not a person, place or organization', () => {
    assert.equal(typeOf('He later taught Computational Linguistics for years.', 'Computational Linguistics'), 'other');
    assert.equal(typeOf('She obtained a degree in Psychology at Suffolk.', 'Psychology'), 'other');
  });
  it('keeps a department of a field an organization', () => {
    assert.equal(typeOf('He joined the Department of Linguistics in 1971.', 'Department of Linguistics'), 'organization');
  });
  it('types a name before "working group" or "department" as an organization', () => {
    assert.equal(typeOf('See the library of the LIBER Digital Humanities working group online.', 'LIBER Digital Humanities'), 'organization');
    assert.equal(typeOf('She chairs the Acme Widgets committee now.', 'Acme Widgets'), 'organization');
  });
  it('leaves a name before "group" alone', () => {
    assert.notEqual(typeOfFound('They count as members of Sapir’s ZVX group of languages.', 'ZVX'), 'organization');
  });
});
