/**
 * Entity type rules raised by the news fixtures: bodies named after their place, jails, health
 * companies, "Park" as a surname, datelines, shortened months, weekday plurals; and the pronoun
 * rules they unblocked. Each rule with positive and negative cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { articleOf, mentionsOf, sameEntity, textsOf, typeOf, typeOfFound } from './entities.helpers';
import { messagesOf } from './findings.helpers';
import { quote, speakerName } from './quotes.helpers';

describe('an institution head or an acronym before a known place', () => {
  it('types the name an organization', () => {
    assert.equal(typeOf('Climate scientist Friederike Otto of Imperial College London said so.', 'Imperial College London'), 'organization');
    assert.equal(typeOf("NHS England's medical director said so.", 'NHS England'), 'organization');
    assert.equal(typeOf('A free-speech group, PEN America, said the vote was wrong.', 'PEN America'), 'organization');
  });
  it('leaves a person surnamed after a place, and a place opening with a place, alone', () => {
    assert.equal(typeOf('She met Anita London at the fair.', 'Anita London'), 'person');
    assert.equal(typeOf('He flew to the US Virgin Islands on Friday.', 'US Virgin Islands'), 'place');
  });
});

describe('facility and trade heads', () => {
  it('types a jail a place and a health company an organization', () => {
    assert.equal(typeOf('He was held at the Hale County Jail on bond.', 'Hale County Jail'), 'place');
    assert.equal(typeOf('Hospitals run by Meridian Health diverted ambulances.', 'Meridian Health'), 'organization');
  });
  it('keeps a person named like one a person', () => {
    assert.equal(typeOf('Officer Mark Hale said the jail was full.', 'Mark Hale'), 'person');
  });
});

describe('"Park" after a first name', () => {
  it('is a surname', () => {
    assert.equal(typeOf('Incumbent Mayor Helen Park told her own supporters to wait.', 'Helen Park'), 'person');
  });
  it('stays a park after a place preposition or without a first name', () => {
    assert.equal(typeOf('We walked in Helen Park on Sunday.', 'Helen Park'), 'place');
    assert.equal(typeOf('The band played in Riverside Park on Sunday.', 'Riverside Park'), 'place');
  });
});

describe('datelines', () => {
  const first = (text: string) => articleOf(text).mentions.filter((m) => m.span.start >= 10);
  it('type the place in capitals before the dash, the agency or the state after a comma', () => {
    assert.equal(first('MILLBROOK — A 26-year-old man was charged early Sunday.')[0].type, 'place');
    assert.equal(first('WASHINGTON (AP) — The Senate approved a bill.')[0].type, 'place');
    const garrett = first('GARRETT, Kan. — Across the southern Plains, wheat farmers wait.');
    assert.deepEqual(garrett.slice(0, 2).map((m) => [m.text, m.type]), [['GARRETT', 'place'], ['Kan', 'place']]);
  });
  it('leave capitals without a dash, and a known organization, alone', () => {
    assert.equal(first('GARRETT said the harvest was over.')[0].type, 'person');
    assert.equal(first('NASA — the agency — said so.')[0].type, 'organization');
    assert.equal(typeOf('The talks in Millbrook — a small town — went on.', 'Millbrook'), typeOf('The talks in Millbrook went on.', 'Millbrook'));
  });
});

describe('shortened months', () => {
  it('are no names before a day', () => {
    const texts = mentionsOf('The bill extends funding through Dec. 15, and Barragán takes office Oct. 1.').map((m) => m.text);
    assert.ok(texts.includes('Barragán') && !texts.includes('Dec') && !texts.includes('Oct'), JSON.stringify(texts));
  });
  it('leave a first name written like one alone', () => {
    assert.equal(typeOfFound('Jan said it was over.', 'Jan'), 'person');
  });
});

describe('weekday plurals', () => {
  it('are no names', () => {
    const texts = mentionsOf('Teenagers sleep late on Saturdays, Solvang said.').map((m) => m.text);
    assert.ok(texts.includes('Solvang') && !texts.includes('Saturdays'), JSON.stringify(texts));
  });
  it('leave a singular brand-like name alone', () => {
    assert.ok(mentionsOf('Teenagers sleep late at Solvang Fridays Grill, she said.').length > 0);
  });
});

describe('pronoun speakers', () => {
  const ambiguous = (text: string) => messagesOf(analyzeArticle(text, { format: 'plaintext' }), 'ambiguous-speaker');
  const speakerOf = (text: string, quoted: string) => {
    const a = analyzeArticle(text, { format: 'plaintext' });
    return speakerName(a, quote(a, quoted)); // (quote throws where no quotation holds `quoted`)
  };
  const story =
    'Race still open\n\nMayor Helen Park told her supporters to wait. "We have come back before," she said.\n\n' +
    'With most ballots counted, the race was close.\n\n';
  it('follow a person named in their own paragraph over the previous speaker named elsewhere', () => {
    const text = story + 'Political scientist Rachel Green said the result reflected frustration. "Voters are angry," she said.';
    assert.equal(speakerOf(text, 'Voters are angry'), 'Rachel Green');
    assert.deepEqual(ambiguous(text), []);
  });
  it('keep the previous speaker where she is named in the pronoun\'s paragraph too', () => {
    const text = story + 'Rachel Green stood beside Helen Park. "Voters are angry," she said.';
    assert.equal(speakerOf(text, 'Voters are angry'), 'Helen Park');
  });
  it('still warn where two people are named in the same paragraph', () => {
    assert.equal(ambiguous('Talks\n\nMr. Brown met Mr. Green on Monday. "It went well," he said.').length, 1);
  });
});

describe('an institution named for its work', () => {
  it('runs "for" and its subjects into one organization', () => {
    assert.deepEqual(
      mentionsOf('Gregory Allen, a trade expert at the Center for Strategic and International Studies, said so.').map((m) => [m.text, m.type]),
      [['Gregory Allen', 'person'], ['Center for Strategic and International Studies', 'organization']],
    );
    assert.equal(typeOf('The Institute for Fiscal Studies said so.', 'Institute for Fiscal Studies'), 'organization');
  });
  it('leaves "for" after a name that is no institution apart', () => {
    assert.deepEqual(mentionsOf('Maria Lopez voted for Daniel Ortiz on Tuesday.').map((m) => m.text), ['Maria Lopez', 'Daniel Ortiz']);
  });
});

describe('a company named with a possessive', () => {
  it('keeps the possessive and the trade word after it in one organization', () => {
    assert.deepEqual(
      mentionsOf("Mark Zandi, chief economist at Moody's Analytics, said so.").map((m) => [m.text, m.type]),
      [['Mark Zandi', 'person'], ["Moody's Analytics", 'organization']],
    );
  });
  it('leaves an owner before a body or a team apart', () => {
    const justice = mentionsOf("Biden's Justice Department sued on Monday.").map((m) => m.text);
    assert.ok(justice.includes('Justice Department') && !justice.some((t) => t.includes("'s")), JSON.stringify(justice));
    const team = mentionsOf("The Smith's Analytics team won.").map((m) => m.text);
    assert.ok(team.includes('Smith') && !team.some((t) => t.includes("'s")), JSON.stringify(team));
  });
});

describe("a sentence opening with a body's common noun", () => {
  it('is no name where the text writes the noun in lower case', () => {
    const text = 'Police said the officer was hurt. On Monday, Police Chief Marcus Hall spoke. The police chief left.';
    // the body starts after "Headline\n\n" (10 characters); "Police Chief" mid-sentence may stay a mention of its own
    const mentions = mentionsOf(text);
    assert.ok(mentions.some((m) => m.text === 'Marcus Hall'), JSON.stringify(mentions.map((m) => m.text)));
    assert.ok(!mentions.some((m) => m.text === 'Police' && m.span.start === 10));
  });
  // (where the text never writes it in lower case, "Police said" is still no name: a common word before "said", entities.newsNames)
  it('stays part of a name where a name runs on', () => {
    assert.equal(typeOfFound('Police Chief Marcus Hall said so. The police chief spoke.', 'Marcus Hall'), 'person');
  });
});

describe("an office's portfolio before a title", () => {
  it('is part of the title, no name', () => {
    assert.deepEqual(mentionsOf('Transportation Secretary Pete Buttigieg wrote on social media.').map((m) => m.text), ['Pete Buttigieg']);
    assert.deepEqual(mentionsOf('Health Secretary Victoria Atkins spoke on Monday.').map((m) => m.text), ['Victoria Atkins']);
  });
  it('leaves a company the lexicon knows before a title a name', () => {
    assert.deepEqual(mentionsOf('Apple CEO Tim Cook spoke on Monday.').map((m) => m.text), ['Apple', 'Tim Cook']);
  });
});

describe('a colour and a plural after the article ("the Red Bulls")', () => {
  it('is a team, though "Red" is a first name', () => {
    assert.equal(typeOfFound('The Red Bulls won on Sunday.', 'Red Bulls'), 'organization');
    assert.equal(typeOfFound('He scored for the Red Bulls again.', 'Red Bulls'), 'organization');
    assert.equal(typeOfFound('The Blue Jays lost in Boston.', 'Blue Jays'), 'organization');
  });
  it('leaves a nickname and a surname without the article a person: "Red Buttons", "Red Grange"', () => {
    assert.equal(typeOfFound('Red Buttons joked on Sunday.', 'Red Buttons'), 'person');
    assert.equal(typeOfFound('Red Grange scored twice.', 'Red Grange'), 'person');
  });
  it('leaves a people a people: "the Red Indians"', () => {
    assert.equal(typeOfFound('He hid from the Red Indians behind the curtains.', 'Red Indians'), 'person');
  });
  it('leaves awards and treaties in the plural things: "the Golden Globes", "the Purple Hearts", "the Geneva Conventions"', () => {
    assert.equal(typeOfFound('She won at the Golden Globes on Sunday.', 'Golden Globes'), 'other');
    assert.equal(typeOfFound('The Purple Hearts were awarded on Friday.', 'Purple Hearts'), 'other');
    assert.equal(typeOfFound('The Geneva Conventions protect prisoners.', 'Geneva Conventions'), 'other');
  });
});

describe('a place that is a first name too and a plural ("the Washington Nationals")', () => {
  it('is a team after the article or playing a game', () => {
    assert.equal(typeOfFound('The Washington Nationals won on Sunday.', 'Washington Nationals'), 'organization');
    assert.equal(typeOfFound('Fans cheered the Washington Wizards on Friday.', 'Washington Wizards'), 'organization');
    assert.equal(typeOfFound('Denver Broncos beat Dallas on Sunday.', 'Denver Broncos'), 'organization');
  });
  it('is a team before a player\'s role or its fans', () => {
    assert.equal(typeOfFound('Washington Nationals pitcher Max Scherzer retired.', 'Washington Nationals'), 'organization');
    assert.equal(typeOfFound('Denver Broncos fans cheered on Sunday.', 'Denver Broncos'), 'organization');
  });
  it('leaves a person with that first name, or a plural surname without the article, a person', () => {
    assert.equal(typeOfFound('George Washington led the army.', 'George Washington'), 'person');
    assert.equal(typeOfFound('Washington Irving wrote the story.', 'Washington Irving'), 'person');
    assert.equal(typeOfFound('Washington Phillips sang on Sunday.', 'Washington Phillips'), 'person');
  });
});

describe('a known place before the plural of its small islands ("the Florida Keys")', () => {
  it('is those islands, a place, no team', () => {
    assert.equal(typeOfFound('They sailed to the Florida Keys on Friday.', 'Florida Keys'), 'place');
    assert.equal(typeOfFound('The Florida Keys were hit hard.', 'Florida Keys'), 'place');
  });
  it('leaves a singer a person, and teams teams', () => {
    assert.equal(typeOfFound('Alicia Keys sang the anthem.', 'Alicia Keys'), 'person');
    assert.equal(typeOfFound('Georgia Keys sang the anthem.', 'Georgia Keys'), 'person');
    assert.equal(typeOfFound('The Florida Panthers won on Sunday.', 'Florida Panthers'), 'organization');
  });
});

describe('a name ending in a place to eat ("The Mason Jar Cafe", "Anna Grill")', () => {
  it('is the business, an organization, though it opens with a first name', () => {
    assert.equal(typeOfFound('The Mason Jar Cafe opened in 2010.', 'Mason Jar Cafe'), 'organization');
    assert.equal(typeOfFound('They met at Anna Grill on Main Street.', 'Anna Grill'), 'organization');
  });
  it('is a person after a title: "Mayor Tom Deli" is no delicatessen', () => {
    const text = 'Mayor Tom Deli said the city would act. Deli spoke on Monday.';
    assert.equal(typeOfFound(text, 'Tom Deli'), 'person');
    assert.ok(sameEntity(text, 'Tom Deli', 'Deli'));
  });
  it('is a person after a role noun before a known first name: "Lawyer Anna Grill said"', () => {
    const text = 'Lawyer Anna Grill said the case was weak. Grill added that it would fail.';
    assert.equal(typeOfFound(text, 'Anna Grill'), 'person');
    assert.ok(sameEntity(text, 'Anna Grill', 'Grill'));
    assert.equal(typeOfFound('The lawyer Anna Grill said so.', 'Anna Grill'), 'person');
    assert.equal(typeOfFound('Her lawyer, Anna Grill, said so.', 'Anna Grill'), 'person');
    // a role elsewhere in the sentence, or a possessive name, leaves the place to eat
    assert.equal(typeOfFound('Their lawyer met him at Anna Grill on Monday.', 'Anna Grill'), 'organization');
    assert.equal(typeOfFound("The lawyer Joe's Diner hired was late.", "Joe's Diner"), 'organization');
  });
  it('has no short form in the first name: "Mason" or "Anna" written alone later is a person', () => {
    const cafe = 'The Mason Jar Cafe opened in 2010. Mason said it paid.';
    assert.ok(!sameEntity(cafe, 'Mason Jar Cafe', 'Mason'));
    assert.equal(typeOfFound(cafe, 'Mason'), 'person');
    const grill = 'They met at Anna Grill on Main Street. Anna said it was full.';
    assert.ok(!sameEntity(grill, 'Anna Grill', 'Anna'));
    assert.equal(typeOfFound(grill, 'Anna'), 'person');
  });
  it('runs on after a possessive, a first name\'s too: "Mel\'s Diner", "Rossi\'s Bakery"', () => {
    const diner = "They ate at Mel's Diner. Mel said so.";
    assert.equal(typeOfFound(diner, "Mel's Diner"), 'organization');
    assert.equal(typeOfFound(diner, 'Mel'), 'person');
    assert.equal(typeOfFound("The line outside Rossi's Bakery stretched around the block.", "Rossi's Bakery"), 'organization');
    // the company of a first name's possessive is his: "John's Company" runs on into no name
    assert.equal(typeOf("He joined John's Company in May.", "John's Company"), undefined);
  });
  it('runs on after a possessive opening the sentence too: "Joe\'s Pizzeria opened"', () => {
    assert.equal(typeOfFound("Joe's Pizzeria opened on Monday.", "Joe's Pizzeria"), 'organization');
    assert.equal(typeOfFound("Maria's Bakery closed in May.", "Maria's Bakery"), 'organization');
    assert.equal(typeOfFound("Moody's Analytics said rates would rise.", "Moody's Analytics"), 'organization');
    // no business head after it: the possessive stays out, as before
    assert.ok(!textsOf("Joe's Company hired him.").some((t) => t.startsWith('Joe')));
    assert.ok(!textsOf("Smith's Analytics team won.").some((t) => t.startsWith('Smith')));
  });
});

describe('"Saint" and a place the lists spell "St." before a plural ("The Saint Louis Cardinals")', () => {
  it('is a team, like "the St. Louis Cardinals", and goes by its plural alone', () => {
    assert.equal(typeOfFound('The Saint Louis Cardinals won on Sunday.', 'Saint Louis Cardinals'), 'organization');
    assert.equal(typeOfFound('Saint Louis Cardinals pitcher Adam Wainwright retired.', 'Saint Louis Cardinals'), 'organization');
    assert.ok(sameEntity('The Saint Louis Cardinals won. The Cardinals lost.', 'Saint Louis Cardinals', 'Cardinals'));
    assert.equal(typeOfFound('The St. Louis Cardinals won on Sunday.', 'St. Louis Cardinals'), 'organization');
  });
  it('leaves a saint a person', () => {
    assert.equal(typeOfFound('Saint Paul wrote letters.', 'Paul'), 'person');
    assert.equal(typeOfFound('She prayed to Saint Peter.', 'Peter'), 'person');
  });
});

describe('"Saint" and a place the lists spell "St." after a preposition of place ("moved to Saint Louis")', () => {
  it('is the place, like "St. Louis"', () => {
    assert.equal(typeOfFound('She moved to Saint Louis last year.', 'Saint Louis'), 'place');
    assert.equal(typeOfFound('She lives in Saint Petersburg now.', 'Saint Petersburg'), 'place');
    assert.equal(typeOfFound('He drove from Saint Charles to Chicago.', 'Saint Charles'), 'place');
    assert.equal(typeOfFound('They opened a bar near Saint Paul on Friday.', 'Saint Paul'), 'place');
    // after a verb of visiting too, as `PLACE_PREPOSITIONS` reads any place
    assert.equal(typeOfFound('The band visited Saint Paul last week.', 'Saint Paul'), 'place');
    // the preposition opening the sentence
    assert.equal(typeOfFound('In Saint Paul, the mayor said no.', 'Saint Paul'), 'place');
  });
  it('leaves a saint a person without one, after "to" of no moving, or with a possessive', () => {
    assert.equal(typeOfFound('Saint Louis was a king of France.', 'Louis'), 'person');
    assert.equal(typeOfFound('He prayed to Saint Paul daily.', 'Paul'), 'person');
    assert.equal(typeOfFound('It was a letter from Saint Paul to the church.', 'Paul'), 'person');
    assert.equal(typeOfFound("The line is in Saint Paul's letter.", 'Paul'), 'person');
    // a capitalised word inside the sentence is no preposition ("In" of a title)
    assert.equal(typeOfFound('He read Life In Saint Paul on Friday.', 'Paul'), 'person');
  });
});

describe('"Saint" before a word that is no given name ("Moscow and Saint Petersburg")', () => {
  it('is the place the lists spell "St.", with no words around it to say so', () => {
    assert.equal(typeOfFound('He played his music in Moscow and Saint Petersburg.', 'Saint Petersburg'), 'place');
    assert.equal(typeOfFound('Saint Petersburg hosted the summit.', 'Saint Petersburg'), 'place');
  });
  it('leaves a saint with a given name a person', () => {
    assert.equal(typeOfFound('He wrote about Moscow and Saint Paul.', 'Paul'), 'person');
    assert.equal(typeOfFound('Saint Augustine wrote the Confessions.', 'Augustine'), 'person');
  });
});

describe('"County" opening a name ("County Cork", "County Durham")', () => {
  it('is a place, as "Orange County" is', () => {
    assert.equal(typeOfFound('Flooding hit County Cork on Monday.', 'County Cork'), 'place');
    assert.equal(typeOfFound('The art collections of County Durham are famous.', 'County Durham'), 'place');
  });
  it('leaves a county official\'s title a title', () => {
    assert.equal(typeOfFound('County Executive Steve Bellone said so.', 'Steve Bellone'), 'person');
    assert.equal(typeOfFound('"We are ready," said County Judge Lina Hidalgo.', 'Lina Hidalgo'), 'person');
    // an office "County" opens, not a county's name
    assert.notEqual(typeOfFound('County Clerk Jane Doe said so.', 'County Clerk Jane Doe'), 'place');
    assert.notEqual(typeOfFound('County Supervisor Ann Lee agreed.', 'County Supervisor Ann Lee'), 'place');
  });
  it('leaves a county\'s office alone a person, not a place ("the County Clerk said no")', () => {
    assert.equal(typeOfFound('Yesterday the County Clerk said no.', 'County Clerk'), 'person');
    assert.equal(typeOfFound('The County Supervisor agreed.', 'County Supervisor'), 'person');
    assert.equal(typeOfFound('The County Treasurer resigned.', 'County Treasurer'), 'person');
    assert.equal(typeOfFound('Flooding hit County Kerry on Monday.', 'County Kerry'), 'place');
  });
});
