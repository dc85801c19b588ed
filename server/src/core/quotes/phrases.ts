import type { SpeakerKind, Span } from '../types';
import { ANONYMOUS_NOUNS, BE_FORMS, DETERMINERS, DOCUMENT_NOUNS, NAME_PARTICLES, ORGANIZATION_NOUNS, PRONOUNS, TIE_NOUNS, TITLES, VERB_MODIFIERS } from './cues';
import { endsInPossessive, POSSESSIVE_LENGTH, withoutPossessive, type Token } from './tokens';
import { PARTY_MEMBERS, PEOPLE_PLURALS, PERSONS_FOLLOWINGS as ENTITY_PERSONS_FOLLOWINGS, WEEKDAYS, firstNameGender } from '../entities/names';
import { foldKey } from '../entities/tokens';

/** A speaker phrase found next to a cue. */
export interface SpeakerPhrase {
  /** The speaker as it should be shown: a name without titles, a pronoun, or a descriptive phrase. */
  span: Span;
  kind: SpeakerKind;
  /** Token range of the whole phrase (with titles and determiners), `[first, last]`. */
  first: number;
  last: number;
  /**
   * A speaker described, not named ("Joe Biden's wife", "the wife of Joe Biden", "Joe Biden's
   * campaign"): the speaker is no mention inside the phrase, so it takes no entity from one.
   */
  described?: true;
}

/** Lexicons that the options extend. */
export interface SpeakerLexicon {
  anonymous: Set<string>;
}

/** Prepositions inside a descriptive speaker ("a spokesperson for the ministry", "people familiar with"). */
const PHRASE_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'close', 'familiar', 'to', 'de', 'du', 'des', 'von', 'des', 'del', 'der']);
/** Words that never belong to a speaker phrase. */
const STOP = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'as', 'because', 'while', 'in', 'on', 'by',
  'not', 'no', 'it', 'there', 'what', 'how', 'why', 'said', 'says', 'et', 'und', 'y', 'que', 'dass', 'than', 'also', 'would',
  'am', 'im', 'um', 'beim', 'nach', 'vor', 'durch', 'après', 'avant', 'devant', 'en', 'por', 'tras', 'ante', 'after', 'before',
  'during', 'about', 'en', 'dans', 'sur', 'sobre', 'während', 'bei', 'into', 'over', 'under', 'through', 'via', 'outside', 'inside',
  // a form of "be" makes a clause, no speaker: "The governor was quick to" (`skipBack` finds "The governor" before it)
  ...BE_FORMS,
]);

/** Conjunctions and adverbs that open a sentence before its subject ("So she said", "And then he said"), capitalised there. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'then', 'still', 'thus', 'hence']);

const isPronoun = (t: Token | undefined) => !!t && t.isWord && t.lower in PRONOUNS && !(t.lower === 'i' || t.lower === 'we');
/** A title word ("Sen.", "President"): stripped from names. */
export const isTitle = (t: Token) => t.isWord && TITLES.has(withoutFinalPeriod(t.lower));

/** A word without a final period (`word.replace(/\.$/, '')`, without the expression). */
function withoutFinalPeriod(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/**
 * Parses a speaker phrase starting at token `i` (after a cue: "said Sen. Elizabeth Warren",
 * "according to a department spokesperson"). Null when the tokens are not a speaker.
 */
export function parseSpeakerForward(tokens: Token[], i: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  const t = tokens[i];
  if (!t || !t.isWord) return null;
  if (isPronoun(t)) return { span: span(t, t), kind: 'pronoun', first: i, last: i };
  const group = groupForward(tokens, i, lex);
  if (group) return group;
  if (t.cap && !DETERMINERS.has(t.lower)) {
    let j = i;
    while (j + 1 < tokens.length && continuesName(tokens, j + 1)) j++;
    // "So she assumed a dazed expression and then said:": a word opening the sentence alone is no name; the subject follows it
    if (j === i && SENTENCE_OPENERS.has(t.lower)) return parseSpeakerForward(tokens, i + 1, lex);
    const split = splitPossessiveEnd(tokens, j);
    if (split > 0 || isPossessive(tokens[j])) {
      const owned = possessiveForward(tokens, i, split > 0 ? split : j, lex);
      if (owned) return owned;
    }
    // "Red Cross volunteer Angela Brooks": a role between an organization and the name (not a verb and its object:
    // "Smith attacked Jones, saying", "Smith told Jones")
    let k = j + 1;
    // (a verb stops the run short of the name: the test below then finds a lower-case word, no name)
    while (k < tokens.length && k - j <= 2 && tokens[k].isWord && !tokens[k].cap && !STOP.has(tokens[k].lower) && !PHRASE_PREPOSITIONS.has(tokens[k].lower) && !pastVerb(tokens[k].lower)) k++;
    if (k > j + 1 && k < tokens.length && tokens[k].isWord && tokens[k].cap) {
      let e = k;
      while (e + 1 < tokens.length && continuesName(tokens, e + 1)) e++;
      const name = named(tokens, k, e, lex);
      if (name) return { ...name, first: i };
    }
    return named(tokens, i, j, lex);
  }
  // "said analyst Jane Doe of Goldman Sachs": a role's noun with no determiner before a name is a title as "spokesman" is
  if (roleBeforePersonNameAt(tokens, i, lex)) {
    const name = nameAt(tokens, i + 1, lex);
    if (name) return { ...name, first: i };
  }
  if (DETERMINERS.has(t.lower) || isSourceNoun(t.lower, lex) || DOCUMENT_NOUNS.has(t.lower)) {
    // a descriptive phrase: words up to punctuation, a stop word or a preposition that starts an adverbial
    let j = i;
    let words = 1;
    while (j + 1 < tokens.length && words < 9) {
      const n = tokens[j + 1];
      if (!n.isWord || STOP.has(n.lower)) break;
      j++;
      words++;
    }
    // "said a spokeswoman curtly", "inquired his mother irrelevantly": the manner of saying ends no speaker ("the family" keeps its noun)
    while (j > i + 1 && mannerAdverb(tokens[j])) j--;
    // a description with the name in apposition: "le secrétaire général de la CGT, Laurent Brun"
    const comma = tokens[j + 1];
    const after = tokens[j + 2];
    if (comma && comma.text === ',' && after && after.isWord && after.cap && !DETERMINERS.has(after.lower) && !isPronoun(after)) {
      let e = j + 2;
      while (e + 1 < tokens.length && continuesName(tokens, e + 1)) e++;
      const name = named(tokens, j + 2, e, lex);
      if (name && name.kind === 'named' && e > j + 2) return { ...name, first: i };
    }
    return descriptive(tokens, i, j, lex);
  }
  // a role without determiner before the name: "city council member Luis Ortega", "victims' advocate Jane Doe"
  for (let k = i; k < tokens.length && k - i < 5; k++) {
    const w = tokens[k];
    if (apostropheAfterWord(tokens, k)) continue;
    if (!w.isWord || STOP.has(w.lower) || PHRASE_PREPOSITIONS.has(w.lower)) break;
    if (w.cap) {
      let e = k;
      while (e + 1 < tokens.length && continuesName(tokens, e + 1)) e++;
      const name = named(tokens, k, e, lex);
      return name ? { ...name, first: i } : null;
    }
  }
  return null;
}

/** Whether a lower-case word is an "-ing" form ("saying", "representing"; not "king", "sing"): six letters or more. */
export function ingForm(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ing');
}

/** A lower-case participle, which opens a clause of its own after a group's head ("filed", "calling", "speaking"). */
function participle(t: Token): boolean {
  return !t.cap && (pastVerb(t.lower) || ingForm(t.lower));
}

/** Words of time that end a speaker after a cue ("said police Tuesday", "said police late Tuesday", "said police today", "on Monday"). */
const TIME_AFTER_SPEAKER: ReadonlySet<string> = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight', 'late', 'early', 'earlier', 'later', 'last', 'this', 'next', 'on', 'overnight',
]);

/** A word of time after a speaker (`TIME_AFTER_SPEAKER`). */
function timeWordAfterSpeaker(t: Token): boolean {
  return TIME_AFTER_SPEAKER.has(t.lower);
}

/** Most words of a group with no determiner after a cue, from its first word to its last ("officials at the agency in charge"). */
const MAX_GROUP_WORDS = 8;

/** Most words before the head of a group with no determiner ("said U.S. military officials"). */
const MAX_GROUP_MODIFIERS = 3;

/**
 * A group with no determiner after a cue, its head a plural source or a body (`bareGroupHead`) or plural documents
 * after at most `MAX_GROUP_MODIFIERS` words that modify it: "said federal prosecutors", "said U.S. officials" (not the
 * United States), "said Ohio police", "according to court documents", with what follows the head up to a stop word,
 * a participle or a word of time ("said officials at the agency"). Null when no such head comes first, or a possessive,
 * a preposition or a verb comes before it ("said Biden's aides" is owned), or a name follows it ("said researchers Jane Doe").
 */
function groupForward(tokens: Token[], i: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  let h = i;
  for (;; h++) {
    const w = tokens[h];
    if (h - i > MAX_GROUP_MODIFIERS || w === undefined || !w.isWord || STOP.has(w.lower) || DETERMINERS.has(w.lower) || PHRASE_PREPOSITIONS.has(w.lower) || isPossessive(w)) return null;
    if (!w.cap && bareSpeakerHead(w.lower, lex)) break;
    if (!w.cap && pastVerb(w.lower)) return null;
  }
  // ("said researchers Jane Doe and Tom Reed": the names in apposition speak; "said victims' advocate Jane Doe": the group owns the speaker)
  if (tokens[h + 1]?.isWord === true && tokens[h + 1].cap && !timeWordAfterSpeaker(tokens[h + 1])) return null;
  if (apostropheAfterWord(tokens, h + 1)) return null;
  let j = h;
  // (a participle after the head opens a clause of its own: "documents filed Monday", "records reviewed by The Post",
  // "protesters calling for change"; a word of time ends the phrase: "said police Tuesday")
  while (j + 1 < tokens.length && j - i < MAX_GROUP_WORDS && tokens[j + 1].isWord && !STOP.has(tokens[j + 1].lower) && !(participle(tokens[j + 1])) && !timeWordAfterSpeaker(tokens[j + 1])) j++;
  while (j > h && mannerAdverb(tokens[j])) j--;
  return descriptive(tokens, i, j, lex);
}

/**
 * Parses the speaker phrase that ends at token `j` (before a cue: "Secretary of State Mike Pompeo",
 * "the department", "he"). Null when it is not a speaker.
 */
export function parseSpeakerBackward(tokens: Token[], j: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  const phrase = parseBackward(tokens, j, lex);
  if (!phrase || phrase.kind === 'pronoun') return phrase;
  // "the report of the National Transportation Safety Board", "a spokesman for the ministry"
  const f = phrase.first;
  const prep = tokens[f - 1];
  if (prep && prep.isWord && PHRASE_PREPOSITIONS.has(prep.lower) && f - 2 >= 0 && !tokens[f - 2].cap) {
    const head = parseBackward(tokens, f - 2, lex);
    if (head && head.kind !== 'pronoun' && head.kind !== 'named') return { span: { start: head.span.start, end: phrase.span.end }, kind: head.kind, first: head.first, last: phrase.last };
    // "the wife of Joe Biden said", "the president of Acme Corp. said": a role of someone's, no more the name than "Biden's wife"
    if (head && head.kind === 'named' && DETERMINERS.has(tokens[head.first].lower) && !tokens[head.last].cap) {
      const role = descriptive(tokens, head.first, phrase.last, lex);
      if (role?.described === true) return role;
    }
  }
  // "a lawyer representing the family said", "a union representing workers called": the described one, not the one after the participle
  const before = tokens[f - 1];
  if (before !== undefined && before.isWord && !before.cap && ingForm(before.lower) && f - 2 >= 0) {
    const head = parseBackward(tokens, f - 2, lex);
    if (head && head.kind !== 'pronoun' && DETERMINERS.has(tokens[head.first].lower)) {
      const whole = { span: { start: head.span.start, end: phrase.span.end }, kind: head.kind, first: head.first, last: phrase.last };
      return head.kind === 'named' ? { ...whole, described: true } : whole;
    }
  }
  // "the Republican from Texas said": a member of a party from a place, not the place
  if (prep && prep.isWord && PHRASE_PREPOSITIONS.has(prep.lower) && f - 3 >= 0 && PARTY_MEMBERS.has(tokens[f - 2].lower) && DETERMINERS.has(tokens[f - 3].lower)) return partyMember(tokens, f - 3, phrase.last);
  // "officials in Kyiv said", "Police in Ohio said", "residents in the city said": a group where it is, not the place
  const inPlace = prep && lowerCaseIn(prep) ? groupBefore(tokens, f - 2, lex) : null;
  if (inPlace) return { span: { start: inPlace.span.start, end: phrase.span.end }, kind: inPlace.kind, first: inPlace.first, last: phrase.last, described: true };
  // "Analysts at Morgan Stanley said", "Lawyers for Smith said": a noun of people opening the sentence, capitalised there
  const group = prep && prep.isWord && PHRASE_PREPOSITIONS.has(prep.lower) && f - 2 >= 0 && opensSentence(tokens, f - 2) ? groupOf(tokens[f - 2], lex) : null;
  if (group) return groupPhrase(tokens, f - 2, phrase.last, group);
  return phrase;
}

/** The party member `[i, j]` from its "the" on, a person described (`PARTY_MEMBERS`). */
function partyMember(tokens: Token[], i: number, j: number): SpeakerPhrase {
  return { span: span(tokens[i], tokens[j]), kind: 'named', first: i, last: j, described: true };
}

/**
 * The group with no determiner whose head, a plural source or a body (`bareGroupHead`) or plural documents ("police
 * reports in the case"), is token `h`: lower-case with the words that modify it ("U.S. officials", "state police"),
 * capitalised opening the sentence ("Officials", "Police"), or a party's members anywhere ("Democrats", an organization).
 * Null otherwise.
 */
function groupBefore(tokens: Token[], h: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  const t = tokens[h];
  if (t === undefined || !t.isWord) return null;
  // ("Democrats in Ohio": a party's members, capitalised anywhere, speak as their party)
  const party = t.cap && PARTY_MEMBERS.has(t.lower.slice(0, -1));
  if (!party && !bareSpeakerHead(t.lower, lex)) return null;
  if (t.cap) return opensSentence(tokens, h) || party ? { span: span(t, t), kind: groupNoun(t.lower, lex) ? 'anonymous' : 'organization', first: h, last: h } : null;
  const phrase = parseBackward(tokens, h, lex);
  return phrase && phrase.kind !== 'pronoun' && phrase.kind !== 'named' ? phrase : null;
}

/**
 * The speaker kind of a plural noun of people ("Residents", "Officials": anonymous; "Friends", "Parents": named,
 * described), or null for any other word: a name's, a title's ("Secretary of State Mike Pompeo") or a body's ("Bank of America").
 */
function groupOf(t: Token, lex: SpeakerLexicon): SpeakerKind | null {
  const lower = t.lower;
  // (a group is plural: "Member of Parliament Jane Smith", "Secretary of State Mike Pompeo" are a title and a name)
  if (!lower.endsWith('s') || TITLES.has(lower)) return null;
  if (groupNoun(lower, lex)) return 'anonymous';
  return TIE_NOUNS.has(lower) || TIE_NOUNS.has(lower.slice(0, -1)) ? 'named' : null;
}

/** The phrase `[i, j]` led by a noun of people of kind `kind` (`groupOf`): a named one ("Friends of Smith") describes someone. */
function groupPhrase(tokens: Token[], i: number, j: number, kind: SpeakerKind): SpeakerPhrase {
  return kind === 'named' ? { span: span(tokens[i], tokens[j]), kind, first: i, last: j, described: true } : { span: span(tokens[i], tokens[j]), kind, first: i, last: j };
}

/** Whether token `k` opens its sentence: the first token, or one after a sentence's closing mark. */
function opensSentence(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text;
  return before === undefined || before === '.' || before === '!' || before === '?';
}

function parseBackward(tokens: Token[], j: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  const t = tokens[j];
  if (!t || !t.isWord) return null;
  if (isPronoun(t)) return { span: span(t, t), kind: 'pronoun', first: j, last: j };
  if (t.cap && !DETERMINERS.has(t.lower)) {
    let i = j;
    while (i - 1 >= 0 && (tokens[i - 1].cap || (NAME_PARTICLES.has(tokens[i - 1].lower) && i - 2 >= 0 && tokens[i - 2].cap)) && tokens[i - 1].isWord && j - i < 7) i--;
    // "Residents of Springfield said", "Friends of Smith said": a noun of people opening the sentence, capitalised there, and the name it is of
    const group = i < j && NAME_PARTICLES.has(tokens[i + 1].lower) && opensSentence(tokens, i) ? groupOf(tokens[i], lex) : null;
    if (group) return groupPhrase(tokens, i, j, group);
    // "Doctors said", "Firefighters said": a plural of people opening the sentence alone, capitalised there
    if (i === j && opensSentence(tokens, i) && groupNoun(t.lower, lex)) return { span: span(t, t), kind: 'anonymous', first: i, last: j };
    // "the Democrat said", "The Democrat said": a member of a party, described
    if (i === j && PARTY_MEMBERS.has(t.lower) && i - 1 >= 0 && tokens[i - 1].lower === 'the') return partyMember(tokens, i - 1, j);
    if (i + 1 === j && PARTY_MEMBERS.has(t.lower) && tokens[i].lower === 'the') return partyMember(tokens, i, j);
    // "the White House", "the Kremlin": an organization
    if (i - 1 >= 0 && tokens[i - 1].lower === 'the' && !anyTitle(tokens, i, j)) {
      return { span: span(tokens[i], tokens[j]), kind: 'organization', first: i - 1, last: j };
    }
    if (tokens[i].lower === 'the' && i < j) return { span: span(tokens[i + 1], tokens[j]), kind: 'organization', first: i, last: j };
    return named(tokens, i, j, lex);
  }
  const owned = possessiveBackward(tokens, j, lex);
  if (owned) return owned;
  // descriptive: go back to a determiner through modifiers and prepositions ("a spokesperson for the ministry")
  let i = j;
  let found = -1;
  while (i >= 0 && j - i < 9) {
    const w = tokens[i];
    if (!w.isWord || STOP.has(w.lower)) break;
    if (DETERMINERS.has(w.lower) && !theAfterPreposition(tokens, i)) {
      found = i;
      break;
    }
    i--;
  }
  // "a pattern sleep scientists call": a singular determiner and its noun open no plural group; the group after them has none
  const floor = found >= 0 && pluralAfterSingularDeterminer(tokens, found, j, lex) ? found + 2 : 0;
  if (floor > 0) found = -1;
  if (found < 0) {
    // a bare plural source: "officials", "U.S. officials", "people familiar with the matter"
    let k = j;
    let start = -1;
    for (let m = j; m >= floor && j - m < 7; m--) {
      const w = tokens[m];
      // ("officials at the agency", "members of the board": a determiner after the head's preposition opens no phrase; "police
      // in riot gear": "in" after a group's head is a preposition of the phrase)
      if (!w.isWord || (STOP.has(w.lower) && !inAfterGroup(tokens, m, lex)) || (DETERMINERS.has(w.lower) && !theAfterPreposition(tokens, m))) break;
      if (bareSpeakerHead(w.lower, lex)) start = m;
      k = m;
    }
    if (start < 0) return null;
    // include adjectives before the noun ("senior officials"), not verbs: at most two words
    let s = start;
    while (s - 1 >= Math.max(k, start - 2) && tokens[s - 1].isWord && !STOP.has(tokens[s - 1].lower)) s--;
    // ("Ohio State University police": a capitalised name before the group modifies it whole)
    while (s - 1 >= k && start - s < MAX_NAME_BEFORE_GROUP && tokens[s - 1].isWord && tokens[s - 1].cap) s--;
    // "a letter signed by doctors said": the group is the participle's agent; what it modifies speaks
    const agent = s - 3 >= 0 && tokens[s - 1].lower === 'by' && !tokens[s - 2].cap && pastVerb(tokens[s - 2].lower) ? parseBackward(tokens, s - 3, lex) : null;
    if (agent && agent.kind !== 'pronoun' && DETERMINERS.has(tokens[agent.first].lower)) return { span: { start: agent.span.start, end: tokens[j].end }, kind: agent.kind, first: agent.first, last: j };
    return descriptive(tokens, s, j, lex);
  }
  return descriptive(tokens, found, j, lex);
}

/** The most capitalised words of a name before a group with no determiner ("Ohio State University police"). */
const MAX_NAME_BEFORE_GROUP = 5;

/** Is token `m` an "in" right after the lower-case head of a group with no determiner ("police in riot gear", "officials in charge")? */
function inAfterGroup(tokens: Token[], m: number, lex: SpeakerLexicon): boolean {
  return lowerCaseIn(tokens[m]) && m - 1 >= 0 && !tokens[m - 1].cap && bareGroupHead(tokens[m - 1].lower, lex);
}

/** Is `t` the preposition "in" in lower case, which after a group's head opens a phrase of it ("officials in Kyiv", "police in riot gear")? */
function lowerCaseIn(t: Token): boolean {
  return t.isWord && !t.cap && t.lower === 'in';
}

/** Is token `k` a "the" after a preposition inside a speaker phrase ("for the ministry"), which opens no phrase of its own? */
function theAfterPreposition(tokens: Token[], k: number): boolean {
  return tokens[k].lower === 'the' && k - 1 >= 0 && PHRASE_PREPOSITIONS.has(tokens[k - 1].lower);
}

/** Determiners that count a group rather than point at one ("two researchers", "several doctors"; not "the", "his"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'few', 'other', 'both']);

/** Nouns of a number of people or things, which take a plural after "a" ("a dozen protesters", "a handful of"). */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['dozen', 'handful', 'couple', 'few', 'lot', 'number', 'score', 'hundred', 'thousand', 'million', 'pair', 'group', 'crowd', 'team', 'panel', 'coalition', 'host', 'majority', 'minority']);

/** Determiners of one thing only ("a", "an"): not of a plural group. */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/**
 * Whether the words `[d, j]`, a singular determiner at `d`, end in a plural group's head (`bareGroupHead`) with no
 * preposition between ("a pattern sleep scientists": the determiner's noun and a group after it; not "a spokesman for
 * the officials").
 */
function pluralAfterSingularDeterminer(tokens: Token[], d: number, j: number, lex: SpeakerLexicon): boolean {
  const head = tokens[j];
  // (not after a noun of number: "a dozen protesters", "a dozen angry protesters" are one group)
  if (!SINGULAR_DETERMINERS.has(tokens[d].lower) || j < d + 2 || QUANTITY_NOUNS.has(tokens[d + 1].lower) || head.cap || !head.lower.endsWith('s') || !bareGroupHead(head.lower, lex)) return false;
  for (let k = d + 1; k < j; k++) if (PHRASE_PREPOSITIONS.has(tokens[k].lower) || HEAD_PARTICIPLES.has(tokens[k].lower)) return false;
  return true;
}

/** Most lower-case words of the role a possessive name owns ("wife", "chief executive", "press secretary"). */
const MAX_ROLE_WORDS = 3;

/** A word with a possessive ending ("Biden's", "Acme’s"). */
function isPossessive(t: Token): boolean {
  // (more than the ending: "'s" alone is no name's)
  return t.lower.length > POSSESSIVE_LENGTH && endsInPossessive(t.lower);
}

/** Is token `k` an apostrophe written right after a word ("Jones'", the one of "Corp.'s")? */
function apostropheAfterWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.isWord && (t.text === "'" || t.text === '’') && k > 0 && tokens[k - 1].isWord && tokens[k - 1].end === t.start;
}

/**
 * The last token of a possessive the tokenizer split after the word at `j`: the "s" of "Acme Corp.'s" (a period
 * ends "Corp."), the apostrophe of "Jones'"; -1 when there is none ("Biden's" is one token: `isPossessive`).
 */
function splitPossessiveEnd(tokens: Token[], j: number): number {
  if (!apostropheAfterWord(tokens, j + 1)) return -1;
  const s = tokens[j + 2];
  const joined = s !== undefined && s.isWord && s.start === tokens[j + 1].end;
  if (joined) return s.lower === 's' ? j + 2 : -1;
  // "Jones'", "Reynolds'": a name ending in s takes the apostrophe alone
  return tokens[j].lower.endsWith('s') ? j + 1 : -1;
}

/** The capitalised word whose possessive ends at token `p` ("Biden's", the "s" of "Corp.'s", the apostrophe of "Jones'"), or -1. */
function possessiveNameEnd(tokens: Token[], p: number): number {
  const t = tokens[p];
  if (t.isWord && t.cap && isPossessive(t)) return p;
  const name = t.isWord ? p - 2 : p - 1;
  return name >= 0 && tokens[name].cap && splitPossessiveEnd(tokens, name) === p ? name : -1;
}

/** May token `k` be a word of a role a possessive name owns (lower-case, not a clause word)? */
function isRoleWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.isWord && !t.cap && !STOP.has(t.lower) && !PHRASE_PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower);
}

/**
 * A capitalised run ending in a possessive, `[i, j]`, and the role it owns after it: "Joe Biden's
 * wife, Jill Biden" (the name in apposition speaks) or "Joe Biden's wife" (a described speaker,
 * never Joe Biden). Null when no role follows.
 */
function possessiveForward(tokens: Token[], i: number, j: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  let r = j;
  while (r - j < MAX_ROLE_WORDS && isRoleWord(tokens, r + 1)) r++;
  if (r === j) return null;
  const end = ofPhraseEnd(tokens, r);
  const appositive = appositiveName(tokens, end + 1, lex) ?? nameAfterRole(tokens, end + 1, lex);
  if (appositive) return { ...appositive, first: i };
  return isRole(tokens[r], lex) ? ownedRole(tokens, i, r, lex, end) : null;
}

/** The end of an "of" phrase of lower-case words after a role ending at token `r` ("chief of staff"), or `r` where none follows. */
function ofPhraseEnd(tokens: Token[], r: number): number {
  if (tokens[r + 1]?.lower !== 'of' || tokens[r + 1].cap) return r;
  let e = r + 1;
  while (e - r <= MAX_ROLE_WORDS && isRoleWord(tokens, e + 1)) e++;
  return e > r + 1 ? e : r;
}

/**
 * A subject described with a determiner, cut before its verb: the forward parse knows no verbs, so it reads a clause's
 * verb and object as more of the description. The verb is a lower-case word in "-ed" after the subject's first two words
 * ("The mayor thanked the voters", "A Texas man hugged his wife", "The mayor turned to the crowd": not "the newly elected
 * mayor"), or else whatever follows the first noun (a role, source or organization noun, or a name after a preposition)
 * when only lower-case words without a preposition follow it ("The mayor met the governor": "The mayor"; "the police
 * officer stood"; "a spokeswoman for the ministry thanked voters"; "the wife of Joe Biden smiled"). Unchanged when it
 * opens otherwise or neither is found.
 */
export function subjectBeforeItsVerb(tokens: Token[], phrase: SpeakerPhrase, lex: SpeakerLexicon): SpeakerPhrase {
  if (!DETERMINERS.has(tokens[phrase.first].lower)) return phrase;
  for (let k = phrase.first + 2; k <= phrase.last; k++) {
    if (pastTenseAfterNoun(tokens, k)) return parseSpeakerForward(tokens.slice(0, k), phrase.first, lex) ?? phrase;
  }
  let afterPreposition = false;
  for (let k = phrase.first + 1; k < phrase.last; k++) {
    if (PHRASE_PREPOSITIONS.has(tokens[k].lower)) afterPreposition = true;
    if (!headWord(tokens[k], lex, afterPreposition)) continue;
    // a compound or a name of several words is one head ("police officer", "Joe Biden")
    while (k + 1 <= phrase.last && headWord(tokens[k + 1], lex, afterPreposition)) k++;
    if (k >= phrase.last) return phrase;
    if (onlyVerbWordsAfter(tokens, k, phrase.last)) return parseSpeakerForward(tokens.slice(0, k + 1), phrase.first, lex) ?? phrase;
  }
  return phrase;
}

/** A lower-case word in "-ed" at `k` after a noun, not an adverb ("the mayor thanked"; not "the newly elected mayor"). */
function pastTenseAfterNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return t.isWord && !t.cap && endsInEd(t.lower) && before.isWord && !before.lower.endsWith('ly') && !DETERMINERS.has(before.lower) && !PHRASE_PREPOSITIONS.has(before.lower);
}

/** Past forms of verbs that take a person as object ("told", "met", "attacked"): a verb, never a role before a name. */
const PAST_VERBS = new Set([
  'told', 'met', 'beat', 'hit', 'sent', 'gave', 'left', 'led', 'won', 'lost', 'saw', 'took', 'made', 'struck', 'fought', 'sold',
  'paid', 'brought', 'caught', 'chose', 'drew', 'fled', 'knew', 'ran', 'sought', 'taught', 'thought', 'threw', 'wrote',
]);

/** A lower-case word in "-ed" of five letters or more ("smiled", not "red"). */
function endsInEd(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ed');
}

/** A lower-case word in "-ed" (`endsInEd`), or one of `PAST_VERBS`. */
function pastVerb(lower: string): boolean {
  return endsInEd(lower) || PAST_VERBS.has(lower);
}

/** A word that may end a described subject: a role, source or organization noun, or a capitalised word after a preposition (a name: "of Joe Biden", not "The Ukrainian soldier"). */
function headWord(t: Token, lex: SpeakerLexicon, afterPreposition: boolean): boolean {
  return t.isWord && ((t.cap && afterPreposition) || isRole(t, lex));
}

/** Whether tokens `(k, last]` are lower-case words and no preposition (a verb and its object). */
function onlyVerbWordsAfter(tokens: Token[], k: number, last: number): boolean {
  for (let m = k + 1; m <= last; m++) {
    const t = tokens[m];
    if (!t.isWord || t.cap || PHRASE_PREPOSITIONS.has(t.lower)) return false;
  }
  return true;
}

/** Is the last word of the words a possessive name owns a person's role ("wife", "spokesman"), not a thing ("own style")? */
function isRole(t: Token, lex: SpeakerLexicon): boolean {
  return TIE_NOUNS.has(t.lower) || TITLES.has(t.lower) || headClass(t, lex) !== null;
}

/**
 * The role ending at token `j` that a possessive name owns ("Joe Biden's wife" before "said"),
 * as a described speaker; null when the words before `j` are not one.
 */
export function possessiveBackward(tokens: Token[], j: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  const role = roleBeforeOfPhrase(tokens, j);
  let p = role;
  while (role - p < MAX_ROLE_WORDS && isRoleWord(tokens, p) && possessiveNameEnd(tokens, p) < 0) p--;
  const nameEnd = p === role || p < 0 ? -1 : possessiveNameEnd(tokens, p);
  if (nameEnd < 0 || !isRole(tokens[role], lex)) return null;
  let i = nameEnd;
  while (i - 1 >= 0 && tokens[i - 1].isWord && tokens[i - 1].cap && !DETERMINERS.has(tokens[i - 1].lower) && nameEnd - i < 6) i--;
  // "The BMA's chair of council said": a determiner before the name opens the descriptive phrase, whole
  if (role < j && i > 0 && DETERMINERS.has(tokens[i - 1].lower)) return null;
  return ownedRole(tokens, i, role, lex, j);
}

/** The last word of the role before an "of" phrase of lower-case words ending at token `j` ("chief" of "chief of staff"), or `j` where none ends there. */
function roleBeforeOfPhrase(tokens: Token[], j: number): number {
  let of = j;
  while (j - of < MAX_ROLE_WORDS && isRoleWord(tokens, of)) of--;
  return of < j && tokens[of]?.lower === 'of' && !tokens[of].cap && isRoleWord(tokens, of - 1) ? of - 1 : j;
}

/**
 * The described speaker `[i, end]`, a name's possessive and its role ending at `j` ("Joe Biden's campaign" is no more Joe Biden than
 * his wife), with the role's "of" phrase up to `end` ("Biden's chief of staff"): its role's kind, or a described person.
 */
function ownedRole(tokens: Token[], i: number, j: number, lex: SpeakerLexicon, end: number): SpeakerPhrase {
  return { span: span(tokens[i], tokens[end]), kind: headClass(tokens[j], lex) ?? 'named', first: i, last: end, described: true };
}

/** A name in apposition after a comma at token `c` (", Jill Biden", `nameAt`); null otherwise. */
function appositiveName(tokens: Token[], c: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  return tokens[c]?.text === ',' ? nameAt(tokens, c + 1, lex) : null;
}

/**
 * A name right after a role with no comma ("said Trump's lawyer Rudy Giuliani", "Biden's son Hunter") at token `k`
 * (`nameAt`), but no day ("said Joe Biden's wife Monday"); null otherwise.
 */
function nameAfterRole(tokens: Token[], k: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  return tokens[k] !== undefined && !VERB_MODIFIERS.has(tokens[k].lower) ? nameAt(tokens, k, lex) : null;
}

/**
 * A person's name starting at token `k`: two or more capitalised words, or one that ends the phrase ("Jill." but not
 * "Reuters reported"). Null otherwise.
 */
function nameAt(tokens: Token[], k: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  const first = tokens[k];
  if (!first || !first.isWord || !first.cap || DETERMINERS.has(first.lower) || isPronoun(first)) return null;
  let e = k;
  while (e + 1 < tokens.length && continuesName(tokens, e + 1)) e++;
  if (e === k && tokens[e + 1]?.isWord) return null;
  const name = named(tokens, k, e, lex);
  return name && name.kind === 'named' ? name : null;
}

/** May token `k` continue a capitalised name ("Elizabeth" after "Sen.", "of" in "Bank of England")? */
function continuesName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.isWord) return false;
  if (t.cap) return true;
  return NAME_PARTICLES.has(t.lower) && k + 1 < tokens.length && tokens[k + 1].cap && tokens[k + 1].isWord;
}

function anyTitle(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (isTitle(tokens[k])) return true;
  return false;
}

/**
 * A capitalised run: the name is what follows the last title ("Secretary of State Mike Pompeo" →
 * "Mike Pompeo"); of two titled names joined by "and" ("Mr. Smith and Mr. Jones"), the first, as
 * of two untitled ones ("Smith and Jones", whose whole run the first name's mention stands for).
 */
function named(tokens: Token[], i: number, j: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  const last = j;
  j = endBeforeTitledName(tokens, i, j);
  let nameStart = i;
  for (let k = i; k <= j; k++) {
    if (isTitle(tokens[k]) && k < j) nameStart = k + 1;
  }
  // "Secretary of State Mike Pompeo": a title's "of X" belongs to the title when a name follows
  while (nameStart < j && NAME_PARTICLES.has(tokens[nameStart].lower)) nameStart += 2;
  if (nameStart > j) nameStart = j;
  const head = tokens[j].lower;
  if (i === j && DOCUMENT_NOUNS.has(head) && !tokens[j].cap) return null;
  let kind: SpeakerKind = 'named';
  if (ORGANIZATION_SUFFIXES.has(head) || isShortAsciiAcronym(tokens[j].text)) kind = 'organization';
  if (lex.anonymous.has(head)) kind = 'anonymous';
  return { span: span(tokens[nameStart], tokens[j]), kind, first: i, last };
}

/**
 * The end of the first name in the run `[i, j]` when an "and" joins it to a titled name ("Mr. Smith
 * and Mr. Jones" ends at "Smith"): a title right after the "and", and a name word after the last
 * title before it ("Minister of Defence and Interior Jane Doe" is one title). Else `j`.
 */
function endBeforeTitledName(tokens: Token[], i: number, j: number): number {
  let nameSinceTitle = false;
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (t.lower === 'and' && !t.cap) {
      if (nameSinceTitle && isTitle(tokens[k + 1])) return k - 1;
      return j;
    }
    if (isTitle(t)) nameSinceTitle = false;
    else if (t.cap) nameSinceTitle = true;
  }
  return j;
}

/**
 * Two to six ASCII capitals and nothing else ("NASA", "UEFA"; `/^[A-Z]{2,6}$/`, without the expression): a speaker so
 * written is an organization. Narrower than the entities' `isAllCapitals` (any length, any script, "&"), which finds acronyms.
 */
function isShortAsciiAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 6) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Last words that make a capitalised name an organization ("Acme Corp.", "Interior Ministry"). */
const ORGANIZATION_SUFFIXES = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'group', 'ministry', 'department', 'agency', 'bank',
  'university', 'commission', 'council', 'committee', 'association', 'fc', 'united', 'city', 'party', 'union', 'office',
  'institute', 'foundation', 'court', 'police', 'airlines', 'airways', 'motors', 'holdings', 'partners', 'capital',
  'house', 'kremlin', 'pentagon', 'parliament', 'congress', 'senate', 'fund', 'service', 'administration', 'board',
  'federation', 'league', 'club', 'times', 'post', 'news', 'reuters', 'ap', 'afp', 'bloomberg', 'nasa', 'fbi', 'cia', 'who',
  'eu', 'nato', 'opec', 'fifa', 'uefa', 'ioc', 'nfl', 'nba', 'sec', 'fda', 'cdc',
]);

/**
 * Classifies a descriptive phrase by its head noun: the last word before a preposition, a participle of `HEAD_PARTICIPLES`
 * ("a union representing workers") or a lower-case "in" ("police in riot gear"), else its last word.
 */
function descriptive(tokens: Token[], i: number, j: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  // a name after the description is the speaker: "spokesperson John Smith", "the company's CEO, Jane Doe"
  let headAt = j;
  for (let k = i + 1; k <= j; k++) {
    if (PHRASE_PREPOSITIONS.has(tokens[k].lower) || (k < j && (HEAD_PARTICIPLES.has(tokens[k].lower) || lowerCaseIn(tokens[k])))) {
      headAt = k - 1;
      break;
    }
  }
  let capStart = -1;
  for (let k = j; k > i && tokens[k].cap && tokens[k].isWord; k--) capStart = k;
  // ("said resident Tom Baker", "said witness Jane Doe": a role's noun right before the name is a title as "spokesman" is)
  if (capStart > i && headAt === j && (isTitle(tokens[capStart - 1]) || roleBeforePersonNameAt(tokens, capStart - 1, lex))) return named(tokens, capStart, j, lex);
  const head = withoutPossessive(tokens[headAt].lower);
  // a part of a group: "one of them", "two of the officials", "some of the residents"
  if (headAt < j && PARTITIVES.has(head) && tokens[headAt + 1].lower === 'of') {
    const whole = headClass(tokens[j], lex);
    return { span: span(tokens[i], tokens[j]), kind: whole === 'document' || whole === 'organization' ? whole : 'anonymous', first: i, last: j };
  }
  const cls = headClass(tokens[headAt], lex);
  // "the Biden campaign", "the Obama family": no more Biden or Obama than "Biden's campaign" is
  if (headAt === j && ownedByNameBefore(tokens, i, j)) return { span: span(tokens[i], tokens[j]), kind: cls ?? 'named', first: i, last: j, described: true };
  // "firefighters said", "local residents said", "two researchers said": a plural of people with no determiner or a number is
  // an unnamed source ("the doctors", "his doctors" are people described)
  if (!cls && (!DETERMINERS.has(tokens[i].lower) || QUANTIFIERS.has(tokens[i].lower)) && (!tokens[headAt].cap || opensSentence(tokens, headAt)) && groupNoun(head, lex)) return { span: span(tokens[i], tokens[j]), kind: 'anonymous', first: i, last: j };
  // "said the Republican from Texas": a party's member, described (not Texas)
  if (!cls && DETERMINERS.has(tokens[i].lower) && PARTY_MEMBERS.has(head)) return partyMember(tokens, i, j);
  if (!cls) {
    // "the man with the basket", "the coach": a described person, named by the description
    if (!DETERMINERS.has(tokens[i].lower) || head.length < 2 || STOP.has(head) || (DETERMINERS.has(head) && !(headAt === j && ONE_OF_A_GROUP.has(head)))) return null;
    // "the wife of Joe Biden" is not Joe Biden, but "the voice of John Reed" is (and "la Comisión Electoral de Jalisco" a name)
    // ("the secretary of state", "the chief of staff": a title's lower-case "of" phrase ties it to no one; "the wife of the mayor" does)
    if (headAt < j && !tokens[headAt].cap && isRole(tokens[headAt], lex) && ((TIE_NOUNS.has(head) && !TITLES.has(head)) || anyCapitalised(tokens, headAt + 1, j))) return { span: span(tokens[i], tokens[j]), kind: 'named', first: i, last: j, described: true };
    return { span: span(tokens[i], tokens[j]), kind: 'named', first: i, last: j };
  }
  return { span: span(tokens[i], tokens[j]), kind: cls, first: i, last: j };
}

/** Whether a word in `[a, b]` is capitalised (a name). */
function anyCapitalised(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].isWord && tokens[k].cap) return true;
  return false;
}

/** Participles that open what follows a speaker's head noun as a preposition does ("a union representing workers", "an aide working for"). */
const HEAD_PARTICIPLES: ReadonlySet<string> = new Set(['representing', 'working', 'speaking', 'acting', 'advising', 'overseeing', 'leading', 'running']);

/**
 * Whether a person's name starts at token `k` and ends its clause: a known first name, and after the capitalised run a
 * mark, "of", "at" or "from" ("resident Tom Baker, who", "analyst Jane Doe of Goldman Sachs"; not "residents Christmas
 * Day", "officials Joe Biden appointed").
 */
function personNameAt(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (first === undefined || !first.isWord || !first.cap || !firstNameGender(foldKey(first.text))) return false;
  let e = k;
  while (e + 1 < tokens.length && tokens[e + 1].isWord && tokens[e + 1].cap) e++;
  const after = tokens[e + 1];
  return after === undefined || !after.isWord || after.lower === 'of' || after.lower === 'at' || after.lower === 'from';
}

/**
 * Whether token `r` is a lower-case noun of a person's role or of a source ("resident", "witness", "analyst") and a
 * person's name follows it (`personNameAt`): the noun is a title as "spokesman" is ("said resident Tom Baker").
 */
function roleBeforePersonNameAt(tokens: Token[], r: number, lex: SpeakerLexicon): boolean {
  const t = tokens[r];
  return t.isWord && !t.cap && (isSourceNoun(t.lower, lex) || TIE_NOUNS.has(t.lower)) && personNameAt(tokens, r + 1);
}

/** A lower-case word in "-ly" that is no noun (`LY_NOUNS`): an adverb of manner after a speaker ("curtly", "earnestly"). */
function mannerAdverb(t: Token): boolean {
  return t.isWord && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/** Nouns in "-ly" that may end a speaker phrase ("the family", "a Western ally"). */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'rally', 'monopoly', 'supply', 'anomaly', 'bully', 'homily', 'folly']);

/** Determiners that stand alone for one of a group named before ("said another", "said the other", "said one, a mulatto"). */
const ONE_OF_A_GROUP: ReadonlySet<string> = new Set(['another', 'other', 'one']);

/** A person's people, whom a name before them speaks for no more than "Biden's campaign" does for Biden: the entities' (names.ts) and "campaign". */
const PERSONS_FOLLOWINGS = new Set(['campaign', ...ENTITY_PERSONS_FOLLOWINGS]);

/** "the Biden campaign", "the Obama administration": a determiner at `i`, a capitalised name, and a person's people at `j`. */
function ownedByNameBefore(tokens: Token[], i: number, j: number): boolean {
  if (j - i < 2 || !PERSONS_FOLLOWINGS.has(tokens[j].lower)) return false;
  for (let k = i + 1; k < j; k++) if (!tokens[k].cap || !tokens[k].isWord) return false;
  return true;
}

/** Quantifiers that name a part of a group of speakers ("one of them", "several of the officials"). */
const PARTITIVES = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'most', 'few',
  'both', 'each', 'either', 'neither', 'none', 'all', 'dozens', 'hundreds', 'thousands', 'half', 'majority', 'minority',
]);

/** Whether a lower-case word is a noun of an unnamed source ("spokeswoman", "officials"), built in or of the options. */
export function isSourceNoun(lower: string, lex: SpeakerLexicon): boolean {
  return ANONYMOUS_NOUNS.has(lower) || lex.anonymous.has(lower);
}

/**
 * Whether a lower-case word is a plural of people that speaks as an unnamed source with no determiner: a source noun, or
 * a plural of people by what they do or where they are, which the entity engine knows names no one ("firefighters said",
 * "Doctors at the hospital said": `PEOPLE_PLURALS`), but for someone's people ("lawyers", "parents": `TIE_NOUNS`,
 * "Lawyers for Smith"). With a determiner they are described people ("said the doctors", in a novel too).
 */
function groupNoun(lower: string, lex: SpeakerLexicon): boolean {
  return isSourceNoun(lower, lex) || (PEOPLE_PLURALS.has(lower) && !TIE_NOUNS.has(lower));
}

/**
 * Nouns of a body that speak with no determiner ("police said", "said state police"), as a plural source does
 * ("officials said"); "the police" is an organization like "the ministry".
 */
const BARE_BODIES: ReadonlySet<string> = new Set(['police', 'polizei', 'policía', 'media', 'television', 'tv', 'radio']);

/** A plural noun of documents ("documents", "records"), which speaks with no determiner as a plural source does. */
function pluralDocument(lower: string): boolean {
  return lower.endsWith('s') && (DOCUMENT_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower.slice(0, -1)));
}

/** May a lower-case word head a speaker phrase with no determiner: a source noun or a body that speaks bare (`BARE_BODIES`)? */
function bareGroupHead(lower: string, lex: SpeakerLexicon): boolean {
  return groupNoun(lower, lex) || BARE_BODIES.has(lower);
}

/** A group's head (`bareGroupHead`) or plural documents (`pluralDocument`): what speaks with no determiner ("police", "court records"). */
function bareSpeakerHead(lower: string, lex: SpeakerLexicon): boolean {
  return bareGroupHead(lower, lex) || pluralDocument(lower);
}

/** The speaker kind a head noun implies, or null for an ordinary noun. */
export function headClass(t: Token, lex: SpeakerLexicon): SpeakerKind | null {
  const w = withoutPossessive(t.lower);
  if (isSourceNoun(w, lex)) return 'anonymous';
  if (ORGANIZATION_NOUNS.has(w) || BARE_BODIES.has(w)) return 'organization';
  // ("police reports": a plural of a document noun)
  if (DOCUMENT_NOUNS.has(w) || pluralDocument(w)) return 'document';
  return null;
}

function span(a: Token, b: Token): Span {
  return { start: a.start, end: b.end };
}
