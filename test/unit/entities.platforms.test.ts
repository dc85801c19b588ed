import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './quotes.helpers';

describe('platforms named by one made-up word', () => {
  it('"Kickstarter said": a platform that speaks is an organization, not a person by its surname', () => {
    const a = analyze('The money came from Kickstarter. Kickstarter said the campaign raised $2 million.');
    assert.deepEqual(a.mentions.map((m) => [m.text, m.type]), [['Kickstarter', 'organization'], ['Kickstarter', 'organization']]);
    assert.equal(a.findings.filter((f) => f.code === 'first-reference').length, 0);
  });
});
