/**
 * Finds name mentions in one paragraph: capitalised runs with titles, particles, possessives
 * and acronyms, typed as person, organization or place. Works on the paragraph's tokens with
 * offsets relative to the paragraph start, so a paragraph's tokens can be cached.
 */
import { KIN_NOUNS } from '../kin';
import { ListCollector } from '../lists';
import { BoundedTable, clearWithMemos, clockStamp, forgetSlotsUsedBefore, forgetWithMemos } from '../memo';
import type { EntityType, Span } from '../types';
import {
  CLUB_OPENERS, CLUB_SUFFIXES, CLUB_TOWN_WORDS, COMMON_SURNAMES, COMMON_WORDS, commonSurnameAlone, DEMONYMS, FOUNDERS_FIRST_WORDS, LEXICON, NAME_OPENERS, NOT_NAMES, OF_HEADS, ORG_HEADS, OTHER_HEADS, OTHER_STARTS, OTHER_WORDS, PARTICLES, SERIES_HEADS, TEAM_NICKNAMES,
  PEOPLE_PLURALS, PERSONS_FOLLOWINGS, POSSESSIVE_PLACES, PLACE_HEADS, PLACE_STARTS, BUILDING_HEADS, STATE_CODES, STREET_STARTS, TRADE_HEADS, EATERY_HEADS, FOREIGN_ORG_WORDS, firstNameGender, saintPlaceLength, eponymNounKind, opensEponymNoun, namesEateryPair, namesPeoplePlural, namesStateOrCountry, namesStateSchool, namesUsState, namesUsStateAsWritten, startsWithPartyTag, stateOfCode,
  stateOfShortening, type LexiconEntry,
} from './names';
import { BENCH_ADDRESS, inOrganization, JUDGE_ADDRESS, PLURAL_TITLES, ROLE_NOUNS, TITLES, type TitleInfo } from './titles';
import { SURNAME_PARTICLES, TERM_MODIFIERS, TITLE_MODIFIERS } from './lowerOpeners';
import { isAllCaps, isCap, isDigits, isWord, tokenizeParagraph, WORD_KIND, type Token } from './tokens';
import type { CandidateFields, ChangedByCallers, NameCandidate, NameToken } from './nameTypes';
import type { ParagraphNames } from './paragraphNames';
import type { PronounIndex } from './gender';
import {
  andJoinsSubjects, nameOpensSentenceBeforeComma, officeSpan, officeSuffixLength, placeThroughAnd, roleAppositiveNames, senderAfterFrom, vocativeAt,
  firstNameEndInQuotedTitle, institutionBeforeFor,
} from './mentionRules';

/**
 * What the paragraph memo keeps of a paragraph: its text and what was worked out from its tokens;
 * the tokens, and what goes with them, only while an analysis reads them (`releaseTokens`: one
 * object per word, most of what a paragraph kept, read again only when its candidates are found
 * again or its pronouns first looked up, which tokenize its text again: `withTokens`).
 */
export interface KeptParagraph {
  /** The paragraph's text (the memo's key). */
  text: string;
  /** Its capitals prove nothing: a Title Case headline. */
  titleCase: boolean;
  /** A word of it is one every alias gap has (`WORD_KIND.aliasWord`): without one, no name of it is an alias. Set with its first tokens. */
  aliasWords: boolean;
  tokens: Token[] | undefined;
  /**
   * One byte of `TOKEN` bits for each token: what the scans over every token (candidates, evidence)
   * read first, so that they pass by the tokens they skip without reading their objects.
   */
  flags: Uint8Array | undefined;
  /** Folded tokens, parallel to `tokens`, for lexicon lookups. */
  keys: string[] | undefined;
  /** What the paragraph adds to the document's evidence (filled when a tally first counts it: evidence.ts). */
  evidence?: { capitalised: string[]; lower: string[]; initial: [string, number][] };
  /**
   * Its candidates (`findCandidatesCached`), as a body paragraph and as a headline: kept on the
   * paragraph, which stands for one text, rather than in a weak map (slower to fill, and to collect).
   */
  candidates?: CachedCandidates;
  headlineCandidates?: CachedCandidates;
  /** Its he/she-type pronouns (`pronounIndex` of its tokens, filled on first use). */
  pronouns?: PronounIndex;
}

/** A paragraph's tokens and which of them start a sentence (or stand in a Title Case headline), as the candidate search and the evidence read them. */
export interface PreparedParagraph extends KeptParagraph {
  tokens: Token[];
  flags: Uint8Array;
  keys: string[];
}

/** How many paragraph texts `withTokens` has tokenized, first preparations and again after `releaseTokens` (`paragraphsTokenized`). */
let tokenized = 0;

/**
 * How many times a paragraph's text has been tokenized for the entity stage since the module
 * loaded: a test reads it before and after an analysis to count the paragraphs it tokenized.
 */
export function paragraphsTokenized(): number {
  return tokenized;
}

/** The bits of a paragraph's per-token `flags`. */
export const TOKEN = {
  /** A capital here proves nothing: a sentence start, after an opening quote, a Title Case headline. */
  uncertain: 1,
  /** A word (`isWord`). */
  word: 2,
  /** A capitalised word (`isCap`). */
  cap: 4,
  /** A word `findCandidates` may start a name or a title at: a capitalised one, a lower-case title modifier or surname particle. */
  opens: 8,
} as const;

/** `p` with its tokens: the same ones again when `releaseTokens` let them go (tokenizing is pure). */
export function withTokens(p: KeptParagraph): PreparedParagraph {
  if (hasTokens(p)) return p;
  tokenized++;
  const { tokens, keys, allKinds } = tokenizeParagraph(p.text);
  p.aliasWords = (allKinds & WORD_KIND.aliasWord) !== 0;
  p.tokens = tokens;
  p.flags = tokenFlags(p.text, tokens, keys, p.titleCase);
  p.keys = keys;
  return p as PreparedParagraph;
}

function hasTokens(p: KeptParagraph): p is PreparedParagraph {
  return p.tokens !== undefined;
}

/** Lets go of `p`'s tokens once an analysis is done with them (`withTokens` makes them again). */
export function releaseTokens(p: KeptParagraph): void {
  if (p.tokens === undefined) return;
  p.tokens = undefined;
  p.flags = undefined;
  p.keys = undefined;
}

/** Longest name we read as one: longer capitalised runs are split (titles of works, shouting). */
const MAX_NAME_WORDS = 12;
const MAY_END_SENTENCE = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'vs']);
/** The auxiliaries of the perfect ("has said"), the first of `AUXILIARY_VERBS`. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had']);
/** Auxiliaries a name comes before ("Maduro has clung"): after them a lone demonym is as often the language ("French is spoken there"). */
const AUXILIARY_VERBS: ReadonlySet<string> = new Set([...PERFECT_AUXILIARIES, 'was', 'is', 'will', 'would']);
/** Verbs of saying and the auxiliaries (`AUXILIARY_VERBS`) a name comes before. */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'spoke', 'interviewed', 'interviews', 'reported', 'reports', 'added', 'wrote', 'explained', 'argued', 'noted', 'stated', 'replied',
  'insisted', 'warned', 'announced', ...AUXILIARY_VERBS,
]);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
/** The quotation marks that only open (a straight quote opens or closes: the word before it tells). */
const OPENING_QUOTES = ['“', '‘', '«', '„'];
/** Marks after which a capital proves nothing, as at a sentence start: the `OPENING_QUOTES`, brackets and dashes. */
const OPENERS: ReadonlySet<string> = new Set([...OPENING_QUOTES, '(', '[', '—', '–']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from', 'into', 'across', 'around', 'throughout', 'outside', 'inside', 'via', 'toward', 'towards', 'through', 'visit', 'visited', 'visiting']);
/** Articles and possessive determiners ("the", "his"): a name after one is a thing or a name used as a word. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Verbs after a bare name that only people do ("Raman added", "Carrano argues"). */
export const PERSON_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains', 'argued', 'argues', 'noted',
  'notes', 'stated', 'states', 'replied', 'insisted', 'warned', 'recalled', 'recalls', 'believes', 'believed', 'thinks',
  'thought', 'married', 'died', 'was born', 'asked', 'answered', 'smiled', 'laughed', 'suggests', 'suggested', 'claims',
  'claimed', 'proposed', 'proposes', 'observed', 'observes', 'describes', 'described', 'studied', 'taught', 'himself', 'herself',
]);
/** Nouns after a possessive that only people have ("Byron's mother", "Dvořák's death"): the nouns of kinship (core/kin.ts) and these. */
const PERSON_POSSESSIONS = new Set([
  ...KIN_NOUNS.keys(), 'parents', 'children', 'family', 'life',
  'death', 'birth', 'career', 'childhood', 'funeral', 'grave', 'friend', 'friends', 'girlfriend', 'boyfriend', 'widow', 'own',
  'estate', 'heirs', 'widower', 'spouse', 'fiancé', 'fiancée', 'memoir', 'memoirs', 'autobiography', 'biographer', 'birthday', 'youth',
]);
/** People working at an organization: "analysts at Goldman Sachs", "officials of Acme". */
const ORG_MEMBERS = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'official', 'officials', 'executive',
  'executives', 'employee', 'employees', 'staff', 'researcher', 'researchers', 'scientists', 'workers', 'spokesman',
  'spokeswoman', 'spokesperson', 'shares', 'ceo', 'chairman', 'founder', 'members', 'member', 'students', 'professor',
]);
/** Of `ORG_MEMBERS`, those who speak for a body or hold a post in it, not people a place has ("officials from Acme"). */
const ORG_STAFF: ReadonlySet<string> = new Set(['official', 'officials', 'executive', 'executives', 'spokesman', 'spokeswoman', 'spokesperson']);
const TIME_WORDS = new Set(['in', 'on', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid', 'during', 'through', 'from', 'of', 'this', 'that', 'each', 'every']);

/** Whether `text` has a digit (0-9), without running an expression (`classify` asks it of the token after every name). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** Nouns a language or people name qualifies ("Eegimaa speakers", "Maya culture"). */
const KIND_NOUNS = new Set([
  'language', 'languages', 'speaker', 'speakers', 'speaking', 'people', 'peoples', 'community', 'communities', 'culture',
  'cultures', 'word', 'words', 'term', 'terms', 'variety', 'varieties', 'dialect', 'dialects', 'orthography', 'grammar',
  'cuisine', 'translation', 'translations', 'version', 'edition', 'style', 'tradition', 'traditions', 'literature',
]);
/**
 * What an artist or author makes, after the maker's name ("Zurbarán artworks"). Films, songs and
 * shows are left out: studios, bands and networks make those too.
 */
const CREATION_NOUNS = new Set([
  'painting', 'paintings', 'artwork', 'artworks', 'sculpture', 'sculptures', 'drawing', 'drawings', 'etchings', 'portrait',
  'portraits', 'canvases', 'novel', 'novels', 'poem', 'poems', 'poetry', 'sonata', 'sonatas', 'symphony', 'symphonies',
  'concerto', 'concertos', 'opera', 'operas', 'compositions', 'masterpiece', 'masterpieces',
]);
/** Surnames with an inner capital after a prefix ("McKenzie", "MacDonald", "DeJesús", "FitzGerald") are no brands. */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u;
const COMPASS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast',
  'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central', 'midwest', 'upper', 'lower', 'greater',
]);
/** Colours teams and bands name themselves with ("the Red Bulls", "the Blue Jays", "the White Stripes"); "Red" is a first name too. */
const TEAM_COLOURS: ReadonlySet<string> = new Set(['red', 'white', 'blue', 'black', 'green', 'golden', 'gold', 'silver', 'orange', 'purple', 'crimson', 'scarlet', 'maroon']);
const WORDISH = /[\p{L}\p{N}]/u;
/** Runs of three letters or more (`isTitleCase`). */
const LETTER_RUNS = /[\p{L}]{3,}/gu;
/** A capital first. */
const UPPER_FIRST = /^\p{Lu}/u;
/** One letter. */
const ONE_LETTER = /^\p{L}$/u;
/** An initial with its full stop ("A."). */
const INITIAL = /^\p{Lu}\.$/u;

/** `INITIAL.test(text)`, the expression run only on a text short enough (a letter of one or two code units and a full stop). */
function isInitial(text: string): boolean {
  return text.length <= 3 && INITIAL.test(text);
}
/** Lower-case letters only. */
const LOWER_WORD = /^\p{Ll}+$/u;
/** A plural abbreviation ("CFLs"). */
const CAPS_PLURAL = /^\p{Lu}{2,}s$/u;
/** Three capitals (a currency code). */
const THREE_CAPS = /^\p{Lu}{3}$/u;
/** A capital, a hyphen and a word ("T-shirt"). */
const CAPITAL_HYPHEN_WORD = /^\p{Lu}-\p{Ll}{2,}$/u;
/** Capital, lower case, capital ("PhD"). */
const CAP_LOWER_CAP = /^\p{Lu}\p{Ll}\p{Lu}$/u;
/** An -ism. */
const ISM_ENDING = /\p{Ll}ism$/u;
/** A capital inside a word ("YouTube"). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Initials with full stops ("J.K."). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+$/u;
/** Two to five capitals. */
const SHORT_CAPS = /^\p{Lu}{2,5}$/u;
/** Three letters first. */
const THREE_LETTERS_FIRST = /^\p{L}{3}/u;
/** A capital and a lower-case letter first. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A short capitalised word (a state's shortening, "Okla"). */
const SHORT_CAPITALISED = /^\p{Lu}\p{Ll}{1,4}$/u;
/** Two ASCII capitals (a postal state code, "OK"). */
const TWO_CAPITALS = /^[A-Z]{2}$/;
/** A word ending in "ed" or "s" (a verb or a plural after a name). */
const ED_OR_S_ENDING = /(?:ed|s)$/;
/** A word ending in "ed", "ing", "s" or "ly" (no modifier of a role noun). */
const INFLECTED_ENDING = /(?:ed|ing|s|ly)$/;
/** A building's or road's number ("2", "31B"). */
const BUILDING_NUMBER = /^\d{1,4}[A-Z]?$/;
/** Two to five capitals or digits (a code). */
const CODE_LETTERS = /^[\p{Lu}\d]{2,5}$/u;
/** What an acronym looks like ("NASA", "AT&T", "NGOs"). */
const ACRONYM_SHAPE = /^[\p{Lu}.&]{2,}[\p{Ll}]*$|^[\p{Lu}.&]+$/u;
/** Anything but a capital. */
const NOT_CAPITALS = /[^\p{Lu}]/gu;
/** Endings of verb forms and adverbs. */
export const VERB_OR_ADVERB_ENDING = /(?:ed|ing|ly)$/;
/** The `NAME_OPENERS` with a verb's ending ("United", "Allied", "Consolidated"): participles that open bodies' names, no verb there. */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set([...NAME_OPENERS].filter((key) => VERB_OR_ADVERB_ENDING.test(key)));
/** A day of the month ("15", "3rd"). */
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** A score: a game's ("3-2"), or a basketball game's ("112-105"; not a case number, "22-506"). */
const SCORE = /^\d{1,2}[-–]\d{1,2}$|^(?:[4-9]\d|1\d\d)[-–](?:[4-9]\d|1\d\d)$/;
/** Four digits. */
const FOUR_DIGITS = /^\d{4}$/;
/** A union local's number ("881", "1199"). */
const LOCAL_NUMBER = /^\d{1,4}$/;
/** A number ("1,200.50"). */
const AMOUNT = /^\d[\d,.]*$/;
/** Punctuation that ends a clause. */
const CLAUSE_PUNCTUATION = /[.,!?]/;

/** Tokens of one paragraph with the positions where a capital letter is no evidence of a name. */
export function prepareParagraph(text: string, titleCase: boolean): PreparedParagraph {
  // every field from the start: one object shape
  return withTokens({
    text, titleCase: titleCase || isTitleCaseHeading(text), aliasWords: false, tokens: undefined, flags: undefined, keys: undefined,
    evidence: undefined, candidates: undefined, headlineCandidates: undefined, pronouns: undefined,
  });
}

/**
 * The `TOKEN` bits of each token of `text`: its kind, whether a name may start at it, and whether its
 * capital proves nothing (sentence starts, after an opening quote, every word of a Title Case text).
 */
function tokenFlags(text: string, tokens: readonly Token[], keys: readonly string[], titleCase: boolean): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let atStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const kind = t.kind;
    if (kind === 0) {
      if (SENTENCE_END.has(t.text)) atStart = true;
      else if (OPENERS.has(t.text)) atStart = true;
      else if (t.text === '"' || t.text === "'") {
        // a straight quote opens when nothing word-like stands right before it
        if (t.start === 0 || !WORDISH.test(text[t.start - 1]) && !CLAUSE_PUNCTUATION.test(text[t.start - 1])) atStart = true;
      }
      continue;
    }
    let f: number = (kind & WORD_KIND.cap) !== 0 ? TOKEN.word | TOKEN.cap | TOKEN.opens : (kind & WORD_KIND.lowerOpener) !== 0 ? TOKEN.word | TOKEN.opens : TOKEN.word;
    if (atStart || titleCase) f |= TOKEN.uncertain;
    flags[i] = f;
    // (a number at a sentence start leaves the next word at the start)
    if (atStart && (kind & WORD_KIND.digits) === 0) atStart = false;
    // "in the U.S. Then …", "Acme Inc. The …": the abbreviation's full stop may end the sentence too
    if ((kind & WORD_KIND.fullStop) !== 0 && (MAY_END_SENTENCE.has(keys[i]) || (kind & WORD_KIND.allCaps) !== 0 && (i === 0 || (tokens[i - 1].kind & WORD_KIND.cap) === 0))) atStart = true;
  }
  return flags;
}

/** Longest heading (in characters) read for title case: section titles, not paragraphs. */
const MAX_HEADING = 160;
/** What a heading does not end in: a sentence's or a clause's mark, a closing quotation mark or bracket. */
const NO_HEADING_END = /[.!?:;,”"')\]]$/;
/** The small words a title joins its words with (`String.prototype.match` resets `lastIndex`: the flag `g` keeps no state between calls). */
const TITLE_JOINTS = / (?:and|of|the|in|for|to|on|with|from) /g;

/**
 * A section heading in title case inside the body ("2.1. New Institutional Economics, Property
 * Rights, and Credibility of the State's Commitment"): a short line with no full stop at its end,
 * most of its words capitalised and joined by small words, so its capitals prove nothing either.
 */
function isTitleCaseHeading(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_HEADING || NO_HEADING_END.test(line) || line.includes('\n')) return false;
  // a title joins its words with "and", "of", "the"; a list of names ("Delta, Frontier, JetBlue") does not
  const joints = line.match(TITLE_JOINTS)?.length ?? 0;
  return joints >= 2 && isTitleCase(line);
}

/** Whether a headline writes most words with a capital, so its capitals prove nothing. */
export function isTitleCase(text: string): boolean {
  const words = text.match(LETTER_RUNS) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => UPPER_FIRST.test(w)).length;
  return caps / words.length >= 0.75;
}

/**
 * Opens the keys the `capitalised` evidence holds for demonyms and title words read as a person's surname somewhere
 * in the document ("\u0001cuban" after "Mark Cuban", "\u0001presidente" after "Carlos Presidente"): no word's key starts with it. Kept in that set
 * rather than one of their own, so that the evidence's counts and versions (`evidence.ts`) and the
 * questions a cached candidate list recorded (`RecordedSet`) cover them with no list, count or kind
 * of question of their own. Written by `surnameEvidenceAt`, read by `demonymSurnameAlone`.
 */
const SURNAME_MARK = '\u0001';

/**
 * "Later, Cuban said", "Cuban, 65, said", "Cuban's team": a demonym alone at `first` that the document
 * reads as a person's surname elsewhere ("Mark Cuban"), before a verb a name comes before (no auxiliary:
 * "French was the language"), after an age between commas if one follows, or in the possessive but of
 * a language's parts ("French's grammar"), and after no article ("the French said" are people; "He is
 * Cuban." says a nationality).
 */
function demonymSurnameAlone(p: PreparedParagraph, first: number, ev: NameEvidence): boolean {
  const { tokens, keys } = p;
  // (read as a surname elsewhere: the demonym's key opened by `SURNAME_MARK` is in the capitalised evidence)
  if (!SURNAME_DEMONYMS.has(keys[first]) || DETERMINERS.has(keys[first - 1] ?? '') || !ev.capitalised.has(SURNAME_MARK + keys[first])) return false;
  if (tokens[first].possessiveEnd !== undefined) return !KIND_NOUNS.has(keys[first + 1] ?? '');
  const at = afterAgeApposition(p, first + 1);
  const after = tokens[at];
  if (!isWord(after) || isCap(after)) return false;
  if (!AUXILIARY_VERBS.has(after.key)) return verbAfterPersonName(after.key);
  // "Cuban has said", "Cuban had told": a perfect of saying or thinking, which no language does ("French is spoken", "French has become")
  return PERFECT_AUXILIARIES.has(after.key) && isWord(tokens[at + 1]) && (SPEECH_VERBS.has(keys[at + 1]) || PERSON_VERBS.has(keys[at + 1])) && !AUXILIARY_VERBS.has(keys[at + 1]);
}

/**
 * "Carlos Presidente": a foreign office title (`FOREIGN_OFFICE_TEXTS`, at `i`, capitalised inside a sentence) right after a
 * known first name, ending the name, is the person's surname; alone elsewhere it is that surname ("Later, Presidente said"),
 * no title alone. (English title words as surnames, "John Bishop … Bishop said", are left: "King" alone in the generated
 * texts joined other people's entities.)
 */
function titleWordSurnameAt(p: PreparedParagraph, i: number): boolean {
  const { tokens, keys } = p;
  // ("El Presidente", "La Presidenta": articles that are first names too)
  if (!FOREIGN_OFFICE_TEXTS.has(tokens[i].text) || !firstNameGender(keys[i - 1]) || FOREIGN_ARTICLES.has(keys[i - 1]) || tokens[i].start !== tokens[i - 1].end + 1) return false;
  const next = tokens[i + 1];
  return !(isCap(next) && next.start === tokens[i].end + 1);
}

/** The token after an age between commas at `at` (", 65,"), or `at` itself where none stands there. */
function afterAgeApposition(p: PreparedParagraph, at: number): number {
  const { tokens } = p;
  const age = tokens[at + 1];
  return tokens[at]?.text === ',' && age !== undefined && age.text.length <= 3 && isDigits(age.text) && tokens[at + 2]?.text === ',' ? at + 3 : at;
}

/**
 * The key the `capitalised` evidence holds for the word at `i` of `p` (capitalised inside a sentence) read as a
 * surname after a first name ("Mark Cuban", "Carlos Presidente"): its key opened by `SURNAME_MARK`; undefined for other words.
 */
export function surnameEvidenceAt(p: PreparedParagraph, i: number): string | undefined {
  const key = p.keys[i];
  if (SURNAME_DEMONYMS.has(key) && demonymSurnameAt(p, i - 1, i)) return SURNAME_MARK + key;
  if (i > 0 && (p.flags[i - 1] & TOKEN.cap) !== 0 && titleWordSurnameAt(p, i)) return SURNAME_MARK + key;
  return undefined;
}

/** Document-level evidence for reading capitals at sentence starts. */
export interface NameEvidence {
  /** Folded words seen capitalised in the middle of a sentence, and demonyms and title words read as a surname, their keys opened by `SURNAME_MARK`. */
  capitalised: Pick<ReadonlySet<string>, 'has'>;
  /** Folded words seen in lower case. */
  lower: Pick<ReadonlySet<string>, 'has'>;
  /** How often each folded word stands capitalised where a capital proves nothing. */
  initial: Pick<ReadonlyMap<string, number>, 'get'>;
  /** Which state of an evidence kept up to date edit by edit this is (none: answers are checked one by one). */
  version?: EvidenceVersion;
}

/** One state of an evidence updated edit by edit, and what changed since the state before. */
export interface EvidenceVersion {
  /** Names this state (of this evidence) among all. */
  stamp: number;
  /** The stamp of the state it was updated from (-1: counted afresh). */
  previous: number;
  /** The words whose answers differ from the state before (null: counted afresh). */
  changed: readonly string[] | null;
}

/**
 * A paragraph's candidates and the evidence questions they depend on. One object per name: the
 * candidates handed out to each analysis that places the paragraph, reset (and moved) first.
 */
interface CachedCandidates {
  /** What was handed out last: the candidates at `base`, as callers may have changed them, and their names. */
  result: PlacedCandidates;
  /** Triples: which evidence (0 capitalised, 1 lower, 2 initial), the key, the answer. */
  asked: (number | string | boolean | undefined)[];
  /** The paragraph's offset the candidates' spans are at. */
  base: number;
  /** The placement (analysis) that took the candidates last (-1: none yet). */
  placement: number;
  /** What `reset` puts back (`pristineValues`). */
  pristine: PristineValues;
  /** The evidence state its answers were last seen to hold in (`EvidenceVersion.stamp`; -1 none), and the `askedEpoch` then. */
  heldAt: number;
  heldEpoch: number;
}

/**
 * Every word any candidate list asked the evidence about, since the epoch began: an update that
 * changed only words never asked changed no list's answers. Begun again when large (a new epoch).
 */
let askedEver = new Set<string>();
let askedEpoch = 0;
const MAX_ASKED_EVER = 200_000;

/** The last evidence state checked against `askedEver`, and whether its changes touch no word ever asked. */
let lastVersionChecked: EvidenceVersion | null = null;
let lastVersionAsksNothing = false;

/** Whether answers that held in the state before `v` (of the same evidence) still hold in `v`. */
function changesAskNothing(v: EvidenceVersion): boolean {
  if (v !== lastVersionChecked) {
    lastVersionChecked = v;
    lastVersionAsksNothing = v.changed !== null && v.changed.every((k) => !askedEver.has(k));
  }
  return lastVersionAsksNothing;
}

/**
 * Numbers each analysis's placement of candidates, by the memos' clock (`clockStamp`): candidates handed out in one are
 * not handed out again in it, and the lists it places are stamped with it (what the candidate slots' forgetting reads).
 */
let placement = 0;

/**
 * Starts placing the candidates of a new analysis: from now on each paragraph may get back the
 * candidates the last analysis took, reset (the last analysis's candidates may then change).
 */
export function startPlacement(): void {
  placement = clockStamp();
}

/** One entry of `CachedCandidates.asked`. */
type AskedEntry = CachedCandidates['asked'][number];

/**
 * The questions the candidate search of the paragraph being read asked the evidence, and their
 * answers (`CachedCandidates.asked`): storage kept from paragraph to paragraph, the list the memo
 * keeps taken at its size (see core/lists.ts).
 */
const askedCollector = new ListCollector<AskedEntry>();

/** Writes down one question (`which` evidence, key) and its answer. */
function noteAsked(which: 0 | 1 | 2, k: string, answer: AskedEntry): void {
  askedCollector.add(which);
  askedCollector.add(k);
  askedCollector.add(answer);
  askedEver.add(k);
}

/** One set of the evidence (`which`: 0 capitalised, 1 lower) that writes down every question and its answer. */
class RecordedSet {
  /** The set asked: the evidence of the paragraph being read (`recording`). */
  set: Pick<ReadonlySet<string>, 'has'> = new Set<string>();

  constructor(private readonly which: 0 | 1) {}

  has(k: string): boolean {
    const r = this.set.has(k);
    noteAsked(this.which, k, r);
    return r;
  }
}

/** The `initial` counts of the evidence, writing down every question and its answer. */
class RecordedCounts {
  /** The counts asked: the evidence of the paragraph being read (`recording`). */
  counts: Pick<ReadonlyMap<string, number>, 'get'> = new Map<string, number>();

  get(k: string): number | undefined {
    const r = this.counts.get(k);
    noteAsked(2, k, r);
    return r;
  }
}

/**
 * The evidence as the candidate search of one paragraph sees it: one for the life of the module,
 * pointed at each paragraph's evidence in turn (no four objects made per paragraph read).
 */
const recorder = { capitalised: new RecordedSet(0), lower: new RecordedSet(1), initial: new RecordedCounts() } satisfies NameEvidence;

/** `recorder`, pointed at `ev`: evidence that writes down every question and its answer (`askedCollector`). */
function recording(ev: NameEvidence): NameEvidence {
  if (askedEver.size > MAX_ASKED_EVER) {
    askedEver = new Set();
    askedEpoch++;
    lastVersionChecked = null;
  }
  askedCollector.drop();
  pointRecorderAt(ev);
  return recorder;
}

/** Points `recorder`'s sets at `ev`'s. */
function pointRecorderAt(ev: NameEvidence): void {
  recorder.capitalised.set = ev.capitalised;
  recorder.lower.set = ev.lower;
  recorder.initial.counts = ev.initial;
}

// (with the memos, and when idle, the recorder lets go of the last document's evidence)
clearWithMemos(() => pointRecorderAt({ capitalised: new Set(), lower: new Set(), initial: new Map() }), true);

/** Whether a cached list's answers hold in `ev`: known from the evidence's versions when it has them, else asked again one by one. */
function answersHold(ev: NameEvidence, hit: CachedCandidates): boolean {
  const v = ev.version;
  if (v !== undefined && hit.heldEpoch === askedEpoch && (hit.heldAt === v.stamp || (hit.heldAt === v.previous && changesAskNothing(v)))) return true;
  return sameAnswers(ev, hit.asked);
}

function sameAnswers(ev: NameEvidence, asked: CachedCandidates['asked']): boolean {
  for (let i = 0; i < asked.length; i += 3) {
    const k = asked[i + 1] as string;
    const r = asked[i] === 0 ? ev.capitalised.has(k) : asked[i] === 1 ? ev.lower.has(k) : ev.initial.get(k);
    if (r !== asked[i + 2]) return false;
  }
  return true;
}

/**
 * A candidate written with every field, the optional ones too (undefined where they do not apply):
 * the type of the two places that make candidates, so a field added to `NameCandidate` and left out
 * of one is a compile error, and every candidate has one object shape.
 */
type EveryCandidateField = { [K in keyof Required<NameCandidate>]: NameCandidate[K] };

/**
 * A copy of a candidate, its span objects shared (`resetMoved` gives it its own). The tokens and
 * roles stay shared: nothing changes them after `findCandidates`.
 */
export function copyOf(c: NameCandidate): NameCandidate {
  // every field by name (one object shape, faster than a spread)
  const out: EveryCandidateField = {
    span: c.span,
    text: c.text,
    type: c.type,
    typeStrength: c.typeStrength,
    weak: c.weak,
    titleOnly: c.titleOnly,
    ownRole: c.ownRole,
    mayBeSurname: c.mayBeSurname,
    speaks: c.speaks,
    common: c.common,
    tokens: c.tokens,
    title: c.title,
    titleText: c.titleText,
    titleInfo: c.titleInfo,
    possessive: c.possessive,
    roles: c.roles,
    acronymOf: c.acronymOf,
    aliasOf: c.aliasOf,
    alsoKnownAs: c.alsoKnownAs,
    canonical: c.canonical,
    state: c.state,
    fullName: c.fullName,
    headline: c.headline,
  };
  return out;
}

/** A paragraph's candidates placed in the document. */
export interface PlacedCandidates {
  /**
   * Its candidates at the paragraph's offset: callers may change them until the next `startPlacement`,
   * after which they may be handed out again, reset (their span objects are never changed).
   */
  candidates: NameCandidate[];
  /** What `NamesOf` worked out from them when they were found, kept with them (only read it). */
  names: ParagraphNames;
}

/**
 * Works out what the document-wide passes read off a candidate list found afresh (`entities/index.ts`:
 * `paragraphNamesOf`), from the candidates as `findCandidates` made them, their offsets in `text`, the
 * paragraph's, and whether a word of it is one every alias gap has (`KeptParagraph.aliasWords`): once per
 * list, kept with it (like a weak map by list, without its cost).
 */
export type NamesOf = (candidates: readonly NameCandidate[], text: string, aliasWords: boolean) => ParagraphNames;

/**
 * `findCandidates`, memoised per prepared paragraph: a paragraph seen before with the same answers
 * to the evidence questions it asked gets its candidates back (moved to `base`) without work. They
 * are the objects the last analysis took, reset (new spans only when the paragraph moved): a
 * keystroke then makes no candidate objects for the paragraphs it left alone.
 */
export function findCandidatesCached(
  paragraphText: string, p: KeptParagraph, base: number, ev: NameEvidence, headline: boolean, namesOf: NamesOf, slot = -1,
): PlacedCandidates {
  const slots = headline ? headlineCandidateSlots : candidateSlots;
  // (a prepared paragraph stands for one text: its candidates are a memo by text without hashing the text again; headlines read other words)
  let hit = slot >= 0 && slots.preps[slot] === p ? slots.hits[slot] : headline ? p.headlineCandidates : p.candidates;
  if (!hit || !answersHold(ev, hit)) {
    hit = foundAfresh(paragraphText, p, base, ev, headline, namesOf);
    if (headline) p.headlineCandidates = hit;
    else p.candidates = hit;
  }
  if (slot >= 0) {
    slots.preps[slot] = p;
    slots.hits[slot] = hit;
  }
  hit.heldAt = ev.version?.stamp ?? -1;
  hit.heldEpoch = askedEpoch;
  // (two paragraphs of one text in one analysis: the second gets copies of its own)
  if (hit.placement === placement) return { candidates: pristineCopies(hit, base), names: hit.result.names };
  // (candidates found afresh, never placed, are as found and at `base` already: nothing to put back)
  if (hit.placement >= 0) {
    const { candidates } = hit.result;
    const { pristine } = hit;
    if (hit.base === base) for (let k = 0; k < candidates.length; k++) reset(candidates[k], pristine, k * PRISTINE_STRIDE);
    else for (let k = 0; k < candidates.length; k++) resetMoved(candidates[k], pristine, k * PRISTINE_STRIDE, base);
    hit.base = base;
  }
  hit.placement = placement;
  return hit.result;
}

/** A paragraph's candidates found afresh, with their names and what `reset` puts back, then moved to `base` (not yet placed). */
function foundAfresh(paragraphText: string, p: KeptParagraph, base: number, ev: NameEvidence, headline: boolean, namesOf: NamesOf): CachedCandidates {
  const candidates = findCandidates(paragraphText, withTokens(p), 0, recording(ev), headline);
  const asked = askedCollector.take();
  // (the names and what `reset` puts back read the candidates at their offsets in the paragraph's text, before they move)
  const names = namesOf(candidates, paragraphText, p.aliasWords);
  const pristine = pristineValues(candidates);
  if (base !== 0) for (let k = 0; k < candidates.length; k++) moveSpansInPlace(candidates[k], base);
  return { result: { candidates, names }, asked, base, placement: -1, pristine, heldAt: -1, heldEpoch: askedEpoch };
}

/** Moves a candidate found afresh by `d`: its span objects themselves, which no one else has yet (see `PlacedCandidates`). */
function moveSpansInPlace(c: NameCandidate, d: number): void {
  moveSpanInPlace(c.span, d);
  if (c.title) moveSpanInPlace(c.title, d);
  if (c.possessive) moveSpanInPlace(c.possessive, d);
}

function moveSpanInPlace(s: Span, d: number): void {
  s.start += d;
  s.end += d;
}

/** Copies of a cached list's candidates at `base`, as `findCandidates` made them (the kept ones may have been changed this placement). */
function pristineCopies(hit: CachedCandidates, base: number): NameCandidate[] {
  const { candidates } = hit.result;
  const copies = new Array<NameCandidate>(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    copies[k] = copyOf(candidates[k]);
    resetMoved(copies[k], hit.pristine, k * PRISTINE_STRIDE, base);
  }
  return copies;
}

/**
 * The prepared paragraph and cached list of each slot (a paragraph's index) in the last analyses:
 * a paragraph at the index it had is found by one comparison, not a look-up by its prepared
 * paragraph. Any pair here is right: a list is its prepared paragraph's, its answers checked on use.
 * Not a `Memo`'s slots: those fall back on a map by text, and a hit there moves between the memo's
 * generations; a list here falls back on its prepared paragraph's own field (the `prepared` memo
 * already found the paragraph by its text, and bounds it): a memo of lists by text would look each
 * paragraph up in a second map and keep lists, with their paragraph's tokens, after that paragraph is dropped.
 */
interface CandidateSlots {
  preps: (KeptParagraph | undefined)[];
  hits: (CachedCandidates | undefined)[];
}
const candidateSlots: CandidateSlots = { preps: [], hits: [] };
const headlineCandidateSlots: CandidateSlots = { preps: [], hits: [] };
// when idle the slots of lists the last analyses did not place go (slots past the end of a shorter
// document still hold a longer one's paragraphs; a slot missed falls back on the prepared paragraph's
// own list), the others stay: the first keystroke after a pause finds its paragraphs by slot as the
// keystrokes before it did (emptied in place, as a memo's slots are)
forgetWithMemos(() => forgetCandidateSlotsUsedBefore(Infinity), forgetCandidateSlotsUsedBefore);

/** Empties the slots of both lists whose candidates were last placed before `stamp` (all of them for `Infinity`). */
function forgetCandidateSlotsUsedBefore(stamp: number): void {
  forgetSlotsUsedBefore(candidateSlots.preps, candidateSlots.hits, stamp, lastPlaced);
  forgetSlotsUsedBefore(headlineCandidateSlots.preps, headlineCandidateSlots.hits, stamp, lastPlaced);
}

/** When a list was last placed (a `clockStamp`: the placement is one). */
function lastPlaced(hit: CachedCandidates): number {
  return hit.placement;
}

/**
 * Callers leave every field but the `ChangedByCallers` ones as `findCandidates` made it (a stripped
 * name is a new object), so `reset` puts back only those. A field added to `NameCandidate` is a
 * compile error here until it is named in one of the two lists (and, if callers change it, put back
 * by `reset`).
 */
type NeverChanged = CandidateFields<
  'text' | 'weak' | 'ownRole' | 'mayBeSurname' | 'speaks' | 'common' | 'tokens' | 'titleText' | 'titleInfo' | 'roles' | 'canonical' | 'state' | 'headline'
>;
type Unlisted = Exclude<keyof NameCandidate, ChangedByCallers | NeverChanged | 'span' | 'title' | 'possessive'>;
const everyFieldListed: [Unlisted] extends [never] ? true : never = true;
void everyFieldListed;

/**
 * What `reset` puts back, per candidate of a list as `findCandidates` made it: the `ChangedByCallers`
 * fields, then the offsets in the paragraph (span start and end, title's, possessive's; -1 for none).
 * One flat list per candidate list, read in order (fewer cache misses after a pause in typing).
 */
type PristineValues = (EntityType | number | boolean | string | undefined)[];
const PRISTINE_STRIDE = 13;

function pristineValues(source: readonly NameCandidate[]): PristineValues {
  const out: PristineValues = new Array(source.length * PRISTINE_STRIDE);
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    const i = k * PRISTINE_STRIDE;
    out[i] = c.type;
    out[i + 1] = c.typeStrength;
    out[i + 2] = c.titleOnly;
    out[i + 3] = c.acronymOf;
    out[i + 4] = c.aliasOf;
    out[i + 5] = c.alsoKnownAs;
    out[i + 6] = c.fullName;
    out[i + 7] = c.span.start;
    out[i + 8] = c.span.end;
    out[i + 9] = c.title ? c.title.start : -1;
    out[i + 10] = c.title ? c.title.end : -1;
    out[i + 11] = c.possessive ? c.possessive.start : -1;
    out[i + 12] = c.possessive ? c.possessive.end : -1;
  }
  return out;
}

/**
 * Sets the fields callers may have changed on a candidate back to what `findCandidates` made (`p`
 * from `i`: see `PristineValues`; its offsets are still right). A field already right is not written.
 */
function reset(c: NameCandidate, p: PristineValues, i: number): void {
  if (c.type !== p[i]) c.type = p[i] as EntityType;
  if (c.typeStrength !== p[i + 1]) c.typeStrength = p[i + 1] as number;
  if (c.titleOnly !== p[i + 2]) c.titleOnly = p[i + 2] as boolean | undefined;
  if (c.acronymOf !== p[i + 3]) c.acronymOf = p[i + 3] as number | undefined;
  if (c.aliasOf !== p[i + 4]) c.aliasOf = p[i + 4] as number | undefined;
  if (c.alsoKnownAs !== p[i + 5]) c.alsoKnownAs = p[i + 5] as number | undefined;
  if (c.fullName !== p[i + 6]) c.fullName = p[i + 6] as string | undefined;
}

/** `reset`, and new offsets at `d` (new span objects: the last analysis's mentions keep the old ones). */
function resetMoved(c: NameCandidate, p: PristineValues, i: number, d: number): void {
  reset(c, p, i);
  c.span = { start: (p[i + 7] as number) + d, end: (p[i + 8] as number) + d };
  const titleStart = p[i + 9] as number;
  c.title = titleStart >= 0 ? { start: titleStart + d, end: (p[i + 10] as number) + d } : undefined;
  const possessiveStart = p[i + 11] as number;
  c.possessive = possessiveStart >= 0 ? { start: possessiveStart + d, end: (p[i + 12] as number) + d } : undefined;
}

/** Whether the token at `i` may be a word of a name. */
function isNameWord(p: PreparedParagraph, i: number): boolean {
  const t = p.tokens[i];
  if (!isCap(t)) return false;
  // "I", "I'm"
  if (t.text.charCodeAt(0) === 73 && (t.text.length === 1 || t.text[1] === "'" || t.text[1] === '’')) return false;
  // an acronym ("NATO": two letters or more)
  if (isAllCaps(t)) return true;
  // one letter (a code point is at most two code units)
  if (t.text.length <= 2 && ONE_LETTER.test(t.text)) return false;
  if (isA(classesAt(p, i), WORD.notName)) return false;
  return !notNameCompound(t);
}

/** "Saturday-night dances", "All-time highs": such a word before a hyphen and a lower-case rest names no one. */
function notNameCompound(t: Token): boolean {
  const hyphen = t.text.indexOf('-');
  if (hyphen <= 0 || hyphen === t.text.length - 1 || t.text[hyphen + 1] === t.text[hyphen + 1].toUpperCase()) return false;
  return NOT_NAMES.has(t.key.slice(0, t.key.indexOf('-')));
}

/**
 * "Derek A. Sowell", "Mary I. Lopez": a capital and a full stop between a known first name and a
 * capitalised word is a middle initial, though "A" and "I" alone are an article and a pronoun.
 */
function middleInitialAt(p: PreparedParagraph, i: number): boolean {
  const { tokens } = p;
  const t = tokens[i];
  if (!isInitial(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return isWord(prev) && prev.end + 1 === t.start && firstNameGender(prev.key) !== undefined
    && isWord(next) && next.start === t.end + 1 && isNameWord(p, i + 1);
}

/**
 * "Mason jars", "a Ferris wheel": the word at `i` right before a lower-case noun named after it (`EPONYM_NOUNS`;
 * not a trophy's, always capitalised: "Stanley cups" are a brand's).
 */
function eponymBeforeNoun(p: PreparedParagraph, i: number): boolean {
  // (the pair of keys first: after most words no noun named after them stands, and the next token is not read)
  if (i + 1 >= p.keys.length) return false;
  const kind = eponymNounKind(p.keys[i], p.keys[i + 1]);
  if (kind === undefined || kind === 'trophy') return false;
  const next = p.tokens[i + 1];
  return isWord(next) && !isCap(next) && next.start === p.tokens[i].end + 1;
}

/**
 * "Schumer, D-N.Y., said", "Ted Cruz (R-Texas)": a party's letter, a hyphen and a state after a comma or an opening
 * parenthesis is a politician's party and state, no name of its own ("D-Day", "I-95" are not one).
 */
function partyTagAt(p: PreparedParagraph, i: number): boolean {
  const text = p.tokens[i]?.text;
  if (text === undefined || text.length < 4 || !startsWithPartyTag(text)) return false;
  const before = p.tokens[i - 1]?.text;
  // (the token's key is folded already: lower case, full stops gone, "d-ny")
  return (before === ',' || before === '(') && namesUsStateAsWritten(p.keys[i].slice(2));
}

/** Words that name storms and operations with the name after them ("Hurricane Katrina", "Tropical Storm Ana", "Operation Dawn"). */
const NAMED_EVENT_STARTS: ReadonlySet<string> = new Set(['hurricane', 'cyclone', 'typhoon', 'tropical', 'storm', 'operation']);

/** Whether the capitalised word at `i` is a name word, given where it stands and the document's evidence. */
function acceptWord(p: PreparedParagraph, i: number, ev: NameEvidence): boolean {
  const t = p.tokens[i];
  const classes = classesAt(p, i);
  if (partyTagAt(p, i)) return false;
  if (platformXAt(p, i)) return true;
  // "said Bush, D-Mo.", "Deal (R-Ga.)": a party and a state after a word make it a lawmaker's name, though a common word
  if (partyTagAt(p, i + 2)) return true;
  // ("Later, English said": the surname alone, read as one after a first name elsewhere)
  if (!isNameWord(p, i)) return middleInitialAt(p, i) || languageSurnameAt(p, i) || LANGUAGE_SURNAMES.has(t.key) && demonymSurnameAlone(p, i, ev);
  if (isA(classes, WORD.eponym) && eponymBeforeNoun(p, i)) return false;
  // "in May 2019", "since May": the month
  if (t.key === 'may' && (hasDigit(p.tokens[i + 1]?.text ?? '') || TIME_WORDS.has(p.keys[i - 1]))) return false;
  if (abbreviatedMonthAt(p, i)) return false;
  if (portfolioBeforeTitle(p, i, classes)) return false;
  // "Police said", "Council member Ordóñez": a sentence opening with a body's common noun the text writes in lower case
  // elsewhere ("police", "council") names no one; "Police Chief", "Board of Education" run on into a name
  if ((p.flags[i] & TOKEN.uncertain) !== 0 && isA(classes, WORD.orgHead) && isA(classes, WORD.commonWord) && ev.lower.has(t.key) && !capitalisedNext(p, i)) return false;
  if ((p.flags[i] & TOKEN.uncertain) === 0) return true;
  if (isAllCaps(t) || ev.capitalised.has(t.key) || isA(classes, WORD.opensLexicon) && LEXICON.longestAt(p.keys, i) || t.key === 'saint' && saintPlaceShown(p, i, false)) return true;
  if (opensCitation(p, i)) return true;
  // "General, is this a waiver?": a title addressed (the comma checked first, before the look-up)
  if (p.tokens[i + 1]?.text === ',' && TITLES.getWord(t.key) !== undefined && addressedInQuestion(p, i)) return true;
  // "Daily et al.": only authors take "et al."
  if (p.keys[i + 1] === 'et' && p.keys[i + 2] === 'al') return true;
  const next = p.tokens[i + 1];
  const nextIsName = next !== undefined && next.start <= t.end + 1 && (isNameWord(p, i + 1) || middleInitialAt(p, i + 1) || languageSurnameAt(p, i + 1));
  if (!nextIsName) {
    // "Vincent van Gogh painted": a first name before a surname's particle
    if (isA(classes, WORD.firstName) && particleOpensName(p, i + 1, ev, true)) return true;
    // "Jones, the mayor, spoke": before a comma, a known first name or a role appositive is evidence enough
    if (nameOpensSentenceBeforeComma(p, i, ev)) return true;
    // "Goldman shares rose": a firm's first founder's surname opening a sentence before any word
    if (FOUNDERS_FIRST_WORDS.has(t.key)) return true;
    // "United won 2-1 at home": a participle that opens bodies' names before a game's result is a club's short name
    if (isA(classes, WORD.participleOpener) && gameResultAfter(p, i)) return true;
    // "Joe's Pizzeria opened", "Moody's Analytics said": a possessive opening the sentence before a business's head is its name
    if (t.possessiveEnd !== undefined && possessiveBrandAt(p, i, i + 1)) return true;
    // "Maduro said", "Maduro has clung": a word never seen in lower case before a verb of saying or being
    // ("Officials said" is a common word opening the sentence, never written capitalised inside one, and so is
    // "Forecasters said", a plural for people; "the U.S. Army said" is a name)
    // "United Airlines cancelled … United said": a participle that opens bodies' names is no verb where it opens another sentence too
    if (ev.lower.has(t.key) || VERB_OR_ADVERB_ENDING.test(t.key) && !(isA(classes, WORD.participleOpener) && (ev.initial.get(t.key) ?? 0) >= 2) || (isA(classes, WORD.commonWord) && !isA(classes, WORD.firstName) || PEOPLE_PLURALS.has(t.key)) && !isWord(p.tokens[i - 1])) return false;
    // "Pelosi became Speaker of the House": only a person takes an office
    return next !== undefined && isWord(next) && (SPEECH_VERBS.has(next.key) && (ev.initial.get(t.key) ?? 0) >= 1 || (ev.initial.get(t.key) ?? 0) >= 3)
      || officeTakenEnd(p, i + 1) > 0;
  }
  if (isA(classes, WORD.firstName) || isInitial(t.text)) return true;
  // "“Hurricane Katrina”", "Operation Dawn began": a storm's or an operation's word opening the sentence (or a quotation) names
  // it with the name after it, which is no person's
  if (NAMED_EVENT_STARTS.has(t.key)) return true;
  // "Angry Democrats walked out": a word opening the sentence before the plural of a party or a people that ends the name describes them
  if (namesPeoplePlural(p.keys[i + 1]) && !isCap(p.tokens[i + 2]) && !isA(classes, WORD.demonym)) return false;
  // "Former Google CEO Eric Schmidt", "Interim CEO Jane Smith": a title's modifier of time in office opening the sentence
  if (isA(classes, WORD.termModifier)) return false;
  // "Biologist Nick Bos": a word opening the sentence before a first name (a participle opening bodies' names opens one: "United Way")
  if (firstNameGender(p.keys[i + 1]) && !ev.capitalised.has(t.key) && !SURNAME_OPENERS.has(t.key) && !isA(classes, WORD.participleOpener)) return false;
  // "United Airlines cancelled": a participle that opens bodies' names ("United", "Allied") is no verb before a name
  return (p.flags[i + 1] & TOKEN.uncertain) === 0 && !ev.lower.has(t.key) && (!VERB_OR_ADVERB_ENDING.test(t.key) || isA(classes, WORD.participleOpener));
}

/**
 * "Moody's Analytics", "Macy's Inc.": a one-word name in the possessive before a company's trade
 * or head word ending the name is the company's own name ("Biden's Justice Department", "Britain's
 * Labour Party" run on, "Smith's Analytics team" is a team): the possessive at `end - 1`.
 */
function possessiveBrandAt(p: PreparedParagraph, nameStart: number, end: number): boolean {
  const { tokens, keys } = p;
  if (end - 1 !== nameStart || !capitalisedAfterPossessive(p, end)) return false;
  // "Joe's Crab Shack": a place to eat named by two words (`namesEateryPair`), read as one head
  const pair = eateryPairAt(p, end);
  // "Ruth's Chris Steak House": one more capitalised word before the pair
  const wordAndPair = !pair && isCap(tokens[end + 1]) && tokens[end + 1].start === tokens[end].end + 1 && eateryPairAt(p, end + 1);
  if (wordAndPair) return !LEXICON.longestAt(keys, nameStart, end) && !nameRunsOnAfter(p, end + 2);
  const eatery = pair || EATERY_HEADS.has(keys[end]);
  // (after a first name only a place to eat: "Mel's Diner", but "John's Company" is his)
  if (!(ORG_HEADS.has(keys[end]) || TRADE_HEADS.has(keys[end]) || eatery) || LEXICON.longestAt(keys, nameStart, end) || firstNameGender(keys[nameStart]) && !eatery) return false;
  return !nameRunsOnAfter(p, pair ? end + 1 : end);
}

/** Whether the words at `k` and `k + 1` are a place to eat named by two words, written one space apart ("Crab Shack"). */
function eateryPairAt(p: PreparedParagraph, k: number): boolean {
  const next = p.tokens[k + 1];
  return isCap(next) && next.start === p.tokens[k].end + 1 && namesEateryPair(p.keys[k], p.keys[k + 1]);
}

/**
 * Whether the word after the head at `last` goes on with the name or a noun it modifies ("Moody's
 * Analytics Team", "Smith's Analytics team"), so the possessive names an owner, not the company.
 */
function nameRunsOnAfter(p: PreparedParagraph, last: number): boolean {
  const after = p.tokens[last + 1];
  return isWord(after) && (isCap(after) || !NOT_NAMES.has(after.key) && !SPEECH_VERBS.has(after.key) && after.start === p.tokens[last].end + 1 && LOWER_WORD.test(after.text) && !ED_OR_S_ENDING.test(after.key));
}

/** Plural nouns for people whose possessive is part of an institution's name. */
const GROUP_POSSESSIVES: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people', 'veterans', 'workers', 'citizens']);

/**
 * "Boston Children's Hospital", "Brigham and Women's Hospital", "the People's Republic of China":
 * a capitalised group's possessive at `end - 1`, right before a capitalised word, runs the name on
 * (it names whom the institution serves, never an owner the name stops at).
 */
function groupPossessiveInName(p: PreparedParagraph, end: number): boolean {
  return isCap(p.tokens[end - 1]) && GROUP_POSSESSIVES.has(p.keys[end - 1]) && capitalisedAfterPossessive(p, end);
}

/** Words of a union's name before "Local" and its number ("Workers", "Teamsters"). */
const UNION_WORDS: ReadonlySet<string> = new Set(['workers', 'teamsters', 'union', 'employees', 'brotherhood', 'federation', 'guild', 'laborers', 'machinists', 'electrical', 'nurses', 'teachers']);

/** Whether `[first, end)`, a name ending in "Local", is a union's local before its number (digits, no year; a union's word or an acronym in the name). */
function unionLocalAt(p: PreparedParagraph, first: number, end: number): boolean {
  const number = p.tokens[end].text;
  if (!LOCAL_NUMBER.test(number) || YEAR.test(number)) return false;
  for (let k = first; k < end - 1; k++) if (UNION_WORDS.has(p.keys[k]) || isAllCaps(p.tokens[k])) return true;
  return false;
}

/** Whether token `i` is the platform X after "on" ("wrote on X.", "a post on X"): a one-letter name, never an initial of the next. */
function platformXAt(p: PreparedParagraph, i: number): boolean {
  const t = p.tokens[i];
  if (t === undefined || (t.text !== 'X' && t.text !== 'X.') || p.keys[i - 1] !== 'on' || isCap(p.tokens[i - 1]) || !POSTING_WORDS.has(p.keys[i - 2])) return false;
  // ("posted on X Games footage": a bare X before a capitalised word opens another name)
  return t.text === 'X.' || !isCap(p.tokens[i + 1]);
}

/** Words before "on X" that make X the platform: posting ("wrote on X") and what is posted ("a post on X"). */
const POSTING_WORDS: ReadonlySet<string> = new Set([
  'wrote', 'writes', 'write', 'posted', 'posts', 'post', 'said', 'says', 'shared', 'shares', 'tweeted', 'announced', 'announces',
  'reposted', 'replied', 'responded', 'video', 'videos', 'message', 'statement', 'account', 'thread', 'comments', 'comment',
]);

/** Whether the name from `nameStart` is one word in the possessive and the word after it the rest of a place so named ("King's Cross", `POSSESSIVE_PLACES`). */
function possessivePlaceAt(p: PreparedParagraph, nameStart: number, end: number): boolean {
  return end - 1 === nameStart && capitalisedAfterPossessive(p, end) && namesPossessivePlace(p.keys, nameStart);
}

/** Whether the folded words at `k` and `k + 1` are a place named in the possessive (`POSSESSIVE_PLACES`: "king" "cross"). */
function namesPossessivePlace(keys: readonly string[], k: number): boolean {
  return POSSESSIVE_PLACES.has(`${keys[k]} ${keys[k + 1]}`);
}

/** Whether the word at `end - 1` is in the possessive and a capitalised word follows it after one space ("Moody's Analytics"). */
function capitalisedAfterPossessive(p: PreparedParagraph, end: number): boolean {
  const owner = p.tokens[end - 1];
  const next = p.tokens[end];
  return owner.possessiveEnd !== undefined && isCap(next) && next.start === owner.possessiveEnd + 1;
}

/** Dashes that close a dateline. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);

/**
 * "MILLBROOK — A man was charged", "BEIJING (Reuters) —", "LAFAYETTE, La. —": a name in capitals
 * opening a paragraph before a dash (after an agency in brackets, or a state or country after a
 * comma), or that state or country itself, is the dateline's place. "NASA — the agency" opening a
 * paragraph has no place after it, "GARRETT said" no dash.
 */
function datelinePlace(p: PreparedParagraph, first: number, end: number): boolean {
  const { tokens } = p;
  let opening = 0;
  while (opening < tokens.length && isAllCaps(tokens[opening])) opening++;
  if (opening === 0) return false;
  if (first === 0 && end === opening) {
    let k = end;
    // "(AP)", "(Reuters)": the agency's credit
    if (tokens[k]?.text === '(' && isWord(tokens[k + 1]) && tokens[k + 2]?.text === ')') k += 3;
    else if (tokens[k]?.text === ',') return regionBeforeDash(p, k + 1) > k + 1;
    return DATELINE_DASHES.has(tokens[k]?.text ?? '') && !knownOrganization(p, first, end);
  }
  return first === opening + 1 && tokens[opening].text === ',' && regionBeforeDash(p, first) === end;
}

/** The end of a state or country written between a dateline's comma at `start - 1` and its dash ("Kan.", "New Mexico"), or -1. */
function regionBeforeDash(p: PreparedParagraph, start: number): number {
  const { tokens } = p;
  let k = start;
  while (k < start + 3 && isCap(tokens[k])) k++;
  if (k === start) return -1;
  const dash = tokens[k]?.text === '.' ? k + 1 : k;
  return DATELINE_DASHES.has(tokens[dash]?.text ?? '') ? k : -1;
}

/** Whether the lexicon knows `[first, end)` as an organization ("NASA"). */
function knownOrganization(p: PreparedParagraph, first: number, end: number): boolean {
  const lex = LEXICON.longestAt(p.keys, first, end);
  return lex !== undefined && lex !== null && lex.length === end - first && lex.value.type === 'organization';
}

/** Endings of the nouns an office's portfolio is named by ("Transportation", "Environment", "Security"). */
const PORTFOLIO_ENDING = /(?:tion|ment|ity|ics|ence|ance|ture)$/;

/**
 * "Health Secretary Victoria Atkins", "Transportation Secretary Pete Buttigieg": a common word
 * before a title and a name is the office's portfolio, part of the title, no name of its own
 * ("Apple CEO Tim Cook" keeps the company the lexicon knows, "Senator Rick Santorum" has none).
 * `classes`: the word's `WORD` bits.
 */
function portfolioBeforeTitle(p: PreparedParagraph, i: number, classes: number): boolean {
  const { tokens, keys } = p;
  const title = tokens[i + 1];
  if (!isCap(title) || title.start !== tokens[i].end + 1) return false;
  if (!isA(classes, WORD.commonWord | WORD.portfolioEnding) || isA(classes, WORD.opensLexicon) && LEXICON.longestAt(keys, i)) return false;
  if (isA(classes, WORD.opensTitle) && TITLES.getWord(keys[i]) !== undefined || TITLES.getWord(keys[i + 1]) === undefined || endsOrganizationName(p, i)) return false;
  const name = tokens[i + 2];
  return isCap(name) && name.start === title.end + 1 && !ORG_HEADS.has(keys[i + 2]);
}

/** Titles that "Press" opens ("Press Secretary"): before them "Press" is the portfolio, though it ends names ("Associated Press"). */
const PRESS_OFFICES: ReadonlySet<string> = new Set(['secretary', 'officer']);

/** Most words read back from a portfolio word for the organization it may end ("Federal Reserve"). */
const MAX_ORGANIZATION_BACK = 3;

/**
 * "Federal Reserve Chair Jerome Powell", "European Central Bank President Christine Lagarde": the
 * word at `i` ends a body's name, one the lexicon knows or an institution head right after a
 * capitalised word, so it is the body's name before the title, no portfolio.
 */
function endsOrganizationName(p: PreparedParagraph, i: number): boolean {
  const { tokens, keys } = p;
  // "Kremlin Press Secretary Dmitry Peskov": the press office's title, no newspaper named "… Press"
  if (keys[i] === 'press' && PRESS_OFFICES.has(keys[i + 1])) return false;
  for (let k = i - 1; k >= 0 && k >= i - MAX_ORGANIZATION_BACK && isCap(tokens[k]); k--) {
    const known = LEXICON.longestAt(keys, k, i + 1);
    if (known && k + known.length === i + 1) return known.value.type === 'organization';
  }
  const prev = tokens[i - 1];
  return ORG_HEADS.has(keys[i]) && isCap(prev) && prev.end === tokens[i].start - 1;
}

/** Whether a capitalised word or "of" and one follows the word at `i` in the same name run. */
function capitalisedNext(p: PreparedParagraph, i: number): boolean {
  const next = p.tokens[i + 1];
  if (!isWord(next) || next.start > p.tokens[i].end + 1) return false;
  return isCap(next) || next.key === 'of' && isCap(p.tokens[i + 2]);
}

/** News-style month shortenings ("Dec. 15", "Sept. 3"). */
const MONTH_SHORTENINGS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** "through Dec. 15", "by Jan. 15": a shortened month with its point before a day is a date, not a name ("Jan said" stays one). */
function abbreviatedMonthAt(p: PreparedParagraph, i: number): boolean {
  const t = p.tokens[i];
  // (a shortening has four letters at most: most words end here, before the look-up; a key has no full stop)
  if (t.key.length > 4 || !MONTH_SHORTENINGS.has(t.key)) return false;
  const dotted = t.text.endsWith('.');
  const day = p.tokens[dotted ? i + 1 : i + 2];
  return (dotted || p.tokens[i + 1]?.text === '.') && day !== undefined && DAY_OF_MONTH.test(day.text);
}

/** Opening and closing marks around a nickname inside a name. */
const NICKNAME_OPEN = new Set(['"', '“']);
const NICKNAME_CLOSE = new Set(['"', '”']);

/**
 * `Jungwook "Wookie" Kim`, `Joaquín “El” Guzmán`: a one-word nickname in quotation marks between
 * two words of a name, at `at` (the opening mark), with the surname right after it.
 */
function quotedNicknameAt(p: PreparedParagraph, at: number, ev: NameEvidence): boolean {
  const { tokens } = p;
  const open = tokens[at];
  const nick = tokens[at + 1];
  const close = tokens[at + 2];
  const surname = tokens[at + 3];
  if (!open || !NICKNAME_OPEN.has(open.text) || open.start !== tokens[at - 1].end + 1) return false;
  if (!isCap(nick) || nick.start !== open.end || !close || !NICKNAME_CLOSE.has(close.text) || close.start !== nick.end) return false;
  return surname !== undefined && surname.start === close.end + 1 && isNameWord(p, at + 3) && acceptWord(p, at + 3, ev);
}

/** Titles that also open names of places and works ("King Street", "Prince Series"); "Mrs. Hall" is a person. */
const PLACE_NAME_TITLES = new Set([
  'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'count', 'emperor', 'empress', 'saint', 'st', 'president',
  'general', 'major', 'admiral', 'bishop', 'cardinal', 'pope', 'sultan', 'sheikh', 'imam', 'chancellor', 'regent',
]);

/**
 * "King Street", "Prince Series", "Queen Hotel", "General Dynamics": a title before a lone head word, or a
 * field's plural no surname ends like, is part of a place's, a work's or a company's name, not a person's title.
 */
function headAfterTitle(p: PreparedParagraph, at: number, ev: NameEvidence): boolean {
  if (!PLACE_NAME_TITLES.has(p.keys[at - 1])) return false;
  const key = p.keys[at];
  if (!(PLACE_HEADS.has(key) || BUILDING_HEADS.has(key) || ORG_HEADS.has(key) || OTHER_HEADS.has(key) || fieldPlural(key))) return false;
  const next = p.tokens[at + 1];
  return !(isCap(next) && next.start <= p.tokens[at].end + 1 && acceptWord(p, at + 1, ev));
}

/**
 * "Dynamics", "Atomics", "Robotics": a field of work's plural, which ends a company's name, never a person's; not a
 * field of study or an event ("Linguistics", "Olympics").
 */
function fieldPlural(key: string): boolean {
  return key.length > 5 && key.endsWith('ics') && !OTHER_HEADS.has(key) && !OTHER_WORDS.has(key);
}

/** Office titles of other languages as written, which name hotels and streets too ("the Presidente Intercontinental hotel"). */
const FOREIGN_OFFICE_TEXTS: ReadonlySet<string> = new Set(['Presidente', 'Presidenta', 'Président', 'Présidente', 'Ministro', 'Ministre']);

/**
 * "the Presidente Intercontinental hotel": a foreign office title (token `at`) after "the", whose name (up to `end`)
 * a building or a place to eat follows in lower case, opens that venue's name; no person's title.
 */
function foreignTitleOpensVenue(p: PreparedParagraph, at: number, end: number): boolean {
  const { tokens, keys } = p;
  const next = tokens[end];
  if (!isWord(next) || isCap(next) || !(BUILDING_HEADS.has(next.key) || EATERY_HEADS.has(next.key))) return false;
  return keys[at - 1] === 'the' && FOREIGN_OFFICE_TEXTS.has(tokens[at].text);
}

/** The title word before `titleEnd` also opens place names, and the name `[titleEnd, end)` ends with a place, building or institution head. */
function titleNamesPlace(keys: readonly string[], titleEnd: number, end: number): boolean {
  const head = keys[end - 1];
  return PLACE_NAME_TITLES.has(keys[titleEnd - 1]) && (PLACE_HEADS.has(head) || BUILDING_HEADS.has(head) || ORG_HEADS.has(head) || institutionWordRight(keys, titleEnd, end));
}

/** The name `[from, end)` ends with a place, building or institution head, or has an institution word first ("Football Club", "League Baseball"). */
function namesThing(keys: readonly string[], from: number, end: number): boolean {
  const head = keys[end - 1];
  return PLACE_HEADS.has(head) || BUILDING_HEADS.has(head) || ORG_HEADS.has(head) || ORG_HEADS.has(keys[from]);
}

/**
 * "Major League Baseball", "General Motors Company": an institution word right after the title
 * word (not only at the end) makes the title word part of an organization's name.
 */
function institutionWordRight(keys: readonly string[], titleEnd: number, end: number): boolean {
  return end - titleEnd >= 2 && ORG_HEADS.has(keys[titleEnd]);
}

/**
 * "Virginia Governor(s)", "the Texas Governor said": a known place before a title that no name
 * follows is a mention of its own; returns where the place ends, or -1. With a name after the
 * title ("Virginia Governor Bob McDonnell") the title loop has split them already.
 */
function placeBeforeBareTitle(p: PreparedParagraph, i: number, titleStart: number): number {
  if (titleStart <= i) return -1;
  return wholeKnownPlace(p.keys, i, titleStart) ? titleStart : -1;
}

/** Demonyms that are common surnames too ("Mark Cuban", "Dawn French", "Irvine Welsh", "Frank German"). */
const SURNAME_DEMONYMS: ReadonlySet<string> = new Set(['cuban', 'french', 'welsh', 'irish', 'german', 'english']);
/** Of `SURNAME_DEMONYMS`, the languages `NOT_NAMES` keeps from being name words: a surname only after a first name ("Tom English"). */
const LANGUAGE_SURNAMES: ReadonlySet<string> = new Set([...SURNAME_DEMONYMS].filter((key) => NOT_NAMES.has(key)));
/** Verbs a person's full name comes before, beyond the verbs of saying ("Mark Cuban owns", "Dawn French starred"). */
const VERBS_AFTER_SURNAME: ReadonlySet<string> = new Set([
  'owns', 'owned', 'bought', 'sold', 'wants', 'wanted', 'tweeted', 'posted', 'joined', 'left', 'won', 'lost', 'called', 'invested',
  'starred', 'stars', 'appeared', 'played', 'plays', 'sued', 'sang', 'directed', 'founded', 'led', 'leads', 'runs', 'ran',
  'covered', 'covers', 'scored', 'coached',
]);

/** "Tom English said": a language's name (`LANGUAGE_SURNAMES`) at `i` read as the surname of the known first name right before it. */
function languageSurnameAt(p: PreparedParagraph, i: number): boolean {
  if (!LANGUAGE_SURNAMES.has(p.keys[i]) || i === 0) return false;
  const prev = p.tokens[i - 1];
  return isWord(prev) && prev.end + 1 === p.tokens[i].start && demonymSurnameAt(p, i - 1, i);
}

/** Whether `key` is a verb a person's name comes before: of saying, of people, or of `VERBS_AFTER_SURNAME`. */
function verbAfterPersonName(key: string): boolean {
  return SPEECH_VERBS.has(key) || PERSON_VERBS.has(key) || VERBS_AFTER_SURNAME.has(key);
}

/** The verbs that open a yes/no question about what someone is ("Is Mark French?"). */
const YES_NO_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', "isn't", "wasn't", 'isnt', 'wasnt']);

/**
 * Lower-case words after a person's full name that no nationality modifies: adverbs and prepositions ("met Mark Cuban
 * too", "Dawn French on Monday"). No "and": "Will French and German fans" are nationalities.
 */
const WORDS_AFTER_FULL_NAME: ReadonlySet<string> = new Set([
  'too', 'also', 'again', 'yesterday', 'today', 'tonight', 'recently', 'who', 'whose', 'at', 'on', 'in', 'for', 'with', 'about', 'after', 'before',
]);

/**
 * "Mark Cuban said", "Dawn French starred", "Mark Cuban's team", "Mark Cuban, the owner", "met Mark Cuban too": a demonym
 * that is a surname too (`SURNAME_DEMONYMS`) at `end`, right after a known first name alone, is the surname where no noun
 * it would modify follows: a possessive, a mark or the end, a verb a name comes before or one of `WORDS_AFTER_FULL_NAME`.
 * "Will French fans travel", "the Cuban government" stay apart.
 */
function demonymSurnameAt(p: PreparedParagraph, nameStart: number, end: number): boolean {
  if (end - nameStart !== 1 || !SURNAME_DEMONYMS.has(p.keys[end]) || !firstNameGender(p.keys[nameStart])) return false;
  const surname = p.tokens[end];
  if (surname.possessiveEnd !== undefined) return true;
  const after = p.tokens[end + 1];
  // "Is Mark French?": a question about the person's nationality, not a surname
  if (after !== undefined && after.text === '?' && nameStart > 0 && YES_NO_COPULAS.has(p.keys[nameStart - 1])) return false;
  if (after === undefined || !isWord(after)) return true;
  return !isCap(after) && (verbAfterPersonName(after.key) || WORDS_AFTER_FULL_NAME.has(after.key));
}

/**
 * "Holy Roman Empire", "Royal Danish Academy": a demonym inside a name has a capitalised name word
 * right after it. After a known name or an acronym it starts a new name ("U.S. Republican Party").
 */
function capitalisedAfter(p: PreparedParagraph, i: number, ev: NameEvidence): boolean {
  const prev = p.tokens[i - 1];
  if (isAllCaps(prev) || LEXICON.longestAt(p.keys, i - 1, i)) return false;
  const next = p.tokens[i + 1];
  return next !== undefined && isCap(next) && next.start <= p.tokens[i].end + 1 && !DEMONYMS.has(next.key) && acceptWord(p, i + 1, ev);
}

/** Articles of French, Spanish and German written before a title ("Le Président", "El Presidente", "Der Kanzler"). */
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'el', 'los', 'der', 'die', 'das']);

/**
 * "Le Président Emmanuel Macron a dit", "a rencontré Le Président": a foreign article before a title, opening the sentence
 * or capitalised inside it, is no part of a name.
 */
function foreignArticleBeforeTitle(p: PreparedParagraph, i: number): boolean {
  if (!FOREIGN_ARTICLES.has(p.keys[i])) return false;
  return ((p.flags[i] & TOKEN.uncertain) !== 0 || isCap(p.tokens[i]) && isCap(p.tokens[i + 1])) && TITLES.longestAt(p.keys, i + 1) !== null;
}

/**
 * "Le Pen said", "De Gaulle said": capitalised articles and particles that open a surname, no word before a first name
 * opening the sentence ("Biologist Nick Bos") where the surname is one too ("Pen").
 */
const SURNAME_OPENERS: ReadonlySet<string> = new Set(['le', 'la', 'de', 'du', 'da', 'di', 'van', 'von']);

/**
 * The `WORD` bits of each token of the paragraph `findCandidates` searches (`classesSearched`) that may open a
 * name (`TOKEN.opens`), all filled by `keepOpenerClasses` before the search starts: the search asks a name
 * word's lists some three times, one look-up of its key answers them all. Scratch storage, grown by doubling
 * (a typed list made for each paragraph cost more than the look-ups it saved); entries of other tokens are stale.
 */
let classScratch = new Int32Array(256);
/** The paragraph whose tokens' bits `classScratch` holds, while `findCandidates` searches it. */
let classesSearched: PreparedParagraph | undefined;

// (a long paragraph grew it: an idle server lets it go with the paragraph memos)
clearWithMemos(() => {
  classScratch = new Int32Array(256);
}, true);

/** Fills `classScratch` with the `WORD` bits of `p`'s tokens that may open a name. */
function keepOpenerClasses(p: PreparedParagraph): void {
  const { keys, flags } = p;
  if (keys.length > classScratch.length) classScratch = new Int32Array(Math.max(keys.length, classScratch.length * 2));
  for (let i = 0; i < keys.length; i++) if ((flags[i] & TOKEN.opens) !== 0) classScratch[i] = wordClasses(keys[i]);
  classesSearched = p;
}

/** The `WORD` bits of the token at `i`: kept for a token of the paragraph searched that may open a name, else looked up. */
function classesAt(p: PreparedParagraph, i: number): number {
  return p === classesSearched && (p.flags[i] & TOKEN.opens) !== 0 ? classScratch[i] : wordClasses(p.keys[i]);
}

/**
 * Finds the name candidates of one paragraph. `base` is the paragraph's start in the document;
 * `paragraphText` the masked paragraph text the tokens index.
 */
export function findCandidates(paragraphText: string, p: PreparedParagraph, base: number, ev: NameEvidence, headline: boolean): NameCandidate[] {
  const { tokens, keys, flags } = p;
  found.start();
  keepOpenerClasses(p);
  const n = tokens.length;
  // the plural title of the last names ("Messrs." in "Messrs. Smith and Jones") and the token after them: see `sharesPluralTitle`
  let plural: SharedTitle | undefined;
  let i = 0;
  while (i < n) {
    // most tokens open nothing (punctuation, lower-case words): passed by on their flags alone
    if ((flags[i] & TOKEN.opens) === 0) {
      i++;
      continue;
    }
    const t = tokens[i];
    const classes = classScratch[i];
    const particleFirst = !isCap(t) && particleOpensName(p, i, ev);
    const termModifier = isCap(t) && isA(classes, WORD.termModifier) && termModifierBeforeTitle(p, i);
    if (!isCap(t) && !isA(classes, WORD.titleModifier) && !particleFirst || isA(classes, WORD.foreignArticle) && foreignArticleBeforeTitle(p, i)) {
      i++;
      continue;
    }
    // title: [modifier | demonym | country]* TITLE+ before a name
    let j = i;
    let titleEnd = -1;
    let titleInfo: TitleInfo | undefined;
    let titleStart = -1;
    // the title before the name is a plural ("Generals Grant and Sherman"): see `PLURAL_TITLES`
    let pluralTitle = false;
    // a place or people read before the title ("U.S. Senator"): after one, a plural is a team ("Ottawa Senators")
    let afterPlace = false;
    // "St. Petersburg", "Saint Louis": a known place is no title and name, nor "Saint" opening a team's ("the Saint Louis Cardinals")
    // or a place after a preposition of place ("moved to Saint Louis")
    const known = isCap(t) && isA(classes, WORD.opensLexicon) ? LEXICON.longestAt(keys, i) : null;
    const placeFirst = (known && known.length > 1) || (t.key === 'saint' && saintPlaceShown(p, i, true));
    for (; !placeFirst;) {
      const tj = tokens[j];
      if (!isWord(tj) || tj.possessiveEnd !== undefined) break;
      const wordAt = classesAt(p, j);
      const singular = isCap(tj) && isA(wordAt, WORD.opensTitle) ? TITLES.longestAt(keys, j) : null;
      const title = singular ?? (isCap(tj) && !afterPlace && isA(wordAt, WORD.opensPluralTitle) ? PLURAL_TITLES.longestAt(keys, j) : null);
      if (title && tokens[j + title.length - 1].possessiveEnd === undefined) {
        if (titleStart < 0) titleStart = j;
        titleInfo = title.value;
        pluralTitle = singular === null;
        j += title.length;
        // "Speaker Pro Tempore", "Professor Emeritus": words that complete the title
        j += officeSuffixLength(p, j);
        titleEnd = j;
        continue;
      }
      if (!isCap(tj) && isA(wordAt, WORD.titleModifier) || j === i && termModifier) { j++; continue; }
      if (isCap(tj)) {
        // (at the name's first word the look-up is `known`'s)
        const c = j === i ? known : isA(wordAt, WORD.opensLexicon) ? LEXICON.longestAt(keys, j) : null;
        if (isA(wordAt, WORD.demonym) || c?.value.type === 'place') {
          j += c?.value.type === 'place' ? c.length : 1;
          afterPlace = true;
          continue;
        }
      }
      break;
    }
    let nameStart = i;
    if (titleEnd > 0 && titleEnd < n && tokens[titleEnd].start <= tokens[titleEnd - 1].end + 1 && (acceptWord(p, titleEnd, ev) || particleOpensName(p, titleEnd, ev, true)) && !headAfterTitle(p, titleEnd, ev)) nameStart = titleEnd;
    else {
      // "The Speaker of the House said", "Johnson, the Speaker of the House, said": an office named "X of the Y" with no name after it
      // is the office alone, a title-only mention where one stands for its holder, else no name: never its "of the" phrase's last word
      if (titleStart === i && officeOfThe(keys, i, titleEnd)) {
        const named = found.last;
        if (named !== undefined && appositiveAfter(p, named, found.lastFirstToken(), i)) {
          named.roles = [...named.roles, paragraphText.slice(tokens[i - 1].start, tokens[titleEnd - 1].end)]; // a new list: an empty one is shared
          // "Jerome Powell, the Chairman of the Federal Reserve,": the body the office is of is still named
          const body = bodyOfOffice(keys, i, titleEnd);
          if (body > 0) {
            i = body;
            continue;
          }
        } else if (titleOfWordsAlone(p, i, titleEnd)) {
          addUntitled(paragraphText, p, base, i, titleEnd, headline, ev);
        }
        i = titleEnd;
        continue;
      }
      titleInfo = undefined;
      titleEnd = -1;
      if (!particleFirst && (!isCap(t) || termModifier || !acceptWord(p, i, ev))) { i++; continue; }
      const placeEnd = placeBeforeBareTitle(p, i, titleStart);
      if (placeEnd > 0) {
        addUntitled(paragraphText, p, base, i, placeEnd, headline, ev);
        i = placeEnd;
        continue;
      }
    }
    // the name: name words joined by single spaces and particles
    let end = nameStart + 1;
    // (the platform X is a name of one word: "wrote on X. Jones replied")
    const platformX = platformXAt(p, nameStart);
    while (end < n && end - nameStart < MAX_NAME_WORDS && !platformX && (tokens[end - 1].possessiveEnd === undefined || possessiveBrandAt(p, nameStart, end) || groupPossessiveInName(p, end) || possessivePlaceAt(p, nameStart, end))) {
      const next = tokens[end];
      if (next.start > (tokens[end - 1].possessiveEnd ?? tokens[end - 1].end) + 1) break;
      // "ELIZABETH B. PRELOGAR ON BEHALF OF THE PETITIONERS": in capitals a function word (no particle) ends the name
      if (isAllCaps(next) && isAllCaps(tokens[end - 1]) && NOT_NAMES.has(next.key) && !PARTICLES.has(next.key)) break;
      if (isCap(next) && acceptWord(p, end, ev) && (!DEMONYMS.has(next.key) || capitalisedAfter(p, end, ev) || demonymSurnameAt(p, nameStart, end))) {
        // "Humanities Citation Index Professor Chomsky": a title inside a run starts the next name
        const title = isA(classesAt(p, end), WORD.opensTitle) ? TITLES.longestAt(keys, end) : null;
        const after = title ? tokens[end + title.length] : undefined;
        // ("Avenida Presidente Masaryk", "Rue Président Wilson": not after a street's word that opens its name)
        if (title && after !== undefined && isCap(after) && after.start <= tokens[end + title.length - 1].end + 1 && !ORG_HEADS.has(after.key) && !PLACE_HEADS.has(after.key)
          && !(end - nameStart === 1 && STREET_STARTS.has(keys[nameStart]))) break;
        end++;
        continue;
      }
      // "Newfoundland and Labrador": a known place with "and" in its name
      // (only a name whose first word opens a known name may be one)
      const placeEnd = next.key === 'and' && !isCap(next) && isA(classesAt(p, nameStart), WORD.opensLexicon) ? placeThroughAnd(p, nameStart, end) : -1;
      if (placeEnd > 0) { end = placeEnd; continue; }
      if (next.key === 'and' && !isCap(next) && !ORG_HEADS.has(keys[end - 1]) && !placeEndsAt(keys, nameStart, end)) {
        // "National Aeronautics and Space Administration": one name when an institution head ends it
        let k = end + 1;
        while (k < n && k - nameStart < MAX_NAME_WORDS && isCap(tokens[k]) && tokens[k].start <= tokens[k - 1].end + 1 && acceptWord(p, k, ev)) k++;
        if (k > end + 1 && ORG_HEADS.has(keys[k - 1]) && tokens[k - 1].possessiveEnd === undefined) { end = k; continue; }
        // "Department of Housing and Urban Development": or when the institution's subjects run on
        if (andJoinsSubjects(p, nameStart, end, k)) { end = k; continue; }
      }
      // "Center for Strategic and International Studies", "Institute for Fiscal Studies": an institution named for its work
      if (next.key === 'for' && !isCap(next) && institutionBeforeFor(keys[end - 1]) && isCap(tokens[end + 1]) && tokens[end + 1].start <= next.end + 1 && acceptWord(p, end + 1, ev)) { end += 2; continue; }
      // "(Heidenreich & Turano 2011)": in a citation `&` joins two authors, not one firm's name
      if (next.text === '&' && inCitation(p, nameStart, end)) break;
      if (quotedNicknameAt(p, end, ev)) { end += 4; continue; }
      if (isWord(next) && !isCap(next) && PARTICLES.has(next.key) || next.text === '&') {
        // particles only join when a name word follows: "de la Cruz", "Bank of England"
        let k = end;
        while (k < n && isWord(tokens[k]) && !isCap(tokens[k]) && PARTICLES.has(tokens[k].key) && tokens[k].possessiveEnd === undefined) k++;
        if (next.text === '&') k = end + 1;
        const joinedByOf = keyAmong(keys, end, k, 'of');
        if (joinedByOf && !OF_HEADS.has(tokens[end - 1].key)) break;
        if (!joinedByOf && keyAmong(keys, end, k, 'the')) break;
        if (k < n && tokens[k].start <= tokens[k - 1].end + 1 && isCap(tokens[k]) && acceptWord(p, k, ev)) { end = k + 1; continue; }
      }
      break;
    }
    // "the Emperor Norton Bridge", "Queen Elizabeth Hospital": a title opening the name of a place or an institution is part of it
    // "the Generals Football Club", "Senators Hockey Club": a plural title before an institution's or a place's name is part of it
    if (titleEnd > 0 && (end - nameStart >= 2 && titleNamesPlace(keys, titleEnd, end) || pluralTitle && namesThing(keys, nameStart, end)
      || titleEnd === i + 1 && foreignTitleOpensVenue(p, i, end))) {
      nameStart = titleEnd - 1;
      titleEnd = -1;
      titleInfo = undefined;
    }
    // "Daniel Bernoulli FRS", "Dame Zaha Hadid DBE RA": letters after a person's name (a first name or a title tells) are no part of it
    let nameEnd = end;
    while (nameEnd - nameStart > 2 && isAllCaps(tokens[nameEnd - 1]) && !isAllCaps(tokens[nameStart]) && (firstNameGender(keys[nameStart]) || titleEnd > 0)) nameEnd--;
    // "a slide titled "Debbie Died Because"": in a quoted title a first name stops before a word written in lower case elsewhere
    nameEnd = firstNameEndInQuotedTitle(p, nameStart, nameEnd, ev);
    // "former Pennsylvania Senator Rick Santorum": a known place before the title is a mention of its own
    for (let k = i; titleEnd > 0 && k < titleEnd - 1; k++) {
      const lexAt = isCap(tokens[k]) && !isAllCaps(tokens[k]) && isA(classesAt(p, k), WORD.opensLexicon) ? LEXICON.longestAt(keys, k) : null;
      if (!lexAt || lexAt.length !== 1 || lexAt.value.type !== 'place') continue;
      addUntitled(paragraphText, p, base, k, k + 1, headline, ev);
      break;
    }
    // "Acme Corp. President Dana Wells": an office in the organization named right before it
    if (titleEnd > 0 && titleStart === i && organizationEndsBefore(found.last, p, base, i)) titleInfo = inOrganization(titleInfo!);
    const cand = buildCandidate(paragraphText, p, base, i, titleEnd, nameStart, nameEnd, titleInfo, headline, ev);
    if (cand) {
      if (titleEnd > 0) plural = pluralTitle ? { info: titleInfo!, text: cand.titleText!, end } : undefined;
      else if (plural !== undefined && sharesPluralTitle(p, cand, plural.end, i)) {
        cand.titleInfo = plural.info;
        cand.roles = [...cand.roles, plural.text]; // a new list: an empty one is shared
        // "and" joins the last of them: "Like Sens. McCain and Graham, Trump voted no" gives Trump no title
        if (p.keys[i - 1] === 'and') plural = undefined;
        else plural.end = end;
      } else plural = undefined;
      found.add(cand, end - cand.tokens.length);
    }
    i = end;
  }
  classesSearched = undefined;
  const out = found.take();
  linkAcronyms(out, found.firstTokens, tokens, base);
  return out;
}

/**
 * The candidates `findCandidates` has found so far in its paragraph, with the index of each one's
 * first token: storage kept from paragraph to paragraph, the list handed out at its size (the memo
 * keeps it: see core/lists.ts).
 */
class FoundCandidates {
  private readonly collector = new ListCollector<NameCandidate>();
  /** The first token of each candidate found, by its index (entries past the paragraph's count are an earlier paragraph's). */
  readonly firstTokens: number[] = [];
  private count = 0;
  /** The candidate found last, if any. */
  last: NameCandidate | undefined = undefined;

  /** Starts on a paragraph (dropping what a paragraph that threw left). */
  start(): void {
    this.collector.drop();
    this.count = 0;
    this.last = undefined;
  }

  add(cand: NameCandidate, firstToken: number): void {
    this.collector.add(cand);
    this.firstTokens[this.count++] = firstToken;
    this.last = cand;
  }

  /** The first token of the candidate found last. */
  lastFirstToken(): number {
    return this.firstTokens[this.count - 1];
  }

  /** The candidates found, as a list of their number (`firstTokens` stays readable until the next `start`). */
  take(): NameCandidate[] {
    this.last = undefined;
    return this.collector.take();
  }
}

/** The one `findCandidates` fills (nothing it calls runs it again). */
const found = new FoundCandidates();

/** Builds the candidate of tokens [from, to) with no title and, when there is one, adds it to `found`. */
function addUntitled(paragraphText: string, p: PreparedParagraph, base: number, from: number, to: number, headline: boolean, ev: NameEvidence): void {
  const cand = buildCandidate(paragraphText, p, base, from, -1, from, to, undefined, headline, ev);
  if (cand) found.add(cand, from);
}

/** Whether `key` is one of `keys[from, to)` (no list of them made: `findCandidates` asks at every particle after a name). */
function keyAmong(keys: readonly string[], from: number, to: number, key: string): boolean {
  for (let k = from; k < to; k++) if (keys[k] === key) return true;
  return false;
}

/**
 * "as Interim CEO Jane Smith quit", "as Former Google CEO Eric Schmidt quit": a capitalised modifier of time in
 * office (at `i`) before a title and a name, or before one name word and a title, belongs to the title, no name word
 * ("Former Lives", a work, stays a name). After "the", a title alone after it stays a name with it ("the Acting
 * Secretary said"): the title alone, after no "the", would name no one.
 */
function termModifierBeforeTitle(p: PreparedParagraph, i: number): boolean {
  const { tokens, keys } = p;
  if (!isCap(tokens[i + 1])) return false;
  const title = TITLES.longestAt(keys, i + 1);
  if (title) return isCap(tokens[i + 1 + title.length]) || keys[i - 1] !== 'the';
  return isCap(tokens[i + 2]) && (COMPANY_OFFICERS.has(keys[i + 2]) || TITLES.longestAt(keys, i + 2) !== null);
}

/** The last candidate found (`prev`) is an organization's name that ends one space before token `i`. */
function organizationEndsBefore(prev: NameCandidate | undefined, p: PreparedParagraph, base: number, i: number): boolean {
  const before = p.tokens[i - 1];
  return prev !== undefined && before !== undefined && prev.type === 'organization' && prev.span.end === base + before.end && p.tokens[i].start === before.end + 1;
}

/** A plural title before names ("Sens." in "Sens. John McCain, Lindsey Graham and Chuck Schumer") and the token after the last of them. */
interface SharedTitle {
  info: TitleInfo;
  text: string;
  end: number;
}

/**
 * Whether the untitled person `cand`, whose first word is token `first`, is one more of the names
 * a plural title is before (the last ending before token `after`): "and", a comma or both between
 * ("Messrs. Smith and Jones", "Sens. McCain, Graham and Schumer"). It gets the title's information
 * (gender, office) and role, not its span: the title is written before the first name only.
 */
function sharesPluralTitle(p: PreparedParagraph, cand: NameCandidate, after: number, first: number): boolean {
  if (cand.type !== 'person' || cand.titleInfo !== undefined) return false;
  const { tokens } = p;
  let k = after;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.key === 'and' && !isCap(tokens[k])) k++;
  return k === first && k > after;
}

/**
 * "the University of California and Columbia University": a name ending in a known place is
 * complete, so "and" after it starts another name ("Department of Health and Human Services" is one).
 */
function placeEndsAt(keys: readonly string[], from: number, end: number): boolean {
  for (let k = end - 1; k >= from && k >= end - 3; k--) {
    if (wholeKnownPlace(keys, k, end)) return true;
  }
  return false;
}

/**
 * Teams' nicknames that are no plural, after their place ("Miami Heat", "Utah Jazz", "Oklahoma City Thunder", "Las Vegas
 * Aces"): not those a place's event or body shares ("Chicago Fire", "Philadelphia Union", "Tropical Storm").
 */
const SINGULAR_TEAM_NICKNAMES: ReadonlySet<string> = new Set([
  'heat', 'magic', 'jazz', 'thunder', 'wild', 'lightning', 'avalanche', 'kraken', 'sky', 'liberty', 'fever', 'mercury', 'dream',
  'lynx', 'galaxy', 'crew',
]);

/**
 * "Pittsburgh Pirates", "New York Yankees", "San Antonio Spurs": a known place and a plural is a
 * team (an organization), even after a word that opens place names ("New", "San").
 */
function teamOfPlace(keys: readonly string[], first: number, end: number): boolean {
  return end - first > 1 && (isPluralKey(keys[end - 1]) || SINGULAR_TEAM_NICKNAMES.has(keys[end - 1])) && (LEXICON.longestAt(keys, first, end - 1)?.value.type === 'place' || saintPlaceLength(keys, first, end - 1) > 0);
}

/**
 * "Blackburn Rovers", "Wigan Athletic", "West Ham United": a club's last word (`CLUB_SUFFIXES`) after one or two capitalised
 * words the lexicon does not know as a place is the club all the same; no title before it, no particle in it, and no person
 * by a first name and "Albion", a surname too (a compass word is no first name there: "West Bromwich Albion").
 */
function clubOfUnknownTown(p: PreparedParagraph, first: number, end: number, titled: boolean): boolean {
  const { keys, tokens } = p;
  const len = end - first;
  if (titled || len < 2 || len > 3 || !CLUB_SUFFIXES.has(keys[end - 1])) return false;
  for (let k = first; k < end - 1; k++) if (!isCap(tokens[k]) || tokens[k].possessiveEnd !== undefined) return false;
  return !(keys[end - 1] === 'albion' && firstNameGender(keys[first]) && !COMPASS.has(keys[first])) && !clubWordSurnameSpeaks(p, first, end);
}

/**
 * "Tom Rovers said", "Grace United spoke to reporters", "Tom Rovers, the manager,": a known first name of a man or a woman and a
 * club's last word that is a surname too (`[first, end)`) that speaks or has a role or an age after it are a person (a club has
 * a town's name: "Blackburn Rovers said so"; "Charlton Athletic said" is the club).
 */
function clubWordSurnameSpeaks(p: PreparedParagraph, first: number, end: number): boolean {
  const gender = firstNameGender(p.keys[first]);
  if (end - first !== 2 || !CLUB_WORD_SURNAMES.has(p.keys[end - 1]) || gender !== 'male' && gender !== 'female' || COMPASS.has(p.keys[first])) return false;
  return isWord(p.tokens[end]) && SPOKE.has(p.keys[end]) || speaksAt(p, first, end) || roleAppositiveNames(p, first, end);
}

/** Whether the lexicon's longest phrase at `from` is a place that covers `keys[from, to)`, all of it. */
function wholeKnownPlace(keys: readonly string[], from: number, to: number): boolean {
  const place = LEXICON.longestAt(keys, from, to);
  return place !== null && place.value.type === 'place' && place.length === to - from;
}

/** "Manchester United", "Bolton Wanderers", "Glasgow Rangers": a known place and a club's last word (`CLUB_SUFFIXES`) is the club. */
function clubOfPlace(keys: readonly string[], first: number, end: number): boolean {
  return end - first >= 2 && CLUB_SUFFIXES.has(keys[end - 1]) && wholeKnownPlace(keys, first, end - 1);
}

/**
 * "Real Madrid", "Inter Milan", "Atlético Madrid", "Sporting Lisbon": a club's first word (`CLUB_OPENERS`) before a place the
 * lexicon knows (`[first + 1, end)`, all of it), without a title before it, is the club.
 */
function clubBeforePlace(keys: readonly string[], first: number, end: number, titled: boolean): boolean {
  return !titled && end - first >= 2 && CLUB_OPENERS.has(keys[first]) && wholeKnownPlace(keys, first + 1, end);
}

/** Lower-case words after a town's name that no club has ("Leicester City centre"). */
const TOWN_PARTS: ReadonlySet<string> = new Set(['centre', 'center', 'limits']);

/**
 * "Lincoln City, Oregon", "Leicester City centre": a name the lexicon knows as a club (`[.., end)`, ending in
 * `CLUB_TOWN_WORDS`) that the words after it show to be the town: a lower-case part of a town, or a comma and
 * a US state.
 */
function clubTownShown(p: PreparedParagraph, end: number): boolean {
  const { tokens, keys } = p;
  if (!CLUB_TOWN_WORDS.has(keys[end - 1])) return false;
  const next = tokens[end];
  if (isWord(next) && !isCap(next)) return TOWN_PARTS.has(next.key);
  if (next?.text !== ',' || !isCap(tokens[end + 1])) return false;
  if (usStateAt(p, end + 1) !== undefined) return true;
  return namesUsState(keys.slice(end + 1, end + 2));
}

/** Plurals of small islands after the place they lie off ("the Florida Keys"), not written after a first name as a place head. */
const ISLAND_PLURALS: ReadonlySet<string> = new Set(['keys', 'cays', 'isles']);

/**
 * Whether `[first, end - 1)` is a known place ("Florida" in "the Florida Keys"; not "Alicia"), and no first name unless
 * after the article or before a lower-case plural of people ("Florida Keys residents"); or, after the article, one
 * demonym ("the British Isles").
 */
function placeIslands(p: PreparedParagraph, first: number, end: number, before: number): boolean {
  const keys = p.keys;
  const afterArticle = keys[before - 1] === 'the';
  if (afterArticle && end - first === 2 && DEMONYMS.has(keys[first])) return true;
  return wholeKnownPlace(keys, first, end - 1)
    && (afterArticle || !firstNameGender(keys[first]) || PEOPLE_PLURALS.has(keys[end]) && !isCap(p.tokens[end]));
}

/**
 * Prepositions one is on or off islands with ("Tourists on the Keys", "a wreck off the Cays"): kept out of
 * `PLACE_PREPOSITIONS`, whose other readers would make places of "relied on Anita Hill" and "wrote on Substack".
 */
const ISLAND_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'off']);

/**
 * "Fishermen in the Keys said", "a storm across the Cays", "Tourists on the Keys said": a plural of small
 * islands alone after a preposition of place and the article (both lower case) is those islands, though a
 * verb of people follows.
 */
function islandsAfterPreposition(p: PreparedParagraph, before: number): boolean {
  const { tokens, keys } = p;
  const preposition = tokens[before - 2];
  return keys[before - 1] === 'the' && !isCap(tokens[before - 1]) && isWord(preposition) && !isCap(preposition)
    && (PLACE_PREPOSITIONS.has(preposition.key) || ISLAND_PREPOSITIONS.has(preposition.key));
}

/**
 * A county's offices and officers the title and role lists lack ("the County Clerk said", "County Supervisors
 * voted"): after "County" they are no county's name.
 */
const COUNTY_OFFICES: ReadonlySet<string> = new Set([
  'administrator', 'assessor', 'auditor', 'clerk', 'commissioner', 'comptroller', 'controller', 'coroner', 'engineer',
  'executive', 'legislator', 'manager', 'official', 'prosecutor', 'recorder', 'registrar', 'solicitor', 'supervisor',
  'surveyor', 'treasurer',
]);

/**
 * "County Cork", "County Durham": "County" and one word, as Ireland and Britain name a county, is the place;
 * not before a title or role noun the lists know ("County Judge", "County Attorney") or a county's office
 * (`COUNTY_OFFICES`, also plural: "the County Clerk", "County Supervisors"). Only two words: "County Clerk Jane Doe" is none.
 */
function countyAndName(keys: readonly string[], first: number, end: number): boolean {
  if (end - first !== 2 || keys[first] !== 'county') return false;
  const second = keys[first + 1];
  return !COUNTY_OFFICES.has(isPluralKey(second) ? second.slice(0, -1) : second) && !isA(wordClasses(second), WORD.opensTitle | WORD.roleNoun);
}

/** Whether a folded word reads as a plural, as a team's name ends ("nationals", "cougars"; not "boss", not "s"). */
function isPluralKey(key: string): boolean {
  return key.length > 1 && key.charCodeAt(key.length - 1) === 115 && key.charCodeAt(key.length - 2) !== 115;
}

/**
 * Whether "Saint" at `i` opens a place the lists spell with "St." (`saintPlaceLength`, within four words) that the
 * words around it show to be the place, not the saint: a team's plural after it (`saintTeamAt`), a plural of people
 * (`saintPlaceBeforePeople`), or, when `afterPreposition` is asked too, a preposition of place before it.
 */
function saintPlaceShown(p: PreparedParagraph, i: number, afterPreposition: boolean): boolean {
  const length = saintPlaceLength(p.keys, i, Math.min(i + 4, p.tokens.length));
  return length > 0 && (noSaintsName(p, i) || saintTeamAt(p, i, length) || afterPreposition && saintPlaceAfterPreposition(p, i, length) || saintPlaceBeforePeople(p, i, length));
}

/**
 * "Moscow and Saint Petersburg", "Saint Kitts": the word after "Saint" is no given name, so no saint is named, only
 * the place ("Saint Paul", "Saint Louis" may be either and need the words around them).
 */
function noSaintsName(p: PreparedParagraph, i: number): boolean {
  return firstNameGender(p.keys[i + 1]) === undefined;
}

/**
 * "The Saint Louis Cardinals", "the Saint Paul Saints": "Saint" and a place the lists spell with "St." (`length`
 * words from `i`), before a capitalised plural right after it, is a team's name; "Saint" is no title of a person "Louis Cardinals".
 */
function saintTeamAt(p: PreparedParagraph, i: number, length: number): boolean {
  const after = p.tokens[i + length];
  return isCap(after) && after.start === p.tokens[i + length - 1].end + 1 && isPluralKey(after.key);
}

/** Words of moving that things do toward people too ("the ball went to", "the award goes to"; "passed to" is no moving: `recipientAfterTo`). */
const GIVEN_TO_WORDS: ReadonlySet<string> = new Set(['went', 'goes', 'go', 'going', 'came', 'comes', 'come', 'coming', 'transferred']);

/**
 * Words of moving before "to" or "from" and a saint's place ("moved to Saint Louis", "a flight from Saint Paul"; not "prayed to Saint Paul"):
 * those people do and `GIVEN_TO_WORDS`.
 */
const MOTION_WORDS: ReadonlySet<string> = new Set([
  'moved', 'moves', 'move', 'moving', 'flew', 'flies', 'fly', 'flying', 'drove', 'drives', 'drive', 'driving',
  'returned', 'returns', 'return', 'returning', 'traveled', 'travelled', 'travels', 'travel', 'traveling',
  'travelling', 'relocated', 'relocates', 'relocate', 'headed', 'heads', 'head', 'heading', 'walked', 'rode', 'sailed', 'fled', 'flee', 'fleeing',
  'commuted', 'commutes', 'trip', 'flight', 'flights', 'road', 'route', 'miles', 'kilometers', 'kilometres', ...GIVEN_TO_WORDS,
]);

/**
 * "She moved to Saint Louis", "a bar in Saint Paul": "Saint" and a place the lists spell with "St." (`length` words
 * from `i`), after a preposition of place (or "to"/"from" after a verb of moving), is the place; "Saint" is no title
 * of a person "Louis" ("Saint Louis was a king", "prayed to Saint Paul", "Saint Paul's letter" stay people).
 */
function saintPlaceAfterPreposition(p: PreparedParagraph, i: number, length: number): boolean {
  const { tokens, keys } = p;
  const prev = tokens[i - 1];
  // (capitalised only opening the sentence: "In Saint Paul, the mayor said")
  if (!isWord(prev) || isCap(prev) && (p.flags[i - 1] & TOKEN.uncertain) === 0) return false;
  // a place's preposition ("in Saint Paul", "visited Saint Charles"), but "to" and "from" only after a word of moving
  const placePreposition = PLACE_PREPOSITIONS.has(prev.key) && prev.key !== 'to' && prev.key !== 'from';
  if (!placePreposition && !((prev.key === 'to' || prev.key === 'from') && MOTION_WORDS.has(keys[i - 2]) && !isCap(tokens[i - 2]))) return false;
  return tokens[i + length - 1].possessiveEnd === undefined;
}

/**
 * "They met Saint Louis fans", "Saint Paul residents": "Saint" and a place the lists spell with "St." (`length` words
 * from `i`) before a lower-case plural of people (`PEOPLE_PLURALS`) or a team's people ("fans", "coach") modifies
 * them: the place, no person "Louis".
 */
function saintPlaceBeforePeople(p: PreparedParagraph, i: number, length: number): boolean {
  const { tokens } = p;
  const after = tokens[i + length];
  return isWord(after) && !isCap(after) && tokens[i + length - 1].possessiveEnd === undefined
    && (PEOPLE_PLURALS.has(after.key) || TEAM_ROLES.has(after.key));
}

/**
 * "Later de Blasio left", "van Gogh's brother": a lower-case particle right before a capitalised
 * name word opens the name, as it does inside "Bill de Blasio". Not after an article or a
 * possessive ("the van Smith drove" is a vehicle), nor after a capitalised word other than a
 * function word or a title ("Later de Blasio", "Mayor de Blasio").
 */
function particleOpensName(p: PreparedParagraph, i: number, ev: NameEvidence, afterFirstName = false): boolean {
  const { tokens } = p;
  const t = tokens[i];
  if (!isWord(t) || !SURNAME_PARTICLES.has(t.key)) return false;
  const next = tokens[i + 1];
  if (!isCap(next) || next.start !== t.end + 1 || !acceptWord(p, i + 1, ev)) return false;
  // "ten Hag said" but "ten Republicans voted": the number opens no plural nor a known word
  if (t.key === 'ten' && !afterFirstName && (endsInS(next.key) || DEMONYMS.has(next.key) || LEXICON.longestAt(p.keys, i + 1))) return false;
  const prev = tokens[i - 1];
  if (!isWord(prev) || afterFirstName) return true;
  // "Catedral de San Ildefonso", "Módulo de Información": after a capitalised word read as no name, the particle is inside a foreign name
  if (isCap(prev) && !NOT_NAMES.has(prev.key) && !TITLES.getWord(prev.key)) return false;
  return !(DETERMINERS.has(prev.key) || prev.possessiveEnd !== undefined);
}

/** Ordinals that open a sentence as adverbs ("Second, ..."). */
const ORDINAL_ADVERBS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'lastly', 'finally']);

/** Company and generation suffixes that stand after a name and a comma ("Acme, Inc.", "DeJesús, Jr."). */
const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'corp', 'plc', 'jr', 'sr']);

/**
 * "Mike Johnson, the Speaker of the House, said": whether the title at token `at` follows ", the" right after the person
 * `named` (whose first word is token `first`): the person's role, no mention of its own.
 */
function appositiveAfter(p: PreparedParagraph, named: NameCandidate, first: number, at: number): boolean {
  return named.type === 'person' && named.possessive === undefined && first + named.tokens.length === at - 2
    && p.tokens[at - 2].text === ',' && p.keys[at - 1] === 'the';
}

/**
 * Whether the title `keys[first, end)` names an office "X of the Y" ("Speaker of the House", "Chairman of the Joint
 * Chiefs of Staff"): one the titles list knows whole, however long, whose "of the" no name would open.
 */
function officeOfThe(keys: readonly string[], first: number, end: number): boolean {
  return ofTheAt(keys, first, end) >= 0;
}

/** The token of the first "of the" inside the title `keys[first, end)` (none at `first`), else -1. */
function ofTheAt(keys: readonly string[], first: number, end: number): number {
  for (let k = first + 1; k + 1 < end; k++) if (keys[k] === 'of' && keys[k + 1] === 'the') return k;
  return -1;
}

/**
 * The token at which the words after the "of the" of an office `keys[first, end)` start when the lexicon knows them
 * whole as an organization or a place ("Federal Reserve" in "Chairman of the Federal Reserve"), else -1.
 */
function bodyOfOffice(keys: readonly string[], first: number, end: number): number {
  const k = ofTheAt(keys, first, end);
  if (k < 0 || k + 2 >= end) return -1;
  const body = LEXICON.longestAt(keys, k + 2, end);
  return body !== null && body.length === end - k - 2 && body.value.type !== 'person' ? k + 2 : -1;
}

/** The most words a title alone may have ("Senate Majority Leader"), but for an office "X of the Y": longer runs are looked up as names only. */
const MAX_LONE_TITLE_WORDS = 3;

/**
 * "Later, the Press Secretary said", "The Prime Minister said": a title of several words, the whole name `[first, end)`,
 * that stands for its holder: where one title word does (`titleAloneNamesHolder`), or after "The" opening the sentence
 * but before a comma ("The Secretary of State, Mike Pompeo, said" is his title: `linkTitlesBeforeNames`).
 */
function titleOfWordsAlone(p: PreparedParagraph, first: number, end: number): boolean {
  if (end - first > MAX_LONE_TITLE_WORDS && !officeOfThe(p.keys, first, end)) return false;
  if (!titleAloneNamesHolder(p, first) && !(p.keys[first - 1] === 'the' && p.tokens[end]?.text !== ',')) return false;
  return TITLES.longestAt(p.keys, first, end)?.length === end - first;
}

function buildCandidate(
  text: string, p: PreparedParagraph, base: number, titleStart: number, titleEnd: number,
  nameStart: number, end: number, titleInfo: TitleInfo | undefined, headline: boolean, ev: NameEvidence,
): NameCandidate | null {
  const { tokens, keys } = p;
  let first = nameStart;
  let firstClasses = classesAt(p, first);
  // a lone demonym ("Russian") or title word is no name, but for a title after a lower-case article ("the Secretary")
  if (end - first === 1 && (isA(firstClasses, WORD.demonym) && !LEXICON.longestAt(keys, first, end)) && !partyAfter(p, end) && !demonymSurnameAlone(p, first, ev)) return null;
  // "Your Honor", "My Lord" address the judge; "My Lords" the bench, no one person
  const court = titleEnd < 0 ? courtAddressAt(p, first, end) : undefined;
  // one title word with no title before it ("Secretary"), looked up once for the checks below and `classify`;
  // a title of several words alone only after "the" or "as" ("the Press Secretary": `titleOfWordsAlone`), else it is read as a name
  let loneTitle = titleEnd < 0 && (end - first === 1 ? isA(firstClasses, WORD.opensTitle) && TITLES.getWord(keys[first]) !== undefined : titleOfWordsAlone(p, first, end));
  if (loneTitle && end - first === 1 && !titleAloneNamesHolder(p, first)) {
    // "Later, Presidente said" after "Carlos Presidente": a title word the document reads as a surname is that name
    if (ev.capitalised.has(SURNAME_MARK + keys[first])) loneTitle = false;
    // ("Mr. President": a title addressed stands for its holder too)
    else if (!court && !(addressedOffice(p, first, end) && vocativeAt(p, end))) return null;
  }
  if (titleEnd < 0 && end - first > 1 && isA(firstClasses, WORD.demonym) && firstNameGender(keys[first + 1])) {
    first++;
    firstClasses = classesAt(p, first);
    loneTitle = end - first === 1 && TITLES.getWord(keys[first]) !== undefined;
  }
  // "Second, our approach ...": an ordinal opening a sentence before a comma counts arguments
  if (end - first === 1 && isA(firstClasses, WORD.ordinalAdverb) && tokens[end]?.text === ',') return null;
  // "Corporation, Inc.", "DeJesús, Jr.": a company or generation suffix alone belongs to the name before it
  if (end - first === 1 && isA(firstClasses, WORD.corporateSuffix)) return null;
  // "the treatise De synodis", "La notte": a particle before a word in lower case opens a foreign title, no name
  const after = tokens[end];
  if (end - first === 1 && isA(firstClasses, WORD.particle) && isWord(after) && !isCap(after) && after.start === tokens[first].end + 1) return null;
  // "L2", "CFLs": codes and plural abbreviations are no names
  if (end - first === 1 && isAllCaps(tokens[first]) && hasDigit(tokens[first].text)) return null;
  // (the last letter first: most one-word names end in no "s")
  if (end - first === 1 && endsInS(tokens[first].text) && CAPS_PLURAL.test(tokens[first].text)) return null;
  const last = tokens[end - 1];
  // (collected, then made at their size: the candidate memo keeps them, see core/lists.ts)
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    // (at offset 0, the cached candidates', a paragraph token is the name token: no copy of it)
    if (isWord(t)) nameTokenCollector.add(base === 0 ? t : { text: t.text, key: t.key, start: base + t.start, end: base + t.end });
  }
  const nameTokens = nameTokenCollector.take();
  const span = { start: base + tokens[first].start, end: base + last.end };
  // every field from the start, in the order `copyOf` writes them (set below when they apply): one object shape
  const cand: EveryCandidateField = {
    span,
    text: textOfTokens(text, tokens, first, end),
    type: 'person',
    typeStrength: 0,
    weak: undefined,
    titleOnly: undefined,
    ownRole: undefined,
    mayBeSurname: undefined,
    speaks: undefined,
    common: undefined,
    tokens: nameTokens,
    title: undefined,
    titleText: undefined,
    titleInfo: undefined,
    possessive: undefined,
    roles: NO_ROLES,
    acronymOf: undefined,
    aliasOf: undefined,
    alsoKnownAs: undefined,
    canonical: undefined,
    state: undefined,
    fullName: undefined,
    headline,
  };
  if (last.possessiveEnd !== undefined) cand.possessive = { start: base + last.end, end: base + last.possessiveEnd };
  if (titleEnd > 0) {
    const tStart = tokens[titleStart].start;
    const tEnd = tokens[titleEnd - 1].end;
    cand.title = { start: base + tStart, end: base + tEnd };
    cand.titleText = textOfTokens(text, tokens, titleStart, titleEnd);
    cand.titleInfo = titleInfo;
    roleCollector.add(cand.titleText);
  }
  // (no destructuring: it would walk the pair with an iterator)
  const lex = isA(firstClasses, WORD.opensLexicon) ? LEXICON.longestAt(keys, first, end) : null;
  const type = classify(p, first, end, titleEnd > 0, titleStart, ev, loneTitle, lex, firstClasses);
  cand.type = type[0];
  cand.typeStrength = type[1];
  // "Mr. President of the Senate", "Madam Speaker": an office addressed is its holder, no name to rename
  if (loneTitle || cand.type === 'person' && addressedOffice(p, first, end)) cand.titleOnly = true;
  if (loneTitle && titleTakenByFirstPerson(p, first, end)) cand.ownRole = true;
  if (court) {
    cand.type = 'person';
    cand.typeStrength = 2;
    cand.titleOnly = true;
    cand.titleInfo = court;
  }
  if (lex?.value.weak && lex.length === end - first) cand.weak = true;
  // a one-word name the lexicon knows as a place ("Jordan", "Paris"): a surname too, or speaking as a person does
  if (lex && lex.length === 1 && end - first === 1 && lex.value.type === 'place') {
    if (!lex.value.country && !lex.value.weak && !placeContextBefore(p, first)) cand.mayBeSurname = true;
    if (speaksAt(p, first, end)) cand.speaks = true;
    // "He met Jackson.": the one met is a person, not the town of that name
    if (!lex.value.country && metAt(p, first, end)) {
      cand.type = 'person';
      cand.typeStrength = 1;
    }
  }
  if (end - first === 1 && cand.typeStrength === 0 && isCommonWord(keys[first], ev) && !isA(firstClasses, WORD.firstName)) cand.common = true;
  if (lex?.value.canonical && lex.length === end - first) cand.canonical = lex.value.canonical;
  else if (end - first > 1) {
    const spelled = spelledCountry(p, first, end);
    if (spelled) cand.canonical = spelled.canonical;
  }
  if (end - first === 1 && cand.type === 'place') cand.state = usStateAt(p, first);
  if (cand.type === 'person') findRoles(text, p, titleEnd > 0 ? titleStart : first, end, roleCollector);
  cand.roles = roleCollector.takeOr(NO_ROLES);
  return cand;
}

/**
 * The text of tokens `[from, to)` in `text`, their paragraph's: one token's is its own string (shared by
 * every token of that spelling, its hash worked out once), not a new slice (most names are one word).
 */
function textOfTokens(text: string, tokens: readonly Token[], from: number, to: number): string {
  return to - from === 1 ? tokens[from].text : text.slice(tokens[from].start, tokens[to - 1].end);
}

/** Whether `word` ends in a lower-case "s" (as a `CAPS_PLURAL` does). */
function endsInS(word: string): boolean {
  return word.charCodeAt(word.length - 1) === 115;
}

/** Where `buildCandidate` collects a name's words. */
const nameTokenCollector = new ListCollector<NameToken>();
/** Where `buildCandidate` and `findRoles` collect a name's roles. */
const roleCollector = new ListCollector<string>();
/**
 * The roles of a candidate with none, one list for all (`NameCandidate.roles` is read-only). Not
 * frozen: a `for…of` over a frozen list takes the slow path (an iterator result per item).
 */
const NO_ROLES: readonly string[] = [];

/** "in Washington", "to the Washington …", "Spokane, Washington": words before a name that make it a place. */
function placeContextBefore(p: PreparedParagraph, first: number): boolean {
  const prev = p.tokens[first - 1];
  if (!prev) return false;
  if (prev.text === ',' || prev.key === 'the') return true;
  return isWord(prev) && PLACE_PREPOSITIONS.has(prev.key);
}

/** Verbs whose object is someone met ("met Jackson", "interviewed Jordan"). */
const MEETING_VERBS: ReadonlySet<string> = new Set(['met', 'meet', 'meets', 'meeting', 'interviewed', 'interviews', 'married', 'marries', 'hugged', 'thanked', 'thanks']);

/** Words after the one met that end the object ("met Jackson on Tuesday"; not "met Jackson officials"). */
const AFTER_MET: ReadonlySet<string> = new Set(['on', 'in', 'at', 'last', 'for', 'and', 'after', 'before', 'during', 'yesterday', 'today', 'twice', 'once', 'again']);

/** Whether the one-word name `[first, end)` is the object of a verb of meeting (`MEETING_VERBS`), with no word of its own after it. */
function metAt(p: PreparedParagraph, first: number, end: number): boolean {
  const prev = p.tokens[first - 1];
  const next = p.tokens[end];
  return prev !== undefined && isWord(prev) && MEETING_VERBS.has(prev.key) && (next === undefined || !isWord(next) || AFTER_MET.has(next.key));
}

/** Clubs' last words that are surnames too ("Tom Rovers"; "Albion" has its own rule in `clubOfUnknownTown`). */
const CLUB_WORD_SURNAMES: ReadonlySet<string> = new Set(['rovers', 'rangers', 'united']);

/** Verbs of speaking with no object that `PERSON_VERBS` leaves out. */
const SPOKE: ReadonlySet<string> = new Set(['spoke', 'speaks']);

/** Verbs of saying before the one who says ("said Jordan"): not "told" or "asked", whose object is the one spoken to. */
const SAYING_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'added', 'wrote']);

/**
 * The name `[first, end)` is the subject of a verb of saying: "Paris said", "Jordan added", "…," said Jordan; but not
 * where it calls itself "it" ("Jordan said it would close its border": the country).
 */
function speaksAt(p: PreparedParagraph, first: number, end: number): boolean {
  const next = p.tokens[end];
  if (isWord(next) && PERSON_VERBS.has(next.key)) return !speaksOfItself(p, end + 1);
  const prev = p.tokens[first - 1];
  return prev !== undefined && isWord(prev) && SAYING_BEFORE.has(prev.key) && (next === undefined || !isWord(next));
}

/** Words after "it" by which a body says what it means to do ("said it would", "said it plans"). */
const INTENT_AFTER_IT: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'plans', 'planned', 'intends', 'intended']);

/** The words from token `at` on, after a verb of saying, are the speaker's "its" or "it" and an intent: "said its army", "said it would". */
function speaksOfItself(p: PreparedParagraph, at: number): boolean {
  const { tokens, keys } = p;
  if (!isWord(tokens[at])) return false;
  return keys[at] === 'its' || keys[at] === 'it' && isWord(tokens[at + 1]) && INTENT_AFTER_IT.has(keys[at + 1]);
}

/** "Le Pen", "Marine Le Pen": the last word (token `k`) of the name `[first, end)` after a capitalised article that opens surnames, no English word. */
function surnameAfterArticle(p: PreparedParagraph, first: number, end: number, k: number): boolean {
  return k === end - 1 && k > first && isCap(p.tokens[k - 1]) && SURNAME_OPENERS.has(p.keys[k - 1]);
}

/** Marks that may open a quotation: the `OPENING_QUOTES` and the straight quotes. */
const QUOTATION_OPENERS: ReadonlySet<string> = new Set([...OPENING_QUOTES, '"', "'"]);

/** Articles that open the names of papers, leagues and parties of other languages ("Le Monde", "La Liga", "Die Linke"): the `FOREIGN_ARTICLES` but "Les", a first name. */
const TITLE_ARTICLES: ReadonlySet<string> = new Set([...FOREIGN_ARTICLES].filter((key) => key !== 'les'));

/**
 * "Le Monde", "La Liga", "Der Spiegel", "De Beers": a capitalised foreign article and one word `[first, end)` name a paper, a
 * league or a company; a surname after its particle follows a first name ("Marine Le Pen", "Jean de La Fontaine"). An English
 * word in the singular after the article is read as a surname all the same ("Le Pen said"), and "De" opens surnames ("De Niro",
 * "De Gaulle") but before an English plural, which no surname is ("De Beers"). After an opening quotation mark the article opens a
 * quotation in its language ("„Das Wasser kam schneller“").
 */
function articleOpensTitle(p: PreparedParagraph, first: number, end: number, ev: NameEvidence): boolean {
  if (end - first !== 2 || !isCap(p.tokens[first]) || QUOTATION_OPENERS.has(p.tokens[first - 1]?.text ?? '')) return false;
  // (the article first: most names open with none, and their words are not looked up in the evidence)
  const article = p.keys[first];
  if (article !== 'de' && !TITLE_ARTICLES.has(article)) return false;
  const word = p.keys[first + 1];
  const englishPlural = isPluralKey(word) && isCommonWord(word, ev);
  return article === 'de' ? englishPlural : englishPlural || !isCommonWord(word, ev);
}

/** A frequent English word, or one this document writes in lower case and never capitalises mid-sentence. */
function isCommonWord(key: string, ev: NameEvidence): boolean {
  return COMMON_WORDS.has(key) || ev.lower.has(key) && !ev.capitalised.has(key);
}

/** First words of a nation's agencies ("National Hurricane Center", "Federal … Center"). */
const NATIONAL_WORDS: ReadonlySet<string> = new Set(['national', 'federal']);

/** A type and how sure it is (0 a guess, 1 told by the context, 2 by the name's own words): `classify`'s answer. */
type Typed = readonly [EntityType, number];

/** Every `Typed` answer, made once: `classify` answers for every candidate, and its answers are only read. */
const TYPED: Readonly<Record<EntityType, readonly Typed[]>> = {
  person: [['person', 0], ['person', 1], ['person', 2]],
  organization: [['organization', 0], ['organization', 1], ['organization', 2]],
  place: [['place', 0], ['place', 1], ['place', 2]],
  other: [['other', 0], ['other', 1], ['other', 2]],
};

/** The `Typed` answer of `type` and `strength` (0, 1 or 2), a shared one. */
function typed(type: EntityType, strength: number): Typed {
  return TYPED[type][strength];
}

/**
 * The type of the name `[first, end)` and how sure it is: its own words first, then the words around it.
 * `lex`: the lexicon's longest phrase at `first` within the name, and `firstClasses`: the `WORD` bits of its first word
 * (`buildCandidate` looks both up once for itself and here).
 */
function classify(
  p: PreparedParagraph, first: number, end: number, titled: boolean, before: number, ev: NameEvidence, loneTitle: boolean,
  lex: { length: number; value: LexiconEntry } | null, firstClasses: number,
): Typed {
  const { tokens, keys } = p;
  const len = end - first;
  const lastClasses = len === 1 ? firstClasses : classesAt(p, end - 1);
  // "Western civilization", "Northern women": a compass adjective before a common noun describes, it names nothing,
  // even where the lexicon knows the word as a region
  if (len === 1 && isA(firstClasses, WORD.compass) && keys[first].endsWith('ern') && isWord(tokens[end]) && !isCap(tokens[end])) return typed('other', 1);
  // "US$ 10 billion", "250 MXN": a currency, not the country or a name
  if (len === 1 && isAllCaps(tokens[first]) && (tokens[end]?.text === '$' && tokens[end].start === tokens[first].end || THREE_CAPS.test(tokens[first].text) && AMOUNT.test(tokens[first - 1]?.text ?? ''))) return typed('other', 2);
  // "MILLBROOK —", "WASHINGTON (AP) —", "GARRETT, Kan. —": a dateline names the place the story is from
  if (datelinePlace(p, first, end)) return typed('place', 2);
  const spelled = spelledCountry(p, first, end);
  if (spelled) return typed(spelled.type, 2);
  if (len === 1 && platformXAt(p, first)) return typed('organization', 2);
  // "said Jordan, R-Ohio", "Rep. French Hill (R-Ark.)", "Kessler, D-Ore.": a party and a state after the name are a
  // lawmaker's, whatever its words name otherwise (a country, a hill)
  if (partyTagAt(p, end + 1)) return typed('person', 2);
  if (lex && lex.length === len && lex.value.type === 'organization' && clubTownShown(p, end)) return typed('place', 2);
  if (lex && lex.length === len) return titledPlaceName(titled, lex.value.type) ? typed('person', 2) : typed(lex.value.type, lex.value.weak ? 1 : 2);
  // "King's Cross", "Martha's Vineyard": a place named in the possessive
  if (len === 2 && tokens[first].possessiveEnd !== undefined && namesPossessivePlace(keys, first)) return typed('place', 2);
  // "the Secretary", "the Tsar": a title alone after the article stands for the one person holding it
  if (loneTitle) return typed('person', 1);
  // "the Presidente Intercontinental hotel": a venue named with a foreign office title
  if (len > 1 && !titled && foreignTitleOpensVenue(p, first, end)) return typed('place', 2);
  // "The Celtics won": a team's nickname alone
  if (len === 1 && TEAM_NICKNAMES.has(keys[first])) return typed('organization', 1);
  // "the 'Mets Poet'", "the Village Poet": a role after a word that is no first name describes someone, it names no one
  if (len === 2 && !titled && isA(lastClasses, WORD.roleNoun) && !isA(firstClasses, WORD.firstName) && !TITLES.getWord(keys[first + 1])) return typed('other', 1);
  // "the Republican party", "the Labour party": a political party written with a lower-case "party"
  if (len === 1 && partyAfter(p, end)) return typed('organization', 1);
  // "Mr. Chief Justice", "Madam Speaker", "my Lords": a title or lord addressed is a person
  if (addressedAt(p, first, end)) return typed('person', 2);
  // only people have nicknames: `Julia "Butterfly" Hill` is no hill
  for (let k = first + 1; k < end - 1; k++) if (!isWord(tokens[k]) && NICKNAME_OPEN.has(tokens[k].text)) return typed('person', 2);
  const lastKey = keys[end - 1];
  let ofAt = -1;
  for (let k = first + 1; k < end && ofAt < 0; k++) if (keys[k] === 'of') ofAt = k;
  const headBeforeOf = ofAt > first ? keys[ofAt - 1] : '';
  const beforeOfClasses = ofAt > first ? classesAt(p, ofAt - 1) : 0;
  // "Universidade da Coruña", "Vrije Universiteit Amsterdam": an institution word of another language anywhere
  if (len > 1 && isA(firstClasses | lastClasses, WORD.foreignOrgWord)) return typed('organization', 2);
  for (let k = first + 1; k < end - 1; k++) if (isA(classesAt(p, k), WORD.foreignOrgWord)) return typed('organization', 2);
  // (a place to eat only without a title before, "Mayor Tom Deli" is a person, nor a role noun before a first name, "Lawyer Anna Grill")
  if (len > 1 && (isA(lastClasses, WORD.orgHead | WORD.tradeHead) || !titled && isA(lastClasses, WORD.eateryHead) && !roleBeforeFirstName(p, first, before))
    || (len === 3 || len === 4) && !titled && tokens[first].possessiveEnd !== undefined && namesEateryPair(keys[end - 2], lastKey) || isA(beforeOfClasses, WORD.orgHead) || isA(firstClasses, WORD.orgHead) && keys[first + 1] === 'of') return typed('organization', 2);
  if (len > 2 && !titled && PLACE_NAME_TITLES.has(keys[first]) && institutionWordRight(keys, first + 1, end)) return typed('organization', 2);
  // "General Dynamics", "Boston Dynamics": a field of work's plural ends a company's name (not after a first name: "Ana Markovics")
  if (len > 1 && !titled && fieldPlural(lastKey) && !isA(firstClasses, WORD.firstName)) return typed('organization', 2);
  if (institutionBeforePlace(p, first, end)) return typed('organization', 2);
  if (clubOfPlace(keys, first, end) || clubOfUnknownTown(p, first, end, titled) || clubBeforePlace(keys, first, end, titled)) return typed('organization', 2);
  for (let k = first + 1; k < end - 1; k++) if (keys[k] === 'for' && institutionBeforeFor(keys[k - 1])) return typed('organization', 2);
  if (firstNameBeforeSurnameHead(p, first, end)) return typed('person', 2);
  // "Ohio State", "Michigan State": a school or its team, though "State" is a place's head
  // (the "state" test first: `playsGame` only for a name ending in it)
  if (lastKey === 'state' && namesStateSchool(keys, first, end, playsGame(p, before, end) || teamRoleAfter(p, end))) return typed('organization', 2);
  // "the Washington State Cougars", "the Ohio State Buckeyes": that school's team by its plural name
  if (len > 2 && keys[end - 2] === 'state' && isPluralKey(lastKey) && namesStateSchool(keys, first, end - 1, true)) return typed('organization', 2);
  // "the National Hurricane Center", "the Federal Law Enforcement Training Center": a nation's center for a field is its agency
  if (len > 2 && (lastKey === 'center' || lastKey === 'centre') && NATIONAL_WORDS.has(keys[first])) return typed('organization', 2);
  if (len > 1 && isA(lastClasses, WORD.placeHead | WORD.buildingHead) || isA(beforeOfClasses, WORD.placeHead) || isA(firstClasses, WORD.placeStart) && len > 1 && !titled && !teamOfPlace(keys, first, end)) return typed('place', 2);
  if (countyAndName(keys, first, end)) return typed('place', 2);
  // "the Florida Keys": a known place before the plural of its small islands is those islands, no team (not a place head
  // alone: "Alicia Keys" is a person; without the article only after a place that is no first name, as "Florida" is)
  if (len > 1 && isA(lastClasses, WORD.islandPlural) && placeIslands(p, first, end, before)) return typed('place', 2);
  // "Commonwealth of Virginia", "People's Republic of China": a state by its constitution's name
  if (headBeforeOf === 'commonwealth' || headBeforeOf === 'republic') return typed('place', 2);
  // "The Inspector Lynley Mysteries": a series named after a titled hero is a work
  if (titled && !SERIES_HEADS.has(lastKey)) return typed('person', 2);
  // "Northeast Ohio", "Southern Senegal"
  if (len > 1 && isA(firstClasses, WORD.compass) && wholeKnownPlace(keys, first + 1, end)) return typed('place', 2);
  // "the LIBER Digital Humanities working group", "the Linguistics department": a name before the body it names
  if (bodyNounAfter(p, end) || quotedGroupName(p, end)) return typed('organization', 1);
  // "World Cup", "HEROES Act", "Hurricane Katrina", "Game of Thrones", "the Bible"
  // "World War II": a numeral after the head counts the event, it does not change its kind
  const numbered = len > 2 && ROMAN.test(lastKey) ? classesAt(p, end - 2) : 0;
  if (len > 1 && (isA(lastClasses | numbered | beforeOfClasses, WORD.otherHead) || isA(firstClasses, WORD.otherStart))) return typed('other', 2);
  if (len === 1 && isA(lastClasses, WORD.otherWord)) return typed('other', 2);
  // "United said": a participle that opens bodies' names, alone, is a body's short name
  if (len === 1 && isA(lastClasses, WORD.participleOpener)) return typed('organization', 1);
  // "the Siege of Savannah": an event word before "of", where the name did not run on
  if (len === 1 && isA(lastClasses, WORD.otherStart) && keys[end] === 'of' && !isCap(tokens[end])) return typed('other', 1);
  // (the first word's shape as written, read again below for a name of one word)
  const firstShape = shapeOf(tokens[first].text);
  // "L-band", "X-ray": a letter joined to a word in lower case is a term
  if (len === 1 && CAPITAL_HYPHEN_WORD.test(tokens[first].text)) return typed('other', 1);
  // "the M1 northbound", "I-44 East": road numbers are places (their first word has a digit)
  if (firstShape & SHAPE.digit && roadAt(p, first, end, before)) return typed('place', 1);
  // "Terminal 2", "Building 31", "Route 66": a numbered building or road is a place
  if (len === 1 && NUMBERED_PLACES.has(lastKey) && BUILDING_NUMBER.test(tokens[end]?.text ?? '') && tokens[end].start === tokens[end - 1].end + 1) return typed('place', 1);
  // "L2", "D2 Test", "Factor 4": codes and numbered things
  if (firstShape & SHAPE.digit) return typed('other', 1);
  for (let k = first + 1; k < end; k++) if (shapeOf(tokens[k].text) & SHAPE.digit) return typed('other', 1);
  // (a year counts nothing; a score follows a player, "beating Zheng Qinwen 6-3", or a team named after its place, "beat Manchester United 3-2")
  const after = tokens[end];
  // (a score and a number have a digit: that first)
  const digitAfter = after !== undefined && hasDigit(after.text);
  const score = digitAfter && SCORE.test(after.text) && after.start <= tokens[end - 1].end + 1;
  if (score && len > 1 && LEXICON.longestAt(keys, first)?.value.type === 'place') return typed('organization', 1);
  // "United Food Workers Local 881", "SEIU Local 1199": a union's local by its number
  if (digitAfter && len > 1 && lastKey === 'local' && unionLocalAt(p, first, end)) return typed('organization', 1);
  if (digitAfter && after.start <= tokens[end - 1].end + 1 && !score && !FOUR_DIGITS.test(after.text)) return typed('other', 1);
  if (len === 1 && isA(lastClasses, WORD.orgHead)) return typed('organization', 1);
  // "Hill said": a head word that is a common surname too is only guessed a place, so it may join a person
  if (len === 1 && isA(lastClasses, WORD.placeHead)) return typed('place', SURNAME_HEADS.has(lastKey) ? 0 : 1);
  // "CoM", "DoD": three letters with a capital at each end abbreviate a term, not a brand
  if (len === 1 && firstShape & SHAPE.capLowerCap) return typed('other', 1);
  // "Catholicism", "Marxism": a doctrine or a movement
  if (len === 1 && firstShape & SHAPE.ism) return typed('other', 1);
  // "Unification", "Obscurity": one abstract noun is a term or a title, not a name
  if (len === 1 && !isAllCaps(tokens[first]) && shapeOf(keys[first]) & SHAPE.abstract && !isA(firstClasses, WORD.firstName)) return typed('other', 1);
  // "YouTube", "LibriVox": inner capitals are brands
  if (len === 1 && firstShape & SHAPE.brandCapital) return typed('organization', 1);
  // "Wikinews", "Newsmax": a one-word name made with "news" is a news outlet
  if (len === 1 && shapeOf(lastKey) & SHAPE.news) return typed('organization', 1);
  // "the West", "the North": a compass word with the article is a region, even where it is a first name too
  if (len === 1 && isA(firstClasses, WORD.compass) && keys[before - 1] === 'the' && !isCap(tokens[before - 1])) return typed('place', 1);
  // "North / South is divided", "East and West": compass words paired are directions, not persons
  if (len === 1 && isA(firstClasses, WORD.compass) && (compassPairAt(p, end, 1) || compassPairAt(p, before - 1, -1))) return typed('place', 1);
  // "north of Tongatapu", "the Battle of Chudnov"
  if (len === 1 && placeAfterOf(p, before)) return typed('place', 1);
  // "Vinita, OK": a place before a postal state code, even one that is a first name too
  if (tokens[end]?.text === ',' && (isAllCaps(tokens[end + 1]) && stateCodeAt(p, end + 1) || stateShorteningAt(p, end + 1))) return typed('place', 2);
  // "Tulsa, Okla.", "Sacramento, Calif.": a state's shortening after a place name, even one that is a first name too ("Cal.")
  if (len === 1 && stateShorteningAt(p, first)) return typed('place', 2);
  // "ROS", "BART", "IRIS": a short word in capitals alone is an acronym even where it spells a first name
  const acronym = len === 1 && isAllCaps(tokens[first]) && tokens[first].text.length <= 4;
  // "the islands La Désirade, Petite Terre, Marie Galante and Les Saintes": the place noun before a list types its later names too
  if (laterInListAfterPlaceNoun(p, before)) return typed('place', 1);
  // "the village of Ashby", "high schools in Chico.": a place noun, or "in" before a stop, says more than a first name written alone
  if (len === 1 && (afterPlaceNoun(p, before) || p.keys[before - 1] === 'in' && !isCap(tokens[before - 1]) && tokens[first].possessiveEnd === undefined && isA(firstClasses, WORD.firstName) && tokens[end] !== undefined && !isWord(tokens[end]))) return typed('place', 1);
  // "The Mason Jar", "the Ferris Wheel": a common noun named after a person, capitalised as a name, names a thing: after
  // the article a venue or a business, without it, or a food or a garment (`eponymNounKind`), the thing itself ("a Caesar Salad",
  // "Morse Code", "the Cobb Salad", "the Bartlett Pear", "the Stetson Hat")
  // "The Stanley Cup Final", "the Stanley Cup Playoffs": a trophy's name before more words is its contest, no one's name
  if (len > 1 && isA(firstClasses, WORD.eponym)) {
    const eponym = eponymNounKind(keys[first], keys[first + 1]);
    if (eponym && len === 2) return keys[before - 1] === 'the' && eponym !== 'food' && eponym !== 'garment' ? typed('organization', 1) : typed('other', 1);
    if (eponym === 'trophy') return typed('other', 1);
  }
  // "Red Sox", "White Sox": teams are plural, though "Red" is a first name too
  if (len > 1 && lastKey === 'sox') return typed('organization', 1);
  // "the Red Bulls won", "the Blue Jays": a colour and a plural after the article is a team or a band ("Red Buttons" is a
  // comedian), not a people ("the Red Indians", "the White Russians")
  if (len === 2 && isA(firstClasses, WORD.teamColour) && isPluralKey(lastKey) && keys[before - 1] === 'the' && !namesPeoplePlural(lastKey)) return typed('organization', 1);
  // "the Washington Nationals", "the Denver Broncos": a place that is a first name too, and a plural, after the article,
  // playing a game or before a player's role ("Washington Nationals pitcher"), is a team; without any it may be a person with
  // a plural surname ("Austin Rivers", "Washington Phillips"), after a particle a family ("the Van Rensselaers": Van is a Turkish city)
  if (teamOfPlace(keys, first, end) && (keys[before - 1] === 'the' || teamRoleAfter(p, end) || playsGame(p, before, end))
    && !isA(firstClasses, WORD.particle | WORD.surnameParticle)
    && !namesPeoplePlural(lastKey)) return typed('organization', 1);
  // "Ford CEO Jim Farley", "the chairman of Ford": the company of an officer, though its name is a first name too
  if (companyOfOfficer(p, first, end, before)) return typed('organization', 2);
  // "Allied Universal", "United Rentals": a participle that opens bodies' names, before no first name, a known place or a compass
  // word (other openers name peoples and works too: "Pacific Islander", "our Continental Gazetteer"); a first name as its one
  // word after it is no person's either ("United Way")
  if (len > 1 && !titled && isA(firstClasses, WORD.participleOpener) && (len === 2 || !firstNameGender(keys[first + 1])) && !isA(lastClasses, WORD.compass)
    && LEXICON.longestAt(keys, first + 1, end)?.value.type !== 'place') return typed('organization', 1);
  // "United beat Chelsea": a first name alone playing a club is a club (Chelsea, Charlton)
  if (len === 1 && !titled && isA(firstClasses, WORD.firstName) && playsClub(p, first, end)) return typed('organization', 1);
  if (articleOpensTitle(p, first, end, ev)) return placeContext(p, first, end, before) ?? typed('organization', 0);
  // "Moore, Oklahoma": a first name alone before a comma and a US state is the town there, as "Tulsa, Oklahoma" is (`contextType`)
  if (len === 1 && !acronym && isA(firstClasses, WORD.firstName) && stateAfterComma(p, end)) return typed('place', 1);
  // "an analyst at Baird", "an economist at Morgan": one word after a member of a body and "at" is the body, though a first
  // name too ("a spokesperson for Harris" is hers: `contextType` reads "for" and "of" for other names)
  if (len === 1 && p.keys[before - 1] === 'at' && memberOfBodyBefore(p, before)) return typed('organization', 1);
  if (isA(firstClasses, WORD.firstName) && !acronym || initialsOpenPerson(p, first, end)) return typed('person', len > 1 ? 2 : 1);
  // `"How To Trick People Into Thinking You're Good Looking"`: words of a quoted title of a work
  // (after the heads and first names: "The History of Peter the Great" still names a person)
  if (inQuotedTitle(p, first, end) && allCommon(p, first, end, ev)) return typed('other', 1);
  // "Pittsburgh Pirates", "Boston Red Sox": teams and bands are plural
  if (teamOfPlace(keys, first, end)) return typed('organization', 1);
  // "the Tatars", "Buddhists", "Tulsans": a plural people is persons, not an organization
  if (len === 1 && pluralPeople(tokens[first].text, lastKey)) return typed('person', 1);
  // "Lynch v. Overholser", "Biden versus Nebraska": an unknown party to a case is a person
  if (len === 1 && caseParty(p, first, end)) return typed('person', 1);
  // "Bartlesville, OK", "(IATA: PHX)": a postal state code after a place name, an airport code
  if (len === 1 && isAllCaps(tokens[first]) && (stateCodeAt(p, first) || airportCodeAt(p, first))) return typed('place', 2);
  if (len === 1 && isA(lastClasses, WORD.islandPlural) && islandsAfterPreposition(p, before)) return typed('place', 1);
  const context = contextType(p, first, end, before);
  // "in DH", "the GIS": an unknown acronym is a term unless people or members tell otherwise
  if (isAllCaps(tokens[first]) && len === 1 && !(context && context[1] >= 1)) return typed('other', 0);
  if (context) return context;
  if (len > 1) {
    // "Best Actor", "Chasing Liberty", "House of Wax": common words make a title, not a person
    for (let k = first; k < end; k++) if (!PARTICLES.has(keys[k]) && isCommonWord(keys[k], ev) && !surnameAfterArticle(p, first, end, k)) return typed('other', 0);
    // "Dynamic Equivalence", "Historical Principles", "Virtual Microscope": an adjective opens a term or a title, not a person
    if (shapeOf(keys[first]) & SHAPE.adjective && !isA(firstClasses, WORD.firstName)) return typed('other', 0);
    // "American Structuralism", "Persian Architecture", "Free Culture": an abstract noun closes a term, not a surname
    if (shapeOf(keys[end - 1]) & SHAPE.abstract && !isA(firstClasses, WORD.firstName)) return typed('other', 0);
    return typed('person', 1);
  }
  // "He thanked Jones.", "Lopez was the first": one of the commonest surnames alone, that nothing else types, is someone (a
  // good guess); not one that is a common word too, which needs more ("to sea as a Captain, or a Cook")
  if (COMMON_SURNAMES.has(keys[first]) && !isCommonWord(keys[first], ev)) return typed('person', 1);
  // "Chinatown", "Bartlesville", "Faaborg": endings only places have
  if (firstShape & SHAPE.placeSuffix) return typed('place', 0);
  return typed('person', 0);
}

/**
 * "Lawyer Anna Grill said", "the lawyer Anna Grill", "her lawyer, Anna Grill,": a role noun (capitalised
 * opening the sentence or not, or before a comma) right before a name opening with a known first name: the
 * name is that person's, though its last word is a place to eat's ("They met at Anna Grill" is the grill, and
 * "lawyer Joe's Diner" a diner).
 */
function roleBeforeFirstName(p: PreparedParagraph, first: number, before: number): boolean {
  if (!firstNameGender(p.keys[first]) || p.tokens[first].possessiveEnd !== undefined) return false;
  const prev = p.tokens[before - 1]?.text === ',' ? before - 2 : before - 1;
  return isWord(p.tokens[prev]) && (ROLE_NOUNS.has(p.keys[prev]) || roleOfPhraseEndsAt(p, prev));
}

/**
 * "chief of staff", "director of communications", "head of security": the lower-case word at `k`
 * ends a role noun's "of" phrase, so the whole phrase is the role.
 */
function roleOfPhraseEndsAt(p: PreparedParagraph, k: number): boolean {
  const { tokens, keys } = p;
  return !isCap(tokens[k]) && keys[k - 1] === 'of' && !isCap(tokens[k - 1]) && isWord(tokens[k - 2]) && ROLE_NOUNS.has(keys[k - 2]);
}

/** Lower-case nouns of a team's people after its name ("Washington Nationals pitcher Max Scherzer", "Denver Broncos fans"). */
const TEAM_ROLES: ReadonlySet<string> = new Set([
  'pitcher', 'catcher', 'shortstop', 'infielder', 'outfielder', 'slugger', 'reliever', 'quarterback', 'linebacker', 'cornerback',
  'receiver', 'midfielder', 'striker', 'goalkeeper', 'goalie', 'defenseman', 'defender', 'winger', 'coach', 'manager', 'owner',
  'rookie', 'teammate', 'teammates', 'fans', 'roster',
]);

/** "Washington State coach Jake Dickert", "Denver Broncos fans": a lower-case team role right after the name at `end`. */
function teamRoleAfter(p: PreparedParagraph, end: number): boolean {
  return TEAM_ROLES.has(p.keys[end]) && !isCap(p.tokens[end]);
}

/** Verbs of a game's result before its score ("won 2-1", "drew 0-0"). */
const SCORED_RESULT_VERBS: ReadonlySet<string> = new Set(['won', 'lost', 'drew', 'tied']);

/** "United won 2-1", "United beat Chelsea": a game's result right after token `i`, with its score or the other team. */
function gameResultAfter(p: PreparedParagraph, i: number): boolean {
  const verb = p.tokens[i + 1];
  if (!isWord(verb) || isCap(verb)) return false;
  if (SCORED_RESULT_VERBS.has(verb.key)) return SCORE.test(p.tokens[i + 2]?.text ?? '');
  return GAME_VERBS.has(verb.key) && isCapitalisedWord(p, i + 2);
}

/** Verbs of a game won, between two teams ("Washington State beat Oregon", "Oregon edged Washington State"). */
const GAME_VERBS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'routed', 'routs', 'blanked', 'blanks', 'downed', 'trounced', 'outlasted', 'outscored', 'upset', 'upsets',
]);

/**
 * "Washington State beat Oregon", "Oregon edged Washington State", "lost to Washington State": the
 * name `[before, end)` and another capitalised name on either side of a verb of a game won or
 * lost, so the name is a team's (a state beats no one).
 */
function playsGame(p: PreparedParagraph, before: number, end: number): boolean {
  const { tokens, keys } = p;
  if (GAME_VERBS.has(keys[end]) && !isCap(tokens[end]) && isCapitalisedWord(p, end + 1) || lostToAt(p, end) && isCapitalisedWord(p, end + 2)) return true;
  return GAME_VERBS.has(keys[before - 1]) && !isCap(tokens[before - 1]) && isCapitalisedWord(p, before - 2) || lostToAt(p, before - 2) && isCapitalisedWord(p, before - 3);
}

/** Lower-case words that set a team against the one after them ("beat Chelsea", "played Chelsea", "against Chelsea"). */
const OPPOSING_WORDS: ReadonlySet<string> = new Set([...GAME_VERBS, 'played', 'plays', 'against', 'vs', 'v']);

/**
 * "United beat Chelsea", "Manchester City played Chelsea", "Chelsea beat Bolton Wanderers", "Liverpool beat Chelsea": the
 * one word `[first, end)` on one side of a game whose other side is a club (a club's word, or a city that beats it);
 * one beating a person ("Serena beat Venus") is a person.
 */
function playsClub(p: PreparedParagraph, first: number, end: number): boolean {
  const { tokens } = p;
  const link = tokens[first - 1];
  if (isWord(link) && !isCap(link) && OPPOSING_WORDS.has(link.key)) return clubEndsAt(p, first - 2) || GAME_VERBS.has(link.key) && cityAt(p, first - 2);
  if (lostToAt(p, first - 2)) return clubEndsAt(p, first - 3) || cityAt(p, first - 3);
  const next = tokens[end];
  return isWord(next) && !isCap(next) && GAME_VERBS.has(next.key) && (clubEndsAt(p, end + 1) || clubEndsAt(p, end + 2) || cityAt(p, end + 1));
}

/** A club's word at token `k`: "United", "Rovers", "Celtics", or "City" after a capitalised word ("Manchester City"). */
function clubEndsAt(p: PreparedParagraph, k: number): boolean {
  if (!isCapitalisedWord(p, k)) return false;
  const key = p.keys[k];
  return CLUB_SUFFIXES.has(key) || TEAM_NICKNAMES.has(key) || CLUB_TOWN_WORDS.has(key) && isCapitalisedWord(p, k - 1);
}

/** A city the lexicon knows (no first name too) at token `k`, alone. */
function cityAt(p: PreparedParagraph, k: number): boolean {
  if (!isCapitalisedWord(p, k)) return false;
  const known = LEXICON.longestAt(p.keys, k);
  return known !== null && known.length === 1 && known.value.type === 'place' && !known.value.weak;
}

/** Whether token `k` of `p` (if any) is a word with a capital. */
function isCapitalisedWord(p: PreparedParagraph, k: number): boolean {
  return isCap(p.tokens[k]);
}

/** Whether a lower-case "lost to" starts at token `k` of `p`. */
function lostToAt(p: PreparedParagraph, k: number): boolean {
  return p.keys[k] === 'lost' && p.keys[k + 1] === 'to' && !isCap(p.tokens[k]);
}

/** What the one-word patterns of `classify` say of a string (a word as written, or its key): bits of `shapeOf`. */
const SHAPE = {
  digit: 1, capLowerCap: 2, ism: 4, abstract: 8, brandCapital: 16, news: 32, placeSuffix: 64, adjective: 128,
} as const;

/** Most strings a `bitsByString` table holds before it starts again. */
const BITS_TABLE_LIMIT = 20_000;

/** `bitsOf` looked up by string: a text repeats its names' words, and each of its candidates asks of them again. */
function bitsByString(bitsOf: (s: string) => number): (s: string) => number {
  const table = new BoundedTable<number>(BITS_TABLE_LIMIT);
  return (s) => {
    let bits = table.get(s);
    if (bits === undefined) {
      bits = bitsOf(s);
      table.set(s, bits);
    }
    return bits;
  };
}

/** The `SHAPE` bits of `s`, each the answer of its pattern. */
const shapeOf = bitsByString(
  (s) =>
    (hasDigit(s) ? SHAPE.digit : 0) |
    (CAP_LOWER_CAP.test(s) ? SHAPE.capLowerCap : 0) |
    (ISM_ENDING.test(s) ? SHAPE.ism : 0) |
    (ABSTRACT_ENDING.test(s) ? SHAPE.abstract : 0) |
    // "YouTube", but not "McKenzie"
    (INNER_CAPITAL.test(s) && !SURNAME_PREFIX.test(s) ? SHAPE.brandCapital : 0) |
    (NEWS_WORD.test(s) ? SHAPE.news : 0) |
    (PLACE_SUFFIX.test(s) ? SHAPE.placeSuffix : 0) |
    (ADJECTIVE_ENDING.test(s) ? SHAPE.adjective : 0),
);

/** A one-word name made with "news" ("wikinews", "newsmax"). */
const NEWS_WORD = /^news.{3,}|.{3,}news$/;

/**
 * The lists of words the candidate search asks a name's words about, one bit each (`wordClasses`): a
 * name's first and last words are asked of some twenty lists each, and each capitalised word of three
 * lexicons; one look-up of a word's bits answers them all. `opens…`: a phrase of that lexicon starts
 * with the word (where none does, its `longestAt` there is null).
 */
const WORD = {
  compass: 1 << 0, demonym: 1 << 1, orgHead: 1 << 2, tradeHead: 1 << 3, eateryHead: 1 << 4, placeHead: 1 << 5, buildingHead: 1 << 6,
  placeStart: 1 << 7, otherHead: 1 << 8, otherStart: 1 << 9, otherWord: 1 << 10, islandPlural: 1 << 11, participleOpener: 1 << 12,
  eponym: 1 << 13, teamColour: 1 << 14, particle: 1 << 15, surnameParticle: 1 << 16, foreignOrgWord: 1 << 17, roleNoun: 1 << 18,
  termModifier: 1 << 19, titleModifier: 1 << 20, foreignArticle: 1 << 21, ordinalAdverb: 1 << 22, notName: 1 << 23, commonWord: 1 << 24,
  opensLexicon: 1 << 25, opensTitle: 1 << 26, opensPluralTitle: 1 << 27,
  /** A portfolio's ending ("Transportation"): with `commonWord`, the words `portfolioBeforeTitle` takes for a portfolio. */
  portfolioEnding: 1 << 28,
  corporateSuffix: 1 << 29,
  /** A known first name (`firstNameGender`). */
  firstName: 1 << 30,
} as const;

/** The `WORD` bits of a word's folded key. */
const wordClasses = bitsByString(classesOfKey);

/** Whether the `WORD` bits `classes` have `bit` (one of them at least, given several). */
function isA(classes: number, bit: number): boolean {
  return (classes & bit) !== 0;
}

/** The `WORD` bits of `key`, each the answer of its list. */
function classesOfKey(key: string): number {
  return (COMPASS.has(key) ? WORD.compass : 0) |
    (DEMONYMS.has(key) ? WORD.demonym : 0) |
    (ORG_HEADS.has(key) ? WORD.orgHead : 0) |
    (TRADE_HEADS.has(key) ? WORD.tradeHead : 0) |
    (EATERY_HEADS.has(key) ? WORD.eateryHead : 0) |
    (PLACE_HEADS.has(key) ? WORD.placeHead : 0) |
    (BUILDING_HEADS.has(key) ? WORD.buildingHead : 0) |
    (PLACE_STARTS.has(key) ? WORD.placeStart : 0) |
    (OTHER_HEADS.has(key) ? WORD.otherHead : 0) |
    (OTHER_STARTS.has(key) ? WORD.otherStart : 0) |
    (OTHER_WORDS.has(key) ? WORD.otherWord : 0) |
    (ISLAND_PLURALS.has(key) ? WORD.islandPlural : 0) |
    (PARTICIPLE_OPENERS.has(key) ? WORD.participleOpener : 0) |
    (opensEponymNoun(key) ? WORD.eponym : 0) |
    (TEAM_COLOURS.has(key) ? WORD.teamColour : 0) |
    (PARTICLES.has(key) ? WORD.particle : 0) |
    (SURNAME_PARTICLES.has(key) ? WORD.surnameParticle : 0) |
    (FOREIGN_ORG_WORDS.has(key) ? WORD.foreignOrgWord : 0) |
    (ROLE_NOUNS.has(key) ? WORD.roleNoun : 0) |
    (TERM_MODIFIERS.has(key) ? WORD.termModifier : 0) |
    (TITLE_MODIFIERS.has(key) ? WORD.titleModifier : 0) |
    (FOREIGN_ARTICLES.has(key) ? WORD.foreignArticle : 0) |
    (ORDINAL_ADVERBS.has(key) ? WORD.ordinalAdverb : 0) |
    (CORPORATE_SUFFIXES.has(key) ? WORD.corporateSuffix : 0) |
    (NOT_NAMES.has(key) ? WORD.notName : 0) |
    (COMMON_WORDS.has(key) ? WORD.commonWord : 0) |
    (LEXICON.opensWith(key) ? WORD.opensLexicon : 0) |
    (TITLES.opensWith(key) ? WORD.opensTitle : 0) |
    (PLURAL_TITLES.opensWith(key) ? WORD.opensPluralTitle : 0) |
    (PORTFOLIO_ENDING.test(key) ? WORD.portfolioEnding : 0) |
    (firstNameGender(key) !== undefined ? WORD.firstName : 0);
}

/**
 * "J. Smith", "J.R.R. Tolkien", "T.S.": initials open a person's name, but not a known place's
 * ("U.S. Trade Representative"), and one letter alone after "on" or "in" is a medium or a place ("wrote on X.").
 */
function initialsOpenPerson(p: PreparedParagraph, first: number, end: number): boolean {
  const text = p.tokens[first].text;
  if (!DOTTED_INITIALS.test(text)) return false;
  if (end - first === 1) return text.length > 2 || !(p.keys[first - 1] === 'on' || PLACE_PREPOSITIONS.has(p.keys[first - 1]));
  return LEXICON.longestAt(p.keys, first)?.value.type !== 'place';
}

/**
 * "Imperial College London", "NHS England", "PEN America": an institution head inside the name
 * ("College") or an acronym opening it, before a place the lexicon knows, is a body named after
 * where it is, not a person ("Anita London" has neither, "US Virgin Islands" opens with a place).
 */
function institutionBeforePlace(p: PreparedParagraph, first: number, end: number): boolean {
  const { tokens, keys } = p;
  for (let k = first + 1; k < end; k++) {
    // (the words before the place first: after most words none is looked up)
    const afterHead = ORG_HEADS.has(keys[k - 1]) && keys[k - 1] !== 'post';
    const afterCode = k === first + 1 && isAllCaps(tokens[first]) && SHORT_CAPS.test(tokens[first].text);
    if (!afterHead && !afterCode) continue;
    if (!wholeKnownPlace(keys, k, end)) continue;
    if (afterHead) return true;
    if (LEXICON.longestAt(keys, first, first + 1)?.value.type !== 'place') return true;
  }
  return false;
}

/** Place and building heads that are common surnames too ("Anita Hill", "Arsenio Hall", "Ricki Lake", "Shirley Temple", "Helen Park", "Joan Rivers"). */
const SURNAME_HEADS: ReadonlySet<string> = new Set(['hill', 'hall', 'lake', 'temple', 'tower', 'castle', 'park', 'rivers']);

/**
 * "Christopher Hill", "Anita Hill": a known first name before a head that is also a surname is a
 * person, not a hill; "Capitol Hill" has no first name, and "in Murray Hill", "at Albert Hall" a
 * place's preposition or article before it. "Rivers" after one word names several rivers only joined to
 * another ("the Salt and Verde Rivers"), so after a first name of either gender that is a city too
 * ("Austin Rivers") it is a surname.
 */
function firstNameBeforeSurnameHead(p: PreparedParagraph, first: number, end: number): boolean {
  if (end - first !== 2 || !SURNAME_HEADS.has(p.keys[first + 1])) return false;
  const gender = firstNameGender(p.keys[first]);
  // (a role noun before the comma names the person: "her aide, Lena Park,"; so does "to" after no verb of travel: "gave it to Anita Hill")
  const placeBefore = placeContextBefore(p, first) && !roleBeforeFirstName(p, first, first) && !recipientAfterTo(p, first) && !askedForAfter(p, end);
  if (p.keys[first + 1] === 'rivers') return gender !== undefined && p.keys[first - 1] !== 'and' && !placeBefore;
  return (gender === 'male' || gender === 'female') && !placeBefore;
}

/** What people go to a person for ("went to Mary Hill for advice"), no place. */
const ASKED_OF_PEOPLE: ReadonlySet<string> = new Set(['advice', 'help', 'answers', 'guidance', 'comment', 'support', 'approval', 'permission', 'counsel']);

/** "The coach went to Philip Rivers for advice": "for" and what one asks of a person after the name ending before `end`. */
function askedForAfter(p: PreparedParagraph, end: number): boolean {
  return p.keys[end] === 'for' && ASKED_OF_PEOPLE.has(p.keys[end + 1] ?? '');
}

/** Pronouns of people as a verb's subject: "he went to" is a person going somewhere, "the ball went to" a thing given. */
const PEOPLE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'they']);
/**
 * Nouns of a group of people as a verb's subject: "the family went to", "the team went to" is people going
 * somewhere, as "they went to" is (plurals `PEOPLE_PLURALS` holds, "refugees", "migrants", are not repeated here).
 */
const PEOPLE_GROUP_SUBJECTS: ReadonlySet<string> = new Set([
  'family', 'families', 'couple', 'children', 'kids', 'group', 'crowd', 'delegation', 'tourists', 'visitors', 'people', 'men', 'women',
  'team', 'teams', 'squad', 'crew', 'crews', 'band', 'troops', 'soldiers', 'players', 'fans', 'staff', 'officials', 'pair', 'trio',
  'class', 'choir', 'orchestra', 'entourage', 'convoy', 'caravan', 'pilgrims', 'troupe', 'cast',
]);

/**
 * Whether `key` is a subject that is people: a pronoun of people, a group of people, a plural of people
 * ("residents") or a person's role ("the mayor went to").
 */
function peopleSubject(key: string): boolean {
  return PEOPLE_SUBJECT_PRONOUNS.has(key) || PEOPLE_GROUP_SUBJECTS.has(key) || PEOPLE_PLURALS.has(key) || ROLE_NOUNS.has(key);
}

/**
 * "The ball went to Philip Rivers", "She gave it to Anita Hill": "to" before the name at `first`
 * names who gets something, not where someone goes, unless a word of moving that people do
 * (`MOTION_WORDS` but `GIVEN_TO_WORDS`) stands before it ("moved to Murray Hill", "the trip to Forest Hill"),
 * or one of `GIVEN_TO_WORDS` after a subject that is people ("he went to Murray Hill", "she is going to",
 * "the family went to").
 */
function recipientAfterTo(p: PreparedParagraph, first: number): boolean {
  const to = p.tokens[first - 1];
  if (to?.key !== 'to' || isCap(to)) return false;
  // ("drove back to", "gave it back to": the word before "back")
  const at = p.keys[first - 2] === 'back' ? first - 3 : first - 2;
  const word = p.keys[at] ?? '';
  if (!MOTION_WORDS.has(word)) return true;
  if (!GIVEN_TO_WORDS.has(word)) return false;
  return !peopleSubject(p.keys[at - 1] ?? '') && !peopleSubject(p.keys[at - 2] ?? '');
}

/**
 * "the Secretary", "his achievements as Governor", "Mr. President", "General, is this a waiver?":
 * a title alone after a lower-case "the", after "as", addressed after "Mr." or "Madam", or opening
 * a question before a comma stands for a person holding it (a title-only mention); elsewhere
 * ("Secretary" opening a sentence) it is no name.
 */
function titleAloneNamesHolder(p: PreparedParagraph, first: number): boolean {
  const prev = p.tokens[first - 1];
  if ((p.flags[first] & TOKEN.uncertain) !== 0 && addressedInQuestion(p, first)) return true;
  if (!prev || (p.flags[first] & TOKEN.uncertain) !== 0) return false;
  return prev.text === 'the' || prev.key === 'as' || ADDRESS_COURTESY.has(prev.key);
}

/**
 * Words a court is addressed with, the possessives they take and whom they address: the judge ("Your
 * Honor", "My Lord") or, in the plural, the bench, no one person ("My Lords", "Your Honors").
 */
const COURT_ADDRESS_WORDS = new Map<string, readonly [possessives: readonly string[], address: TitleInfo]>([
  ['honor', [['your', 'his', 'her'], JUDGE_ADDRESS]], ['honour', [['your', 'his', 'her'], JUDGE_ADDRESS]], ['lordship', [['your', 'his'], JUDGE_ADDRESS]],
  ['ladyship', [['your', 'her'], JUDGE_ADDRESS]], ['lord', [['my'], JUDGE_ADDRESS]], ['lady', [['my'], JUDGE_ADDRESS]],
  ['lords', [['my'], BENCH_ADDRESS]], ['ladies', [['my'], BENCH_ADDRESS]], ['honors', [['your'], BENCH_ADDRESS]], ['honours', [['your'], BENCH_ADDRESS]],
  ['lordships', [['your'], BENCH_ADDRESS]],
]);

/**
 * "Your Honor, I am sorry", "My Lord the Chief Justice may recall": a court addressed by one
 * capitalised word after its possessive: the judge (`JUDGE_ADDRESS`) or the bench (`BENCH_ADDRESS`).
 */
function courtAddressAt(p: PreparedParagraph, first: number, end: number): TitleInfo | undefined {
  if (end - first !== 1) return undefined;
  const prev = p.tokens[first - 1];
  const word = p.tokens[first];
  if (!isWord(prev) || prev.end + 1 !== word.start || word.possessiveEnd !== undefined) return undefined;
  const court = COURT_ADDRESS_WORDS.get(p.keys[first]);
  return court?.[0].includes(prev.key) ? court[1] : undefined;
}

/**
 * "As President, I will serve all of the people", "As Governor we cut taxes": a title alone after
 * "as" with "I" or "we" the subject right after it is the role the speaker takes (often one still to
 * come), not the last person named with that title.
 */
function titleTakenByFirstPerson(p: PreparedParagraph, first: number, end: number): boolean {
  if (p.keys[first - 1] !== 'as') return false;
  const subject = p.tokens[p.tokens[end]?.text === ',' ? end + 1 : end];
  return subject !== undefined && (subject.text === 'I' || subject.key === 'we');
}

/** "General, is this a waiver?": a title opening a question before a comma addresses the person holding it. */
function addressedInQuestion(p: PreparedParagraph, first: number): boolean {
  if (p.tokens[first + 1]?.text !== ',') return false;
  for (let k = first + 2; k < p.tokens.length; k++) {
    const t = p.tokens[k].text;
    if (t === '?') return true;
    if (t === '.' || t === '!') return false;
  }
  return false;
}

/**
 * "U. S.", "U. K.": a country's initials written with spaces are the country, not a person's
 * initials ("J. K." stays a person's); the lexicon knows them only as "U.S.", "UK".
 */
function spelledCountry(p: PreparedParagraph, first: number, end: number): LexiconEntry | undefined {
  if (end - first < 2) return undefined;
  let letters = '';
  for (let k = first; k < end; k++) {
    if (!isInitial(p.tokens[k].text)) return undefined;
    letters += p.keys[k];
  }
  const entry = LEXICON.get([letters]);
  return entry?.country ? entry : undefined;
}

/**
 * "President Lincoln", "Major General Lafayette", "Lt. Gov. Jackson": a person's title before a
 * name the lexicon knows as a place makes it a person named after it (or it after them). Titles
 * that open place names ("St. Louis", "Fort Worth") are not split off as titles, so never get here.
 */
function titledPlaceName(titled: boolean, lexiconType: EntityType): boolean {
  return titled && lexiconType === 'place';
}

/** Whether every word of `[first, end)` but particles is a common word ("Trick People", not "Julien Podcast"). */
function allCommon(p: PreparedParagraph, first: number, end: number, ev: NameEvidence): boolean {
  for (let k = first; k < end; k++) if (isWord(p.tokens[k]) && !PARTICLES.has(p.keys[k]) && !isCommonWord(p.keys[k], ev)) return false;
  return true;
}

/** How far from a name to look for the quotation marks around a quoted title. */
const MAX_QUOTED_TITLE = 14;
const TITLE_CLOSE = new Set(['"', '”']);

/**
 * The opening quotation mark before token `first` with only words between (at most
 * `MAX_QUOTED_TITLE` tokens back), or -1: where there is none, no name from `first` is in a quoted title.
 */
export function quoteOpeningBefore(p: PreparedParagraph, first: number): number {
  const { tokens } = p;
  for (let k = first - 1; k >= 0 && k >= first - MAX_QUOTED_TITLE; k--) {
    if (isWord(tokens[k])) continue;
    return opensQuotedTitle(tokens, k) ? k : -1;
  }
  return -1;
}

/**
 * Whether token `k` opens a quoted title: a double quotation mark (single ones and guillemets open no
 * title `TITLE_CLOSE` closes), a straight one only set apart from the token before it and against the one after.
 */
function opensQuotedTitle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.text === '“' || t.text === '"' && (k + 1 >= tokens.length || tokens[k + 1].start === t.end) && (k === 0 || tokens[k - 1].end < t.start);
}

/**
 * Whether `[first, end)` is only part of a quoted title written in title case: at least three
 * words of three letters or more, three in four of them capitalised ("Songs My Mother Taught Me",
 * "Claim to Fame Contest"). A quotation that is the name alone ("Mr. Marbles") is no title.
 */
export function inQuotedTitle(p: PreparedParagraph, first: number, end: number): boolean {
  const { tokens } = p;
  const open = quoteOpeningBefore(p, first);
  if (open < 0) return false;
  let close = -1;
  for (let k = end; k < tokens.length && k <= end + MAX_QUOTED_TITLE; k++) {
    const t = tokens[k];
    if (isWord(t) || t.text === "'" || t.text === '’' || t.text === ':' || t.text === ',') continue;
    if (TITLE_CLOSE.has(t.text)) close = k;
    break;
  }
  if (close < 0 || close - open - 1 <= end - first) return false;
  let long = 0;
  let caps = 0;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k];
    if (!isWord(t) || !THREE_LETTERS_FIRST.test(t.text)) continue;
    long++;
    if (isCap(t)) caps++;
  }
  return long >= 3 && caps * 4 >= long * 3;
}

/** Whether a lower-case "party" follows at `end` ("the Republican party"). */
function partyAfter(p: PreparedParagraph, end: number): boolean {
  const next = p.tokens[end];
  return next !== undefined && isWord(next) && !isCap(next) && next.key === 'party' && next.start === p.tokens[end - 1].end + 1;
}

/** Endings of adjectives ("Linguistic", "Functional", "Creative", "Famous", "Revolutionary"). */
const ADJECTIVE_ENDING = /\p{Ll}{3}(?:al|ic|ive|ous|ary)$/u;

/** Endings of abstract nouns that surnames do not have ("Structuralism", "Architecture", "Equivalence"). */
const ABSTRACT_ENDING = /\p{Ll}{3}(?:ism|ture|tion|sion|ity|ology|ship|ness|ics)$/u;

/** Things a name before them only describes, after "the" ("the TaDiRAH taxonomy", "the Gliders team"). */
const MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'model', 'taxonomy', 'occupation', 'laureate', 'blog', 'satellite', 'mission', 'range', 'platform', 'database',
  'framework', 'license', 'licence', 'method', 'approach', 'software', 'format', 'standard', 'scale', 'algorithm', 'technique',
  'survey', 'corpus', 'dataset', 'toolkit', 'regime', 'era', 'period', 'experiment',
]);

/** Parties named by one capitalised word, which may stand before "administration" as a surname does. */
const PARTY_WORDS: ReadonlySet<string> = new Set(['labour', 'conservative', 'liberal', 'republican', 'democratic', 'democrat', 'socialist', 'communist', 'likud']);

/** Roman numerals after a name ("World War II", "Vatican II"). */
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/;
/** Endings of one-word place names that surnames rarely have. */
const PLACE_SUFFIX = /^\p{Lu}\p{Ll}{2,}(?:town|ville|burg|burgh|borg|stad|polis|grad|abad|shire)$/u;
/** Words a number follows to name a building, a gate or a road ("Terminal 2", "Gate 10", "Route 66"). */
const NUMBERED_PLACES: ReadonlySet<string> = new Set([
  'terminal', 'building', 'gate', 'pier', 'platform', 'hangar', 'route', 'highway', 'hwy', 'interstate', 'exit', 'junction',
]);

/** Whether the words before the name starting at `before` are a member of a body and "at", "of" or "for" ("analysts at", "a spokesman for"). */
function memberOfBodyBefore(p: PreparedParagraph, before: number): boolean {
  const prev = p.tokens[before - 1];
  return isWord(prev) && (prev.key === 'at' || prev.key === 'of' || prev.key === 'for') && ORG_MEMBERS.has(p.keys[before - 2]);
}

/** What the words around a name say it is: "Raman said", "Smith (2005)", "in Tulsa", "analysts at Goldman Sachs", "the Onion". */
function contextType(p: PreparedParagraph, first: number, end: number, before: number): Typed | null {
  const { tokens, keys } = p;
  const next = tokens[end];
  const last = tokens[end - 1];
  const prev = tokens[before - 1];
  if (memberOfBodyBefore(p, before)) return typed('organization', 1);
  // "officials from Vardon Keller": where those who hold a post come from is a body ("students from Avonlea" come from a place)
  if (isWord(prev) && prev.key === 'from' && ORG_STAFF.has(keys[before - 2])) return typed('organization', 1);
  if (afterPlaceNoun(p, before)) return typed('place', 1);
  // "Reuters reporter", "Acme employees", "Zorvex shares": people and things only an organization has
  if (last.possessiveEnd === undefined && isWord(next) && !isCap(next) && ORG_BELONGINGS.has(next.key)) return typed('organization', 1);
  const described = describedAs(p, end);
  if (described) return typed(described, 1);
  // "Jones, the mayor, spoke": a role in the appositive after the name
  if (roleAppositiveNames(p, first, end)) return typed('person', 1);
  if (last.possessiveEnd === undefined && isWord(next) && (PERSON_VERBS.has(next.key) || next.key === 'et' && keys[end + 1] === 'al')) return typed('person', 1);
  if (last.possessiveEnd !== undefined && isWord(next) && PERSON_POSSESSIONS.has(next.key)) return typed('person', 1);
  if (officeTakenEnd(p, end) > 0) return typed('person', 1);
  // "Shaw's Pygmalion", "Newton's Principia": an unknown name owned by the name before it is a work or a thing
  if (isCap(prev) && prev.possessiveEnd !== undefined && prev.possessiveEnd >= tokens[before].start - 1) return typed('other', 1);
  // "the film Watchmen", "the romantic comedy, Chasing Liberty (2004)": a title of a work
  if (afterWorkNoun(p, before, end)) return typed('other', 1);
  if (next?.text === '(' && YEAR.test(tokens[end + 1]?.text ?? '')) return citedAuthor(p, first, end, before) ? typed('person', 1) : typed('other', 1);
  if (inCitation(p, first, end)) return typed('person', 1);
  if (next?.text === ',' && keys[end + 1] === 'who' && (prev?.key === 'the' || !groupAfterWho(p, end + 2))) return typed('person', 1);
  // "Zurbarán paintings", "Warhol's portraits": an artist's name before the kind of thing artists make
  if (isWord(next) && !isCap(next) && end - first === 1 && CREATION_NOUNS.has(next.key)) return typed('person', 1);
  // "the Eegimaa language", "Jóola speakers": a name used for a language or a people
  if (last.possessiveEnd === undefined && isWord(next) && !isCap(next) && KIND_NOUNS.has(next.key)) return typed('other', 1);
  // "the Obama administration", "the Bush family", "the Biden camp": a surname before the people of that person
  // (a party's name there is the party: "the Labour administration" is no person)
  if (end - first === 1 && !isAllCaps(last) && isWord(next) && !isCap(next) && PERSONS_FOLLOWINGS.has(next.key) && prev?.key === 'the') {
    return PARTY_WORDS.has(keys[first]) ? typed('organization', 1) : typed('person', 1);
  }
  // "the TaDiRAH taxonomy", "the Library Carpentry model", "the Nazi occupation": an unknown name modifying a thing it is not
  if (last.possessiveEnd === undefined && isWord(next) && !isCap(next) && MODIFIED_NOUNS.has(next.key) && prev?.key === 'the' && !isCap(prev)) return typed('other', 1);
  // "Tulsa, Oklahoma": a place before a known place
  if (placeOfTownAt(p, first, end)) return typed('place', 1);
  if (isWord(prev) && !isCap(prev) && ROLE_NOUNS.has(prev.key)) return typed('person', 1);
  if (isWord(prev) && !isCap(prev) && prev.key === 'the' && end - first === 1 && COMPASS.has(keys[first])) return typed('place', 1);
  if (isWord(prev) && !isCap(prev) && prev.key === 'the') {
    // persons take no article: "in the Chathams" is a place, "the Koinonia", "the Mets" organizations
    const pp = tokens[before - 2];
    return isWord(pp) && PLACE_PREPOSITIONS.has(pp.key) && pp.key !== 'to' && pp.key !== 'from' ? typed('place', 0) : typed('organization', 0);
  }
  // "the answer from Kessler": after what people send, "from" names the sender
  if (end - first === 1 && senderAfterFrom(p, before)) return typed('person', 1);
  if (isWord(prev) && PLACE_PREPOSITIONS.has(prev.key)) return typed('place', 0);
  return null;
}

/**
 * Whether the words after the comma after `[first, end)` are a known place that a town before it lies in: any place, but
 * after a common surname alone only a state or a country that ends the list ("Jones, Oklahoma"; "Jones, Houston and Dallas"
 * and "Jones, Texas and Ohio officials" list someone).
 */
function placeOfTownAt(p: PreparedParagraph, first: number, end: number): boolean {
  const place = placeAfterComma(p, end);
  if (place === null) return false;
  if (!commonSurnameAlone(end - first, p.keys[first])) return true;
  const after = p.tokens[end + 1 + place.length];
  return namesStateOrCountry(p.keys.slice(end + 1, end + 1 + place.length)) && !(after !== undefined && isWord(after) && (after.key === 'and' || after.key === 'or' || ORG_MEMBERS.has(after.key)));
}

/**
 * "Moore, Oklahoma", "Chandler, Arizona": whether a comma and a US state follow the name ending at `end`, so that a first
 * name alone before them is the town there.
 */
function stateAfterComma(p: PreparedParagraph, end: number): boolean {
  const place = placeAfterComma(p, end);
  if (place === null) return false;
  return namesUsState(p.keys.slice(end + 1, end + 1 + place.length));
}

/**
 * The known place right after a comma at `end` ("Tulsa, Oklahoma"), else null; none in the possessive before a role, which
 * opens an appositive about the person before the comma ("Jones, Oklahoma's governor, said"; "Tulsa, Oklahoma's second city").
 */
function placeAfterComma(p: PreparedParagraph, end: number): { length: number; value: LexiconEntry } | null {
  const { tokens, keys } = p;
  if (tokens[end]?.text !== ',' || !isCap(tokens[end + 1]) || !isA(classesAt(p, end + 1), WORD.opensLexicon)) return null;
  const place = LEXICON.longestAt(keys, end + 1);
  if (place === null || place.value.type !== 'place') return null;
  const last = end + place.length;
  return tokens[last].possessiveEnd !== undefined && (roleNounAt(p, last + 1) || roleNounAt(p, last + 2)) ? null : place;
}

/** A lower-case role noun at token `k` ("governor", "attorney"). */
function roleNounAt(p: PreparedParagraph, k: number): boolean {
  const t = p.tokens[k];
  return isWord(t) && !isCap(t) && ROLE_NOUNS.has(t.key);
}

/** The place the words around the name `[first, end)` make of it ("the islands La Désirade", "in Le Mans"), else null. */
function placeContext(p: PreparedParagraph, first: number, end: number, before: number): Typed | null {
  const context = contextType(p, first, end, before);
  return context !== null && context[0] === 'place' ? context : null;
}

/**
 * "Arsenal, who play their game in hand", "Oasis, who are touring": a plural verb or "their"
 * right after "who" (at `at`) speaks of a team or a band, not of one person ("the Moriori, who
 * were" still of people).
 */
function groupAfterWho(p: PreparedParagraph, at: number): boolean {
  const { keys } = p;
  if (keys[at] === 'are' || keys[at] === 'were' || keys[at] === 'have') return true;
  for (let k = at; k < at + 3; k++) if (keys[k] === 'their' || keys[k] === 'they') return true;
  return false;
}

/** Lower-case words before "of" that make the name after it a place ("north of", "the border of"). */
const PLACE_OF_NOUNS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'border', 'borders', 'outskirts',
  'coast', 'shores', 'environs', 'corner', 'battle', 'siege',
]);

/**
 * "north of Tongatapu", "the border of Dalmatia", "the Battle of Chudnov": a name after "of" that
 * follows a lower-case word of direction, border or battle. ("John Smith of Zorvex" stays open:
 * in news that is as often a company as a birthplace.)
 */
function placeAfterOf(p: PreparedParagraph, before: number): boolean {
  const { tokens, keys } = p;
  if (keys[before - 1] !== 'of' || isCap(tokens[before - 1])) return false;
  const noun = tokens[before - 2];
  return noun !== undefined && isWord(noun) && noun.possessiveEnd === undefined && PLACE_OF_NOUNS.has(noun.key);
}

/** Whether the token at `at` joins ('/', 'and', 'or', '-', '&') a capitalised compass word at `at + dir`. */
function compassPairAt(p: PreparedParagraph, at: number, dir: 1 | -1): boolean {
  const j = p.tokens[at];
  const other = p.tokens[at + dir];
  if (!j || !other || !isCap(other) || !COMPASS.has(p.keys[at + dir])) return false;
  // "Oliver North and West": the other compass word ends a longer name
  const beyond = p.tokens[at + 2 * dir];
  if (isCap(beyond) && (dir > 0 ? beyond.start === other.end + 1 : beyond.end + 1 === other.start)) return false;
  return j.text === '/' || j.text === '-' || j.text === '&' || (j.key === 'and' || j.key === 'or') && !isCap(j);
}

/** Lower-case nouns after a name that make it the name of a body. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['department', 'committee', 'consortium', 'faculty']);

/** "… working group", "… research group", "… department": a body noun right after the name ("group" alone may be a language family). */
function bodyNounAfter(p: PreparedParagraph, end: number): boolean {
  const { tokens } = p;
  const last = tokens[end - 1];
  if (last.possessiveEnd !== undefined) return false;
  const next = tokens[end];
  if (!isWord(next) || isCap(next)) return false;
  if (next.key === 'working' || next.key === 'research' || next.key === 'study') return tokens[end + 1]?.key === 'group';
  return BODY_NOUNS.has(next.key);
}

/** Lower-case nouns of groups of people that a quoted name may stand before ("the "Ashby Aid" group"). */
const QUOTED_GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'groups', 'charity', 'collective', 'network', 'coalition', 'campaign']);

/**
 * `the "Ashby Aid" group`, `the "Moms for Parks" coalition`: a name closed by a quotation mark
 * right before a lower-case noun of a group is that group's name, though it opens with a first name.
 */
function quotedGroupName(p: PreparedParagraph, end: number): boolean {
  const { tokens } = p;
  const close = tokens[end];
  const noun = tokens[end + 1];
  return close !== undefined && !isWord(close) && TITLE_CLOSE.has(close.text) && close.start === tokens[end - 1].end
    && isWord(noun) && !isCap(noun) && QUOTED_GROUP_NOUNS.has(noun.key);
}

/** Words between the parties to a case ("Wade v. Jacobs", "Brown vs. Board", "Biden versus Nebraska"). */
const CASE_VERSUS: ReadonlySet<string> = new Set(['v', 'vs', 'versus']);

/**
 * The one-word name `[first, end)` stands right before or after "v."/"vs."/"versus" with a capitalised
 * word on the other side. A bare "v" ("the Eton v Harrow match") is a fixture, not a case.
 */
function caseParty(p: PreparedParagraph, first: number, end: number): boolean {
  const { tokens } = p;
  if (tokens[end - 1].possessiveEnd === undefined) {
    const o = pastVersus(p, end);
    if (o > 0 && isCap(tokens[o])) return true;
  }
  for (let k = first - 1; k >= first - 2; k--) {
    if (k >= 1 && pastVersus(p, k) === first && isCap(tokens[k - 1])) return true;
  }
  return false;
}

/** The index past "v."/"vs."/"versus" at token `k` (its full stop a token of its own or not), or -1. */
function pastVersus(p: PreparedParagraph, k: number): number {
  const { tokens, keys } = p;
  const t = tokens[k];
  if (!isWord(t) || isCap(t) || !CASE_VERSUS.has(keys[k])) return -1;
  if (tokens[k + 1]?.text === '.' && tokens[k + 1].start === t.end) return k + 2;
  return keys[k] === 'v' && !t.text.endsWith('.') ? -1 : k + 1;
}

/** Courtesy words before a title used as a form of address ("Mr. President", "Madam Chair"). */
const ADDRESS_COURTESY: ReadonlySet<string> = new Set(['mr', 'mister', 'madam', 'madame']);
/** Lords and ladies addressed after "my" ("My Lord", "my Lords"). */
const ADDRESSED_LORDS: ReadonlySet<string> = new Set(['lord', 'lords', 'lady', 'ladies']);

/** `[first, end)` is a form of address: an office after (or with) "Mr."/"Madam", or a lord after "my". */
function addressedAt(p: PreparedParagraph, first: number, end: number): boolean {
  if (addressedOffice(p, first, end)) return true;
  const prev = p.tokens[first - 1];
  if (!isWord(prev) || prev.end + 2 < p.tokens[first].start) return false;
  return prev.key === 'my' && end - first === 1 && ADDRESSED_LORDS.has(p.keys[first]);
}

/**
 * `[first, end)` is an office addressed with "Mr."/"Madam" before it or as its first word: "Mr.
 * Chief Justice", "Madam Speaker", "Mr. Secretary General", "Mr. President of the Senate".
 */
function addressedOffice(p: PreparedParagraph, first: number, end: number): boolean {
  if (end - first > 1 && ADDRESS_COURTESY.has(p.keys[first]) && officeSpan(p, first + 1, end)) return true;
  const prev = p.tokens[first - 1];
  if (!isWord(prev) || prev.end + 2 < p.tokens[first].start) return false;
  return ADDRESS_COURTESY.has(prev.key) && officeSpan(p, first, end);
}

/** Plural endings of peoples and followers ("Tulsans", "Palestinians", "Buddhists"). */
const PEOPLE_PLURAL = /\p{Ll}(?:ians|ans|ists)$/u;

/** "Tatars", "Russians", "Buddhists": a capitalised plural that names a people, a faith or a party's members. */
function pluralPeople(text: string, key: string): boolean {
  if (!key.endsWith('s') || !CAPITALISED.test(text)) return false;
  return namesPeoplePlural(key) || PEOPLE_PLURAL.test(text);
}

/** A postal state code after "Name, " and before no further name: "Bartlesville, OK", "Paramus, NJ retail". */
function stateCodeAt(p: PreparedParagraph, i: number): boolean {
  const { tokens } = p;
  const t = tokens[i];
  if (!TWO_CAPITALS.test(t.text) || !STATE_CODES.has(t.key)) return false;
  const comma = tokens[i - 1];
  const name = tokens[i - 2];
  if (comma?.text !== ',' || !isCap(name) || isAllCaps(name)) return false;
  const next = tokens[i + 1];
  return !(isCap(next) && next.start <= t.end + 1);
}

/** "Tulsa, Okla.", "Wichita, Kan.": a US state's shortening with its period after "Name, ". */
function stateShorteningAt(p: PreparedParagraph, i: number): boolean {
  const { tokens } = p;
  const t = tokens[i];
  // (the pattern last: a full stop right after the word is rare)
  if (!isWord(t) || tokens[i + 1]?.text !== '.' || tokens[i + 1].start !== t.end || !SHORT_CAPITALISED.test(t.text)) return false;
  const name = tokens[i - 2];
  return tokens[i - 1]?.text === ',' && isCap(name) && !isAllCaps(name) && stateOfShortening(t.key) !== undefined;
}

/** The folded name of the US state a one-word place at `i` stands for by its postal code ("OK") or its shortening ("Okla."). */
function usStateAt(p: PreparedParagraph, i: number): string | undefined {
  const t = p.tokens[i];
  if (TWO_CAPITALS.test(t.text)) return stateOfCode(t.key);
  return stateShorteningAt(p, i) ? stateOfShortening(t.key) : undefined;
}

/** Labels of codes a name is given in parentheses: airports' and stock exchanges' ("(IATA: TUL)", "(NYSE: IBM)"). */
const CODE_LABELS: ReadonlySet<string> = new Set(['iata', 'icao', 'nyse', 'nasdaq', 'lse', 'tsx', 'asx']);

/**
 * "Tulsa International Airport (IATA: TUL)", "Apple Inc. (Nasdaq: AAPL)": a code after its label in a
 * parenthesis right after a name is another name of it, whatever its letters. Returns the index
 * of that name in `cands` (the label may be a candidate of its own between them), or -1.
 */
function labelledCodeOf(cands: readonly NameCandidate[], c: number, firstTokens: readonly number[], tokens: readonly Token[], base: number): number {
  const code = cands[c];
  if (code.tokens.length !== 1 || code.acronymOf !== undefined || !CODE_LETTERS.test(code.text)) return -1;
  const at = firstTokens[c];
  if (tokens[at - 1]?.text !== ':' || !CODE_LABELS.has(tokens[at - 2]?.key ?? '') || tokens[at - 3]?.text !== '(' || tokens[at + 1]?.text !== ')') return -1;
  const k = c >= 2 && firstTokens[c - 1] === at - 2 ? c - 2 : c - 1;
  const name = cands[k];
  const before = tokens[at - 4];
  return name && before && before.end + base === (name.possessive?.end ?? name.span.end) ? k : -1;
}

/** "(IATA: PHX)", "ICAO: KPHX": an airport code after its label. */
function airportCodeAt(p: PreparedParagraph, i: number): boolean {
  return p.tokens[i - 1]?.text === ':' && (p.keys[i - 2] === 'iata' || p.keys[i - 2] === 'icao');
}

/** Road numbers: "I-44", "US-75", "SR-51", "M62", "A1M" (the last kind only in a road's company). */
const ROAD_HYPHENATED = /^(?:I|US|SR|SH|CR|Hwy|Route)-\d{1,4}$/;
const ROAD_SHORT = /^[ABMN]\d{1,4}M?$/;
/** Words near "the A64" that tell a road from a paper size or a chip. */
const ROAD_WORDS: ReadonlySet<string> = new Set([
  'northbound', 'southbound', 'eastbound', 'westbound', 'junction', 'junctions', 'motorway', 'motorways', 'road', 'roads',
  'highway', 'exit', 'interchange', 'ring', 'bypass', 'lane', 'lanes', 'traffic', 'drive', 'driving', 'route',
]);

/**
 * "I-44 East", "US-412 West", "the M1 northbound", "the A59 and the M62": a road number, with a
 * compass word after it at most. A short code ("M1") counts only after "the" with a road word or
 * another road number within a few words.
 */
function roadAt(p: PreparedParagraph, first: number, end: number, before: number): boolean {
  const { tokens, keys } = p;
  const text = tokens[first].text;
  const hyphenated = ROAD_HYPHENATED.test(text);
  if (!hyphenated && !ROAD_SHORT.test(text)) return false;
  for (let k = first + 1; k < end; k++) if (!COMPASS.has(keys[k])) return false;
  if (hyphenated) return true;
  if (keys[before - 1] !== 'the' || isCap(tokens[before - 1])) return false;
  for (let k = Math.max(0, first - 8); k < Math.min(tokens.length, end + 8); k++) {
    if (k >= first && k < end) continue;
    if (ROAD_WORDS.has(keys[k]) || ROAD_SHORT.test(tokens[k].text) || ROAD_HYPHENATED.test(tokens[k].text)) return true;
  }
  return false;
}

/** Lower-case nouns that name a kind of place before its name: "the village of Brin", "the island Busuanga". */
const PLACE_NOUNS = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'villages', 'island', 'islands', 'province', 'provinces', 'region',
  'county', 'district', 'suburb', 'suburbs', 'neighborhood', 'neighbourhood', 'municipality', 'parish', 'commune',
  'prefecture', 'township', 'borough', 'hamlet', 'peninsula', 'archipelago', 'desert', 'capital', 'port',
]);

/**
 * "the village of Brin", "the villages Brin and Djibonker": a lower-case place noun right before
 * the name (or its `of`). "the city's Ottoman past" is no such noun; nor is "state" ("a state of Peace").
 */
function afterPlaceNoun(p: PreparedParagraph, before: number): boolean {
  const { tokens } = p;
  const prev = tokens[before - 1];
  const noun = prev?.key === 'of' ? tokens[before - 2] : prev;
  return noun !== undefined && isWord(noun) && !isCap(noun) && noun.possessiveEnd === undefined && PLACE_NOUNS.has(noun.key);
}

/**
 * "the islands La Désirade, Petite Terre, Marie Galante and Les Saintes": a name after a comma or "and" in a list of
 * capitalised names (each of at most `MAX_LIST_NAME` words) that opens right after a lower-case place noun.
 */
function laterInListAfterPlaceNoun(p: PreparedParagraph, before: number): boolean {
  const { tokens } = p;
  let k = before - 1;
  if (!isListSeparator(tokens[k])) return false;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    // (a separator: checked above, and at the end of the last round; a comma before "and" is part of it, after two
    // names at least: "the towns of Brin, Ashby, and Gilbert", not "the village of Brin, and Gilbert stayed")
    k--;
    const commaBeforeConjunction = isWord(tokens[k + 1]) && tokens[k]?.text === ',';
    if (commaBeforeConjunction) k--;
    let words = 0;
    while (k >= 0 && isCap(tokens[k]) && words < MAX_LIST_NAME) { k--; words++; }
    if (words === 0) return false;
    if (afterPlaceNoun(p, k + 1)) return !commaBeforeConjunction;
    if (!isListSeparator(tokens[k])) return false;
  }
  return false;
}

/** A comma, "and" or "or" between the names of a list. */
function isListSeparator(t: Token | undefined): boolean {
  return t !== undefined && (t.text === ',' || isWord(t) && (t.key === 'and' || t.key === 'or') && !isCap(t));
}

/** How many names back a list is followed to its place noun, and how many words a name of it may have. */
const MAX_LIST_ITEMS = 8;
const MAX_LIST_NAME = 4;

const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
/** Lower-case nouns after a name that belong to an organization ("Reuters reporter", "Acme shareholders"). */
const ORG_BELONGINGS = new Set([
  'reporter', 'reporters', 'correspondent', 'staff', 'staffers', 'employee', 'employees', 'shareholders', 'shares', 'stock',
  'headquarters', 'executives', 'website', 'subscribers', 'customers', 'editors', 'journalists',
]);

/**
 * Acronyms of a company's officers, written after its name ("Zorvex CEO", "Acme CFO"). Its own list:
 * `TITLES` and `ROLE_NOUNS` hold only "CEO" of these, and their other words after a name ("Boston
 * Mayor", "Reuters reporter") say nothing of a company.
 */
const COMPANY_OFFICERS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'cio']);

/** Officers of a company written before "of" and its name ("the chairman of Ford", "the chief executive of Acme"), in lower case or, of `COMPANY_OFFICERS`, as the acronym ("the CEO of Acme"). */
const OFFICERS_OF: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'ceo', 'executive']);

/**
 * Whether the name at `first`…`end` (`before` where its words begin) is the company of an officer:
 * before the office's acronym ("Zorvex CEO Jane Smith"; "Interim CEO" opens the title) or a lower-case
 * "chief executive" ("Ford chief executive Jim Farley"), or after a chairman's or chief executive's "of".
 */
function companyOfOfficer(p: PreparedParagraph, first: number, end: number, before: number): boolean {
  const { tokens, keys } = p;
  const next = tokens[end];
  if (tokens[end - 1].possessiveEnd === undefined && isWord(next)) {
    if (isAllCaps(next) && COMPANY_OFFICERS.has(next.key)) return !(end - first === 1 && TITLE_MODIFIERS.has(keys[first]));
    if (next.key === 'chief' && !isCap(next) && keys[end + 1] === 'executive' && !isCap(tokens[end + 1])) return true;
  }
  const officer = keys[before - 2];
  if (keys[before - 1] !== 'of' || isCap(tokens[before - 1]) || officer === undefined || !OFFICERS_OF.has(officer) || isCap(tokens[before - 2]) && !COMPANY_OFFICERS.has(officer)) return false;
  return officer !== 'executive' || keys[before - 3] === 'chief';
}

/** Lower-case nouns for organizations after "is a" or ", a" ("Acme, a Boston company"). */
const ORG_NOUNS = new Set([
  'company', 'firm', 'corporation', 'organization', 'organisation', 'group', 'band', 'team', 'club', 'agency', 'newspaper',
  'magazine', 'university', 'college', 'school', 'party', 'network', 'publisher', 'charity', 'startup', 'airline', 'bank',
  'broadcaster', 'channel', 'institute', 'foundation', 'nonprofit', 'union', 'association', 'label', 'studio', 'carrier',
]);
/** Most words between the article and the noun of a description ("a small, quiet fishing village"). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * The type a description right after the name gives it: "Temescal is a neighborhood", "Rockridge,
 * a quiet neighborhood", "Acme, a Boston-based company", "Okafor, a veteran lawyer". The first
 * noun of a known kind within a few lower-case words after the article decides.
 */
function describedAs(p: PreparedParagraph, end: number): EntityType | null {
  const { tokens, keys } = p;
  if (tokens[end - 1].possessiveEnd !== undefined) return null;
  let k = end;
  if (tokens[k]?.text === ',') k++;
  else if (keys[k] === 'is' || keys[k] === 'was') k++;
  else return null;
  if (keys[k] !== 'a' && keys[k] !== 'an') return null;
  for (let w = 0; w <= MAX_DESCRIPTION_WORDS; w++) {
    const t = tokens[++k];
    if (!isWord(t) || isCap(t)) return null;
    if (PLACE_NOUNS.has(t.key)) return 'place';
    if (ORG_NOUNS.has(t.key)) return 'organization';
    if (ROLE_NOUNS.has(t.key)) return 'person';
  }
  return null;
}

/** Lower-case nouns for works before a work's title ("the film Watchmen", "his novel Dracula"). */
const WORK_NOUNS = new Set([
  'film', 'films', 'movie', 'movies', 'drama', 'comedy', 'thriller', 'documentary', 'series', 'sitcom', 'miniseries',
  'novel', 'novella', 'book', 'album', 'song', 'single', 'play', 'opera', 'musical', 'poem', 'painting', 'treatise',
  'essay', 'memoir', 'autobiography', 'biography', 'episode', 'video', 'game', 'franchise', 'sequel', 'prequel',
]);

/**
 * 'her 1968 album, "Bayou Teche Waltz,"', 'the song “Jolene”': the name ending at `end` is all a
 * quotation holds (a comma may close it) whose opening mark at `open` comes right after a work
 * noun (or after it and a comma).
 */
function quotedAfterWorkNoun(p: PreparedParagraph, open: number, end: number): boolean {
  const { tokens } = p;
  const close = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  if (close?.text !== '"' && close?.text !== '”') return false;
  let k = open - 1;
  if (tokens[k]?.text === ',') k--;
  return isWorkNoun(tokens[k]);
}

/** Whether a token is a work noun written in lower case, not in the possessive ("film", "album"). */
function isWorkNoun(t: Token | undefined): boolean {
  return t !== undefined && isWord(t) && !isCap(t) && t.possessiveEnd === undefined && WORK_NOUNS.has(t.key);
}

/**
 * A title after a work noun: "the film Watchmen" (right after it), "the romantic comedy, Chasing
 * Liberty (2004)" (after a comma only when a year in parentheses follows, so "in a play, Smith said" stays a name).
 */
function afterWorkNoun(p: PreparedParagraph, before: number, end: number): boolean {
  const { tokens } = p;
  const prev = tokens[before - 1];
  if (isWorkNoun(prev)) return true;
  if (prev?.text === '"' || prev?.text === '“') return quotedAfterWorkNoun(p, before - 1, end);
  if (prev?.text !== ',' || tokens[end]?.text !== '(' || !YEAR.test(tokens[end + 1]?.text ?? '')) return false;
  const noun = tokens[before - 2];
  return isWord(noun) && !isCap(noun) && WORK_NOUNS.has(noun.key);
}

/**
 * "Carrano (2005)" cites an author; "The Lookout (2007)", "Woody Allen's Match Point (2005)" and
 * "Frame Semantics (1976)" (common words) name works: an author's name takes no article or owner.
 */
function citedAuthor(p: PreparedParagraph, first: number, end: number, before: number): boolean {
  const { tokens, keys } = p;
  const prev = tokens[before - 1];
  if (isWord(prev) && (DETERMINERS.has(prev.key) || prev.possessiveEnd !== undefined)) return false;
  if (firstNameGender(keys[first])) return true;
  for (let k = first; k < end; k++) if (!PARTICLES.has(keys[k]) && COMMON_WORDS.has(keys[k])) return false;
  return true;
}

/** Punctuation that opens a citation or the next one in a list: "(Porte, 2012; Laws, 2016)". */
const CITATION_OPENERS = new Set(['(', '[', ';']);
/** Punctuation that may follow a citation's year: "2012)", "2012;", "2011, p. 4". */
const AFTER_CITATION_YEAR = new Set([')', ']', ';', ',', ':']);

/**
 * "(Porte, 2012)", "(Brieber 2014; Binderman et al., 2005)": a capitalised word right after an
 * opening parenthesis or a semicolon that starts an author citation is a surname, though a capital
 * there proves nothing. A common word needs the citation's comma ("Laws, 2016"): "(Summer 2010)" is a season.
 */
function opensCitation(p: PreparedParagraph, i: number): boolean {
  const prev = p.tokens[i - 1];
  if (!prev || !CITATION_OPENERS.has(prev.text)) return false;
  if (p.tokens[i].possessiveEnd !== undefined) return false;
  // "(Parry (1929) on Homer"
  if (p.tokens[i + 1]?.text === '(' && YEAR.test(p.tokens[i + 2]?.text ?? '') && p.tokens[i + 3]?.text === ')') return !COMMON_WORDS.has(p.keys[i]);
  if (!inCitation(p, i, i + 1)) return false;
  return !COMMON_WORDS.has(p.keys[i]) || p.tokens[i + 1]?.text === ',' || p.keys[i + 1] === 'et' || p.tokens[i + 1]?.text === '&';
}

/**
 * An author in a citation: "(Boot, Kramer, & Gratton, 2008)", "Marsden, Williams, & Liu, 2013",
 * "Vandergrift and Cross 2017": names joined by commas, `&` or `and` up to a year, inside
 * parentheses or with an ampersand.
 */
function inCitation(p: PreparedParagraph, first: number, end: number): boolean {
  const { tokens } = p;
  let amp = tokens[first - 1]?.text === '&';
  for (let k = end, steps = 0; k < tokens.length && steps < 24; k++, steps++) {
    const t = tokens[k];
    if (isYear(t.text)) {
      if (tokens[end - 1].possessiveEnd !== undefined) return false;
      if (amp) return true;
      // "Vandergrift and Cross 2017"; "(Brieber 2014;": a bare year only in a parenthesised list
      if (k === end && k > first && tokens[first - 1]?.key === 'and') return true;
      if (k === end && !AFTER_CITATION_YEAR.has(tokens[k + 1]?.text ?? '')) return false;
      return inParentheses(tokens, first);
    }
    if (t.text === '&') amp = true;
    else if (t.text === ',' || t.key === 'and' || t.key === 'et' || t.key === 'al' || t.text === '.') continue;
    else if (!isCap(t)) return false;
  }
  return false;
}

/**
 * `YEAR.test(text)`, the expression run only on a word that may be a year (four or five units from
 * a "1" or "2"): `inCitation` asks it of the words after every name it reads.
 */
function isYear(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 49 || c === 50) && (text.length === 4 || text.length === 5) && YEAR.test(text);
}

/** Farthest back a citation list's opening parenthesis is looked for (lists of ten authors and years fit). */
const MAX_CITATION_LIST = 64;

/** Whether an opening parenthesis stands before token `i` in its sentence (a citation list's semicolons included). */
function inParentheses(tokens: readonly Token[], i: number): boolean {
  for (let b = i - 1, back = 0; b >= 0 && back < MAX_CITATION_LIST; b--, back++) {
    const t = tokens[b].text;
    if (t === '(' || t === '[') return true;
    // "et al." ends no sentence
    if (t === '.' && tokens[b - 1]?.key === 'al') continue;
    if (t === ')' || t === ']' || t !== ';' && SENTENCE_END.has(t)) return false;
  }
  return false;
}

/** Roles written around a person's name: "opposition leader X", "Guaidó’s wife, X", "X, the leader of …". */
function findRoles(text: string, p: PreparedParagraph, start: number, end: number, roles: ListCollector<string>): void {
  const { tokens } = p;
  const prev = tokens[start - 1];
  if (isWord(prev) && !isCap(prev) && ROLE_NOUNS.has(prev.key)) {
    const mod = tokens[start - 2];
    const withMod = isWord(mod) && !isCap(mod) && !NOT_NAMES.has(mod.key) && !INFLECTED_ENDING.test(mod.key) && mod.possessiveEnd === undefined;
    roles.add(text.slice((withMod ? mod : prev).start, prev.end));
    return;
  }
  if (prev?.text === ',') {
    // appositive before: from a determiner or possessive name back from the comma
    for (let k = start - 2, steps = 0; k >= 0 && steps < 7; k--, steps++) {
      const tk = tokens[k];
      if (!isWord(tk)) break;
      if (DETERMINERS.has(tk.key) || tk.possessiveEnd !== undefined) {
        if (hasRoleNoun(tokens, k + 1, start - 1)) roles.add(text.slice(tk.start, tokens[start - 2].end));
        break;
      }
    }
  }
  const office = officeTakenEnd(p, end);
  if (office > 0) roles.add(text.slice(tokens[end + 1].start, tokens[office - 1].end));
  const next = tokens[end];
  if (next?.text === ',' && isWord(tokens[end + 1]) && DETERMINERS.has(tokens[end + 1].key)) {
    // appositive after: ", the leader of the party,"
    for (let k = end + 2, steps = 0; k < tokens.length && steps < 8; k++, steps++) {
      if (isWord(tokens[k])) continue;
      if (tokens[k].text === ',' || tokens[k].text === '.') {
        if (hasRoleNoun(tokens, end + 2, k)) roles.add(text.slice(tokens[end + 1].start, tokens[k - 1].end));
      }
      break;
    }
  }
}

/** Verbs by which a person takes the office named right after them. */
const TAKES_OFFICE: ReadonlySet<string> = new Set(['became', 'becomes']);

/** "Pelosi became Speaker of the House": the end of the capitalised title after a verb of taking office at token `at`, else -1. */
function officeTakenEnd(p: PreparedParagraph, at: number): number {
  const { tokens, keys } = p;
  if (!isWord(tokens[at]) || !TAKES_OFFICE.has(keys[at]) || !isCap(tokens[at + 1])) return -1;
  const title = TITLES.longestAt(keys, at + 1);
  return title === null ? -1 : at + 1 + title.length + officeSuffixLength(p, at + 1 + title.length);
}

/** Whether one of `tokens[from, to)` is a role noun in lower case. */
function hasRoleNoun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ROLE_NOUNS.has(tokens[k].key) && !isCap(tokens[k])) return true;
  return false;
}

/** "the Department of Justice (DOJ)": the acronym in parentheses right after a name is that name. */
function linkAcronyms(cands: NameCandidate[], firstTokens: number[], tokens: Token[], base: number): void {
  for (let c = 1; c < cands.length; c++) {
    const acro = cands[c];
    const long = cands[c - 1];
    const labelled = labelledCodeOf(cands, c, firstTokens, tokens, base);
    if (labelled >= 0) {
      acro.acronymOf = labelled;
      continue;
    }
    if (acro.tokens.length !== 1 || acro.acronymOf !== undefined) continue;
    // (the parentheses first: most names of one word stand in none, and their shape is not tested)
    const open = firstTokens[c] - 1;
    const before = tokens[open];
    if (before?.text !== '(' || tokens[open + 2]?.text !== ')') continue;
    // "(DOJ)", "(ACPeds)": capitals first, lower-case letters after them allowed
    if (!ACRONYM_SHAPE.test(acro.text)) continue;
    if (tokens[open - 1] && tokens[open - 1].end + base !== (long.possessive?.end ?? long.span.end)) continue;
    const initials = long.tokens.filter((t) => UPPER_FIRST.test(t.text)).map((t) => t.text[0]).join('');
    const letters = acro.text.replace(NOT_CAPITALS, '');
    if (letters[0] !== initials[0] || letters.length > initials.length + 2) continue;
    acro.acronymOf = c - 1; // paragraph-local: the caller makes it a document index
    acro.type = long.type;
    acro.typeStrength = long.typeStrength;
  }
}
