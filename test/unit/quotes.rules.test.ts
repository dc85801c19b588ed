import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fix } from '../../server/src/core/types';
import { findingsOf as findings } from './findings.helpers';
import { analyze } from './quotes.helpers';

/** Applies a fix's edits (non-overlapping) to the text. */
function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((x, y) => y.span.start - x.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

describe('unattributed-quote', () => {
  it('flags a direct quotation nobody is credited with, as a warning on the quotation', () => {
    const text = 'The vote passed.\n\n"We will not be bullied into a shutdown."';
    const a = analyze(text);
    const f = findings(a, 'unattributed-quote');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual(f[0].span, a.quotations[0].span);
    assert.match(f[0].message, /attribution/i);
  });
  it('its fix turns the full stop into a comma and adds "TK said."', () => {
    const text = 'The vote passed.\n\n"We will not be bullied."';
    const f = findings(analyze(text), 'unattributed-quote')[0];
    assert.equal(apply(text, f.fixes![0]), 'The vote passed.\n\n"We will not be bullied," TK said.');
    // after the fix, nothing is flagged
    assert.equal(findings(analyze(apply(text, f.fixes![0])), 'unattributed-quote').length, 0);
  });
  it('a partial quotation gets ", TK said" before the sentence end', () => {
    const text = 'The plan would "fundamentally reshape the market for years" by 2030.';
    const f = findings(analyze(text), 'unattributed-quote')[0];
    assert.equal(apply(text, f.fixes![0]), 'The plan would "fundamentally reshape the market for years" by 2030, TK said.');
  });
  it('a partial quotation whose line ends before a sentence end gets ", TK said" after it, whatever ends the line (\\n, \\r\\n, a lone \\r)', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `The plan would "fundamentally reshape the market for years" by 2030${eol}More to come.`;
      const f = findings(analyze(text), 'unattributed-quote')[0];
      assert.equal(apply(text, f.fixes![0]), `The plan would "fundamentally reshape the market for years", TK said by 2030${eol}More to come.`, JSON.stringify(eol));
    }
  });
  it('does not flag attributed, inherited, scare or nested quotations', () => {
    for (const text of [
      '"We did our job," Schumer said.',
      '"We did our job," Schumer said. "It was hard."',
      'The so-called "efficiency plan" failed.',
      'Critics call it a "tax grab" for the rich.',
      '"He said \'no\' twice," Smith said.',
      'Budget analysts warned that the "laddered" approach could fail.',
    ]) {
      assert.equal(findings(analyze(text), 'unattributed-quote').length, 0, text);
    }
  });
  // the passive of "told" is a verb of saying in the sentence, but it names who heard the words (quotes/attribute.ts heardPassive, heardAuxiliaryAt)
  it('a quotation whose sentence has a passive "was told" says the passive names who heard the words, not who said them', () => {
    const direct = findings(analyze('The crowd was told "We will rebuild the bridge by spring."'), 'unattributed-quote');
    assert.deepEqual(direct.map((f) => f.message), ['Quotation without attribution: "was told" says who heard these words, not who said them. Add who said it.']);
    const partial = findings(analyze("The crowd was told 'we will rebuild the bridge by spring.'"), 'unattributed-quote');
    assert.deepEqual(partial.map((f) => f.message), ['Partial quotation without attribution: "was told" says who heard these words, not who used them. Say who used these words.']);
    // after the quotation, and with an adverb; one run over two paragraphs reads the sentence after its end
    assert.match(findings(analyze('"We will rebuild the bridge by spring and the school," the crowd was repeatedly told.'), 'unattributed-quote')[0].message, /"was repeatedly told" says who heard/);
    assert.match(findings(analyze('The vote passed.\n\n"We will rebuild the bridge by spring.\n\n"And the school," residents were warned.'), 'unattributed-quote')[0].message, /"were warned" says who heard/);
    // no passive in the sentence: the usual message
    assert.match(findings(analyze('The crowd cheered. "We will rebuild the bridge by spring."'), 'unattributed-quote')[0].message, /no speaker or reporting verb/);
  });
  it('can be turned off', () => {
    const a = analyze('"Nobody said this."', { rules: { 'unattributed-quote': 'off' } });
    assert.equal(findings(a, 'unattributed-quote').length, 0);
  });
});

describe('anonymous-source', () => {
  it('hints at an unnamed source, on the speaker', () => {
    const text = '"It sat on someone\'s desk," said a former agency official.';
    const a = analyze(text);
    const f = findings(a, 'anonymous-source');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'hint');
    assert.equal(text.slice(f[0].span.start, f[0].span.end), 'a former agency official');
  });
  it('does not hint at named speakers or organizations', () => {
    assert.equal(findings(analyze('"We apologize," the airline said.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('"We apologize," Jane Doe said.'), 'anonymous-source').length, 0);
  });
  // news style asks a story to say why it withholds a name: once it has, the hint has nothing to ask
  it('does not hint when the story says why the name is withheld, after the speaker or just before the quotation', () => {
    assert.equal(findings(analyze('"Nobody acted," said a former official who asked not to be named because he still works in the industry.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('"Nobody acted," said one manager at a fund, who declined to be named because he was not authorized to speak publicly.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('"Nobody acted," said an official who was not authorized to publicly discuss the negotiations.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('"Nobody acted," said an aide who spoke on condition of anonymity about the Jan. 6 inquiry because it is ongoing.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('"Nobody acted," said an aide who spoke on condition of anonymity about the Sept. 11 inquiry because it is ongoing.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('Officials were not authorized to publicly discuss the talks and spoke on condition of anonymity.\n\n"Nobody acted," the official said.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('A grain trader who asked not to be named because his firm forbids it said prices would rise. "Nobody likes it," the trader said.'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('A senior official, who spoke on condition of anonymity because talks were ongoing, said the unions would lose.\n\n"They can strike all week," the official said.'), 'anonymous-source').length, 0);
  });
  it('still hints when the story withholds the name without a reason, or gave the reason two paragraphs before', () => {
    assert.equal(findings(analyze('"Nobody acted," said a former official who asked not to be named.'), 'anonymous-source').length, 1);
    assert.equal(findings(analyze('"Nobody acted," one diplomat said, speaking on condition of anonymity.'), 'anonymous-source').length, 1);
    assert.equal(findings(analyze('A senior official, who spoke on condition of anonymity because talks were ongoing, said the unions would lose.\n\nThe unions met.\n\n"They can strike all week," the official said.'), 'anonymous-source').length, 1);
    // a reason for something else, after the speaker or in the sentence before, explains no withheld name
    assert.equal(findings(analyze('"We have a deal," said a senior official, who arrived late because of traffic.'), 'anonymous-source').length, 1);
    assert.equal(findings(analyze('"We have a deal," said an official, who declined to be named. Talks will resume because both sides want a deal.'), 'anonymous-source').length, 1);
    assert.equal(findings(analyze('"We have a deal," said a diplomat, who was in the room.\n\nThe talks stalled because of the weather.'), 'anonymous-source').length, 1);
    assert.equal(findings(analyze('The judge ruled that the agency was not authorized to collect the data.\n\n"We will appeal," an agency official said.'), 'anonymous-source').length, 1);
  });
  // a term a group uses names no source to be named; a judgement in the past does
  it('does not hint at the term experts call a thing ("what doctors call “…”"), but at what critics call or called it', () => {
    assert.equal(findings(analyze('It is what doctors call “social jet lag.”'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('The plan is what analysts call “a soft landing.”'), 'anonymous-source').length, 0);
    assert.equal(findings(analyze('Ortiz made a promise, a plan critics called "fantasy math."'), 'anonymous-source').length, 1);
    // (others "call" it in judgement too: "which critics call", "One official calls")
    assert.equal(findings(analyze('The bill, which critics call "a power grab," passed.'), 'anonymous-source').length, 1);
    assert.equal(findings(analyze('One official calls the deal "a betrayal."'), 'anonymous-source').length, 1);
  });
});

describe('ambiguous-speaker', () => {
  it('is silent when one person fits', () => {
    assert.equal(findings(analyze('Mr. Brown arrived.\n\n"It went well," he said.'), 'ambiguous-speaker').length, 0);
  });
  it('names both candidates', () => {
    const f = findings(analyze('Mr. Brown met Mr. Green on Monday.\n\n"It went well," he said.'), 'ambiguous-speaker');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Brown/);
    assert.match(f[0].message, /Green/);
  });
});

describe('quote-style-mix', () => {
  const text = '"A," he said. “B,” she said. It\'s "C," they said.';
  it('hints once when straight and curly marks are mixed', () => {
    const f = findings(analyze(text), 'quote-style-mix');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'hint');
    assert.equal(f[0].fixes?.length, 2);
  });
  it('fixes to curly (apostrophes too) and to straight', () => {
    const [f] = findings(analyze(text), 'quote-style-mix');
    const curly = apply(text, f.fixes!.find((x) => /curly/.test(x.title))!);
    assert.equal(curly, '“A,” he said. “B,” she said. It’s “C,” they said.');
    const straight = apply(text, f.fixes!.find((x) => /straight/.test(x.title))!);
    assert.equal(straight, '"A," he said. "B," she said. It\'s "C," they said.');
    assert.equal(findings(analyze(curly), 'quote-style-mix').length, 0);
  });
  it('is silent for one style', () => {
    assert.equal(findings(analyze('"A," he said. "B," she said.'), 'quote-style-mix').length, 0);
  });
});
