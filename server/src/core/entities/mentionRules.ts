/**
 * Small mention-detection rules found by a test review (issue 4): a one-word name opening a
 * sentence before a comma, "and" inside an "X of Y and Z" institution or a listed place, offices
 * with a suffix ("Speaker Pro Tempore"), and a name after "from" that a person sent.
 * Each reads a prepared paragraph's tokens around one spot.
 */
import { COMMON_WORDS, LEXICON, ORG_HEADS, PARTY_MEMBERS, firstNameGender, isHeadWord } from './names';
import { DETERMINERS, VERB_OR_ADVERB_ENDING, inQuotedTitle, quoteOpeningBefore, type NameEvidence, type PreparedParagraph } from './findMentions';
import { ROLE_NOUNS, TITLES } from './titles';
import { isAllCaps, isCap, isWord } from './tokens';

/** Most words of an appositive read for its role (", the leader of the opposition party,"). */
const MAX_APPOSITIVE_WORDS = 8;

/**
 * ", the mayor,", ", a veteran lawyer,", ", the leader of the party,": an appositive after the
 * comma at `comma` whose head (its last word before "of") is a role noun, closed by a comma.
 */
function roleAppositiveAt(p: PreparedParagraph, comma: number): boolean {
  const { tokens } = p;
  const det = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || det === undefined || !isWord(det) || (!isCap(det) && !DETERMINERS.has(det.key))) return false;
  // "Jones, Oklahoma's governor, said": a name's possessive opens the appositive as a determiner does
  const from = isCap(det) ? possessiveNameEnd(p, comma + 1) : comma + 2;
  if (from < 0) return false;
  let head = '';
  for (let k = from, steps = 0; k < tokens.length && steps < MAX_APPOSITIVE_WORDS; k++, steps++) {
    const t = tokens[k];
    // (", a Democrat," and ", a Republican." at the sentence's end: a party's member, capitalised)
    if (!isWord(t)) return head !== '' && (t.text === ',' && ROLE_NOUNS.has(head) || (t.text === ',' || t.text === '.') && PARTY_MEMBERS.has(head));
    // the head is the last word before "of" ("the leader of the party"), in lower case ("the Mayor" may start a name)
    if (t.key === 'of' && head !== '') return ofPhraseCloses(p, k) && ROLE_NOUNS.has(head);
    if (isCap(t) && PARTY_MEMBERS.has(t.key) && t.possessiveEnd === undefined) head = t.key;
    else if (isCap(t) || t.possessiveEnd !== undefined) head = '';
    else head = t.key;
  }
  return false;
}

/** The token after a capitalised name of at most three words starting at `k` that ends in a possessive ("New York's"), or -1. */
function possessiveNameEnd(p: PreparedParagraph, k: number): number {
  for (let n = k; n < k + 3 && n < p.tokens.length; n++) {
    const t = p.tokens[n];
    if (!isCap(t)) return -1;
    if (t.possessiveEnd !== undefined) return n + 1;
  }
  return -1;
}

/** An age ("54"). */
const AGE = /^\d{1,3}$/;

/** ", 54," after a name: an age in apposition, which only people are given. */
function ageAppositiveAt(p: PreparedParagraph, comma: number): boolean {
  const { tokens } = p;
  return tokens[comma]?.text === ',' && AGE.test(tokens[comma + 1]?.text ?? '') && tokens[comma + 2]?.text === ',';
}

/** Prepositions before a name that make the appositive after it describe another noun ("the Semiramis of Hammersmith, the friend of …"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from', 'to', 'for', 'with', 'by', 'on', 'near', 'into']);

/**
 * "Jones, the mayor, spoke", "We met Okafor, a veteran lawyer, today", "Jones, 54, said": a role
 * or age appositive after the name `[first, end)` makes it a person, unless the name ends a prepositional phrase whose
 * head the appositive may describe ("the Semiramis of Hammersmith, the friend of Doctor Johnson").
 */
export function roleAppositiveNames(p: PreparedParagraph, first: number, end: number): boolean {
  const prev = p.tokens[first - 1];
  if (isWord(prev) && !isCap(prev) && PREPOSITIONS.has(prev.key)) return false;
  return roleAppositiveAt(p, end) || ageAppositiveAt(p, end);
}

/** Marks that may follow an office addressed alone ("Thank you, Mr. President.", "Mr. Speaker, I rise"). */
const AFTER_VOCATIVE: ReadonlySet<string> = new Set([',', '.', '!', '?', ';', ':', '”', '"', '’', '—', '–', '…']);

/**
 * A one-word office after "Mr."/"Madam" is addressed only where punctuation follows it ("Mr.
 * President, I rise"): "Mr. Pope wrote", "Mr. Major said" name people by their surnames.
 */
export function vocativeAt(p: PreparedParagraph, end: number): boolean {
  const next = p.tokens[end];
  return next === undefined || !isWord(next) && AFTER_VOCATIVE.has(next.text);
}

/** The "of" phrase at `of` runs on to a closing comma within the appositive's reach. */
function ofPhraseCloses(p: PreparedParagraph, of: number): boolean {
  for (let k = of + 1; k < p.tokens.length && k <= of + MAX_APPOSITIVE_WORDS; k++) if (!isWord(p.tokens[k])) return p.tokens[k].text === ',';
  return false;
}

/**
 * "Jones, the mayor, spoke.", "Jones, 54, said", "Maria, come here": a one-word name opening a
 * sentence before a comma. The capital there proves nothing ("However, …", "Yesterday, …" are no
 * names), so the word needs evidence of its own: a known first name, or a role or an age in the
 * appositive after the comma.
 * (A word the document capitalises elsewhere mid-sentence is accepted before this.) Never a
 * frequent English word, one the document writes in lower case, or an adverb or participle.
 */
export function nameOpensSentenceBeforeComma(p: PreparedParagraph, i: number, ev: NameEvidence): boolean {
  const t = p.tokens[i];
  if (p.tokens[i + 1]?.text !== ',' || t.possessiveEnd !== undefined || isAllCaps(t)) return false;
  if (COMMON_WORDS.has(t.key) || VERB_OR_ADVERB_ENDING.test(t.key) || ev.lower.has(t.key)) return false;
  return firstNameGender(t.key) !== undefined || roleAppositiveAt(p, i + 1) || ageAppositiveAt(p, i + 1);
}

/** Centres named for their work ("Center for Strategic and International Studies", "Centers for Disease Control"). */
const CENTER_HEADS: ReadonlySet<string> = new Set(['center', 'centre', 'centers', 'centres']);

/**
 * Whether `key` is an institution's head that "for" may follow inside its name ("Center for
 * Strategic and International Studies", "Campaign for Nuclear Disarmament" has none: it is a cause).
 */
export function institutionBeforeFor(key: string): boolean {
  return ORG_HEADS.has(key) || CENTER_HEADS.has(key);
}

/** Endings of the subject nouns an institution's name lists ("Arts and Letters", "Housing and Urban Development"). */
const SUBJECT_ENDING = /(?:ment|tion|sion|ity|ology|ism|ics|ences|ances|ture)$/;
/** Common nouns may end a listed subject only in these endings: a plural, or a noun like "Technology" or "Energy" ("Trump" is no subject). */
const COMMON_SUBJECT_ENDING = /(?:[^s]s|y)$/;

/**
 * "Department of Housing and Urban Development", "American Academy of Arts and Letters": "and"
 * inside an institution named "X of Y" joins the next subject, capitalised words `[from, to)`
 * that end in a subject noun. A title, a known name ("the Department of State and Russia") or a
 * word that is no subject noun ("the Department of State and Lavrov") starts another mention.
 */
export function andJoinsSubjects(p: PreparedParagraph, nameStart: number, and: number, to: number): boolean {
  const { tokens, keys } = p;
  let ofHead = false;
  for (let k = nameStart + 1; k < and && !ofHead; k++) ofHead = (keys[k] === 'of' && ORG_HEADS.has(keys[k - 1]) || keys[k] === 'for' && institutionBeforeFor(keys[k - 1])) && !isCap(tokens[k]);
  if (!ofHead || to <= and + 1) return false;
  for (let k = and + 1; k < to; k++) if (TITLES.longestAt(keys, k, to) || LEXICON.longestAt(keys, k, to)) return false;
  const last = keys[to - 1];
  return SUBJECT_ENDING.test(last) || COMMON_WORDS.has(last) && COMMON_SUBJECT_ENDING.test(last);
}

/**
 * Countries and territories named with "and" whose halves are seldom written alone in the news (no
 * "Tobago said", no person "Turks"): one place, where "Bosnia and Herzegovina" stays two.
 */
const ONE_NAME_COUNTRIES: ReadonlySet<string> = new Set([
  'Trinidad and Tobago', 'Turks and Caicos Islands', 'Sao Tome and Principe', 'Wallis and Futuna',
  'Saint Pierre and Miquelon', 'Heard Island and McDonald Islands',
]);

/**
 * "Newfoundland and Labrador", "Jammu and Kashmir": a known province or city whose name has "and"
 * in it is one name; returns where it ends when the name at `nameStart` (its words up to the "and"
 * at `and`) opens one, or -1. (A place ending before "and" otherwise ends the name: "California and
 * Columbia University".) Countries stay two mentions ("Antigua and Barbuda", "Bosnia and
 * Herzegovina"): each names a land of its own, and the gum-dev gold reads them so; but not the
 * countries and territories of `ONE_NAME_COUNTRIES`.
 */
export function placeThroughAnd(p: PreparedParagraph, nameStart: number, and: number): number {
  const lex = LEXICON.longestAt(p.keys, nameStart);
  if (!lex || lex.value.type !== 'place' || nameStart + lex.length <= and + 1) return -1;
  if (lex.value.country && !ONE_NAME_COUNTRIES.has(lex.value.canonical ?? '')) return -1;
  const end = nameStart + lex.length;
  for (let k = and + 1; k < end; k++) if (!isCap(p.tokens[k]) || p.tokens[k].start > p.tokens[k - 1].end + 1) return -1;
  return end;
}

/** Office words written after a title ("Speaker Pro Tempore", "Professor Emeritus", "Secretary-designate" apart). */
const OFFICE_SUFFIXES: readonly (readonly string[])[] = [['pro', 'tempore'], ['pro', 'tem'], ['emeritus'], ['emerita'], ['designate'], ['elect']];

/**
 * "Mr. Speaker Pro Tempore", "Professor Emeritus John Smith": capitalised words at `at` that
 * complete the title before them, not a name. Returns how many words, 0 where none.
 */
export function officeSuffixLength(p: PreparedParagraph, at: number): number {
  const { keys } = p;
  // "Chief Financial Officer Tom Becker", "Chief Executive Mary Barra": a chief's office runs to "Officer", or is "Executive"
  if (keys[at - 1] === 'chief') {
    for (let k = at; k < at + 3 && joinedCapital(p, k); k++) if (keys[k] === 'officer') return k - at + 1;
    if (keys[at] === 'executive' && joinedCapital(p, at)) return 1;
  }
  // (the first word first: after most titles no suffix stands)
  if (!OFFICE_SUFFIX_FIRSTS.has(keys[at])) return 0;
  for (const suffix of OFFICE_SUFFIXES) {
    let k = 0;
    while (k < suffix.length && keys[at + k] === suffix[k] && joinedCapital(p, at + k)) k++;
    if (k === suffix.length) return k;
  }
  return 0;
}

/** The first words of the `OFFICE_SUFFIXES`. */
const OFFICE_SUFFIX_FIRSTS: ReadonlySet<string> = new Set(OFFICE_SUFFIXES.map((suffix) => suffix[0]));

/** Whether token `k` is a capitalised word joined to the token before it by at most a space. */
function joinedCapital(p: PreparedParagraph, k: number): boolean {
  const { tokens } = p;
  return isCap(tokens[k]) && tokens[k].start <= tokens[k - 1].end + 1;
}

/**
 * `[from, to)` is a whole office: titles one after another, each with its suffix ("Secretary
 * General", "Speaker Pro Tempore"), and after them at most an "of" phrase ("President of the Senate").
 */
export function officeSpan(p: PreparedParagraph, from: number, to: number): boolean {
  let k = from;
  for (;;) {
    const title = TITLES.longestAt(p.keys, k, to);
    if (!title) break;
    k += title.length;
    k += officeSuffixLength(p, k);
  }
  return k > from && (k === to || p.keys[k] === 'of' && !isCap(p.tokens[k]) && k + 1 < to);
}

/** Lower-case nouns of what a person sends or gives ("the answer from Kessler", "a letter from Okafor"). */
const SENT_BY_PEOPLE: ReadonlySet<string> = new Set([
  'answer', 'answers', 'reply', 'replies', 'response', 'responses', 'letter', 'letters', 'email', 'emails', 'message',
  'messages', 'call', 'calls', 'note', 'notes', 'apology', 'advice', 'text', 'texts', 'voicemail', 'postcard',
]);

/**
 * "The answer from Kessler", "a letter from Okafor": after a noun of what people send, "from"
 * names the sender, not a place (known places and first names are typed before this).
 */
export function senderAfterFrom(p: PreparedParagraph, before: number): boolean {
  const { tokens } = p;
  const from = tokens[before - 1];
  const noun = tokens[before - 2];
  return from?.key === 'from' && !isCap(from) && noun !== undefined && isWord(noun) && !isCap(noun) && SENT_BY_PEOPLE.has(noun.key);
}

/** A past tense by its form ("Died", "Walked", "Married"; not "Sneed"). */
const PAST_TENSE = /^\p{L}+(?:ied|[^e]ed)$/u;

/** Whether `word` is a past tense by its form (`PAST_TENSE`; the ending first: most words of a name end in no "ed"). */
function pastTense(word: string): boolean {
  return word.endsWith('ed') && PAST_TENSE.test(word);
}

/**
 * A slide titled "Debbie Died Because", an essay "Maria Wins Again": a quoted title in title case
 * capitalises its verbs, so after a known first name the name stops before a past tense or a word
 * the article writes in lower case elsewhere. Head words stay ("The Jenna Julien Podcast" is a
 * work's name). Returns the name's end, `nameEnd` where it runs on.
 */
export function firstNameEndInQuotedTitle(p: PreparedParagraph, nameStart: number, nameEnd: number, ev: NameEvidence): number {
  // (the quotation mark first: most names stand in no quotation, and their words are not looked up)
  if (nameEnd - nameStart < 2 || quoteOpeningBefore(p, nameStart) < 0 || firstNameGender(p.keys[nameStart]) === undefined) return nameEnd;
  for (let k = nameStart + 1; k < nameEnd; k++) {
    const t = p.tokens[k];
    if (!isWord(t) || firstNameGender(t.key) !== undefined || isHeadWord(t.key)) continue;
    if (pastTense(t.text) || ev.lower.has(t.key)) return inQuotedTitle(p, nameStart, nameEnd) ? k : nameEnd;
  }
  return nameEnd;
}
