/**
 * Courtroom and legal references: a court addressed ("Your Honor", "My Lord") is a title-only
 * mention of the latest judge or justice named, the bench ("My Lords") of no one; a government's
 * head alone ("the State") before its one full name ("The State of Ohio") joins it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { firstReferenceHints, mentionsOf, sameEntity, titleOnlyOf } from './entities.helpers';

describe('a court addressed', () => {
  it('"Your Honor" is the latest judge or justice named, as a title-only mention', () => {
    const text = 'Judge Amy Jones heard the case on Monday. "Your Honor, I am sorry," Smith told her.';
    assert.ok(sameEntity(text, 'Amy Jones', 'Honor'));
    assert.equal(titleOnlyOf(text, 'Honor'), true);
    assert.ok(sameEntity('Chief Justice Sharon L. Kennedy presided. Your Honor, the State agrees with that.', 'Sharon L. Kennedy', 'Honor'));
    assert.ok(sameEntity('Justice Wu asked first. My Lord, the record shows otherwise.', 'Wu', 'Lord'));
  });
  it('is whichever judge or justice was named last, whatever the title', () => {
    const justiceLast = 'Justice Paul Reyes heard the case on Monday. Judge Amy Jones joined him. Reyes asked first. "Your Honor, I am sorry," Smith told him.';
    assert.ok(sameEntity(justiceLast, 'Paul Reyes', 'Honor'));
    const judgeLast = 'Judge Amy Jones heard the case on Monday. Justice Paul Reyes joined her. Jones asked first. "Your Honor, I am sorry," Smith told her.';
    assert.ok(sameEntity(judgeLast, 'Amy Jones', 'Honor'));
  });
  it('with no judge named, is no one, and never an unintroduced name to hint at', () => {
    const text = '"Your Honor, I am sorry," Smith said in court on Monday.';
    assert.equal(titleOnlyOf(text, 'Honor'), true);
    assert.ok(!firstReferenceHints(text).some((h) => h.message.includes('Honor')), JSON.stringify(firstReferenceHints(text)));
  });
  it('goes to no other titled person, and the bench in the plural is no one person', () => {
    assert.ok(!sameEntity('Senator Ann Wu spoke first. "Your Honor, I object," Smith said.', 'Ann Wu', 'Honor'));
    const bench = 'Justice Wu asked first. My Lords, thank you for the time.';
    assert.ok(!sameEntity(bench, 'Wu', 'Lords'));
    assert.equal(titleOnlyOf(bench, 'Lords'), true);
  });
  it('needs its possessive: "Lord Smith" and "the honor" are no address', () => {
    const lord = mentionsOf('Justice Wu asked first. Later Lord Smith spoke.');
    assert.ok(lord.some((m) => m.text.includes('Smith')), JSON.stringify(lord.map((m) => m.text)));
    assert.ok(!lord.some((m) => m.titleOnly && m.text.includes('Smith')));
    const honor = analyzeArticle('Justice Wu asked first. It was an Honor to serve.').mentions;
    assert.ok(honor.some((m) => m.text === 'Honor'), JSON.stringify(honor.map((m) => m.text)));
    assert.ok(!honor.some((m) => m.text === 'Honor' && m.titleOnly));
  });
});

describe("a government's head alone before its full name", () => {
  it('joins the one government of that head named later: "the State … The State of Ohio"', () => {
    assert.ok(sameEntity('At the trial, the State argued for murder. The State of Ohio then directed the jury.', 'State', 'State of Ohio'));
    assert.ok(sameEntity('Lawyers for the County appealed. The County of Maui lost on Monday.', 'County', 'County of Maui'));
  });
  it('stays apart when two governments of that head are named later, or the head is no government', () => {
    const two = 'At the trial, the State argued. The State of Ohio and the State of Texas agreed.';
    assert.ok(!sameEntity(two, 'State', 'State of Ohio') && !sameEntity(two, 'State', 'State of Texas'));
    assert.ok(!sameEntity('May it please the Court, he said. The Federal Circuit Court ruled.', 'Court', 'Federal Circuit Court'));
  });
  it('counts one government written in two cases once: "STATE OF OHIO" and "State of Ohio"', () => {
    const text = 'At the trial, the State argued. The STATE OF OHIO filed first. The State of Ohio then agreed.';
    assert.ok(sameEntity(text, 'State', 'State of Ohio') && sameEntity(text, 'State', 'STATE OF OHIO'));
  });
  it('takes no name ending in "State" for the government: "Ohio State" is a school', () => {
    assert.ok(!sameEntity('At the trial, the State argued. She studied at Ohio State for years.', 'State', 'Ohio State'));
    // "Ohio State" is no second government either: the one government named later is still joined
    assert.ok(sameEntity('At the trial, the State argued. She studied at Ohio State. The State of Texas agreed.', 'State', 'State of Texas'));
  });
});

describe("a government's head alone after a name with that head", () => {
  it('joins the government named before: "the County of Maui … the County", "Los Angeles County … the County"', () => {
    assert.ok(sameEntity('The County of Maui appealed on Monday. Lawyers for the County said so.', 'County of Maui', 'County'));
    assert.ok(sameEntity('Los Angeles County sued on Monday. Lawyers for the County said it would appeal.', 'Los Angeles County', 'County'));
  });
  it('takes no name ending in "State": "Ohio State … the State" is a school and then a government', () => {
    assert.ok(!sameEntity('She studied at Ohio State for years. At the trial, the State argued.', 'Ohio State', 'State'));
    assert.ok(sameEntity('The State of Texas sued. She studied at Ohio State. At the trial, the State argued.', 'State of Texas', 'State'));
  });
});
