/**
 * Courtroom and legal references: a court addressed ("Your Honor", "My Lord") is a title-only
 * mention of the latest judge or justice named, the bench ("My Lords") of no one; a government's
 * head alone ("the State") before its one full name ("The State of Ohio") joins it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { firstReferenceHints, mentionsOf, sameEntity } from './entities.helpers';

describe('a court addressed', () => {
  it('"Your Honor" is the latest judge or justice named, as a title-only mention', () => {
    const text = 'Judge Amy Jones heard the case on Monday. "Your Honor, I am sorry," Smith told her.';
    assert.ok(sameEntity(text, 'Amy Jones', 'Honor'));
    assert.equal(mentionsOf(text).find((m) => m.text === 'Honor')?.titleOnly, true);
    assert.ok(sameEntity('Chief Justice Sharon L. Kennedy presided. Your Honor, the State agrees with that.', 'Sharon L. Kennedy', 'Honor'));
    assert.ok(sameEntity('Justice Wu asked first. My Lord, the record shows otherwise.', 'Wu', 'Lord'));
  });
  it('with no judge named, is no one, and never an unintroduced name to hint at', () => {
    const text = '"Your Honor, I am sorry," Smith said in court on Monday.';
    const honor = mentionsOf(text).find((m) => m.text === 'Honor');
    assert.equal(honor?.titleOnly, true);
    assert.ok(!firstReferenceHints(text).some((h) => h.message.includes('Honor')), JSON.stringify(firstReferenceHints(text)));
  });
  it('goes to no other titled person, and the bench in the plural is no one person', () => {
    assert.ok(!sameEntity('Senator Ann Wu spoke first. "Your Honor, I object," Smith said.', 'Ann Wu', 'Honor'));
    const bench = 'Justice Wu asked first. My Lords, thank you for the time.';
    assert.ok(!sameEntity(bench, 'Wu', 'Lords'));
    assert.equal(mentionsOf(bench).find((m) => m.text === 'Lords')?.titleOnly, true);
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
});
