/**
 * Institution names with a group's possessive inside ("Boston Children's Hospital") and states
 * named by their constitution ("People's Republic of China"): one name, typed as what it is;
 * weekday compounds ("Saturday-night dances") are no names; quoted titles after a work noun are
 * works; in a line of capitals a function word ends a name; a role after a word that is no first
 * name ("Mets Poet") names no one; nor does the adjective of a regional people ("Cajun bands").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameEntity, textsOf as texts, typeOfFound } from './entities.helpers';

describe("a group's possessive inside an institution's name", () => {
  it('runs the name on: the hospital is one organization, not a person "Carver Children"', () => {
    const text = "Dr. Ross directs the sleep clinic at Carver Children's Hospital and was not involved.";
    assert.deepEqual(texts(text), ['Ross', "Carver Children's Hospital"]);
    assert.equal(typeOfFound(text, "Carver Children's Hospital"), 'organization');
    assert.ok(texts("She was treated at Boston Children's Hospital, officials said.").includes("Boston Children's Hospital"));
  });
  it("stops at an owner's possessive and at a group's possessive before a lower-case word", () => {
    const owner = texts("President Biden's Justice Department sued on Monday.");
    assert.ok(owner.includes('Justice Department') && !owner.some((t) => t.includes("'s")), JSON.stringify(owner));
    const group = texts("The Smith Children's toys were sold.");
    assert.ok(group.some((t) => t.includes('Smith')) && !group.some((t) => t.includes('toys')), JSON.stringify(group));
    const visit = texts("Jane Smith's Hospital visit was short.");
    assert.ok(visit.includes('Jane Smith') && !visit.includes("Jane Smith's Hospital"), JSON.stringify(visit));
  });
});

describe("a state named by its constitution", () => {
  it('is a place when "Republic" or "Commonwealth" comes before "of", after other words too', () => {
    assert.equal(typeOfFound("The People's Republic of China said it would respond.", "People's Republic of China"), 'place');
    assert.equal(typeOfFound('The Democratic Republic of the Congo held elections.', 'Democratic Republic of the Congo'), 'place');
  });
});

describe('a weekday or function word before a hyphen and a lower-case word', () => {
  it('names no one: "Saturday-night dances", "Monday-morning meeting", "All-time highs"', () => {
    assert.deepEqual(texts('She was playing Saturday-night dances by the time she was 14.'), []);
    assert.deepEqual(texts('The Monday-morning meeting with Jones ran late.'), ['Jones']);
    assert.deepEqual(texts('Shares hit All-time highs, Reuters reported.'), ['Reuters']);
  });
  it('leaves names with a capital after the hyphen alone (more in entities.boundaries.test.ts)', () => {
    assert.ok(texts('Jean-Luc Picard said so.').includes('Jean-Luc Picard'));
  });
});

describe('a quoted title right after a work noun', () => {
  it('is a work, not a person: \'her 1968 album, "Bayou Teche Waltz,"\', \'the book “Bayou Teche Waltz”\'', () => {
    assert.equal(typeOfFound('Her 1968 album, "Bayou Teche Waltz," became a regional hit.', 'Bayou Teche Waltz'), 'other');
    assert.equal(typeOfFound('He read the book “Bayou Teche Waltz” twice.', 'Bayou Teche Waltz'), 'other');
  });
  it('leaves a name that is only part of the quotation, or after another noun', () => {
    assert.equal(typeOfFound('He sang the song, "Bayou Teche Waltz is mine," and left.', 'Bayou Teche Waltz'), 'person');
    assert.equal(typeOfFound('Her friend, "Bayou Teche Waltz," laughed.', 'Bayou Teche Waltz'), 'person');
  });
});

describe('a name in a line of capitals', () => {
  it('ends at a function word: "ELIZABETH B. PRELOGAR ON BEHALF OF THE PETITIONERS"', () => {
    const text = 'We will hear argument first. General Prelogar.\n\nORAL ARGUMENT OF GEN. ELIZABETH B. PRELOGAR ON BEHALF OF THE PETITIONERS\n\nThank you.';
    assert.ok(texts(text).includes('ELIZABETH B. PRELOGAR'), JSON.stringify(texts(text)));
    assert.ok(sameEntity(text, 'Prelogar', 'ELIZABETH B. PRELOGAR'));
  });
  it('ends at a weekday, in the plural as in the singular: "LISA KAHN SATURDAYS"', () => {
    for (const day of ['SATURDAY', 'SATURDAYS']) {
      const text = `Kahn hosts the morning show.\n\nLISA KAHN ${day} AT NINE\n\nThank you.`;
      assert.ok(texts(text).includes('LISA KAHN'), JSON.stringify(texts(text)));
    }
  });
  it('keeps particles inside capital names and acronyms after lower-case words', () => {
    assert.ok(texts('A LETTER FROM THE UNIVERSITY OF TEXAS ARRIVED').some((t) => t.includes('UNIVERSITY OF TEXAS')));
    assert.ok(texts('US TROOPS LEAVE SYRIA').some((t) => t.startsWith('US')));
    assert.ok(texts('Officials said US troops would stay.').includes('US'));
  });
});

describe('a role after a word that is no first name', () => {
  it('describes someone and names no one: the team in "the \'Mets Poet\'" stays the team', () => {
    const text = "An interview with the 'Mets Poet'. The Mets lost on Monday, and the Mets fans left early.";
    assert.equal(typeOfFound(text, 'Mets Poet'), 'other');
    assert.ok(!sameEntity(text, 'Mets Poet', 'Mets', 0));
  });
  it('leaves a first name before a surname that is a role word, and titles', () => {
    assert.equal(typeOfFound('The award went to Jennifer Painter on Monday.', 'Jennifer Painter'), 'person');
    assert.equal(typeOfFound('The award went to Mary Poet on Monday.', 'Mary Poet'), 'person');
  });
});

describe('the adjective of a regional people or culture', () => {
  it('names no one: "Cajun bands", "Creole cooking", even with a pronoun after it', () => {
    assert.deepEqual(texts('At a time when few women led Cajun bands. Her 1968 album was a hit.'), []);
    assert.deepEqual(texts('The Creole cooking of New Orleans drew crowds.'), ['New Orleans']);
  });
});
