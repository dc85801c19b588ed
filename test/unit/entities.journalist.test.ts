/**
 * Entity errors a reader of the story would notice in a hover card or the outline: a person typed a
 * place after "to" or a role's "of" phrase, countries named with "and" split in two, a steakhouse read as
 * two people, a room typed a body, a Russian first name without its gender, "Saint" read as a title before
 * fans, islands after "in the" read as a person, "Former Google" read as a company, a spokesman's body
 * and name read as one person, a company split in two, "the Press Secretary" a new person, a sister made
 * male by her brother's "his", football clubs typed places, "Cuban has said" not found, "the team went
 * to" read as giving, foreign titles read as names, a foreign article before a title opening a sentence read as a name, "the
 * Celtics" read as a people, a company before its CEO read as a person, "Goldman Sachs" read as a person,
 * an office named "X of the Y" read into the name or, with no name after it, its last word read as a person, "Le Pen" read as "Pen",
 * a company's president taken for "the President" beside a head of state, "Paris said" after Paris Hilton read as the city,
 * "United Airlines" opening a sentence read as a verb, "Tom English" not found, clubs of towns the place list does not know
 * mistyped, a hotel named with "Presidente" read as a person, a politician's party and state ("D-N.Y.") read as a name,
 * "Miami Heat" typed other, "the West Bank" typed a bank and "a Brooklyn man" other, "Hurricane Katrina" opening a
 * sentence read as a woman.
 * Each rule with the cases that must not change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleOf, mentionsOf, nestedTexts, rolesOf, sameEntity, textsOf, titleOnlyOf, typeOf, typeOfFound, typed } from './entities.helpers';
import { analyzeArticle } from '../../server/src/core/analyze';
import { speakerName } from './quotes.helpers';

/** The gender of the first person of a one-paragraph document. */
const genderOf = (text: string) => articleOf(text).entities.find((e) => e.type === 'person')?.gender;
/** The name of the entity that speaks the first quotation of a one-paragraph document. */
const speakerOf = (text: string) => {
  const a = articleOf(text);
  return speakerName(a, a.quotations[0]);
};

describe('a known first name and a surname like a place head after "to"', () => {
  it('is the person who gets something', () => {
    assert.equal(typeOf('The ball went to Philip Rivers.', 'Philip Rivers'), 'person');
    assert.equal(typeOf('She gave it to Anita Hill.', 'Anita Hill'), 'person');
  });
  it('leaves a destination after a verb of moving a place', () => {
    assert.equal(typeOf('They moved to Murray Hill.', 'Murray Hill'), 'place');
    assert.equal(typeOf('He drove back to Forest Hill.', 'Forest Hill'), 'place');
  });
  it('leaves a destination after a person\'s pronoun and "went" or "is going" a place', () => {
    assert.equal(typeOf('He went to Murray Hill.', 'Murray Hill'), 'place');
    assert.equal(typeOf('She is going to Forest Hill.', 'Forest Hill'), 'place');
  });
  it('leaves a destination after a group of people and "went" a place', () => {
    assert.equal(typeOf('The family went to Murray Hill.', 'Murray Hill'), 'place');
    assert.equal(typeOf('Residents went to Forest Hill.', 'Forest Hill'), 'place');
  });
});

describe('a role\'s "of" phrase before a comma and a first name', () => {
  it('names the person', () => {
    assert.equal(typeOf("Okafor's chief of staff, Lena Park, said the vote was close.", 'Lena Park'), 'person');
    assert.equal(typeOf('The director of communications, Anita Hill, said so.', 'Anita Hill'), 'person');
  });
  it('leaves a place after a comma without a role a place', () => {
    assert.equal(typeOf('They toured Queens, Murray Hill and Harlem.', 'Murray Hill'), 'place');
  });
});

describe('a country named with "and" whose halves are seldom written alone', () => {
  it('is one place', () => {
    assert.deepEqual(typed('He visited Trinidad and Tobago last year.'), [['Trinidad and Tobago', 'place']]);
    assert.deepEqual(typed('They sailed to the Turks and Caicos Islands.'), [['Turks and Caicos Islands', 'place']]);
  });
  it('leaves the countries the gold reads as two lands two mentions', () => {
    assert.deepEqual(textsOf('Bosnia and Herzegovina voted.'), ['Bosnia', 'Herzegovina']);
  });
});

describe('a possessive, a word and a place to eat named by two words', () => {
  it('is one business', () => {
    assert.deepEqual(typed("We ate at Ruth's Chris Steak House."), [["Ruth's Chris Steak House", 'organization']]);
  });
  it('leaves an owner before a name that runs on out of the business', () => {
    assert.ok(!textsOf("Ann's Big Coffee Shop Owner spoke.").includes("Ann's Big Coffee Shop"));
  });
});

describe('"the Oval Office"', () => {
  it('is a room, a place', () => {
    assert.equal(typeOf('She met him in the Oval Office.', 'Oval Office'), 'place');
  });
  it('leaves other offices organizations', () => {
    assert.equal(typeOf('The Foreign Office said so.', 'Foreign Office'), 'organization');
  });
});

describe('first names the lists lack or give no gender', () => {
  it('tell the gender they have in the news', () => {
    assert.equal(genderOf('Donald Trump said so.'), 'male');
    assert.equal(genderOf('Tim Cook said so.'), 'male');
    assert.equal(genderOf('Julie Su said so.'), 'female');
  });
  it('leave names of either gender unknown, though a list gives one', () => {
    assert.equal(genderOf('Chris Evans said so.'), 'unknown');
    assert.equal(genderOf('Taylor Swift played.'), 'unknown');
  });
  it('tell the gender of Russian and Ukrainian names as the agencies spell them', () => {
    assert.equal(genderOf('Sergey Lavrov said so.'), 'male');
    assert.equal(genderOf('Dmitry Peskov said so.'), 'male');
    assert.equal(genderOf('Svetlana Tikhanovskaya said so.'), 'female');
  });
});

describe('"Saint" and a city before a lower-case plural of people', () => {
  it('is the city, no person after a title', () => {
    assert.deepEqual(typed('They met Saint Louis fans.'), [['Saint Louis', 'place']]);
    assert.deepEqual(typed('Saint Paul residents voted.'), [['Saint Paul', 'place']]);
  });
  it('leaves the saint before a verb a person', () => {
    assert.equal(typeOf('Saint Paul wrote letters.', 'Paul'), 'person');
  });
});

describe('a plural of small islands after a preposition of place and the article', () => {
  it('is a place, though a verb of saying follows', () => {
    assert.equal(typeOf('Fishermen in the Keys said the catch was poor.', 'Keys'), 'place');
  });
  it('is a place after "on the" too', () => {
    assert.equal(typeOf('Tourists on the Keys said so.', 'Keys'), 'place');
  });
  it('leaves a name after "on" without the article what it was', () => {
    assert.equal(typeOf('He relied on Anita Hill.', 'Anita Hill'), 'person');
    assert.equal(typeOf('He posted on Facebook.', 'Facebook'), 'organization');
  });
  it('leaves "the Keys" without a preposition no mention', () => {
    assert.deepEqual(textsOf('He lost the Keys at home.'), []);
  });
});

describe('a demonym alone that the story reads as a surname elsewhere', () => {
  it('is a mention of that person, in another paragraph too', () => {
    assert.ok(sameEntity('Mark Cuban spoke on Monday. Later, Cuban said he would buy it.', 'Mark Cuban', 'Cuban'));
    assert.ok(sameEntity('Mark Cuban spoke on Monday.\n\nCuban said he would buy it.', 'Mark Cuban', 'Cuban'));
  });
  it('is a mention before an age between commas and a verb', () => {
    assert.ok(sameEntity('Mark Cuban spoke on Monday. Cuban, 65, said no.', 'Mark Cuban', 'Cuban'));
  });
  it('leaves the surname before an age and an auxiliary no mention', () => {
    assert.deepEqual(textsOf('Mark Cuban spoke. Cuban, 65, is rich.'), ['Mark Cuban']);
  });
  it('is the full name after a first name before an adverb or a preposition', () => {
    assert.deepEqual(typed('He met Mark Cuban too.'), [['Mark Cuban', 'person']]);
    assert.deepEqual(typed('Dawn French on Monday said so.'), [['Dawn French', 'person']]);
  });
  it('leaves a nationality after "Will" before "and" and a noun no name', () => {
    assert.deepEqual(textsOf('Will French and German fans travel?'), []);
  });
  it('is found once the full name is written, after an edit', () => {
    analyzeArticle('Headline\n\nLater, Cuban said so.\n\nOther text.');
    assert.deepEqual(analyzeArticle('Headline\n\nLater, Cuban said so.\n\nMark Cuban spoke.').mentions.map((m) => m.text), ['Cuban', 'Mark Cuban']);
  });
  it('leaves the nationality alone: before a noun, after the article or a copula, with no such person', () => {
    assert.deepEqual(textsOf('Mark Cuban spoke. The Cuban government said no. He is Cuban. The French said so.'), ['Mark Cuban']);
    assert.deepEqual(textsOf('The Cuban government said no. Later, Cuban said so.'), []);
  });
  it('leaves the language alone before an auxiliary', () => {
    assert.deepEqual(textsOf('Dawn French spoke. French is spoken there.'), ['Dawn French']);
    assert.deepEqual(textsOf('Dawn French spoke.\n\nFrench was the language of the court.'), ['Dawn French']);
  });
  it('leaves the language alone in the possessive before a part of a language, the person before others', () => {
    assert.deepEqual(textsOf("Dawn French spoke. French's grammar is hard."), ['Dawn French']);
    assert.ok(sameEntity("Mark Cuban spoke. Cuban's team won.", 'Mark Cuban', 'Cuban'));
  });
});

describe('a body\'s name before a title and a name', () => {
  it('is the body, no portfolio of the title', () => {
    assert.deepEqual(typed('Yesterday Federal Reserve Chair Jerome Powell said so.'), [['Federal Reserve', 'organization'], ['Jerome Powell', 'person']]);
    assert.deepEqual(typed('Asian Development Bank President Masato Kanda said so.'), [['Asian Development Bank', 'organization'], ['Masato Kanda', 'person']]);
  });
  it('is the body before a hyphenated office too', () => {
    assert.deepEqual(typed('WHO Director-General Tedros Adhanom Ghebreyesus said so.'), [['WHO', 'organization'], ['Tedros Adhanom Ghebreyesus', 'person']]);
  });
  it('leaves a portfolio part of the title', () => {
    assert.deepEqual(typed('Health Secretary Victoria Atkins said so.'), [['Victoria Atkins', 'person']]);
    assert.deepEqual(typed('Kremlin Press Secretary Dmitry Peskov said so.'), [['Kremlin', 'organization'], ['Dmitry Peskov', 'person']]);
    assert.deepEqual(typed('White House Press Secretary Karine Jean-Pierre said so.'), [['White House', 'organization'], ['Karine Jean-Pierre', 'person']]);
  });
});

describe('a title\'s modifier of time in office opening the sentence before a body and a title', () => {
  it('is no part of the body\'s name', () => {
    assert.deepEqual(typed('Former Google CEO Eric Schmidt said so.'), [['Google', 'organization'], ['Eric Schmidt', 'person']]);
    assert.deepEqual(typed('Former Labour Party leader Jeremy Corbyn said so.'), [['Labour Party', 'organization'], ['Jeremy Corbyn', 'person']]);
  });
  it('is no name of its own before a title', () => {
    assert.deepEqual(typed('Interim CEO Jane Smith said so.'), [['Jane Smith', 'person']]);
  });
  it('leaves the modifier of a title before a name to the title', () => {
    assert.deepEqual(typed('Former President Barack Obama said so.'), [['Barack Obama', 'person']]);
  });
});

describe('a body\'s name before "Spokesman", "Spokeswoman" or "Press Secretary" and a name', () => {
  it('is the body and the person with the role', () => {
    assert.deepEqual(rolesOf('State Department Spokesman Ned Price said so.'), [['State Department', 'organization', []], ['Ned Price', 'person', ['Spokesman']]]);
    assert.deepEqual(rolesOf('State Department Spokeswoman Jen Psaki said so.'), [['State Department', 'organization', []], ['Jen Psaki', 'person', ['Spokeswoman']]]);
    assert.deepEqual(rolesOf('Kremlin Press Secretary Dmitry Peskov said so.'), [['Kremlin', 'organization', []], ['Dmitry Peskov', 'person', ['Press Secretary']]]);
  });
  it('leaves a newspaper ending in "Press" one name', () => {
    assert.deepEqual(typed('The Associated Press reported it.'), [['Associated Press', 'organization']]);
  });
});

describe('news bodies named by a place or a first name (Bank of America, Christian Science Monitor)', () => {
  it('are organizations, the place named in one nested in it', () => {
    assert.deepEqual(typed('Bank of America CEO Brian Moynihan said so.'), [['Bank of America', 'organization'], ['Brian Moynihan', 'person']]);
    assert.deepEqual(typed('The Christian Science Monitor reported it.'), [['Christian Science Monitor', 'organization']]);
  });
  it('leave the place alone a place', () => {
    assert.deepEqual(typed('He flew to America.'), [['America', 'place']]);
  });
});

describe('an unknown name before the acronym of a company officer', () => {
  it('is the company', () => {
    assert.equal(typeOf('Shares fell after Zorvex CEO Jane Smith quit.', 'Zorvex'), 'organization');
  });
  it('leaves a capitalised modifier of the title inside the sentence no name: the person has the title', () => {
    assert.deepEqual(rolesOf('Shares fell as Interim CEO Jane Smith quit.'), [['Jane Smith', 'person', ['Interim CEO']]]);
    assert.deepEqual(rolesOf('Shares fell as the Interim CEO Jane Smith quit.'), [['Jane Smith', 'person', ['Interim CEO']]]);
    assert.deepEqual(typed('Shares fell as Former Google CEO Eric Schmidt quit.'), [['Google', 'organization'], ['Eric Schmidt', 'person']]);
  });
  it('leaves such a word before no title a name', () => {
    assert.deepEqual(textsOf('He starred in Former Lives.'), ['Former Lives']);
  });
  it('keeps it with a title alone after "the": the mention of a holder', () => {
    assert.deepEqual(typed('Later, the Acting Secretary said no.'), [['Acting Secretary', 'person']]);
    assert.deepEqual(typed('Later, the Former President said no.'), [['Former President', 'person']]);
  });
  it('is the company read a person before it too', () => {
    const text = 'Zorvex said so. Zorvex CEO Dana Lee said the deal was done.';
    assert.ok(sameEntity(text, 'Zorvex', 'Zorvex', 1));
    assert.equal(typeOf(text, 'Zorvex'), 'organization');
  });
  it('is the company read a person twice before it, quoted as a speaker', () => {
    const text = 'Zorvex said profits fell. "We will recover," Zorvex said. Zorvex CEO Dana Lee resigned.';
    assert.deepEqual(typed(text), [['Zorvex', 'organization'], ['Zorvex', 'organization'], ['Zorvex', 'organization'], ['Dana Lee', 'person']]);
  });
});

describe('news bodies the lists did not know (found reading the news fixtures)', () => {
  it('types an agency opening with a first name an organization, before a fire chief\'s title too', () => {
    assert.deepEqual(typed('Cal Fire Battalion Chief Sarah Dominguez said so.'), [['Cal Fire', 'organization'], ['Sarah Dominguez', 'person']]);
    assert.equal(typeOf('The blaze grew, according to Cal Fire.', 'Cal Fire'), 'organization');
  });
  it('types a quoted name before "group" the group', () => {
    assert.equal(typeOf('Volunteers from the "Ashby Aid" group handed out food.', 'Ashby Aid'), 'organization');
  });
  it('leaves a quoted person before other words a person', () => {
    assert.equal(typeOf('She quoted "Ashby Smith" in the group chat.', 'Ashby Smith'), 'person');
  });
});

describe('a quotation\'s speaker after a body and a hyphenated office', () => {
  it('is the person, not the body', () => {
    assert.equal(speakerOf('"Supply is short," WHO Director-General Tedros Adhanom Ghebreyesus told reporters.'), 'Tedros Adhanom Ghebreyesus');
    assert.equal(speakerOf('"Supply is short," U.N. Secretary-General António Guterres told reporters.'), 'António Guterres');
  });
});

describe('first names the news gives women and men (FIRST_NAMES_IN_THE_NEWS)', () => {
  it('leave a pronoun of either gender to the person so named', () => {
    assert.equal(speakerOf('Glenn Close won the award on Sunday. "I am thrilled," she said.'), 'Glenn Close');
    assert.equal(speakerOf('Madison Cawthorn lost the primary. "I will be back," he said.'), 'Madison Cawthorn');
  });
});

describe('a title of several words alone after the article', () => {
  it('is a mention of the person last given that title', () => {
    const text = 'Press Secretary Karine Jean-Pierre said so. Later, the Press Secretary said more.';
    assert.ok(sameEntity(text, 'Karine Jean-Pierre', 'Press Secretary'));
    assert.equal(titleOnlyOf(text, 'Press Secretary'), true);
    assert.ok(sameEntity('Prime Minister Keir Starmer said so. Later, the Prime Minister said more.', 'Keir Starmer', 'Prime Minister'));
  });
  it('is one after "The" opening the sentence too, but for a title before a comma and a name', () => {
    assert.ok(sameEntity('Press Secretary Karine Jean-Pierre said so. The Press Secretary said more later.', 'Karine Jean-Pierre', 'Press Secretary'));
    assert.ok(sameEntity('The Secretary of State, Mike Pompeo, spoke on Monday.', 'Secretary of State', 'Mike Pompeo'));
  });
  it('stands for its holder with none named, as one title word does', () => {
    assert.deepEqual(mentionsOf('They met the Secretary General today.').map((m) => [m.text, m.type, m.titleOnly]), [['Secretary General', 'person', true]]);
    assert.deepEqual(mentionsOf('They met the Secretary today.').map((m) => [m.text, m.type, m.titleOnly]), [['Secretary', 'person', true]]);
  });
  it('leaves the holder of another title of the same word apart', () => {
    assert.ok(!sameEntity('Foreign Minister Anna Baerbock spoke. Prime Minister Keir Starmer said so. Later, the Foreign Minister said more.', 'Keir Starmer', 'Foreign Minister'));
  });
});

describe('a title alone after a subordinate office with its word', () => {
  // "Vice President Kamala Harris" holds no "President": the title alone is the President's, as the quotation's speaker is
  it('stands for the holder of the office itself', () => {
    const text = 'President Joe Biden met Vice President Kamala Harris on Monday. Later the President left.';
    assert.ok(sameEntity(text, 'Joe Biden', 'President'));
    assert.ok(!sameEntity(text, 'Kamala Harris', 'President'));
    assert.ok(sameEntity('Vice President Kamala Harris met President Joe Biden. Later the Vice President left.', 'Kamala Harris', 'Vice President'));
  });
});

describe('a title held in an organization named right before it', () => {
  // "the President" in a story with a president is the head of state: a company's is "the company's president" or "Wells"
  it('leaves the title alone to the one who holds it outright', () => {
    const text = 'President Joe Biden met Acme Corp. President Dana Wells on Tuesday.\n\n"We made progress," the President said.';
    assert.equal(speakerOf(text), 'Joe Biden');
    assert.ok(sameEntity(text, 'Joe Biden', 'President'));
    assert.ok(!sameEntity(text, 'Dana Wells', 'President'));
    // after the organization's holder is named again, too
    assert.equal(speakerOf('President Joe Biden met Acme Corp. President Dana Wells. Wells left early. "We made progress," the President said.'), 'Joe Biden');
  });
  it('gives it to the organization\'s holder when no one holds it outright', () => {
    assert.equal(speakerOf('Acme Corp. President Dana Wells met the board on Tuesday. "We made progress," the President said.'), 'Dana Wells');
    // the mention too, not only the speaker (quotes/index.ts finds that holder on its own)
    assert.ok(sameEntity('Acme Corp. President Dana Wells met the board on Tuesday. Later the President left.', 'Dana Wells', 'President'));
  });
  // (the quotation's speaker is then no guess between two presidents: quotes.attribution.test.ts)
  it('gives it to the organization\'s holder who is later given it outright', () =>
    assert.ok(sameEntity('President Joe Biden met Acme Corp. President Dana Wells. Later, President Wells spoke. Then the President left.', 'Dana Wells', 'President')));
});

describe('a place name alone that speaks, with a person of that name in the story', () => {
  it('is the person who has it as a first name', () => {
    assert.equal(speakerOf('Paris Hilton arrived at the gala on Monday. "It was lovely," Paris said.'), 'Paris Hilton');
    assert.equal(speakerOf('Paris Hilton arrived at the gala on Monday. "It was lovely," said Paris.'), 'Paris Hilton');
  });
  it('is the person who has it as a surname, a country\'s name too, after the place was named', () => {
    const text = 'Michael Jordan spoke after the game. He flew to Jordan on Friday. Jordan said he was tired.';
    assert.deepEqual(mentionsOf(text).map((m) => [m.text, m.type]), [['Michael Jordan', 'person'], ['Jordan', 'place'], ['Jordan', 'person']]);
    assert.equal(speakerOf('Michael Jordan spoke after the game. "I was tired," Jordan said.'), 'Michael Jordan');
  });
  it('stays the place with no such person, or where it does not speak', () => {
    assert.deepEqual(typed('Jordan and Israel signed the deal. Jordan said it would open the border.'), [['Jordan', 'place'], ['Israel', 'place'], ['Jordan', 'place']]);
    assert.ok(!sameEntity('Paris Hilton arrived at the gala on Monday. The talks in Paris ended.', 'Paris Hilton', 'Paris'));
    assert.ok(!sameEntity('Paris Hilton arrived at the gala on Monday. Paris has seen worse.', 'Paris Hilton', 'Paris'));
  });
  // a place that calls itself "it" when it speaks is the place: the country's statement is no person's
  it('stays the place that says what "it" will do or "its" thing, with such a person in the story', () => {
    assert.deepEqual(typed('Michael Jordan flew to Jordan on Monday. Jordan said it would close its border.'), [['Michael Jordan', 'person'], ['Jordan', 'place'], ['Jordan', 'place']]);
    assert.ok(!sameEntity('Paris Hilton arrived on Monday. Paris said its buses would be free.', 'Paris Hilton', 'Paris'));
    assert.ok(sameEntity('Paris Hilton arrived on Monday. Paris said it was lovely.', 'Paris Hilton', 'Paris'));
  });
});

describe('a role of kinship in the appositive after a name', () => {
  it('tells the gender, not the pronoun of the kin it names', () => {
    assert.equal(genderOf('"We won," said Zanele Hayes, his sister.'), 'female');
    assert.equal(genderOf('They met Zanele Hayes, his sister, on Monday.'), 'female');
    assert.equal(genderOf('They met Tunde Hayes, her brother, on Monday.'), 'male');
  });
  it('leaves a known first name its gender before a possessive of someone else', () => {
    assert.equal(genderOf('Keisha Hayes and his sister arrived.'), 'female');
  });
  it('reads the noun the role stands on: the one before its "of" phrase, not one inside it', () => {
    assert.equal(genderOf('They met Zanele Hayes, a mother of two, on Monday.'), 'female');
    assert.equal(genderOf('They met Zanele Hayes, the wife of the senator, on Monday.'), 'female');
    // (the brother is someone else: she is his friend)
    assert.equal(genderOf("They met Zanele Hayes, a friend of the victim's brother, on Monday."), 'unknown');
  });
});

describe('football clubs named by their town', () => {
  it('are organizations', () => {
    assert.equal(typeOf('Manchester City won on Sunday.', 'Manchester City'), 'organization');
    assert.equal(typeOf('Fans of Leicester City cheered.', 'Leicester City'), 'organization');
    assert.equal(typeOf('Manchester United won on Sunday.', 'Manchester United'), 'organization');
    assert.equal(typeOf('They beat Glasgow Rangers.', 'Glasgow Rangers'), 'organization');
  });
  it('leave a body named by the same word and its head apart ("the City Council" is the town\'s)', () => {
    assert.ok(!sameEntity('Manchester City won on Sunday. Later, the City Council met.', 'Manchester City', 'City Council'));
    assert.ok(!sameEntity('Leeds United won on Sunday. Later, the United Council met.', 'Leeds United', 'United Council'));
    assert.ok(!sameEntity('Manchester City won on Sunday. Later, the City Police said no.', 'Manchester City', 'City Police'));
  });
  it('leave the town a place where the words after it show the town', () => {
    assert.equal(typeOf('The storm hit Lincoln City, Oregon, on Monday.', 'Lincoln City'), 'place');
    assert.equal(typeOf('The storm hit Lincoln City, Ore., on Monday.', 'Lincoln City'), 'place');
    assert.equal(typeOf('He moved to Leicester City centre in 2010.', 'Leicester City'), 'place');
    assert.equal(typeOf('Manchester City, England\'s champions, won.', 'Manchester City'), 'organization');
  });
  it('go by the word after the town alone', () => {
    assert.ok(sameEntity('Manchester City won on Sunday. City played well.', 'Manchester City', 'City'));
    assert.ok(sameEntity('Leeds United won on Sunday. United played well.', 'Leeds United', 'United'));
    // (the word alone reads as a place: it gives the club no place's vote)
    assert.deepEqual(typed('Manchester City won. City manager Pep Guardiola smiled. The win lifts City to second place.').map(([, type]) => type), ['organization', 'organization', 'person', 'organization']);
  });
  it('leave "City" alone after a city no club', () => {
    assert.ok(!sameEntity('He flew to Kansas City. The City was cold.', 'Kansas City', 'City'));
  });
  it('leave cities named with "City" and the towns alone places', () => {
    assert.deepEqual(typed('He flew to Mexico City and Kansas City.'), [['Mexico City', 'place'], ['Kansas City', 'place']]);
    assert.deepEqual(typed('He lives in Manchester.'), [['Manchester', 'place']]);
  });
  it('are organizations by a club\'s last word after a town the place list does not know', () => {
    assert.deepEqual(typed('Blackburn Rovers lost. Wigan Athletic won. West Ham United drew.').map(([, type]) => type), ['organization', 'organization', 'organization']);
    assert.equal(typeOf('Tottenham Hotspur won on Sunday.', 'Tottenham Hotspur'), 'organization');
  });
  it('named by the town and "City" leave the town alone apart', () => {
    assert.ok(!sameEntity('Hull City lost. Hull is in Yorkshire.', 'Hull City', 'Hull'));
    // the town, not a person of that name guessed from a verb after it, but for a person of that surname
    assert.equal(typeOf('Hull City lost. Hull is in Yorkshire.', 'Hull'), 'place');
    assert.equal(typeOf('Derby County won. Derby is a city in England.', 'Derby'), 'place');
    assert.ok(sameEntity('Chris Hull played for Hull City. Hull said he was tired.', 'Chris Hull', 'Hull'));
    assert.ok(!sameEntity('Leicester City lost. Leicester is in the Midlands.', 'Leicester City', 'Leicester'));
  });
});

describe('a surname like a nationality alone before a perfect of saying', () => {
  it('is a mention of the person', () => {
    assert.ok(sameEntity('Mark Cuban spoke on Monday. Cuban has said he would buy it.', 'Mark Cuban', 'Cuban'));
    assert.ok(sameEntity('Mark Cuban spoke.\n\nCuban had told them so.', 'Mark Cuban', 'Cuban'));
  });
  it('leaves the language before a perfect of another verb alone', () => {
    assert.deepEqual(textsOf('Dawn French spoke. French has become the language of trade.'), ['Dawn French']);
    assert.deepEqual(textsOf('Dawn French spoke. French has been spoken there.'), ['Dawn French']);
  });
});

describe('"went to" after a team, a crew or a person\'s role', () => {
  it('is going somewhere: a place', () => {
    assert.equal(typeOf('The team went to Murray Hill.', 'Murray Hill'), 'place');
    assert.equal(typeOf('The squad is going to Forest Hill.', 'Forest Hill'), 'place');
    assert.equal(typeOf('The mayor went to Forest Hill.', 'Forest Hill'), 'place');
  });
  it('leaves what is given to someone a person', () => {
    assert.equal(typeOf('The award went to Anita Hill.', 'Anita Hill'), 'person');
  });
  it('leaves a person one goes to for advice or answers a person, not a place', () => {
    assert.equal(typeOf('The coach went to Philip Rivers for advice.', 'Philip Rivers'), 'person');
    assert.equal(typeOf('The officials went to Mary Hill for answers.', 'Mary Hill'), 'person');
    assert.equal(typeOf('They went to Forest Hill for the weekend.', 'Forest Hill'), 'place');
  });
});

describe('first names of Indian, Arabic and African American people in the news', () => {
  it('tell their gender', () => {
    assert.equal(genderOf('Priya Natarajan said so.'), 'female');
    assert.equal(genderOf('Ajay Banga said so.'), 'male');
    assert.equal(genderOf('Keisha Lance Bottoms said so.'), 'female');
  });
});

describe('titles of other languages before a name', () => {
  it('are the person\'s title, no part of the name', () => {
    assert.deepEqual(rolesOf('He met Bundeskanzler Olaf Scholz.'), [['Olaf Scholz', 'person', ['Bundeskanzler']]]);
    assert.deepEqual(rolesOf('Presidente Andrés Manuel López Obrador said so.'), [['Andrés Manuel López Obrador', 'person', ['Presidente']]]);
    assert.deepEqual(rolesOf('He met Président Emmanuel Macron.'), [['Emmanuel Macron', 'person', ['Président']]]);
  });
  it('tell a gender in the feminine', () => {
    assert.equal(articleOf('He met Bundeskanzlerin Zelda Brandt.').entities[0]?.gender, 'female');
  });
  it('open the name of a hotel written after it in lower case', () => {
    assert.deepEqual(typed('They stayed at the Presidente Intercontinental hotel.'), [['Presidente Intercontinental', 'place']]);
    assert.deepEqual(typed('The Presidente Intercontinental hotel is big.'), [['Presidente Intercontinental', 'place']]);
  });
  it('are the surname alone where the article writes them after a first name', () => {
    assert.ok(sameEntity('Carlos Presidente spoke. Later, Presidente said no.', 'Carlos Presidente', 'Presidente'));
    assert.ok(sameEntity('Carlos Presidente spoke. Presidente said no.', 'Carlos Presidente', 'Presidente'));
  });
  it('leave a title alone with no first name before it anywhere no name', () => {
    assert.deepEqual(typed('He left. Later, Presidente said no.'), []);
  });
  it('stay in a street named after the holder ("Avenida Presidente Masaryk")', () => {
    assert.deepEqual(typed('The shop is on Avenida Presidente Masaryk in Polanco.'), [['Avenida Presidente Masaryk', 'place'], ['Polanco', 'place']]);
    assert.deepEqual(typed('The shop is on Calle Presidente Masaryk.'), [['Calle Presidente Masaryk', 'place']]);
  });
});

describe('a French, Spanish or German article opening the sentence before a title', () => {
  it('is no name: the title is the person\'s', () => {
    assert.deepEqual(rolesOf('Le Président Emmanuel Macron a dit non.'), [['Emmanuel Macron', 'person', ['Président']]]);
    assert.deepEqual(textsOf('He left. El Presidente Gustavo Petro dijo.'), ['Gustavo Petro']);
    assert.deepEqual(textsOf('Der Kanzler Olaf Scholz sagte.'), ['Olaf Scholz']);
  });
  it('leaves names opening with an article names', () => {
    assert.deepEqual(textsOf('Le Monde reported it. El Paso is hot. Der Spiegel reported it.'), ['Le Monde', 'El Paso', 'Der Spiegel']);
  });
  it('is no name capitalised inside a sentence before a title', () => {
    assert.deepEqual(typed('He met Le Président yesterday.'), []);
    // "El" and "La" are first names too: no "Presidente" read as a surname after them
    assert.deepEqual(typed('He met El Presidente yesterday. He said La Presidenta would speak.'), []);
    assert.deepEqual(textsOf('Il a vu Le Président Emmanuel Macron.'), ['Emmanuel Macron']);
  });
});

describe('a team\'s plural nickname like a nation\'s adjective and "s"', () => {
  it('is the team named before', () => {
    assert.ok(sameEntity('The Boston Celtics won on Sunday. The Celtics have won three straight.', 'Boston Celtics', 'Celtics'));
    assert.equal(typeOf('The Boston Celtics won on Sunday. The Celtics have won three straight.', 'Celtics'), 'organization');
  });
  it('leaves the plural of a people no team\'s nickname', () => {
    assert.ok(!sameEntity('The Texas Democrats met. The Democrats won.', 'Texas Democrats', 'Democrats'));
  });
  it('is the team alone, with no full name before it', () => {
    assert.deepEqual(typed('The Celtics won.'), [['Celtics', 'organization']]);
    assert.deepEqual(typed('The Yankees lost on Sunday.'), [['Yankees', 'organization']]);
  });
});

describe('a name before a company officer\'s title', () => {
  it('is the company, not the person of that surname', () => {
    assert.ok(!sameEntity('Gerald Ford was president. Ford CEO Jim Farley said sales rose.', 'Gerald Ford', 'Ford'));
    assert.equal(typeOf('Gerald Ford was president. Ford CEO Jim Farley said sales rose.', 'Ford'), 'organization');
    assert.equal(typeOf('Gerald Ford was president. Ford chief executive Jim Farley spoke.', 'Ford'), 'organization');
  });
  it('is the company after a chairman\'s or chief executive\'s "of"', () => {
    assert.equal(typeOf('Jim Farley, the chief executive of Ford, spoke.', 'Ford'), 'organization');
    assert.equal(typeOf('The chairman of Ford, Bill Ford, spoke.', 'Ford'), 'organization');
  });
  it('leaves a person with that first name a person', () => {
    assert.equal(typeOf('Ford Kiernan said the show was over.', 'Ford Kiernan'), 'person');
  });
  it('is the company however often the same word said something before or after', () => {
    const types = (text: string) => typed(text).filter(([name]) => name === 'Zorvex').map(([, type]) => type);
    assert.deepEqual(types('Zorvex said profits rose. Zorvex said more. Zorvex CEO Dana Lee spoke.'), ['organization', 'organization', 'organization']);
    assert.deepEqual(types('Zorvex CEO Dana Lee spoke. Zorvex said profits rose. Zorvex said more.'), ['organization', 'organization', 'organization']);
  });
  it('leaves the same word with a first name somewhere a person', () => {
    assert.equal(typeOf('Anna Zorvex said so. Zorvex said more.', 'Zorvex'), 'person');
  });
});

describe('a bank named by two founders\' surnames', () => {
  it('is an organization without anything around it telling', () => {
    assert.deepEqual(typed('Goldman Sachs said on Tuesday that profits rose.'), [['Goldman Sachs', 'organization']]);
    assert.deepEqual(typed('The plan was approved by Morgan Stanley last week.'), [['Morgan Stanley', 'organization']]);
  });
  it('goes by its first surname alone', () => {
    assert.ok(sameEntity('Goldman Sachs said so. Later, Goldman said no.', 'Goldman Sachs', 'Goldman'));
  });
  it('goes by its first surname alone opening a sentence before a noun', () => {
    assert.ok(sameEntity('Goldman Sachs said so. Goldman shares rose.', 'Goldman Sachs', 'Goldman'));
  });
  it('names no place inside it', () => {
    assert.deepEqual(nestedTexts('Morgan Stanley said so.'), []);
  });
  it('leaves people with those names people', () => {
    assert.equal(typeOf('Morgan Freeman and Stanley Tucci spoke.', 'Morgan Freeman'), 'person');
  });
});

describe('an office named "X of the Y" before a name', () => {
  it('ends before the name', () => {
    assert.deepEqual(typed('Speaker of the House Mike Johnson said the vote would go ahead.'), [['Mike Johnson', 'person']]);
    assert.deepEqual(typed('Chairman of the Joint Chiefs of Staff Mark Milley said so.'), [['Mark Milley', 'person']]);
    assert.deepEqual(typed('Secretary of the Treasury Janet Yellen said rates were high.'), [['Janet Yellen', 'person']]);
  });
  it('leaves the body the office is of a name after "of the" without a person after it', () => {
    assert.equal(typeOf('The bill passed the House of Representatives.', 'House of Representatives'), 'organization');
  });
});

describe('an office named "X of the Y" with no name after it', () => {
  it('is the office alone after "the", a title-only mention, with no person named by its last words', () => {
    assert.deepEqual(mentionsOf('The Speaker of the House said no.').map((m) => [m.text, m.type, m.titleOnly]), [['Speaker of the House', 'person', true]]);
    assert.deepEqual(mentionsOf('The Chairman of the Joint Chiefs of Staff said no.').map((m) => [m.text, m.titleOnly]), [['Chairman of the Joint Chiefs of Staff', true]]);
  });
  it('is no name opening a sentence without "the"', () => {
    assert.deepEqual(typed('Speaker of the House said no.'), []);
  });
  it('is the role of the person named right before it, no mention', () => {
    assert.deepEqual(textsOf('Mike Johnson, the Speaker of the House, said no.'), ['Mike Johnson']);
    assert.deepEqual(rolesOf('Mike Johnson, the Speaker of the House, said no.'), [['Mike Johnson', 'person', ['the Speaker of the House']]]);
  });
  // the office goes, not the body it is of: "the Federal Reserve" is still named, and no one's name
  it('leaves a body the lexicon knows after "of the" named, after a person', () => {
    assert.deepEqual(typed('Jerome Powell, the Chairman of the Federal Reserve, said so.'), [['Jerome Powell', 'person'], ['Federal Reserve', 'organization']]);
    assert.deepEqual(typed('Mike Johnson, the Speaker of the House of Representatives, said no.'), [['Mike Johnson', 'person'], ['House of Representatives', 'organization']]);
  });
  it('is not the body it is of named alone later', () =>
    assert.ok(!sameEntity('The Speaker of the House of Commons said no. The House of Commons voted.', 'Speaker of the House of Commons', 'House of Commons')));
});

describe('a body\'s name opening a sentence with a participle that opens names ("United", "Allied")', () => {
  it('is the whole name', () => {
    assert.deepEqual(typed('United Airlines cancelled 300 flights.'), [['United Airlines', 'organization']]);
    assert.deepEqual(typed('United Parcel Service said so.'), [['United Parcel Service', 'organization']]);
  });
  it('is joined by the first word alone saying something after it', () => {
    assert.ok(sameEntity('United Airlines cancelled 300 flights. United said the storm was to blame.', 'United Airlines', 'United'));
    assert.equal(typeOf('United won 2-1 at home. United said the win was deserved.', 'United'), 'organization');
  });
  it('leaves the first word opening one sentence alone no name', () => {
    assert.deepEqual(typed('United said the storm was to blame.'), []);
    assert.deepEqual(typed('United won the vote.'), []);
  });
  it('is a club\'s short name alone opening a sentence before a game\'s result', () => {
    assert.deepEqual(typed('United won 2-1 at home.'), [['United', 'organization']]);
    assert.deepEqual(typed('United beat Chelsea on Sunday.').slice(0, 1), [['United', 'organization']]);
  });
  it('is an organization before a word that is no first name nor a known place', () => {
    assert.deepEqual(typed('Allied Universal said so.'), [['Allied Universal', 'organization']]);
  });
  it('leaves a participle opening a sentence before a name no name word', () => {
    assert.deepEqual(typed('Frustrated Republicans walked out.').map(([name]) => name), ['Republicans']);
  });
});

describe('a known first name and a language\'s name as the surname', () => {
  it('is the person', () => {
    assert.deepEqual(typed('Tom English covered the match.'), [['Tom English', 'person']]);
    assert.deepEqual(typed('Bill English, the former prime minister, spoke.'), [['Bill English', 'person']]);
  });
  it('goes by the surname alone after it', () => {
    assert.ok(sameEntity('Tom English said so. Later, English said more.', 'Tom English', 'English'));
  });
  it('leaves the language after it the language', () => {
    assert.deepEqual(textsOf('Tom English said so. English is spoken here.'), ['Tom English']);
    assert.deepEqual(textsOf("Tom English said so. English's grammar is hard."), ['Tom English']);
  });
  it('leaves the language alone and before a noun no name', () => {
    assert.deepEqual(typed('He spoke English.'), []);
    assert.deepEqual(typed('Will English fans travel?'), []);
  });
});

describe('a military title before a word no surname is', () => {
  it('opens a company\'s name: a field\'s plural after it, or a company the lexicon knows', () => {
    assert.deepEqual(typed('General Dynamics said the deal was done.'), [['General Dynamics', 'organization']]);
    assert.deepEqual(typed('General Atomics built it.'), [['General Atomics', 'organization']]);
    assert.deepEqual(typed('Boston Dynamics said so.').slice(0, 1), [['Boston Dynamics', 'organization']]);
    assert.deepEqual(typed('General Electric said it would cut jobs.'), [['General Electric', 'organization']]);
    assert.deepEqual(typed('General Mills said sales fell.'), [['General Mills', 'organization']]);
  });
  it('leaves a general\'s surname a person', () => {
    assert.deepEqual(rolesOf('General Petraeus said so.'), [['Petraeus', 'person', ['General']]]);
    assert.deepEqual(rolesOf('Major General Mills said so.'), [['Mills', 'person', ['Major General']]]);
    assert.deepEqual(typed('Ana Markovics said so.'), [['Ana Markovics', 'person']]);
  });
});

describe('a first name alone playing a club', () => {
  it('is a club', () => {
    assert.deepEqual(typed('United beat Chelsea 2-0 on Saturday.'), [['United', 'organization'], ['Chelsea', 'organization']]);
    assert.deepEqual(typed('Manchester City played Chelsea on Sunday.'), [['Manchester City', 'organization'], ['Chelsea', 'organization']]);
    assert.equal(typeOf('Liverpool beat Chelsea 2-1.', 'Chelsea'), 'organization');
  });
  it('leaves a person a first name beats, plays with or names in full a person', () => {
    assert.equal(typeOf('Serena beat Venus 6-4.', 'Venus'), 'person');
    assert.equal(typeOf('Clinton played Chelsea a song.', 'Chelsea'), 'person');
    assert.equal(typeOf('United beat Chelsea Clinton\'s team.', 'Chelsea Clinton'), 'person');
  });
});

describe('a club of a town opening with a compass word', () => {
  it('is the club', () => {
    assert.deepEqual(typed('West Bromwich Albion lost again.'), [['West Bromwich Albion', 'organization']]);
  });
  it('leaves a first name and "Albion" a person', () => {
    assert.deepEqual(typed('John Albion said so.'), [['John Albion', 'person']]);
    assert.deepEqual(typed('John Paul Albion said so.'), [['John Paul Albion', 'person']]);
    assert.equal(typeOf('Robert Albion wrote the history.', 'Robert Albion'), 'person');
  });
});

describe('a surname of an article and an English word after a verb', () => {
  it('is a person', () => {
    assert.deepEqual(typed('She met Le Pen.'), [['Le Pen', 'person']]);
    assert.deepEqual(typed('She met Marine Le Pen.'), [['Marine Le Pen', 'person']]);
  });
  it('leaves common words without the article a term', () => {
    assert.deepEqual(typed('The Best Actor won.'), [['Best Actor', 'other']]);
  });
});

describe('a surname before a person\'s people after "the"', () => {
  it('is the person', () => {
    assert.deepEqual(typed('They met the Obama administration.'), [['Obama', 'person']]);
    assert.deepEqual(typed('They met the Bush family.'), [['Bush', 'person']]);
  });
  it('leaves a party before "administration" a party', () => {
    assert.deepEqual(typed('They met the Labour administration.'), [['Labour', 'organization']]);
  });
  it('before "campaign" joins the person the story names, or is an organization alone', () => {
    assert.ok(sameEntity('Joe Biden spoke. Then the Biden campaign said so.', 'Joe Biden', 'Biden'));
    assert.deepEqual(typed('They met the Kickstarter campaign.'), [['Kickstarter', 'organization']]);
  });
});

describe('a surname with a title of the other gender than the first name of the person it names in full', () => {
  it('is another person, and leaves her gender hers', () => {
    const text = 'Florence Linden arrived. Mr. Linden said nothing.';
    assert.equal(sameEntity(text, 'Florence Linden', 'Linden'), false);
    assert.equal(genderOf(text), 'female');
    assert.equal(sameEntity('Bill Clinton arrived. Mrs. Clinton said nothing.', 'Bill Clinton', 'Clinton'), false);
  });
  it('keeps the same title for that other person, a bare surname for the one named in full', () => {
    const a = articleOf('Florence Linden arrived. Mr. Linden said nothing. Mr. Linden left. Linden stayed.');
    const [florence, mr, mrAgain, bare] = a.mentions.map((m) => m.entityId);
    assert.deepEqual([mr === mrAgain, bare === florence, mr === florence], [true, true, false]);
  });
  it('leaves a title of her gender hers', () => {
    assert.ok(sameEntity('Mary Smith arrived. Ms. Smith said nothing.', 'Mary Smith', 'Smith'));
  });
});

describe('a first name that names a place too, alone, in the cluster of the person it is the first name of', () => {
  it('is that person, however often it is written alone', () => {
    const text = '"I cannot bear it, uncle," said Florence Linden. "True, Florence, but no." Florence wept. "I am ill, Florence."';
    assert.deepEqual(rolesOf(text), [['Florence Linden', 'person', []]]);
    assert.deepEqual(typed(text).map(([, type]) => type), ['person', 'person', 'person', 'person']);
  });
  it('leaves the city a place', () => {
    assert.equal(typeOf('Mary Lennox arrived. She flew to Florence.', 'Florence'), 'place');
  });
});

// a place named in the possessive is one place, not a person ("Cross is never introduced with a full name") and a thing
describe('places named in the possessive (POSSESSIVE_PLACES: "King\'s Cross", "Martha\'s Vineyard")', () => {
  it('are one place', () => {
    assert.deepEqual(typed('Passengers waited at King\'s Cross station.'), [['King\'s Cross', 'place']]);
    assert.deepEqual(typed('They vacationed on Martha’s Vineyard.'), [['Martha’s Vineyard', 'place']]);
    assert.deepEqual(typed('She lives in Shepherd\'s Bush.'), [['Shepherd\'s Bush', 'place']]);
  });
  it('leave a possessive before another name two names', () =>
    assert.deepEqual(typed('Joe Biden\'s America is different.'), [['Joe Biden', 'person'], ['America', 'place']]));
});

// wire copy's titles of courts and prosecutors, bodies named by a head word the lists lacked, a union's local, a basketball score
describe('names in court, business and sports copy', () => {
  it('keeps "Assistant U.S. Attorney" and "U.S. District Judge" titles, no names of their own', () => {
    assert.deepEqual(typed('Assistant U.S. Attorney Rachel Kim told the court.'), [['Rachel Kim', 'person']]);
    assert.deepEqual(typed('U.S. District Judge Patricia Alvarez said no.'), [['Patricia Alvarez', 'person']]);
  });
  it('types bodies named by "Endowment" or "Management", a union\'s "Local", a team before a three-digit score, the platform X, venues; no name for a plural of people', () => {
    assert.equal(typeOf('Michael Kofman, a fellow at the Carnegie Endowment for International Peace, spoke.', 'Carnegie Endowment for International Peace'), 'organization');
    assert.equal(typeOf('The landlord, Prairie Property Management, did not respond.', 'Prairie Property Management'), 'organization');
    assert.equal(typeOf('United Food Workers Local 881 voted.', 'United Food Workers Local'), 'organization');
    assert.equal(typeOfFound('The Buy Local 2024 campaign began.', 'Buy Local'), 'other');
    // (a town named Alliance stays a town)
    assert.equal(typeOf('Voters in Alliance, Ohio, rejected the levy.', 'Alliance'), 'place');
    assert.equal(typeOf('The Celtics held off the Miami Heat 112-105 on Saturday.', 'Miami Heat'), 'organization');
    // the platform X after "on" is one letter's name, no initial of the next name
    assert.deepEqual(typed('Smith wrote on X. Jones replied.'), [['Smith', 'person'], ['X.', 'organization'], ['Jones', 'person']]);
    assert.deepEqual(typed('In a post on X, Smith said he would run.'), [['X', 'organization'], ['Smith', 'person']]);
    // (an initial X after "on" with no posting before it is a name's: "builds on X. Wang's work")
    assert.deepEqual(typed('The study builds on X. Wang\'s earlier work.'), [['X. Wang', 'person']]);
    // a plural of people opening a sentence names no one, though capitalised there
    assert.deepEqual(typed('Dealers will replace the valve at no cost, GM said.').map(([t]) => t), ['GM']);
    // a venue named like a person by its head word
    assert.equal(typeOf('Officers responded to gunfire near the Velvet Room on Fourth Street.', 'Velvet Room'), 'place');
    // (a case number is no score)
    assert.equal(typeOf('We hear argument in Case 22-506, Biden versus Nebraska.', 'Case'), 'other');
  });
});

// the body a member belongs to: "an analyst at Baird" is the firm, though Baird is a first name and a surname too
describe('one word after a member of a body and "at" ("an analyst at Baird")', () => {
  it('is an organization, though a first name', () => {
    assert.equal(typeOf('Jonah Pike, an analyst at Baird, spoke.', 'Baird'), 'organization');
    assert.equal(typeOf('Ann Lee, an economist at Morgan, spoke.', 'Morgan'), 'organization');
  });
  it('leaves "a spokesperson for Harris" the person\'s', () =>
    assert.ok(sameEntity('Vice President Kamala Harris spoke Monday. A spokesperson for Harris declined to comment.', 'Kamala Harris', 'Harris')));
});

describe('a party and state after a politician\'s name ("Schumer, D-N.Y.,", "Cruz (R-Texas)")', () => {
  it('is no name of its own', () => {
    assert.deepEqual(textsOf('Sen. Chuck Schumer, D-N.Y., spoke. Sen. Ted Cruz, R-Texas, did not. Sen. Bernie Sanders (I-Vt.) and Rep. Ro Khanna, D-Calif., agreed.'), ['Chuck Schumer', 'Ted Cruz', 'Bernie Sanders', 'Ro Khanna']);
  });
  // a lawmaker's surname alone may be a country's, a town's or a common word's
  it('makes the name before it a person: "said Jordan, R-Ohio", "Kessler, D-Ore.", "said Bush, D-Mo."', () => {
    assert.deepEqual(typed('"No," said Jordan, R-Ohio.'), [['Jordan', 'person']]);
    assert.deepEqual(typed('"No," Jordan (R-Ohio) said.'), [['Jordan', 'person']]);
    assert.deepEqual(typed('"No," said Kessler, D-Ore.'), [['Kessler', 'person']]);
    assert.deepEqual(typed('"No," said Bush, D-Mo.'), [['Bush', 'person']]);
    assert.deepEqual(typed('Deal, R-Ga., said no.'), [['Deal', 'person']]);
    assert.deepEqual(typed('"No," said Rep. French Hill, R-Ark.'), [['French Hill', 'person']]);
    // ("Fla." and "W.Va." are AP shortenings no state name begins with: the tag is no name of its own; "Miss." is none, as
    // a line of dialogue may end with it)
    assert.deepEqual(typed('"My name is Tom, Miss." The boy looked down.'), [['Tom', 'person']]);
    assert.deepEqual(textsOf('"No," said Sen. Rick Scott, R-Fla., and Sen. Joe Manchin, D-W.Va.'), ['Rick Scott', 'Joe Manchin']);
    // (no party tag: the country)
    assert.deepEqual(typed('"No," he said in Jordan.'), [['Jordan', 'place']]);
  });
  it('makes a one-word name before ", a Democrat," or ", a Republican." a person, as ", the mayor," does', () => {
    assert.deepEqual(typed('"It is a tough day," said Beshear, a Democrat, who is term-limited.'), [['Beshear', 'person']]);
    assert.deepEqual(typed('Kessler, a longtime Republican, spoke.'), [['Kessler', 'person']]);
    assert.deepEqual(typed('Ohio, a Republican stronghold, voted.'), [['Ohio', 'place']]);
  });
  it('leaves a letter joined to a word that is no state a name ("D-Day"), after a comma too', () => {
    assert.deepEqual(textsOf('He landed on D-Day, in June.'), ['D-Day']);
    assert.deepEqual(textsOf('They met veterans, D-Day heroes all.'), ['D-Day']);
  });
});

describe('a team nicknamed with a word that is no plural, after its place ("Miami Heat", "Utah Jazz")', () => {
  it('is an organization', () => {
    assert.equal(typeOf('The Boston Celtics beat the Miami Heat on Sunday.', 'Miami Heat'), 'organization');
    assert.equal(typeOf('The Orlando Magic beat the Utah Jazz.', 'Utah Jazz'), 'organization');
    assert.equal(typeOf('The Oklahoma City Thunder won.', 'Oklahoma City Thunder'), 'organization');
  });
  it('leaves the word after a place in lower case, and a name led by the word, alone', () => {
    assert.deepEqual(typed('He moved to Miami. The Miami heat was brutal.'), [['Miami', 'place'], ['Miami', 'place']]);
    assert.deepEqual(typed('Jazz musicians from New Orleans played.'), [['New Orleans', 'place']]);
  });
});

describe('regions and city districts the place lists lack (PLACES_IN_THE_NEWS)', () => {
  it('are places', () => {
    assert.deepEqual(typed('Israeli settlers in the West Bank clashed with Palestinians.')[0], ['West Bank', 'place']);
    assert.deepEqual(typed('A Brooklyn man and a Donbas miner spoke.'), [['Brooklyn', 'place'], ['Donbas', 'place']]);
    assert.deepEqual(typed('Residents of the Balkans were angry.'), [['Balkans', 'place']]);
  });
  it('leaves a person named like one a person', () => assert.deepEqual(typed('Brooklyn Beckham spoke.'), [['Brooklyn Beckham', 'person']]));
});

describe('a storm or an operation opening a sentence or a quotation ("Hurricane Katrina hit", "“Operation Dawn”")', () => {
  it('is the storm or the operation, not a person by the name after its word', () => {
    assert.deepEqual(typed('Hurricane Katrina hit in 2005.'), [['Hurricane Katrina', 'other']]);
    assert.deepEqual(typed('It was called “Hurricane Katrina.”'), [['Hurricane Katrina', 'other']]);
    assert.deepEqual(typed('The mission, known as “Operation Dawn,” ended.'), [['Operation Dawn', 'other']]);
    assert.deepEqual(typed('Tropical Storm Ana formed.'), [['Tropical Storm Ana', 'other']]);
  });
});
