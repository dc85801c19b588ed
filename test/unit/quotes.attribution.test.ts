import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from './findings.helpers';
import { analyze, marked, quote, speakerName } from './quotes.helpers';

/**
 * Each fixture marks the expected speaker span with ⟦…⟧; `contains` picks the quotation.
 * The speaker must be found at exactly that span with that kind.
 */
function assertSpeaker(src: string, contains: string, kind: string, cue?: string | null) {
  const { text, spans } = marked(src);
  const a = analyze(text);
  const q = quote(a, contains);
  assert.ok(q.speaker, `no speaker for ${contains} in ${text}`);
  assert.deepEqual([q.speaker.span.start, q.speaker.span.end], [spans[0].start, spans[0].end], `${text} → ${q.speaker.text}`);
  assert.equal(q.speaker.kind, kind, text);
  assert.equal(q.speaker.text, text.slice(spans[0].start, spans[0].end));
  if (cue !== undefined) assert.equal(q.speaker.cue?.text ?? null, cue, text);
  // the speaker lies outside the quotation
  assert.ok(q.speaker.span.end <= q.span.start || q.speaker.span.start >= q.span.end);
  return { a, q };
}

/** The quotation containing `contains` in `text` has no speaker. */
function assertNoSpeaker(text: string, contains: string) {
  assert.equal(quote(analyze(text), contains).speaker, null);
}

describe('attribution patterns', () => {
  // a full stop inside the marks and a capital after them: a new sentence, whose verb of saying reports other words
  it('"…." A new sentence with a verb of saying is no attribution of the quotation before it', () => {
    const a = analyze('Maria Lopez spoke first. "We will win." Mayor Tom Reed said the vote was close.');
    assert.equal(quote(a, 'We will').speaker, null);
    assert.equal(quote(analyze('"We will win," Mayor Tom Reed said.'), 'We will').speaker?.text, 'Tom Reed');
  });
  // the comma closing a sentence's opening clause opens no appositive ("Jones, who lost his pension, said" does)
  it('After the vote, Smith thanked voters, adding: "…" (the subject after the opening clause, not "the vote")', () => {
    assertSpeaker('After the vote, Mayor ⟦Jane Smith⟧ thanked voters, adding: "We won."', 'We won', 'named', 'adding');
    assertSpeaker('In a statement, ⟦Jane Smith⟧ criticized the plan, adding: "It is bad."', 'It is bad', 'named', 'adding');
    assertSpeaker('In March, ⟦Smith⟧, the mayor, said: "We won."', 'We won', 'named', 'said');
    assertSpeaker('⟦Jane Smith⟧, who lost her job last year, said: "It is bad."', 'It is bad', 'named', 'said');
  });
  it('Under pressure from donors, the senator changed course, telling CNN: "…" (a preposition opens the clause too)', () =>
    void assertSpeaker('Under pressure from donors, ⟦the senator⟧ changed course, telling CNN: "I was wrong."', 'wrong', 'named', 'telling'));
  // before "said" the comma after an opening phrase may open an appositive: only an "-ing" form reads it as the clause's end
  it('On Monday Jones, a Democrat, said: "…" (the appositive after an opening phrase is still skipped before "said")', () => {
    assertSpeaker('On Monday ⟦Jones⟧, a Democrat, said: "No."', 'No', 'named', 'said');
    assertSpeaker('In 2019 ⟦Jane Smith⟧, then the mayor, told reporters: "No."', 'No', 'named', 'told');
    assertSpeaker('At least ⟦two officials⟧, speaking anonymously, said: "No."', 'No', 'anonymous', 'said');
  });
  // a noun of people opening the sentence is capitalised there, yet no name: the group speaks, not the name after "of" or "for"
  it('Residents of Springfield said: "…" (the residents, not Springfield); Lawyers for Smith; Analysts at Morgan Stanley', () => {
    assertSpeaker('⟦Residents of Springfield⟧ said: "We are angry."', 'angry', 'anonymous', 'said');
    assertSpeaker('Shares fell. ⟦Analysts at Morgan Stanley⟧ called the cuts "overdue."', 'overdue', 'anonymous', 'called');
    assertSpeaker('⟦Officials at the Pentagon⟧ said: "No comment."', 'No comment', 'anonymous', 'said');
    assertSpeaker('⟦Friends of Smith⟧ said: "He was kind."', 'kind', 'named', 'said');
    assertSpeaker('⟦Lawyers for Smith⟧ said: "He is innocent."', 'innocent', 'named', 'said');
    // a title or a body's name before "of" is no group, nor a capitalised noun inside the sentence
    assertSpeaker('Secretary of State ⟦Mike Pompeo⟧ said: "No."', 'No', 'named', 'said');
    assert.notEqual(quote(analyze('Member of Parliament Jane Smith said: "No."'), 'No').speaker?.kind, 'anonymous');
    const earth = analyze('The Friends of the Earth said: "No."');
    assert.equal(speakerName(earth, quote(earth, 'No')), 'Friends of the Earth');
    assertSpeaker('⟦Bank of America⟧ said: "We are fine."', 'fine', 'named', 'said');
  });
  // a group with no determiner speaks as "officials said" does, whatever modifies it and wherever it is: never the place
  // or the country in it, never "no speaker"
  it('"…," police said; said federal prosecutors; officials in Kyiv said; officials at the agency said (groups with no determiner)', () => {
    assertSpeaker('"We will fight this," ⟦police⟧ said.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," said ⟦police⟧.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," ⟦firefighters⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦doctors⟧.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦federal prosecutors⟧.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦local residents⟧ on Monday.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦U.S. officials⟧.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦Israeli officials⟧.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦Ohio police⟧.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," ⟦Ohio police⟧ said.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," ⟦officials at the agency⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," ⟦members of the board⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('⟦Officers at the scene⟧ said: "We will fight this."', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," ⟦officials in Kyiv⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('⟦Officials in Kyiv⟧ said: "We will fight this."', 'fight', 'anonymous', 'said');
    assertSpeaker('⟦Police in Ohio⟧ said: "We will fight this."', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," ⟦residents in the city⟧ said.', 'fight', 'anonymous', 'said');
    // plural documents too; a participle after the head opens a clause of its own
    assertSpeaker('"We will fight this," according to ⟦court documents⟧.', 'fight', 'document', 'according to');
    assertSpeaker('"We will fight this," according to ⟦police records⟧.', 'fight', 'document', 'according to');
    assertSpeaker('"We will fight this," according to ⟦documents⟧ filed Monday.', 'fight', 'document', 'according to');
    assertSpeaker('"We will fight this," said ⟦officials⟧ briefed on the talks.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦people familiar with the matter⟧.', 'fight', 'anonymous', 'said');
    // a word of time ends the group; a name before it modifies it whole; "in" after its head opens a phrase of it
    assertSpeaker('"We will fight this," said ⟦police⟧ late Tuesday.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," according to ⟦police reports⟧ filed Monday.', 'fight', 'document', 'according to');
    assertSpeaker('"We will fight this," ⟦Ohio State University police⟧ said.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," ⟦police in riot gear⟧ said.', 'fight', 'organization', 'said');
    // (a cue word after "in", an article or a possessive is a noun: "in charge", "the report", "his reply")
    assertSpeaker('"We will fight this," ⟦officials in charge⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," ⟦police in Cleveland, Ohio⟧, said.', 'fight', 'organization', 'said');
    // (but a person named after a group where it is, or a body's name before an appositive name, speaks)
    assertSpeaker('"We will fight this," a spokeswoman in London, ⟦Jane Doe⟧, said.', 'fight', 'named', 'said');
    // (a state's shortening or a city of two words goes on with the place)
    assertSpeaker('"We will fight this," ⟦police in Portland, Ore.⟧, said.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," ⟦officials in Washington, D.C.⟧, said.', 'fight', 'anonymous', 'said');
    assertSpeaker('A spokesman for the state Democratic Party, ⟦Luis Ortega⟧, said the party would "strongly support" him.', 'strongly', 'named', 'said');
    assertSpeaker('"We will fight this," ⟦Democrats in Ohio⟧ said.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," said ⟦protesters⟧ calling for change.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," ⟦Russian state media⟧ said.', 'fight', 'organization', 'said');
    // a group that is a participle's agent is no speaker: what the participle modifies is
    assertSpeaker('"We will fight this," ⟦a letter signed by doctors⟧ said.', 'fight', 'document', 'said');
    // names in apposition after the group speak; with a determiner, a plural of people is described, in a novel too
    assertSpeaker('"We will fight this," said researchers ⟦Jane Doe⟧ and Tom Reed.', 'fight', 'named', 'said');
    assertSpeaker('"Come here," said ⟦the doctors⟧.', 'Come', 'named', 'said');
    assertSpeaker('"Come here," ⟦the passengers⟧ cried.', 'Come', 'named', 'cried');
    // "state" is a verb of saying, but not before the speaker it modifies and the cue after it
    assertSpeaker('"We will fight this," ⟦state officials⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," ⟦state police⟧ said.', 'fight', 'organization', 'said');
    assertSpeaker('"We will fight this," ⟦two state officials⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," ⟦the report⟧ said.', 'fight', 'document', 'said');
    // a cue that is no noun stays the cue before "state" and other noun cues ("told state media", "said charges")
    assertSpeaker('"We will fight this," ⟦Smith⟧ told state media.', 'fight', 'named', 'told');
    assertSpeaker('"We will fight this," ⟦the governor⟧ told state lawmakers.', 'fight', 'named', 'told');
    assertSpeaker('"We will fight this," ⟦she⟧ said state officials had agreed.', 'fight', 'pronoun', 'said');
    assertSpeaker('"We will fight this," ⟦Smith⟧ said charges would be filed.', 'fight', 'named', 'said');
    // a noun cue keeps its verb before a preposition or a determiner, and before another noun cue
    assertSpeaker('"We will fight this," ⟦Smith⟧ claims in a tweet.', 'fight', 'named', 'claims');
    assertSpeaker('"We will fight this," ⟦the agency⟧ estimates in a report.', 'fight', 'organization', 'estimates');
    assertSpeaker('"We will fight this," ⟦police reports from the scene⟧ said.', 'fight', 'document', 'said');
    assertSpeaker('"We will fight this," ⟦police reports in the case⟧ said.', 'fight', 'document', 'said');
    assertSpeaker('"We will fight this," charges state prosecutor ⟦Jane Doe⟧.', 'fight', 'named', 'charges');
    assertSpeaker('"We will fight this," reports ⟦state media⟧.', 'fight', 'organization', 'reports');
    // a plural's possessive owns the speaker after it: no group speaks
    assertSpeaker('"We will fight this," said victims\' advocate ⟦Jane Doe⟧.', 'fight', 'named', 'said');
    assertSpeaker('"We will fight this," said teachers\' union president ⟦Jane Doe⟧.', 'fight', 'named', 'said');
    // a source's or a tie's noun with no determiner before the name is a title as "spokesman" is
    assertSpeaker('"My basement is a pool," said resident ⟦Tom Baker⟧, who has lived here for 30 years.', 'pool', 'named', 'said');
    assertSpeaker('"My basement is a pool," said witness ⟦Jane Doe⟧.', 'pool', 'named', 'said');
    assertSpeaker('"My basement is a pool," said resident ⟦José Ruiz⟧.', 'pool', 'named', 'said');
    assert.equal(speakerEntityName('"My basement is a pool," said analyst ⟦Jane Doe⟧ of Goldman Sachs.', 'pool', 'named', 'said'), 'Jane Doe');
    // (only a person's name that ends the clause: no day, no subject of a clause after the group)
    assertNoSpeaker('"We have a deal," said residents Christmas Day.', 'deal');
    assertNoSpeaker('"We have a deal," said officials North Korea sent to the talks.', 'deal');
    // a singular determiner and its noun open no plural group after them
    assertSpeaker('Weekend lag — a pattern ⟦sleep scientists⟧ call “social jet lag” — slows students.', 'jet lag', 'anonymous', 'call');
    // unchanged: a preposition's phrase after a singular head, a name after "in" after the cue, a possessive group
    assertSpeaker('"We will fight this," ⟦a spokesman for the officials⟧ said.', 'fight', 'anonymous', 'said');
    assertSpeaker('"We will fight this," said ⟦Smith⟧ in Kyiv.', 'fight', 'named', 'said');
    assertSpeaker('"We will fight this," ⟦Jones⟧ said in Kyiv.', 'fight', 'named', 'said');
    assertSpeaker('"We will fight this," said ⟦Biden\'s aides⟧.', 'fight', 'anonymous', 'said');
  });
  it('a place or country in a group speaker is no speaker of its own: no entity for "Ohio police" or "officials in Kyiv"', () => {
    for (const text of ['"We will fight this," Ohio police said.', '"We will fight this," officials in Kyiv said.', 'Police in Ohio said: "We will fight this."']) {
      const a = analyze(text);
      assert.equal(quote(a, 'fight').speaker?.entityId, null, text);
    }
  });
  // a verb between two names is no role bridging them ("Red Cross volunteer Angela Brooks" is one); before an "-ing" form
  // the commas close clauses, so an appositive is no subject ("Smith, a Democrat, criticized the plan, saying")
  it('Smith attacked Jones, saying: "…" (Smith, not Jones); After the vote, Smith, a Democrat, criticized the plan, saying', () => {
    assertSpeaker('During the debate, ⟦Smith⟧ attacked Jones, saying: "He lied."', 'lied', 'named', 'saying');
    assertSpeaker('⟦Smith⟧ told Jones: "He lied."', 'lied', 'named', 'told');
    assertSpeaker('"We have cots," said Red Cross volunteer ⟦Angela Brooks⟧.', 'cots', 'named', 'said');
    assertSpeaker('After the vote, ⟦Smith⟧, a Democrat, criticized the plan, saying: "Bad."', 'Bad', 'named', 'saying');
  });
  // an "-ing" form never has its subject after it: the name after it is told, not telling
  it('The senator changed course, telling CNN: "…" (the senator, not CNN)', () => {
    assertSpeaker('⟦The senator⟧ changed course, telling CNN: "I was wrong."', 'wrong', 'named', 'telling');
    assertSpeaker('⟦Smith⟧, telling CNN: "I was wrong."', 'wrong', 'named', 'telling');
    assertSpeaker('"I was wrong," said ⟦Smith⟧, telling CNN more later.', 'wrong', 'named', 'said');
  });
  // the forward parse knows no verbs: a described subject ends at its noun, not at the comma or "and" after its clause
  it('The company raised prices, saying: "…" (the company, not "the company raised prices"); the wife of Joe Biden stays whole', () => {
    assertSpeaker('On Tuesday, ⟦the company⟧ raised prices, saying: "Costs are up."', 'Costs', 'organization', 'saying');
    assertSpeaker('⟦The company⟧ raised prices, saying: "Costs are up."', 'Costs', 'organization', 'saying');
    assertSpeaker('⟦A spokeswoman for the ministry⟧ thanked voters and said, "We won."', 'We won', 'anonymous', 'said');
    assertSpeaker('⟦The wife of Joe Biden⟧ smiled and said, "We won."', 'We won', 'named', 'said');
    // the verb's object, even a role noun, is not the subject's; a compound of role nouns is one
    assertSpeaker('⟦The mayor⟧ thanked the voters and said, "We won."', 'We won', 'named', 'said');
    assertSpeaker('⟦The mayor⟧ met the governor and said, "We won."', 'We won', 'named', 'said');
    assertSpeaker('⟦The police officer⟧ stood and said, "Stop."', 'Stop', 'anonymous', 'said');
    assertSpeaker('⟦The man with the basket⟧ smiled and said, "Hi."', 'Hi', 'named', 'said');
    // a verb in "-ed" ends it, whatever follows; a capitalised modifier is no head ("The Ukrainian soldier")
    assertSpeaker('⟦The mayor⟧ turned to the crowd and said, "Yes."', 'Yes', 'named', 'said');
    assertSpeaker('⟦The Ukrainian soldier⟧ smiled and said, "Yes."', 'Yes', 'named', 'said');
    assertSpeaker('⟦The newly elected mayor⟧ smiled and said, "Hi."', 'Hi', 'named', 'said');
  });
  // a name that modifies a description's noun is not the speaker: the description is
  it('"…," said a Texas man (the man, not Texas); A Texas man hugged his wife and said', () => {
    assertSpeaker('"Yes," said ⟦a Texas man⟧.', 'Yes', 'named', 'said');
    assertSpeaker('⟦A Texas man⟧ hugged his wife and said, "Yes."', 'Yes', 'named', 'said');
    assertSpeaker('"Yes," said the ⟦White House⟧.', 'Yes', 'organization', 'said');
  });
  it('"…," Trump told reporters', () => void assertSpeaker('"Russia has to get out," ⟦Trump⟧ told reporters.', 'Russia', 'named', 'told'));
  it('"…," said Sen. Elizabeth Warren, D-Mass., who chairs…', () =>
    void assertSpeaker('"Nobody should be proud," said Sen. ⟦Elizabeth Warren⟧, D-Mass., who chairs a panel.', 'Nobody', 'named', 'said'));
  // "Messrs." (Mr. in the plural) is a title, as in the entities: no sentence ends at its full stop, and no one is called Messrs
  it('"…," said Messrs. Smith and Jones (the first named, as after "said Smith and Jones")', () => {
    const { a, q } = assertSpeaker('"We will appeal," said Messrs. ⟦Smith⟧ and Jones in a statement.', 'We will', 'named', 'said');
    assert.equal(q.speaker?.entityId, a.mentions.find((m) => m.text === 'Smith')?.entityId);
    assert.deepEqual(a.mentions.map((m) => [m.text, m.type]), [['Smith', 'person'], ['Jones', 'person']]);
    assert.equal(a.entities.find((e) => e.name === 'Smith')?.gender, 'male');
  });
  // two titled names joined by "and": the first speaks, as of two untitled ones (not the one after the last title)
  it('"…," said Mr. Smith and Mr. Jones; Mr. Smith and Mr. Jones said; said Secretary … and Defense Secretary …', () => {
    assertSpeaker('"We will appeal," said Mr. ⟦Smith⟧ and Mr. Jones in a statement.', 'We will', 'named', 'said');
    assertSpeaker('"We will appeal," Mr. ⟦Smith⟧ and Mr. Jones said.', 'We will', 'named', 'said');
    assertSpeaker('"We will vote," said Secretary of State ⟦Mike Pompeo⟧ and Defense Secretary Jim Mattis.', 'We will', 'named', 'said');
  });
  // the other abbreviated plural titles of the entities' list too ("Sens.", "Reps.", "Drs."): no speaker "Sens", no unattributed quote
  it('"…," said Sens. Lindsey Graham and Chuck Schumer; "…," Reps. … said; Drs.', () => {
    assertSpeaker('"We will vote on Friday," said Sens. ⟦Lindsey Graham⟧ and Chuck Schumer.', 'We will', 'named', 'said');
    assertSpeaker('"The bill is dead," Reps. ⟦Nancy Pelosi⟧ and Steny Hoyer said.', 'The bill', 'named', 'said');
    assertSpeaker('"We are done," said Drs. ⟦Anna Smith⟧ and Tom Jones.', 'We are', 'named', 'said');
  });
  // the entities' abbreviations keep their full stop in the quotation engine too (no sentence ends at "Hon." or "Mt."), and the titles are stripped
  it('"…," Hon. John Smith said; Mlle. …; said Mt. Hood guide …', () => {
    assertSpeaker('"We are ready," Hon. ⟦John Smith⟧ said.', 'We are', 'named', 'said');
    assertSpeaker('"We are ready," said Mt. Hood guide ⟦John Smith⟧.', 'We are', 'named', 'said');
    assertSpeaker('"Nous sommes prêts," Mlle. ⟦Marie Dupont⟧ said.', 'Nous', 'named', 'said');
  });
  it('Trump said "…"', () => void assertSpeaker('Asked about it, ⟦Trump⟧ said "they know very well."', 'they know', 'named', 'said'));
  it('Trump reiterated that "…"', () => void assertSpeaker('⟦Trump⟧ reiterated that "all options are open" to him.', 'all options', 'named', 'reiterated'));
  it('Trump wrote on Twitter: "…"', () => void assertSpeaker('⟦Trump⟧ wrote on Twitter: "We will win big."', 'We will', 'named', 'wrote'));
  it('according to a department spokesperson (after)', () =>
    void assertSpeaker('Pompeo warned Lavrov that it "risks prolonging the suffering," according to ⟦a department spokesperson⟧.', 'risks', 'anonymous', 'according to'));
  it('according to … (before)', () =>
    void assertSpeaker('According to ⟦the report⟧, "the numbers do not add up."', 'numbers', 'document', 'According to'));
  it('headline Trump: \'…\'', () => void assertSpeaker("⟦Trump⟧: 'Russia has to get out' of Venezuela", 'Russia', 'named', ':'));
  it('"…," Jones, who lost most of his pension last year, said on Monday', () =>
    void assertSpeaker('"It is a scandal," ⟦Jones⟧, who lost most of his pension last year, said on Monday.', 'scandal', 'named', 'said'));
  it('described the proposal as "…"', () =>
    void assertSpeaker('⟦Smith⟧ described the proposal as "a bet on the next decade."', 'a bet', 'named', 'described'));
  it('the airline said in a statement', () =>
    void assertSpeaker('"We apologize for the delay," ⟦the airline⟧ said in a statement.', 'apologize', 'organization', 'said'));
  it('In a statement, the department said it "…"', () =>
    void assertSpeaker('In a statement, ⟦the department⟧ said it "takes every concern seriously."', 'takes every', 'organization', 'said'));
  it('the memo said (document)', () => void assertSpeaker('"The schedule is inadequate," ⟦the memo⟧ said.', 'schedule', 'document'));
  it('a name in apposition to a description', () =>
    void assertSpeaker('NHS England’s medical director, Professor ⟦Stephen Powis⟧, warned of "the worst possible time" for it.', 'worst', 'named', 'warned'));
  it('a role before the name', () => void assertSpeaker('"We suffered," City manager ⟦Pep Guardiola⟧ told Sky Sports.', 'suffered', 'named', 'told'));
  it('people familiar with the matter (anonymous)', () =>
    void assertSpeaker('"It is dead," said ⟦people familiar with the matter⟧.', 'dead', 'anonymous'));
  it('a subject with a restrictive relative clause before the verb', () =>
    void assertSpeaker('⟦A hospital worker⟧ in the trauma unit who spoke on condition of anonymity because she feared losing her job said the ward was "running on fumes" by Friday.', 'running on fumes', 'anonymous', 'said'));
  it('a relative clause subject without a prepositional phrase', () =>
    void assertSpeaker('⟦A diplomat⟧ who had seen the draft but was not cleared to discuss it said the wording was "deliberately vague."', 'deliberately', 'anonymous', 'said'));
  it('headline Name on topic: \'…\'', () => void assertSpeaker("⟦Okafor⟧ on title race: 'Nobody in this dressing room is thinking about May'", 'Nobody', 'named', ':'));
  it('Name was blunt: "…" (a speaker, "be" and a word of manner before the colon)', () => {
    assertSpeaker('⟦Lopez⟧ was blunt: "It will not happen."', 'It will', 'named', 'was blunt');
    assertSpeaker('⟦The mayor⟧, asked about the plan, was emphatic: "It will not happen."', 'It will', 'named', 'was emphatic');
    assertSpeaker('Maria Lopez spoke. ⟦She⟧ was clear: "We are done."', 'We are', 'pronoun', 'was clear');
    assertSpeaker('⟦A spokeswoman for the agency⟧ was firm: "No comment."', 'No comment', 'anonymous', 'was firm');
  });
  it('a clause with no one in it before the colon names no speaker ("The answer was simple:")', () => {
    assertNoSpeaker('The answer was simple: "No."', 'No.');
    // in title case the phrase parser reads "The Answer Was Simple" as a name; the headline rule's be-form check stops it
    assertNoSpeaker('The Answer Was Simple: "No."', 'No.');
    assertNoSpeaker('Voters spoke. The result is clear: "We lost."', 'We lost');
    // "it", a thing named after someone, the last noun after "of", a word that is no manner of speaking
    assertNoSpeaker('Lopez lost the vote. It was close: "We fell short."', 'fell short');
    assertNoSpeaker('Acme cut jobs. It was clear: "We had no choice."', 'no choice');
    assertNoSpeaker('The Trump statement was clear: "We won."', 'We won');
    assertNoSpeaker('The mayor of Chicago was furious: "Unacceptable."', 'Unacceptable');
    // (a manner of speaking this time: the mayor speaks, described, and Chicago does not)
    assert.equal(speakerEntityName('⟦The mayor of Chicago⟧ was blunt: "Unacceptable."', 'Unacceptable', 'named', 'was blunt'), null);
    assertNoSpeaker('Lopez is right: "This must stop."', 'must stop');
  });
  it('Her message was simple: "…" (words of speech their owner, a person\'s pronoun or a name, says)', () => {
    const { a, q } = assertSpeaker('Maria Lopez runs the shelter. ⟦Her⟧ message was simple: "Come early."', 'Come early', 'pronoun', 'message was simple');
    assertSpeaker('Maria Lopez runs the shelter. ⟦Lopez⟧\'s answer was blunt: "No."', 'No.', 'named', 'answer was blunt');
    // a few words before the noun; "answer" is a verb of saying too, which took "Her final" for a name
    assertSpeaker('Maria Lopez runs the shelter. ⟦Her⟧ final answer was short and simple: "No."', 'No.', 'pronoun', 'answer was short and simple');
    assert.equal(speakerName(a, q), 'Maria Lopez');
  });
  it('words of speech owned by no one or by a thing name no speaker ("The answer was simple:", "Its message")', () => {
    assertNoSpeaker('Maria Lopez runs the shelter. The answer was simple: "No."', 'No.');
    assertNoSpeaker('The shelter opened in May. Its message was simple: "Come early."', 'Come early');
    assertNoSpeaker('Maria Lopez runs the shelter. Her house was simple: "A hut."', 'A hut');
  });
  // a possessive after a determiner read as a name's: "answer", a verb of saying, took "The mayor's" for the speaker
  it('The mayor\'s answer was blunt: "…" (a title\'s, a tie\'s, a body\'s possessive owns the words, the speaker without "\'s")', () => {
    assertSpeaker('⟦The mayor⟧\'s answer was blunt: "We will not pay."', 'not pay', 'named', 'answer was blunt');
    assertSpeaker('⟦The mayor⟧\'s final answer was blunt: "We will not pay."', 'not pay', 'named', 'answer was blunt');
    assertSpeaker('⟦The company⟧\'s response was terse: "No comment."', 'No comment', 'organization', 'response was terse');
    // her son's words are not hers ("Her" no longer owns them past his possessive)
    assertSpeaker('Maria Lopez runs the shelter. ⟦Her son⟧\'s answer was blunt: "No."', 'No.', 'named', 'answer was blunt');
    assertSpeaker('⟦Lopez⟧\'s answer: "No."', 'No.', 'named', 'answer');
    // the curly ending is left off the speaker too, as long as the straight one (`POSSESSIVE_LENGTH`)
    assertSpeaker('⟦Lopez⟧’s answer: "No."', 'No.', 'named', 'answer');
  });
  // the headline rule took "Her answer" for a name
  it('Her answer: "…" (words of speech right before the colon: their owner says them; no one\'s name no one\'s)', () => {
    const { a, q } = assertSpeaker('Maria Lopez runs the shelter. ⟦Her⟧ answer: "We will not pay."', 'not pay', 'pronoun', 'answer');
    assert.equal(speakerName(a, q), 'Maria Lopez');
    assertNoSpeaker('The answer: "We will not pay."', 'not pay');
    assertNoSpeaker('The shelter opened in May. Its answer: "Come early."', 'Come early');
  });
  it('an imperative before the colon ("Remember:") is no headline\'s speaker', () => {
    assertNoSpeaker("Remember: 'We will not pay.'", 'not pay');
    assertNoSpeaker('Imagine: "A city without cars."', 'without cars');
    // (a name before the colon still speaks: "headline Trump: '…'")
  });
  // LitBank's Good Soldier: "one of us had, as the saying is, a "heart"" made "You" at the sentence's start the speaker
  it('"as the saying is", "as the saying goes": "saying" after "the", "this", "that" is a noun, no verb of saying', () => {
    assertNoSpeaker('You will gather that one of us had, as the saying is, a "weak heart", and so on.', 'weak heart');
    assertNoSpeaker("As the saying goes, 'every cloud has a silver lining.'", 'silver lining');
    assertNoSpeaker("You know this saying: 'every cloud has a silver lining.'", 'silver lining');
    // the verb still speaks, and the French "a" before a participle is an auxiliary, no determiner
    assertSpeaker("⟦Lopez⟧ kept saying 'we will not pay.'", 'not pay', 'named', 'saying');
    assertSpeaker('⟦Clément Beaune⟧ a appelé à « ne pas céder ».', 'ne pas', 'named', 'appelé');
  });
  // ownersWordsBeforeColon gives words to a title's, a tie's, a source's or a body's possessive ("The mayor's"), never to a thing's
  it('words of speech owned by a possessive that owns no words ("The dog\'s answer was blunt:") have no speaker, not the possessive', () => {
    assertNoSpeaker("The dog's answer was blunt: 'Woof.'", 'Woof');
    assertNoSpeaker("The dog's reply: 'Woof.'", 'Woof');
    assertSpeaker("⟦The mayor⟧'s answer was blunt: 'No.'", 'No.', 'named', 'answer was blunt');
  });
  it('a proverb before the colon ("The saying goes:", "An old adage:") is no headline\'s speaker', () => {
    assertNoSpeaker("The saying goes: 'Every cloud has a silver lining.'", 'silver lining');
    assertNoSpeaker("An old adage: 'Every cloud has a silver lining.'", 'silver lining');
    assertSpeaker("⟦The mayor⟧: 'Every cloud has a silver lining.'", 'silver lining', 'named', ':');
  });
  it('the passive of "told", "warned" makes its subject the one who heard the words, no speaker', () => {
    assertNoSpeaker("The crowd was told 'We will not pay.'", 'not pay');
    assertNoSpeaker('"We will not pay," the crowd was told.', 'not pay');
    assertNoSpeaker('Reporters were repeatedly warned: "Stay back."', 'Stay back');
    assertSpeaker('⟦Lopez⟧ told the crowd: "We will not pay."', 'not pay', 'named', 'told');
    assertSpeaker('"We will not pay," ⟦Lopez⟧ warned.', 'not pay', 'named', 'warned');
  });
  // the phrase parser took "the first to" for a descriptive speaker
  it('the infinitive\'s "to" ends no speaker ("the first to say"); the subject of "was" before it still speaks', () => {
    assertNoSpeaker('The first to say "we will not pay" was Lopez.', 'not pay');
    assertNoSpeaker('He was among the first to say "we will not pay."', 'not pay');
    assertNoSpeaker('In England it is the custom to call them "quite good people".', 'good people');
    assertSpeaker('⟦She⟧ was the first to say "we will not pay."', 'not pay', 'pronoun', 'say');
    assertSpeaker('⟦The governor⟧ was quick to say "no."', 'no.', 'named', 'say');
  });
  it('As Name put it, "…" and "…," as Name put it', () => {
    assertSpeaker('As ⟦Lopez⟧ put it, "Nobody is coming."', 'Nobody', 'named', 'put');
    assertSpeaker('As ⟦Lopez⟧ put it: "Nobody is coming."', 'Nobody', 'named', 'put');
    assertSpeaker('"Nobody is coming," as ⟦Lopez⟧ put it.', 'Nobody', 'named', 'put');
    assertSpeaker('⟦Lopez⟧ put it bluntly: "We lost."', 'We lost', 'named', 'put');
  });
  it('"…" — that is how Name remembers it; "…," Name remembers ("remember" with no object but "it")', () => {
    assertSpeaker('Maria Lopez lives by the river. "The water came fast" — that is how ⟦Lopez⟧ remembers it.', 'water', 'named', 'remembers');
    assertSpeaker('Maria Lopez lives by the river. "The water came fast," ⟦Lopez⟧ remembers.', 'water', 'named', 'remembers');
    assertSpeaker('Maria Lopez lives by the river. That is how ⟦Lopez⟧ remembers it: "The water came fast."', 'water', 'named', 'remembers');
  });
  it('"remember" with an object, a quoted one too, reports no words', () => {
    assertNoSpeaker('Maria Lopez lives by the river. Lopez remembers the flood: "The water came fast."', 'water');
    assertNoSpeaker('Maria Lopez lives by the river. Lopez remembers "the big one" of 1993 well.', 'big one');
  });
  it('Name was quick to say "…": the subject of "be" before "to" speaks, not the clause', () => {
    assertSpeaker('Gov. Ann Lee spoke. ⟦The governor⟧ was quick to say "We will rebuild."', 'rebuild', 'named', 'say');
    assertSpeaker('Gov. Ann Lee spoke. ⟦Lee⟧ was eager to tell reporters: "We will rebuild."', 'rebuild', 'named', 'tell');
    assertSpeaker('Gov. Ann Lee spoke. ⟦The man⟧ was very rude to call it "a dump."', 'dump', 'named', 'call');
  });
  it('a clause with "be" is no speaker, nor an empty "it" before "be"', () => {
    assertNoSpeaker('Gov. Ann Lee spoke. The aim was to say "We will rebuild."', 'rebuild');
    assertNoSpeaker('Gov. Ann Lee spoke. It was good practice to say "We will rebuild."', 'rebuild');
    assertSpeaker('Gov. Ann Lee spoke. "We will rebuild," ⟦the man⟧ who was in charge said.', 'rebuild', 'named');
  });
  it('"put it" with more after it reports no words ("put it to a vote", "put it at $5 million")', () => {
    assertNoSpeaker('He put it to a vote: "All in favour?"', 'favour');
    assertNoSpeaker('Police put it at $5 million: "A record haul."', 'record haul');
  });
  it('"…," one of them said (partitive anonymous)', () =>
    void assertSpeaker('“We were told the bridge would hold for another decade,” ⟦one of them⟧ said.', 'bridge', 'anonymous', 'said'));
  it('"…," three of the inspectors said', () =>
    void assertSpeaker('"Nobody checked the welds," ⟦three of the inspectors⟧ said.', 'welds', 'anonymous', 'said'));
  it('"…," one official / several residents / some analysts said', () => {
    assertSpeaker('"The budget will not survive the summer," ⟦one official⟧ said.', 'budget', 'anonymous', 'said');
    assertSpeaker('"The water smelled of diesel for a week," ⟦several residents⟧ said.', 'diesel', 'anonymous', 'said');
    assertSpeaker('"The merger is priced for perfection," ⟦some analysts⟧ said.', 'merger', 'anonymous', 'said');
  });
  it('options.anonymousWords extends anonymous sources', () => {
    const a = analyze('"Prices will rise," an insider said.', { anonymousWords: ['insider'] });
    assert.equal(a.quotations[0].speaker?.kind, 'anonymous');
  });
  it('options.extraCues adds reporting verbs', () => {
    const text = '"Not bad for a Monday," Smith quipped.';
    assert.equal(analyze(text).quotations[0].speaker?.text, 'Smith'); // "quipped" is built in
    const zinged = '"Not bad," Smith zinged.';
    const b = analyze(zinged, { extraCues: ['zinged'] });
    assert.equal(b.quotations[0].speaker?.text, 'Smith');
    assert.equal(analyze(zinged).quotations[0].speaker, null);
  });
});

/** The entity name a quotation's speaker resolves to, or null. */
function speakerEntityName(src: string, contains: string, kind: string, cue?: string): string | null {
  const { a, q } = assertSpeaker(src, contains, kind, cue);
  return speakerName(a, q) ?? null;
}

describe('a role a possessive name owns', () => {
  // "Joe Biden's wife, Jill Biden": the name in apposition speaks, not the one owning the role
  it('"…," said Joe Biden\'s wife, Jill Biden / Joe Biden\'s spokesman, Andrew Bates / Biden\'s wife, Jill', () => {
    assert.equal(speakerEntityName('"We are ready," said Joe Biden\'s wife, ⟦Jill Biden⟧.', 'ready', 'named', 'said'), 'Jill Biden');
    assert.equal(speakerEntityName('"No comment," said Joe Biden’s spokesman, ⟦Andrew Bates⟧, on Monday.', 'comment', 'named', 'said'), 'Andrew Bates');
    assert.equal(speakerEntityName('"We are ready," said Biden\'s wife, ⟦Jill⟧.', 'ready', 'named', 'said'), 'Jill');
  });
  // with no comma the name after the role speaks all the same, but a day after it is no name
  it('"…," said Trump\'s lawyer Rudy Giuliani / Biden\'s son Hunter (not a described speaker); Joe Biden\'s wife Monday', () => {
    assert.equal(speakerEntityName('"It is fine," said Trump\'s lawyer ⟦Rudy Giuliani⟧.', 'fine', 'named', 'said'), 'Rudy Giuliani');
    assert.equal(speakerEntityName('"No," said Biden\'s son ⟦Hunter⟧.', 'No', 'named', 'said'), 'Hunter');
    assert.equal(speakerEntityName('"We are ready," said ⟦Joe Biden\'s wife⟧ Monday.', 'ready', 'named', 'said'), null);
  });
  // a role with no possessive name before the name in apposition, too
  it('"…," the company\'s chief executive, Dana Wells, said / her husband, Tom Wells, said', () => {
    assert.equal(speakerEntityName('"We grew," the company\'s chief executive, ⟦Dana Wells⟧, said.', 'grew', 'named', 'said'), 'Dana Wells');
    assert.equal(speakerEntityName('"We grew," her husband, ⟦Tom Wells⟧, said.', 'grew', 'named', 'said'), 'Tom Wells');
  });
  it('"…," said Biden\'s former chief of staff, Ron Klain (a role with an "of" phrase)', () =>
    assert.equal(speakerEntityName('"Yes," said Biden\'s former chief of staff, ⟦Ron Klain⟧.', 'Yes', 'named', 'said'), 'Ron Klain'));
  // with no name after it the described speaker is the whole role, its "of" phrase too
  it('"…," said Biden\'s chief of staff; Biden\'s chief of staff said; The BMA\'s chair of council said (a described speaker, whole)', () => {
    assert.equal(speakerEntityName('"Yes," said ⟦Biden\'s chief of staff⟧.', 'Yes', 'named', 'said'), null);
    assert.equal(speakerEntityName('"Yes," ⟦Biden\'s chief of staff⟧ said.', 'Yes', 'named', 'said'), null);
    assert.equal(speakerEntityName('"Yes," ⟦The BMA\'s chair of council⟧ said.', 'Yes', 'named', 'said'), null);
  });
  // a possessive the tokenizer splits: after an abbreviation's period ("Corp.'s"), an apostrophe alone after an s ("Jones'")
  it('"…," said Acme Corp.\'s spokesman, Tom Reed / Jones\' lawyer, Ann Lee; Acme Corp.\'s spokesman said; Jones\' lawyer said', () => {
    assert.equal(speakerEntityName('"We won," said Acme Corp.\'s spokesman, ⟦Tom Reed⟧.', 'won', 'named', 'said'), 'Tom Reed');
    assert.equal(speakerEntityName('"We won," said Jones\' lawyer, ⟦Ann Lee⟧.', 'won', 'named', 'said'), 'Ann Lee');
    assert.equal(speakerEntityName('"We won," ⟦Acme Corp.\'s spokesman⟧ said.', 'won', 'anonymous', 'said'), null);
    assert.equal(speakerEntityName('"We won," ⟦Jones\' lawyer⟧ said.', 'won', 'named', 'said'), null);
  });
  it('"…," Joe Biden\'s wife, Jill Biden, said', () =>
    assert.equal(speakerEntityName('"We are ready," Joe Biden\'s wife, ⟦Jill Biden⟧, said.', 'ready', 'named', 'said'), 'Jill Biden'));
  // without a name the role is a described speaker: attributed, but to no one the article names
  it('"…," said Joe Biden\'s wife; Joe Biden\'s wife said; "…," the wife of Joe Biden said', () => {
    assert.equal(speakerEntityName('"We are ready," said ⟦Joe Biden\'s wife⟧.', 'ready', 'named', 'said'), null);
    assert.equal(speakerEntityName('"We are ready," ⟦Joe Biden\'s wife⟧ said.', 'ready', 'named', 'said'), null);
    assert.equal(speakerEntityName('⟦Joe Biden\'s wife⟧ said "we are ready."', 'ready', 'named', 'said'), null);
    assert.equal(speakerEntityName('"We are ready," said ⟦the wife of Joe Biden⟧.', 'ready', 'named', 'said'), null);
    const { a } = assertSpeaker('Joe Biden left. "We are ready," said ⟦Joe Biden\'s wife⟧.', 'ready', 'named', 'said');
    assert.deepEqual(findingsOf(a, 'unattributed-quote'), []);
  });
  // a body the name owns is no more that name
  it('"…," said Joe Biden\'s campaign (organization, not Joe Biden)', () =>
    assert.equal(speakerEntityName('"We are ready," said ⟦Joe Biden\'s campaign⟧.', 'ready', 'organization', 'said'), null));
  // nor is a person's people the surname before them names: "the Biden campaign" as "Biden's campaign"
  it('"…," said the Biden campaign; the Biden administration said; said the Obama family (described, not the person)', () => {
    assert.equal(speakerEntityName('Joe Biden left. "We are ready," said ⟦the Biden campaign⟧.', 'ready', 'organization', 'said'), null);
    assert.equal(speakerEntityName('"We are ready," ⟦the Biden administration⟧ said.', 'ready', 'organization', 'said'), null);
    const { a } = assertSpeaker('"We are fine," said ⟦the Obama family⟧.', 'fine', 'named', 'said');
    assert.equal(a.quotations[0].speaker?.entityId, null);
    assert.deepEqual(findingsOf(a, 'unattributed-quote'), []);
  });
  it('"…," said the Trump Organization (the organization named)', () =>
    assert.equal(speakerEntityName('"We are ready," said the ⟦Trump Organization⟧.', 'ready', 'organization', 'said'), 'Trump Organization'));
  // an unnamed spokesman is an anonymous source, as "a spokesman" is
  it('"…," said Joe Biden\'s spokesman (anonymous)', () =>
    assert.equal(speakerEntityName('"No comment," said ⟦Joe Biden\'s spokesman⟧.', 'comment', 'anonymous', 'said'), null));
  // only a person's role: a possessive before a thing is not a speaker ("Dvořák's own style has been described as")
  it('not a possessive name\'s thing', () => {
    const a = analyze('Joe Biden\'s own style has been described as "a bet on the next decade."');
    assert.equal(a.quotations[0].speaker, null);
  });
  // before the cue too: the role of someone's is not that someone, whatever the case of the name
  it('before the cue: "…," the wife of Joe Biden said; the president of Acme Corp. said (described, neither Biden nor Acme)', () => {
    assert.equal(speakerEntityName('Joe Biden spoke. "We are ready," ⟦the wife of Joe Biden⟧ said.', 'ready', 'named', 'said'), null);
    assert.equal(speakerEntityName('Joe Biden spoke. ⟦The wife of Joe Biden⟧ said: "We are ready."', 'ready', 'named', 'said'), null);
    assert.equal(speakerEntityName('Acme Corp. grew. "We are ready," ⟦the president of Acme Corp.⟧ said.', 'ready', 'named', 'said'), null);
  });
  // but "the voice of John Reed" is John Reed's
  it('"…," cried the voice of John Reed (John Reed)', () =>
    assert.equal(speakerEntityName('John Reed came in. "Where is she?" cried the voice of ⟦John Reed⟧.', 'Where', 'named', 'cried'), 'John Reed'));
});

// speakers of news copy: party members, withheld names, participles, opening clauses, clauses joined after a quotation
describe('speakers in news copy', () => {
  // a party's member is a person described, not a body, nor the place after "from"
  it('"…," the Democrat said; the Republican from Texas said (a person described, not a party or Texas)', () => {
    assert.equal(speakerEntityName('Texas voted. "We are ready," ⟦the Republican from Texas⟧ said.', 'ready', 'named', 'said'), null);
    assert.equal(speakerEntityName('⟦The Republican from Texas⟧ said: "We are ready."', 'ready', 'named', 'said'), null);
    assertSpeaker('"We are ready," ⟦the Democrat⟧ said.', 'ready', 'named', 'said');
    assertSpeaker('⟦The Democrat⟧ said: "We are ready."', 'ready', 'named', 'said');
    assert.equal(speakerEntityName('Texas voted. "We are ready," said ⟦the Republican from Texas⟧.', 'ready', 'named', 'said'), null);
    assert.equal(speakerEntityName('Texas voted. "We are ready," ⟦a Republican from Texas⟧ said.', 'ready', 'named', 'said'), null);
    assertSpeaker('"We are ready," said ⟦the Democrat⟧.', 'ready', 'named', 'said');
  });
  // a description the story says it withholds a name for is an anonymous source, as "a source" is
  it('"…," said one portfolio manager, who declined to be named (anonymous)', () => {
    assertSpeaker('"I am staying away," said ⟦one portfolio manager at a large fund⟧, who declined to be named.', 'staying away', 'anonymous', 'said');
    assertSpeaker('"I am staying away," said ⟦a campaign adviser⟧ who requested anonymity to speak candidly.', 'staying away', 'anonymous', 'said');
    assertSpeaker('"I am staying away," said ⟦a portfolio manager⟧, who joined the fund in 2019.', 'staying away', 'named', 'said');
    assertSpeaker('"I am staying away," said ⟦an official⟧ who was not authorized to speak publicly.', 'staying away', 'anonymous', 'said');
    assertSpeaker('"I am staying away," said ⟦a lawyer⟧ who was not authorized to represent the family.', 'staying away', 'named', 'said');
  });
  // a participle after the head noun opens what follows it, as a preposition does: the described one speaks
  it('"…," a lawyer representing the family said; A union representing workers called it "…" (not the family, not the workers)', () => {
    assertSpeaker('"We will appeal," ⟦a lawyer representing the family⟧ said.', 'appeal', 'named', 'said');
    assert.equal(speakerEntityName('Jane Smith sued. "We will appeal," ⟦an attorney representing Smith⟧ said.', 'appeal', 'named', 'said'), null);
    assertSpeaker('⟦A union representing workers at the plant⟧ called the decision "a betrayal."', 'betrayal', 'organization', 'called');
    assertSpeaker('"No," ⟦an aide working for the senator⟧ said.', 'No', 'anonymous', 'said');
  });
  // the manner before a colon speaks for the subject after the sentence's opening clause too
  it('Asked about the defense, Spoelstra was blunt: "…" (the subject after the opening clause)', () => {
    assertSpeaker('Asked about the defense, ⟦Spoelstra⟧ was blunt: "Not good enough."', 'Not good', 'named', 'was blunt');
    assertSpeaker('The Heat lost. After the loss, Coach ⟦Erik Spoelstra⟧ was blunt: "Not good enough."', 'Not good', 'named', 'was blunt');
  });
  // the quotation belongs to the clause before it; "and" after its closing mark joins a clause with words of its own
  it('Critics called it "…," and lawmakers said they would fight (the critics, not the lawmakers)', () => {
    assertSpeaker('⟦Critics⟧ called the formula "a giveaway to big cities," and several lawmakers said they would fight it.', 'giveaway', 'anonymous', 'called');
    assertSpeaker('"We will win," ⟦she⟧ said, and the crowd cheered.', 'win', 'pronoun', 'said');
    // (a whole quotation's "and" beat is still its speaker's; "or so" is no clause of its own)
    assertSpeaker('"Really?" and ⟦she⟧ laughed.', 'Really', 'pronoun', 'laughed');
    assertSpeaker('"We have a deal," or so ⟦Smith⟧ told reporters.', 'deal', 'named', 'told');
  });
  // an "-ing" form after a cue adds to it: the cue before it is the clause's verb
  it('"…?" he asked pointing north; asked Smith pointing north; "…," estimating it (the first cue, not the "-ing" form after it)', () => {
    assertSpeaker('"What is over there?" ⟦he⟧ asked pointing northward.', 'over there', 'pronoun', 'asked');
    assertSpeaker('"What is over there?" asked ⟦Smith⟧ pointing northward.', 'over there', 'named', 'asked');
    // an "-ing" cue right after the quotation goes on with the sentence's subject; what follows it is its object
    assertSpeaker('⟦Analysts at Barclays⟧ wrote that the cost would be "manageable," estimating it at $200 million.', 'manageable', 'anonymous', 'wrote');
  });
});

// news copy writes a title alone in lower case ("the mayor added"): no mention, but the same holder as "the Mayor"
describe('a title alone in lower case', () => {
  it('is its one holder the story named with that title', () => {
    assert.equal(speakerEntityName('Mayor Jane Alvarez announced a cut.\n\n"I understand the anger," ⟦the mayor⟧ added.', 'anger', 'named', 'added'), 'Jane Alvarez');
    assert.equal(speakerEntityName('Sen. Elizabeth Warren spoke on Monday.\n\n"We will win," ⟦the senator⟧ said.', 'win', 'named', 'said'), 'Elizabeth Warren');
    assert.equal(speakerEntityName('President Joe Biden met Vice President Kamala Harris. "We are ready," ⟦the president⟧ said.', 'ready', 'named', 'said'), 'Joe Biden');
    assert.equal(speakerEntityName('Prime Minister Keir Starmer flew in. "We are ready," ⟦the prime minister⟧ said.', 'ready', 'named', 'said'), 'Keir Starmer');
    assert.equal(speakerEntityName('Gov. Mary Jones spoke.\n\n⟦The governor⟧ said: "We are ready."', 'ready', 'named', 'said'), 'Mary Jones');
  });
  it('is the one person named before it with that role in an appositive or before the name', () => {
    assert.equal(speakerEntityName('The mayor of Springfield, Jane Alvarez, announced a cut.\n\n"I understand the anger," ⟦the mayor⟧ added.', 'anger', 'named', 'added'), 'Jane Alvarez');
    assert.equal(speakerEntityName('Jane Alvarez, the city’s mayor, announced a cut. Tom Reed, a council member, objected.\n\n"I understand," ⟦the mayor⟧ added.', 'understand', 'named', 'added'), 'Jane Alvarez');
    assert.equal(speakerEntityName('Venezuelan opposition leader Juan Guaidó spoke.\n\n"We will win," ⟦the opposition leader⟧ said.', 'win', 'named', 'said'), 'Juan Guaidó');
    // two mayors, by role or by title and role: no guess
    assert.equal(speakerEntityName('Jane Alvarez, the mayor of Springfield, met Tom Reed, the mayor of Shelbyville.\n\n"We will win," ⟦the mayor⟧ said.', 'win', 'named', 'said'), null);
    assert.equal(speakerEntityName('Mayor Tom Reed met Jane Alvarez, the mayor of Springfield.\n\n"We will win," ⟦the mayor⟧ said.', 'win', 'named', 'said'), null);
  });
  // "state" is a verb of saying too, and a title's lower-case "of" phrase ties it to no one as "the wife of" does
  it('is the holder of a title with an "of" phrase: "…," the secretary of state said', () => {
    assert.equal(speakerEntityName('Secretary of State Antony Blinken arrived.\n\n"We will fight," ⟦the secretary of state⟧ said.', 'fight', 'named', 'said'), 'Antony Blinken');
    assert.equal(speakerEntityName('Secretary of State Antony Blinken arrived.\n\n"We will fight," ⟦the secretary of state⟧ told reporters.', 'fight', 'named', 'told'), 'Antony Blinken');
    assert.equal(speakerEntityName('Mayor Jane Alvarez spoke.\n\n"We will fight," ⟦the wife of the mayor⟧ said.', 'fight', 'named', 'said'), null);
  });
  it('is the one holder by title, as "the President" is, beside one holding it in an organization', () =>
    assert.equal(speakerEntityName('Acme Corp. President Dana Wells met President Joe Biden. "We made progress," ⟦the president⟧ said.', 'progress', 'named', 'said'), 'Joe Biden'));
  it('is no one for a description ending in a title that no one holds so', () =>
    assert.equal(speakerEntityName('Mayor Jane Alvarez announced a cut.\n\n"No," ⟦the newly elected county mayor⟧ said.', 'No', 'named', 'said'), null));
  it('is the one person with the role, whatever words follow the title in it ("a senator from Ohio", "the mayor since 2019")', () => {
    assert.equal(speakerEntityName('Jane Smith, a senator from Ohio, spoke.\n\n"No," ⟦the senator⟧ said.', 'No', 'named', 'said'), 'Jane Smith');
    assert.equal(speakerEntityName('Tom Reed, the mayor since 2019, spoke.\n\n"No," ⟦the mayor⟧ said.', 'No', 'named', 'said'), 'Tom Reed');
  });
  it('is no one when no one or several hold the title, or the words are no title', () => {
    assert.equal(speakerEntityName('Sen. Elizabeth Warren and Sen. Bernie Sanders spoke.\n\n"We will win," ⟦the senator⟧ said.', 'win', 'named', 'said'), null);
    assert.equal(speakerEntityName('Jane Alvarez announced a cut.\n\n"I understand the anger," ⟦the mayor⟧ added.', 'anger', 'named', 'added'), null);
    assert.equal(speakerEntityName('Chairman Tom Reed spoke.\n\n"No," ⟦the man⟧ said.', 'No', 'named', 'said'), null);
  });
});

describe('a title alone that two people hold', () => {
  // "the Press Secretary said" after two press secretaries: the title speaks, no guess between them
  it('is a speaker described by the title, not the latest holder', () => {
    const text = 'Press Secretary Karine Jean-Pierre spoke on Monday.\n\nFormer Press Secretary Jen Psaki said the job was hard.\n\n"We are ready," the ⟦Press Secretary⟧ said.';
    const { a } = assertSpeaker(text, 'ready', 'named', 'said');
    assert.equal(quote(a, 'ready').speaker?.entityId, null);
    assert.deepEqual(findingsOf(a, 'unattributed-quote'), []);
    assert.equal(speakerEntityName('Secretary of State Antony Blinken met Defense Secretary Lloyd Austin. "We are ready," the ⟦Secretary⟧ said.', 'ready', 'named', 'said'), null);
  });
  it('is the one holder mentioned in the last few paragraphs', () => {
    const text = 'Former Press Secretary Jen Psaki left in 2022.\n\nThe room was rebuilt.\n\nReporters moved back in May.\n\nThe schedule changed.\n\nPress Secretary Karine Jean-Pierre spoke on Monday.\n\n"We are ready," the ⟦Press Secretary⟧ said.';
    assert.equal(speakerEntityName(text, 'ready', 'named', 'said'), 'Karine Jean-Pierre');
  });
  it('is the one holder of that office, not of another with its word ("Vice President")', () =>
    assert.equal(speakerEntityName('President Joe Biden met Vice President Kamala Harris. "We are ready," the ⟦President⟧ said.', 'ready', 'named', 'said'), 'Joe Biden'));
  it('is the one holder with a title in an organization beside them', () =>
    assert.equal(speakerEntityName('President Joe Biden met Acme Corp. President Dana Wells. "We made progress," the ⟦President⟧ said.', 'progress', 'named', 'said'), 'Joe Biden'));
  // an abbreviated title is that office: two "Sen." are two senators
  it('is no guess between two holders of an abbreviated title, the one holder where only one has it', () => {
    assert.equal(speakerEntityName('Sen. John Smith met Sen. Mary Jones. "No," the ⟦Senator⟧ said.', 'No', 'named', 'said'), null);
    assert.equal(speakerEntityName('Sen. John Smith met Gov. Mary Jones. "No," the ⟦Senator⟧ said.', 'No', 'named', 'said'), 'John Smith');
  });
  // with no one holding it outright, two holding it in organizations are as much a guess as two outright
  it('is no guess between two holders in organizations', () =>
    assert.equal(speakerEntityName('Acme Corp. President Dana Wells met Beta Inc. President Tom Reed. "We made progress," the ⟦President⟧ said.', 'progress', 'named', 'said'), null));
});

describe('foreign cues', () => {
  it('French: a déclaré, a-t-il ajouté, selon', () => {
    assertSpeaker('« Nous irons jusqu’au bout », a déclaré ⟦Laurent Brun⟧.', 'Nous irons', 'named', 'a déclaré');
    assertSpeaker('« C’est injuste », a-t-⟦il⟧ ajouté.', 'injuste', 'pronoun');
    assertSpeaker('« Nous ne céderons pas », selon ⟦un conseiller du gouvernement⟧.', 'céderons', 'anonymous', 'selon');
  });
  it('German: sagte, laut', () => {
    assertSpeaker('„Das ist ein guter Tag“, sagte ⟦Olaf Scholz⟧ am Freitag.', 'guter Tag', 'named', 'sagte');
    assertSpeaker('„Wir geben nicht mehr aus“, sagte ⟦er⟧.', 'Wir geben', 'pronoun', 'sagte');
  });
  it('Spanish: dijo, según', () => {
    assertSpeaker('"Es una ley histórica", dijo la ministra ⟦Isabel Rodríguez⟧.', 'ley histórica', 'named', 'dijo');
    assertSpeaker('Según ⟦el informe⟧, "los precios subirán".', 'precios', 'document', 'Según');
  });
});

describe('inheritance and pronouns', () => {
  it('a quotation after an attributed one in the same paragraph inherits its speaker, cue null', () => {
    const a = analyze('"Past administrations allowed this," Trump said. "I inherited a mess."');
    const q = quote(a, 'inherited');
    assert.equal(q.speaker?.text, 'Trump');
    assert.equal(q.speaker?.cue, null);
  });
  it('a new paragraph does not inherit', () => {
    const a = analyze('"Past administrations allowed this," Trump said.\n\n"I inherited a mess."');
    assert.equal(quote(a, 'inherited').speaker, null);
  });
  it('"he added" resolves to the nearest compatible person', () => {
    const a = analyze('"Past administrations allowed this," Trump said.\n\n“But I’ll fix it,” he added.');
    const q = quote(a, 'fix it');
    assert.equal(q.speaker?.kind, 'pronoun');
    assert.equal(q.speaker?.text, 'he');
    assert.equal(q.speaker?.alternatives, undefined);
  });
  it('gender evidence picks the right person (Mrs. / first names)', () => {
    const a = analyze('Mrs. Alvarez met Mr. Brown on Monday.\n\n"It went well," she said.');
    const q = quote(a, 'went well');
    assert.equal(q.speaker?.alternatives, undefined);
    const b = analyze('Maria Lopez met John Carter on Monday.\n\n"It went well," he said.');
    assert.equal(quote(b, 'went well').speaker?.alternatives, undefined);
  });
  it('two people who fit equally make the speaker ambiguous', () => {
    const a = analyze('Mr. Brown met Mr. Green on Monday.\n\n"It went well," he said.');
    const q = quote(a, 'went well');
    assert.ok(q.speaker?.alternatives && q.speaker.alternatives.length >= 1);
    const f = findingsOf(a, 'ambiguous-speaker');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'information');
    assert.deepEqual(f[0].span, q.speaker!.span);
  });
  it('a person named inside a quotation is no one its pronoun speaker may be', () => {
    const a = analyze('Transport Minister Clément Beaune spoke on Monday. "Jean Dupont needs the trains to run," he said.');
    assert.equal(quote(a, 'needs the trains').speaker?.alternatives, undefined);
    assert.deepEqual(findingsOf(a, 'ambiguous-speaker'), []);
    // the same person named outside the quotation still competes
    const b = analyze('Transport Minister Clément Beaune met Jean Dupont on Monday. "The trains must run," he said.');
    assert.ok(quote(b, 'trains must run').speaker?.alternatives?.length);
  });
  it('a named speaker without an entity mention stays named with entityId null', () => {
    const a = analyze('"We tried," said Zorblax Quuvian.');
    assert.equal(a.quotations[0].speaker?.kind, 'named');
  });
});

describe('kinds', () => {
  it('direct, partial and scare', () => {
    const a = analyze('Pompeo warned that the move "risks prolonging the suffering," an aide said. The so-called "efficiency plan" failed. He watched the documentary "Blackout" twice. "We are done," Smith said.');
    assert.equal(quote(a, 'risks').kind, 'partial');
    assert.equal(quote(a, 'efficiency').kind, 'scare');
    assert.equal(quote(a, 'Blackout').kind, 'scare');
    assert.equal(quote(a, 'We are done').kind, 'direct');
  });
  it('short capitalised titles without a cue are scare quotes', () => {
    const a = analyze('Fans sang "Blue Moon" after the game.');
    assert.equal(a.quotations[0].kind, 'scare');
    assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  });
});
