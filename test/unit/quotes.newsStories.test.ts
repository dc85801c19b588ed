import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, quote, speakerName } from './quotes.helpers';

/**
 * Whole news stories written for the tests in the styles of wire, local, business, court, science, sports, political and
 * British copy (test/fixtures/news-stories/; the people in them are made up), each quotation with the speaker an editor
 * reads in it: `[words of the quotation, speaker as written, kind, entity the speaker stands for (a pronoun's too)]`,
 * the entity null for a speaker the story names no one for.
 */
type Expected = [contains: string, speaker: string, kind: string, entity?: string | null];

const STORIES: Record<string, Expected[]> = {
  'apartment-fire': [
    ['Our crews did everything', 'Hargrove', 'named', 'Rob Hargrove'],
    ['big head start', 'Hargrove', 'named', 'Rob Hargrove'],
    ['I heard screaming', 'Tanya Wells', 'named', 'Tanya Wells'],
    ['We just ran', 'Tanya Wells', 'named', 'Tanya Wells'],
    ['nothing to indicate', 'Paul Dietz', 'named', 'Paul Dietz'],
    ['This is a tragedy', 'Karen Lindqvist', 'named', 'Karen Lindqvist'],
    ['We will get answers', 'Karen Lindqvist', 'named', 'Karen Lindqvist'],
  ],
  'forecast-cut': [
    ['We underestimated', 'Laura Chen', 'named', 'Laura Chen'],
    ['That\'s on us', 'Laura Chen', 'named', 'Laura Chen'],
    ['The guidance cut', 'Jonah Pike', 'named', 'Jonah Pike'],
    ['looks exhausted', 'He', 'pronoun', 'Jonah Pike'],
    ['a betrayal', 'A union representing workers at one of the plants', 'organization', null],
    ['record profits', 'Dale Ritter', 'named', 'Dale Ritter'],
    ['pay for their mistakes', 'Dale Ritter', 'named', 'Dale Ritter'],
    ['painful but necessary', 'Chen', 'named', 'Laura Chen'],
    ['volumes stabilizing', 'one portfolio manager at a large mutual fund', 'anonymous', null],
  ],
  'treasurer-sentenced': [
    ['a profound betrayal', 'A federal judge', 'named', null],
    ['You had every advantage', 'Alvarez', 'named', 'Patricia Alvarez'],
    ['You chose greed', 'Alvarez', 'named', 'Patricia Alvarez'],
    ['I let down my family', 'he', 'pronoun', 'Thomas Reilly'],
    ['rest of my life', 'he', 'pronoun', 'Thomas Reilly'],
    ['accepted responsibility', 'Feldman', 'named', 'Mark Feldman'],
    ['personal piggy bank', 'Rachel Kim', 'named', 'Rachel Kim'],
    ['People want their money back', 'she', 'pronoun', 'Linda Obi'],
    ['Seven years', 'she', 'pronoun', 'Linda Obi'],
  ],
  'district-race': [
    ['talk to my family first', 'Hernandez', 'named', 'Hernandez'],
    ['Then we\'ll see', 'Hernandez', 'named', 'Hernandez'],
    ['He\'s had 14 years', 'she', 'pronoun', 'Patel'],
    ['What does the district', 'she', 'pronoun', 'Patel'],
    ['I voted for him', 'Carol Jensen', 'named', 'Carol Jensen'],
    ['Not this time', 'Carol Jensen', 'named', 'Carol Jensen'],
    ['never held office', 'Ray Dimitri', 'named', 'Ray Dimitri'],
    ['That matters', 'Ray Dimitri', 'named', 'Ray Dimitri'],
    ['strongly support', 'Luis Ortega', 'named', 'Luis Ortega'],
  ],
  'new-frog': [
    ['Every expedition', 'Maria Vasquez', 'named', 'Maria Vasquez'],
    ['how little we know', 'Maria Vasquez', 'named', 'Maria Vasquez'],
    ['before it is too late', 'The study', 'document', null],
    ['needle in a haystack', 'he', 'pronoun', 'James Whitfield'],
    ['A very loud needle', 'he', 'pronoun', 'James Whitfield'],
    ['what\'s at stake', 'A spokesperson for the World Wildlife Fund', 'anonymous', null],
  ],
  'storm-outage': [
    ['crews from three states', 'Dana Cole', 'named', 'Dana Cole'],
    ['Some customers could be', 'Dana Cole', 'named', 'Dana Cole'],
    ['whatever we can get', 'one volunteer', 'named', null],
    ['swimming pool', 'Tom Baker', 'named', 'Tom Baker'],
    ['never seen anything', 'Tom Baker', 'named', 'Tom Baker'],
    ['Days, not hours', 'Cole', 'named', 'Dana Cole'],
    ['It was terrifying', 'Emma Ruiz', 'named', 'Emma Ruiz'],
  ],
  'teacher-obituary': [
    ['never stopped being a teacher', 'he', 'pronoun', 'David Ellison'],
    ['quizzing the nurses', 'he', 'pronoun', 'David Ellison'],
    ['I could be a doctor', 'Angela Brooks', 'named', 'Angela Brooks'],
    ['I think about that', 'Angela Brooks', 'named', 'Angela Brooks'],
    ['a legend in this building', 'Mark Stevens', 'named', 'Mark Stevens'],
  ],
  'update-outage': [
    ['not a security incident', 'Raj Patel', 'named', 'Raj Patel'],
    ['a fix has been deployed', 'Raj Patel', 'named', 'Raj Patel'],
    ['the percentage was small', 'Daniel Walsh', 'named', 'Daniel Walsh'],
    ['everything we can', 'a Delta spokesman', 'anonymous', null],
    ['single points of failure', 'Karen Mosley', 'named', 'Karen Mosley'],
    ['Friday showed us', 'Karen Mosley', 'named', 'Karen Mosley'],
  ],
  'celtics-heat': [
    ['He was special tonight', 'Joe Marzano', 'named', 'Joe Marzano'],
    ['we\'re hard to beat', 'Joe Marzano', 'named', 'Joe Marzano'],
    ['the defense gave me', 'he', 'pronoun', 'Jalen Tate'],
    ['figure it out', 'Eric Spellman', 'named', 'Eric Spellman'],
    ['feel sorry for us', 'Eric Spellman', 'named', 'Eric Spellman'],
    ['Not good enough', 'Spellman', 'named', 'Eric Spellman'],
    ['day to day', 'the team', 'organization', null],
    ['We\'re not satisfied', 'Jaylon Browne', 'named', 'Jaylon Browne'],
    ['what the goal is', 'Jaylon Browne', 'named', 'Jaylon Browne'],
  ],
  'water-bill': [
    ['generational investment', 'Charles Shuman', 'named', 'Charles Shuman'],
    ['clean water', 'Charles Shuman', 'named', 'Charles Shuman'],
    ['I can\'t support spending', 'Randall Price', 'named', 'Randall Price'],
    ['waiting for this for decades', 'Maria Gonzalez', 'named', 'Maria Gonzalez'],
    ['It\'s a start', 'Maria Gonzalez', 'named', 'Maria Gonzalez'],
    ['hits his desk', 'Karina Jean-Baptiste', 'named', 'Karina Jean-Baptiste'],
    ['a giveaway to big cities', 'Critics', 'anonymous', null],
    ['see what happens', 'Mark Jonsson', 'named', 'Mark Jonsson'],
    ['strongly supports', 'A spokesperson for the American Water Works Association', 'anonymous', null],
    ['It\'s not perfect', 'Shuman', 'named', 'Charles Shuman'],
    ['But it\'s real', 'Shuman', 'named', 'Charles Shuman'],
  ],
  'rail-strike': [
    ['left with no choice', 'Mike Lynde', 'named', 'Mike Lynde'],
    ['refused to negotiate', 'Mike Lynde', 'named', 'Mike Lynde'],
    ['fair and affordable', 'Department for Transport', 'named', 'Department for Transport'],
    ['lost count of the days', 'Priya Shah', 'named', 'Priya Shah'],
    ['It\'s exhausting', 'Priya Shah', 'named', 'Priya Shah'],
    ['entirely of the government', 'she', 'pronoun', 'Louisa Hale'],
    ['fully supports', 'A Downing Street spokesman', 'anonymous', null],
  ],
};

/** The stories whose people a first-reference hint rightly asks about: Mr. Hernandez and Ms. Patel are never named in full. */
const FIRST_REFERENCE: Record<string, string[]> = { 'district-race': ['Hernandez', 'Patel'] };

const storyText = (name: string) => readFileSync(path.join(__dirname, '../fixtures/news-stories', `${name}.txt`), 'utf8');

/**
 * Speakers the core gets wrong, each with the right answer, run as todo tests: "she" in the obituary's last quotation is
 * the woman the story is about (its paragraph opens with her: "In 1992, she was named…"), not the doctor quoted the
 * paragraph before, the nearest woman named; the fire story's "she" is a resident the story does not name, not the one
 * quoted the paragraph before.
 */
const KNOWN_MISSES: Record<string, Expected[]> = {
  'teacher-obituary': [['The best thing you can give', 'she', 'pronoun', 'Margaret Ellison']],
  // (the unnamed resident who asked not to be named, not Tanya Wells quoted the paragraph before)
  'apartment-fire': [['We told the landlord', 'she', 'pronoun', null]],
};

/** Checks each expected speaker of a story's analysis `a`. */
function assertSpeakers(name: string, a: ReturnType<typeof analyze>, expected: Expected[]): void {
  for (const [contains, speaker, kind, entity] of expected) {
    const q = quote(a, contains);
    assert.ok(q.speaker, `${name}: no speaker for "${contains}"`);
    assert.equal(q.speaker.text, speaker, `${name}: "${contains}"`);
    assert.equal(q.speaker.kind, kind, `${name}: "${contains}"`);
    if (entity !== undefined) assert.equal(speakerName(a, q) ?? null, entity, `${name}: "${contains}"`);
  }
}

describe('whole news stories: every quotation\'s speaker, no false alarm', () => {
  for (const [name, expected] of Object.entries(STORIES)) {
    it(name, () => {
      const a = analyze(storyText(name));
      const misses = KNOWN_MISSES[name] ?? [];
      assert.equal(a.quotations.length, expected.length + misses.length, `${name}: ${a.quotations.map((q) => q.text.slice(0, 30)).join(' | ')}`);
      assertSpeakers(name, a, expected);
      assert.deepEqual(a.findings.filter((f) => f.code === 'unattributed-quote').map((f) => f.message), [], name);
      const text = storyText(name);
      const firstReference = a.findings.filter((f) => f.code === 'first-reference').map((f) => text.slice(f.span.start, f.span.end));
      assert.deepEqual(firstReference, FIRST_REFERENCE[name] ?? [], name);
    });
  }
  for (const [name, misses] of Object.entries(KNOWN_MISSES)) {
    it(`${name}: the speakers it still gets wrong`, { todo: 'pronoun resolution follows the nearest name, not the story\'s subject' }, () =>
      assertSpeakers(name, analyze(storyText(name)), misses));
  }
});
