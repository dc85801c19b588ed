/**
 * Short forms of institutions and places that only their context tells: "the Society of the
 * Cincinnati … members of the Society", "Jack London Square … makes the Square interesting",
 * "County of Maui … the County did" (a head word alone after "the"), and "Suffolk University … At
 * Suffolk she studied" (a school's place after "at"); and a longer name's first words or last
 * acronym written alone ("Goldman Sachs … Goldman", "Air Force ROTC … ROTC", `linkPartShortForms`).
 */
import { DistinctCollector } from '../distinctList';
import { NO_BYTES, sameList, sameListBy } from '../lists';
import { clearWithMemos } from '../memo';
import { PERSON_VERBS } from './findMentions';
import type { NameCandidate, NameInfo, NameToken } from './nameTypes';
import type { PartNames } from './paragraphNames';
import { isGenericWord, qualifiesPlace } from './nested';
import { BUILDING_HEADS, DEMONYMS, EATERY_HEADS, firstNameGender, isHeadWord, LEXICON, NAME_OPENERS, namesEponymNoun, NOT_NAMES, ORG_HEADS, OTHER_WORDS, PARTICLES, PEOPLES, PLACE_HEADS, TRADE_HEADS } from './names';
import { skips, type PassFilter } from './passFilter';
import { TITLES } from './titles';

/**
 * Last words that make no name a place by themselves but that stand for one after "the": "in the States" (the United States),
 * "in the Keys" (the Florida Keys; a person's "Alicia Keys" has no head word).
 */
const SHORT_FORM_HEADS: ReadonlySet<string> = new Set(['states', 'keys', 'cays', 'isles']);

function isShortFormHead(key: string): boolean {
  return ORG_HEADS.has(key) || PLACE_HEADS.has(key) || BUILDING_HEADS.has(key) || SHORT_FORM_HEADS.has(key);
}

/**
 * The head word of a name of two words or more that is no person's: its last word ("Jack London
 * Square") or the word before "of" that opens it ("County of Maui"); undefined otherwise.
 */
export function headWordOf(c: NameCandidate): string | undefined {
  return c.type === 'person' ? undefined : headWordOfWords(c.tokens);
}

/** `headWordOf` a name of these words, whatever its type. */
export function headWordOfWords(t: readonly NameToken[]): string | undefined {
  if (t.length < 2) return undefined;
  if (t.length > 2 && t[1].key === 'of' && isShortFormHead(t[0].key)) return t[0].key;
  const last = t[t.length - 1].key;
  return isShortFormHead(last) ? last : undefined;
}

/** A letter. */
const LETTER = /\p{L}/u;
/** The spaces and the word right after a name (`personVerbAfter`). */
const NEXT_WORD = /^ +(\p{L}+)/u;

/**
 * Whether `word` (lower case), a whole word, stands one space before the candidate: in lower case
 * only ("the Society"), or in any case when `anyCase` ("at Suffolk", "The Mason Jar").
 */
function afterWord(text: string, c: NameCandidate, word: string, anyCase: boolean): boolean {
  const s = c.span.start;
  const from = s - 1 - word.length;
  if (from < 0 || text.charCodeAt(s - 1) !== 32) return false;
  return isWrittenAt(text, from, word, anyCase) && !LETTER.test(text.charAt(from - 1));
}

/**
 * Whether `text` has `word` (lower-case ASCII letters) at `at`, or with `anyCase` in any case: read in
 * place, without a slice. (No other letter lower-cases to an ASCII one but the Kelvin sign, to "k".)
 */
function isWrittenAt(text: string, at: number, word: string, anyCase: boolean): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(anyCase && c === w - 32) && !(anyCase && w === 107 && c === 0x212a)) return false;
  }
  return true;
}

/**
 * Whether `linkHeadShortForms` may read or link the candidate, by its words and the text before
 * it (`text`, which holds the candidate's paragraph at least: the text it reads lies inside it):
 * a name with a head word (`head`: `headWordOfWords` of its words, which callers keep), or one word after "the".
 */
export function mayBeHeadShortForm(text: string, c: NameCandidate, head: string | undefined): boolean {
  return head !== undefined || (c.tokens.length === 1 && afterWord(text, c, 'the', false));
}

/**
 * Marks each head word alone after "the" (`aliasOf`) as a short form of the latest earlier name
 * with that head word, in one pass over the candidates; a name ending in "State" ("Ohio State", a
 * school) is no such name. A government's head with no such name before it ("the State") joins the
 * one government of that head named later (`linkGovernmentNamedLater`); any other head word with no
 * name before it, a title alone ("the Secretary") and a name with a possessive are left alone. `filter` (see
 * `PassFilter`) keeps every candidate `mayBeHeadShortForm` accepts. `heads`, when given, holds
 * `headWordOfWords` of each candidate's words (worked out per paragraph: the words are not read here).
 */
export function linkHeadShortForms(text: string, cands: NameCandidate[], filter?: PassFilter, heads?: readonly (string | undefined)[]): void {
  const latest = new Map<string, number>();
  // government heads already looked up after a "the State": a later one before any name with that head would find the same
  let governmentsLookedUp: Set<string> | undefined;
  for (let k = 0; k < cands.length; k++) {
    if (skips(filter, k)) continue;
    const c = cands[k];
    const head = heads === undefined ? headWordOf(c) : c.type === 'person' ? undefined : heads[k];
    if (head !== undefined) {
      if (!namesNoGovernment(c, head)) latest.set(head, k);
      continue;
    }
    if (c.tokens.length !== 1 || c.aliasOf !== undefined || c.acronymOf !== undefined || c.titleOnly || c.title) continue;
    const target = latest.get(c.tokens[0].key);
    if (!afterWord(text, c, 'the', false)) continue;
    if (target !== undefined) c.aliasOf = target;
    else if (GOVERNMENT_HEADS.has(c.tokens[0].key) && !governmentsLookedUp?.has(c.tokens[0].key)) {
      (governmentsLookedUp ??= new Set()).add(c.tokens[0].key);
      linkGovernmentNamedLater(cands, k);
    }
  }
}

/** Heads of governments that legal and official texts call by the head alone ("the State", "the County"). */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['state', 'commonwealth', 'county', 'city']);

/**
 * Whether a name with a government's head word is no government's name: a name that ends in
 * "State" is a school or its team ("Ohio State", "Penn State"); the government puts its head first
 * ("State of Ohio"). "Los Angeles County" and "New York City" are the governments' own names.
 */
function namesNoGovernment(c: NameCandidate, head: string): boolean {
  return head === 'state' && c.tokens[0].key !== 'state';
}

/** Whether two names have the same words, folded: "STATE OF OHIO" and "State of Ohio". */
function sameKeys(a: NameCandidate, b: NameCandidate): boolean {
  return a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t.key === b.tokens[i].key);
}

/**
 * "at the trial, the State … The State of Ohio had then directed the jury": a government's head
 * alone before any name with that head joins the one government of that head named later (two
 * different ones, "State of Ohio" and "State of Texas", leave it alone; "Ohio State" is none). The
 * later name links to it.
 */
function linkGovernmentNamedLater(cands: NameCandidate[], k: number): void {
  const head = cands[k].tokens[0].key;
  let named = -1;
  for (let j = k + 1; j < cands.length; j++) {
    if (headWordOf(cands[j]) !== head || namesNoGovernment(cands[j], head)) continue;
    if (named >= 0 && !sameKeys(cands[j], cands[named])) return;
    if (named < 0) named = j;
  }
  if (named >= 0) cands[named].aliasOf ??= k;
}

/** Heads of schools, which people are "at" ("a student at Harvard", "research at Helsinki"). */
const SCHOOL_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'school', 'academy', 'institute', 'polytechnic']);

/** The place a school's name is made of: "suffolk" for Suffolk University and for University of Suffolk. */
export function schoolPlaceOf(c: NameCandidate): string | undefined {
  const t = c.tokens;
  if (t.length === 2 && SCHOOL_HEADS.has(t[1].key)) return t[0].key;
  if (t.length === 3 && t[1].key === 'of' && SCHOOL_HEADS.has(t[0].key)) return t[2].key;
  return undefined;
}

/**
 * Whether `linkSchoolShortForms` may read or link the candidate, by its words and the text before
 * it (`text`, which holds the candidate's paragraph at least): a school's name, or one word after "at".
 */
export function mayBeSchoolShortForm(text: string, c: NameCandidate): boolean {
  return schoolPlaceOf(c) !== undefined || (c.tokens.length === 1 && afterWord(text, c, 'at', true));
}

/**
 * Marks each one-word name after "at" (`aliasOf`) that names the place of an earlier school
 * ("Suffolk University", "University of Helsinki") as a short form of that school: "At Suffolk she
 * earned a degree", "he began research at Helsinki". Elsewhere ("moved to Helsinki") the place is the city.
 * `filter` (see `PassFilter`) keeps every candidate `mayBeSchoolShortForm` accepts.
 */
export function linkSchoolShortForms(text: string, cands: NameCandidate[], filter?: PassFilter): void {
  let schools: Map<string, number> | undefined;
  for (let k = 0; k < cands.length; k++) {
    if (skips(filter, k)) continue;
    const c = cands[k];
    const place = schoolPlaceOf(c);
    if (place !== undefined) {
      (schools ??= new Map()).set(place, k);
      continue;
    }
    if (!schools || c.tokens.length !== 1 || c.aliasOf !== undefined || c.acronymOf !== undefined || c.title) continue;
    const target = schools.get(c.tokens[0].key);
    if (target === undefined || !afterWord(text, c, 'at', true)) continue;
    c.aliasOf = target;
    // the school's type, surely: its cluster gets no place vote, so "moved to Helsinki" stays the city
    c.type = cands[target].type;
    c.typeStrength = 2;
  }
}

/** The word right after the candidate is one only people do ("Kossuth Lajos said"). */
function personVerbAfter(text: string, c: NameCandidate): boolean {
  const next = NEXT_WORD.exec(text.slice(c.span.end, c.span.end + 24));
  return next !== null && PERSON_VERBS.has(next[1].toLowerCase());
}

/**
 * Whether `retypePlaceShortForms` may read or retype the candidate, by its words: its two tests
 * without the types and strengths, which other passes may still change.
 */
export function mayBePlaceShortForm(c: NameCandidate): boolean {
  return endsInPlaceKind(c.tokens) || mayBeRetypedPlace(c);
}

/** A name of more than two words ending in a place's kind word ("Naqsh-e Jahan Square"). */
function endsInPlaceKind(t: readonly NameToken[]): boolean {
  return t.length > 2 && PLACE_HEADS.has(t[t.length - 1].key);
}

/** A name of two words or more with no role or possessive, which the words of a place may retype. */
function mayBeRetypedPlace(c: NameCandidate): boolean {
  return c.tokens.length >= 2 && !c.roles.length && !c.possessive;
}

/**
 * "Naqsh-e Jahan Square … north of Naqsh-e Jahan": an unknown name of several words is a person by
 * a guess only, so where an earlier place of the text is that name plus its kind word it is that
 * place. A first name or a title makes a surer person ("Jack London Square" … "Jack London"), and
 * so do a role, a possessive or a person's verb after the name ("Kossuth Lajos said").
 * `filter` (see `PassFilter`) keeps every candidate `mayBePlaceShortForm` accepts.
 */
export function retypePlaceShortForms(text: string, cands: NameCandidate[], filter?: PassFilter): void {
  let places: Set<string> | undefined;
  for (let k = 0; k < cands.length; k++) {
    if (skips(filter, k)) continue;
    const c = cands[k];
    const t = c.tokens;
    if (c.type === 'place' && c.typeStrength >= 1 && endsInPlaceKind(t)) {
      (places ??= new Set()).add(t.slice(0, -1).map((w) => w.key).join(' '));
      continue;
    }
    if (!places || c.type !== 'person' || c.typeStrength !== 1 || !mayBeRetypedPlace(c)) continue;
    if (!places.has(t.map((w) => w.key).join(' ')) || personVerbAfter(text, c)) continue;
    c.type = 'place';
  }
}

/**
 * A name of several words that a part of it written alone may stand for: an organization's or a
 * place's, not a known one (its short forms are known: "United" is no United States; but for
 * "Goldman Sachs", `LexiconEntry.founders`) nor two names joined ("Carrano & Biewener", "Barnes and Noble").
 */
function mayBeShortened(c: NameCandidate): boolean {
  if (c.tokens.length < 2 || c.titleOnly || (c.type !== 'organization' && c.type !== 'place')) return false;
  if (c.text.includes('&') || c.tokens.some((t) => t.key === 'and')) return false;
  const known = LEXICON.get(c.tokens.map((t) => t.key));
  return known === undefined || known.founders === true;
}

/** A name written alone that may be a part of a longer one: no title or role ("analyst Morgan"), not linked already ("Meridian said" may be a firm's). */
function mayBePart(c: NameCandidate): boolean {
  return c.aliasOf === undefined && c.acronymOf === undefined && !c.titleOnly && !c.title && !c.roles.length;
}

/**
 * Marks a name written alone as a short form (`aliasOf`) of the one longer organization or place
 * of the article it is a part of, written before it:
 * - its first words: "Levico Terme, Trento … here in Levico", "Goldman Sachs … Goldman"
 *   (`leadingShortForm`); written after it, the longer name is linked to it ("Goldman" in a headline);
 * - an acronym ending it: "in Air Force ROTC … the Academy and ROTC" (`trailingAcronym`);
 * - a place to eat's name without its head, after "the" in `text` (the masked document), written after the full name:
 *   "The Mason Jar Cafe … The Mason Jar" (`eateryShortForm`).
 * Not where two longer names share that part ("Army ROTC", "Navy ROTC"). One pass over the
 * candidates; the rest looks only at the few names that are a part of another.
 * `known` (see `PartLinkContext`) lets it read only the few candidates that are a part of a longer
 * name; without it (a pass changed the names' words) the same is worked out afresh from the
 * candidates as they are (`contextOfCandidates`), so both read the same names and people.
 */
export function linkPartShortForms(text: string, cands: NameCandidate[], infos: readonly NameInfo[], known?: PartLinkContext): void {
  const context = known ?? contextOfCandidatesCached(cands, infos);
  const longer = presentLongerNames(cands, infos, context);
  if (!longer) return;
  for (let k = 0; k < cands.length; k++) {
    if ((context.flags[k] & context.part) === 0) continue;
    const c = cands[k];
    if (!mayBePart(c)) continue;
    const key = infos[k].parts.full;
    const extended = longer.extending(key);
    if (extended !== undefined && extended.length) {
      const name = shortestExtended(extended);
      if (name === undefined) continue;
      const eatery = eateryShortForm(text, c, key, name);
      if (!eatery && !leadingShortForm(c, key, name)) continue;
      // "SCBA … a member of the SCBA Bar", a headline's "Goldman" before "Goldman Sachs": the longer name joins the short one
      const before = latestBefore(cands, infos, k, name, context);
      // (a place to eat goes by its name without the head only once written in full)
      const other = before >= 0 ? before : eatery ? -1 : firstAfter(cands, infos, k, name, context);
      // (a place to eat's short form is a place only by its article after "at", "in": "ate at the Mason Jar")
      if (other < 0 || otherType(c, cands[other]) && !(eatery && c.typeStrength === 0)) continue;
      if (namesPersonIn(c, cands, infos, context)) continue;
      if (before >= 0) c.aliasOf = before;
      else cands[other].aliasOf = k;
      // typed by a guess or not at all ("the SCBA"), it is of the longer name's type
      if (c.type === 'other' || (c.type === 'person' && c.typeStrength < 2)) c.type = cands[other].type;
    } else if (longer.anyAcronym && c.tokens.length === 1 && isAllCapitals(c.text)) {
      const names = longer.endingIn(key);
      const target = names !== undefined && names.length === 1 && trailingAcronym(c, names[0]) ? latestBefore(cands, infos, k, names[0], context) : -1;
      if (target >= 0) c.aliasOf = target;
    }
  }
}

/** The document's longer names (of the candidates of several words, no title alone) that `linkPartShortForms` looks a part up in. */
interface LongerNames {
  /** The distinct longer names that go on from `key` after a space ("goldman sachs" for "goldman"). */
  extending(key: string): readonly string[] | undefined;
  /** Some longer name ends in an acronym ("Air Force ROTC"). */
  anyAcronym: boolean;
  /** The distinct longer names ending in the acronym whose key is `key`. */
  endingIn(key: string): readonly string[] | undefined;
}

/** Adds `name` to the distinct names of `key`. */
function addName(map: Map<string, string[]>, key: string, name: string): void {
  const names = map.get(key);
  if (!names) map.set(key, [name]);
  else if (!names.includes(name)) names.push(name);
}

/** A name of several words whose last word is written as an acronym of three letters or more ("Air Force ROTC"). */
function endsInAcronym(c: NameCandidate): boolean {
  const last = c.tokens[c.tokens.length - 1];
  return last.text.length > 2 && isAllCapitals(last.text);
}

/** Written in capitals only, two or more, any script, "&" too ("ROTC", "AT&T"): `/^[\p{Lu}&]{2,}$/u`, ASCII without the expression. */
function isAllCapitals(text: string): boolean {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 128) ascii = false;
    else if (!((ch >= 65 && ch <= 90) || ch === 38)) return false;
  }
  return ascii ? text.length >= 2 : ACRONYM.test(text);
}

const ACRONYM = /^[\p{Lu}&]{2,}$/u;

/**
 * The `PartNames` of a cached candidate list (never changed: the copies of it are), or of the
 * document's candidates as they are (`contextOfCandidates`), with the `infos` of its candidates;
 * bit `titleBit` of `flags[k]` says whether a title pass may make candidate k a title alone (a bit,
 * not a function: no closure made per paragraph; `titleBit` 0 for none, `flags` then unread).
 */
export function partNamesOf(source: readonly NameCandidate[], infos: readonly NameInfo[], flags: Uint8Array, titleBit: number): PartNames {
  let oneWordAcronym: Uint8Array | undefined;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c.tokens.length === 1 && isAllCapitals(c.text)) (oneWordAcronym ??= new Uint8Array(source.length))[k] = 1;
    if (c.tokens.length < 2 || c.titleOnly) continue;
    const name = infos[k].parts.full;
    if (titleBit !== 0 && (flags[k] & titleBit) !== 0) {
      partNames.titled.add(name);
      if (endsInAcronym(c)) partNames.titledAcronyms.add(name);
    } else {
      partNames.sure.add(name);
      if (endsInAcronym(c)) partNames.sureAcronyms.add(name);
    }
  }
  return {
    sure: partNames.sure.takeDistinct(), sureAcronyms: partNames.sureAcronyms.takeDistinct(), titled: partNames.titled.takeDistinct(),
    titledAcronyms: partNames.titledAcronyms.takeDistinct(), oneWordAcronym, flagsCache: undefined,
  };
}

/** Where `partNamesOf` collects the lists of `PartNames` (a paragraph has few names: most lists stay empty, and share one). */
const partNames = {
  sure: new DistinctCollector(), sureAcronyms: new DistinctCollector(), titled: new DistinctCollector(), titledAcronyms: new DistinctCollector(),
};

/**
 * Lists candidate `k` (`c`, named `info`) under its name if it has several words, titles alone included.
 * It and `addPersonWords` read of a candidate only what `NameInfo` and `partFacts` cover: the lists of a
 * context `contextOfCandidatesCached` hands out again were made from the last analysis's candidates.
 */
function addWrittenName(map: Map<string, number[]>, c: NameCandidate, k: number, info: NameInfo): void {
  if (c.tokens.length > 1) addCandidate(map, info.parts.full, k);
}

/**
 * Lists candidate `k` (`c`) under each of its words (no particles) if it may name a person: with a title,
 * a role or several words (whatever its type: `namesAPerson` may take it as the passes leave it).
 */
function addPersonWords(map: Map<string, number[]>, c: NameCandidate, k: number): void {
  if (c.title || c.roles.length || c.tokens.length > 1) for (const t of c.tokens) if (!PARTICLES.has(t.key)) addCandidate(map, t.key, k);
}

/**
 * The longer names of every paragraph's `PartNames`, those a title pass may take away included:
 * by each part they go on from ("goldman" and "goldman sachs" for Goldman Sachs Group) and by the
 * acronym they end in. The same object while the paragraphs' names are the same (`partIndexOf`).
 */
export interface PartIndex {
  /** The distinct names that go on from each part, after a space. */
  extending: Map<string, string[]>;
  /** The distinct names ending in each acronym (by its key). */
  endingIn: Map<string, string[]>;
  /** The names of `PartNames.sure`, and the names of `PartNames.sureAcronyms`, of every paragraph. */
  sure: Set<string>;
  sureAcronyms: Set<string>;
  /** Some paragraph has `PartNames.titled` names: the document's candidates are read for the titles they became. */
  anyTitled: boolean;
  /**
   * The document's candidates (their indices) of each name of several words (`addWrittenName`), in order;
   * undefined until `candidatesWriting` first needs it (most documents link no part of a longer name, and never read it).
   * By candidate, not by paragraph: a document read as one paragraph (`contextOfCandidates`) made each look a walk over all of them.
   */
  candidatesOf: Map<string, number[]> | undefined;
  /** The candidates that may name a person by each of their words (`addPersonWords`), in order; made as `candidatesOf` is (`candidatesWithPersonWordOf`). */
  candidatesWithPersonWord: Map<string, number[]> | undefined;
  /** The paragraphs' names it was built from, in order. */
  sources: readonly PartNames[];
  /** A number no other index has. */
  version: number;
}

let partIndexVersion = 0;

let lastPartIndex: PartIndex | null = null;
clearWithMemos(() => {
  lastPartIndex = null;
});

/** The `PartIndex` of the paragraphs' names: the last one while every paragraph's names are the same (a keystroke rarely changes a longer name). */
export function partIndexOf(sources: readonly PartNames[]): PartIndex {
  const last = lastPartIndex;
  if (last !== null && sameListBy(sources, last.sources, sameNames)) {
    last.sources = sources;
    // (the candidates of each name and person word, if listed, were the last analysis's: listed again on use)
    last.candidatesOf = last.candidatesWithPersonWord = undefined;
    return last;
  }
  return (lastPartIndex = newPartIndex(sources));
}

/** The `PartIndex` of the paragraphs' names, made afresh. */
function newPartIndex(sources: readonly PartNames[]): PartIndex {
  const extending = new Map<string, string[]>();
  const endingIn = new Map<string, string[]>();
  const sure = new Set<string>();
  const sureAcronyms = new Set<string>();
  let anyTitled = false;
  // (indexed loops: run once per analysis, these for-ofs stayed unoptimised and made an iterator
  // result per name, about 250 KB per analysis of a 20,000-word text)
  for (let i = 0; i < sources.length; i++) {
    const p = sources[i];
    for (let j = 0; j < p.sure.length; j++) {
      const name = p.sure[j];
      if (sure.has(name)) continue;
      sure.add(name);
      addExtending(extending, name);
    }
    for (let j = 0; j < p.sureAcronyms.length; j++) {
      const name = p.sureAcronyms[j];
      if (sureAcronyms.has(name)) continue;
      sureAcronyms.add(name);
      addEndingIn(endingIn, name);
    }
    if (p.titled.length) anyTitled = true;
  }
  for (let i = 0; i < sources.length; i++) {
    const p = sources[i];
    for (let j = 0; j < p.titled.length; j++) if (!sure.has(p.titled[j])) addExtending(extending, p.titled[j]);
    for (let j = 0; j < p.titledAcronyms.length; j++) if (!sureAcronyms.has(p.titledAcronyms[j])) addEndingIn(endingIn, p.titledAcronyms[j]);
  }
  return {
    extending, endingIn, sure, sureAcronyms, anyTitled, candidatesOf: undefined, candidatesWithPersonWord: undefined, sources, version: ++partIndexVersion,
  };
}

/**
 * Lists `name` under each of its beginnings of whole words ("major league" for Major League Baseball). Module-level,
 * as `addEndingIn`: a closure made per call loses its optimised code at each full collection (see core/shapes.ts).
 */
function addExtending(extending: Map<string, string[]>, name: string): void {
  for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) addName(extending, name.slice(0, space), name);
}

/** Lists a name ending in an acronym under its last word, the acronym. */
function addEndingIn(endingIn: Map<string, string[]>, name: string): void {
  addName(endingIn, name.slice(name.lastIndexOf(' ') + 1), name);
}

/** `index.candidatesOf`, made on first use from the document's candidates. */
function candidatesWriting(index: PartIndex, cands: readonly NameCandidate[], infos: readonly NameInfo[]): Map<string, number[]> {
  return (index.candidatesOf ??= candidatesByKey(cands, infos, addWrittenName));
}

/** `index.candidatesWithPersonWord`, made on first use from the document's candidates. */
function candidatesWithPersonWordOf(index: PartIndex, cands: readonly NameCandidate[], infos: readonly NameInfo[]): Map<string, number[]> {
  return (index.candidatesWithPersonWord ??= candidatesByKey(cands, infos, addPersonWords));
}

/** The candidates (indices in `cands`) under each key `addKeys` lists them, in order (`addCandidate` lists a candidate once). */
function candidatesByKey(
  cands: readonly NameCandidate[], infos: readonly NameInfo[], addKeys: (map: Map<string, number[]>, c: NameCandidate, k: number, info: NameInfo) => void,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let k = 0; k < cands.length; k++) addKeys(map, cands[k], k, infos[k]);
  return map;
}

/** Adds candidate `k` to the candidates of `key` (in order, each once: a name may repeat a word). */
function addCandidate(map: Map<string, number[]>, key: string, k: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [k]);
  else if (list[list.length - 1] !== k) list.push(k);
}

/** Whether two paragraphs' `PartNames` add the same longer names. */
function sameNames(a: PartNames, b: PartNames): boolean {
  return sameList(a.sure, b.sure) && sameList(a.sureAcronyms, b.sureAcronyms) && sameList(a.titled, b.titled) && sameList(a.titledAcronyms, b.titledAcronyms);
}

/**
 * 1 for each candidate of the list (`infos` its candidates' names) that is a part of a longer name
 * of `index`, or one word written as an acronym some longer name ends in: only those may
 * `linkPartShortForms` link. Kept with the list's names for the last index asked about. A list
 * with none gets one shared empty array: compare entries with 1 (past its end they are undefined).
 */
export function partShortFormsOf(names: PartNames, infos: readonly NameInfo[], index: PartIndex): Uint8Array {
  if (names.flagsCache?.version === index.version) return names.flagsCache.flags;
  let flags: Uint8Array | undefined;
  const acronyms = names.oneWordAcronym;
  for (let k = 0; k < infos.length; k++) {
    const key = infos[k].parts.full;
    if (index.extending.has(key) || (acronyms !== undefined && acronyms[k] === 1 && index.endingIn.has(key))) (flags ??= new Uint8Array(infos.length))[k] = 1;
  }
  names.flagsCache = { version: index.version, flags: flags ?? NO_BYTES };
  return names.flagsCache.flags;
}

/**
 * What lets `linkPartShortForms` read only the candidates that may be a part of a longer name:
 * the document's `PartIndex`, and per candidate (by document index) `flags`, with bit `part` where
 * `partShortFormsOf` found it one and bit `title` where a title pass may have made it a title alone.
 */
export interface PartLinkContext {
  index: PartIndex;
  flags: Uint8Array;
  part: number;
  title: number;
}

/**
 * The `PartLinkContext` of the candidates as they are now, read as one paragraph that no title pass
 * is still to change: for `linkPartShortForms` after a pass changed the names' words, where the
 * cached lists' names no longer hold. (Not kept as the document's last index: the next analysis
 * would not find its own.)
 */
function contextOfCandidates(cands: readonly NameCandidate[], infos: readonly NameInfo[]): PartLinkContext {
  const names = partNamesOf(cands, infos, NO_BYTES, 0);
  const index = newPartIndex([names]);
  return { index, flags: partShortFormsOf(names, infos, index), part: 1, title: 0 };
}

/**
 * `contextOfCandidates`, the last one while every candidate has the same name (`NameInfo`: its text and
 * words) and the same facts `partNamesOf` reads besides (`partFacts`). A strip in a news text (its
 * demonyms before names) makes every keystroke work out the context afresh, mostly for the same names.
 */
function contextOfCandidatesCached(cands: readonly NameCandidate[], infos: readonly NameInfo[]): PartLinkContext {
  const last = lastCandidateContext;
  // (its lists of candidates by name and person word, if made, are the last analysis's, with these names and facts: all they read)
  if (last !== null && sameNamesAndFacts(last, cands, infos)) return last.context;
  const facts = new Uint8Array(cands.length);
  for (let k = 0; k < cands.length; k++) facts[k] = partFacts(cands[k]);
  const context = contextOfCandidates(cands, infos);
  lastCandidateContext = { infos: infos.slice(), facts, context };
  return context;
}

/** The candidates' names and `partFacts` the last `contextOfCandidatesCached` worked out its context from. */
let lastCandidateContext: { infos: readonly NameInfo[]; facts: Uint8Array; context: PartLinkContext } | null = null;
clearWithMemos(() => {
  lastCandidateContext = null;
});

/** Whether the candidates have the names and `partFacts` of the last context's. */
function sameNamesAndFacts(last: NonNullable<typeof lastCandidateContext>, cands: readonly NameCandidate[], infos: readonly NameInfo[]): boolean {
  if (last.infos.length !== infos.length) return false;
  for (let k = 0; k < infos.length; k++) if (last.infos[k] !== infos[k] || last.facts[k] !== partFacts(cands[k])) return false;
  return true;
}

/** What `partNamesOf` reads of a candidate besides its name: whether it has a title, roles, and is a title alone, as bits. */
function partFacts(c: NameCandidate): number {
  return (c.title ? 1 : 0) | (c.roles.length ? 2 : 0) | (c.titleOnly ? 4 : 0);
}

/**
 * The longer names of `known.index` the candidates have now: each title a pass made a title alone
 * ("Attorney General" after a name) is no longer name.
 */
function presentLongerNames(cands: readonly NameCandidate[], infos: readonly NameInfo[], known: PartLinkContext): LongerNames | undefined {
  const { index, flags, title } = known;
  // the titled names still written as names
  let titled: Set<string> | undefined;
  let titledAcronyms: Set<string> | undefined;
  if (index.anyTitled) {
    for (let k = 0; k < cands.length; k++) {
      if ((flags[k] & title) === 0) continue;
      const c = cands[k];
      if (c.tokens.length < 2 || c.titleOnly) continue;
      (titled ??= new Set()).add(infos[k].parts.full);
      if (endsInAcronym(c)) (titledAcronyms ??= new Set()).add(infos[k].parts.full);
    }
  }
  if (index.sure.size === 0 && titled === undefined) return undefined;
  const present = (names: string[] | undefined, sure: Set<string>, extra: Set<string> | undefined): string[] | undefined => {
    if (names === undefined) return undefined;
    // (most names are sure ones: the list itself then)
    let all = true;
    for (const n of names) if (!sure.has(n)) all = false;
    return all ? names : names.filter((n) => sure.has(n) || extra?.has(n) === true);
  };
  return {
    extending: (key) => present(index.extending.get(key), index.sure, titled),
    anyAcronym: index.sureAcronyms.size > 0 || titledAcronyms !== undefined,
    endingIn: (key) => present(index.endingIn.get(key), index.sureAcronyms, titledAcronyms),
  };
}

/**
 * The shortest of the names that every other one goes on from ("Major League Baseball" for it and
 * "Major League Baseball Draft"); undefined when two of them differ ("Lincoln Memorial", "Lincoln Center").
 */
function shortestExtended(names: readonly string[]): string | undefined {
  let shortest = names[0];
  for (const n of names) if (n.length < shortest.length) shortest = n;
  for (const n of names) if (n !== shortest && !n.startsWith(shortest + ' ')) return undefined;
  return shortest;
}

/** The first candidate after `k` written `name`, if it may be shortened and is linked to no other name; else -1. */
function firstAfter(cands: readonly NameCandidate[], infos: readonly NameInfo[], k: number, name: string, known: PartLinkContext): number {
  const j = nearestWritten(cands, infos, k, name, known, 1, undefined);
  return j >= 0 && mayBeShortened(cands[j]) && cands[j].aliasOf === undefined && cands[j].acronymOf === undefined ? j : -1;
}

/** The latest candidate before `k` written `name` that may be shortened, or -1. */
function latestBefore(cands: readonly NameCandidate[], infos: readonly NameInfo[], k: number, name: string, known: PartLinkContext): number {
  return nearestWritten(cands, infos, k, name, known, -1, mayBeShortened);
}

/**
 * The nearest candidate after `k` (`step` 1) or before it (`step` -1) written `name` (a name of several
 * words) that `accept` takes (any, without it), or -1: looked for among the candidates `known` lists for it.
 */
function nearestWritten(
  cands: readonly NameCandidate[], infos: readonly NameInfo[], k: number, name: string, known: PartLinkContext, step: 1 | -1,
  accept: ((c: NameCandidate) => boolean) | undefined,
): number {
  const written = candidatesWriting(known.index, cands, infos).get(name);
  if (written === undefined) return -1;
  for (let p = step > 0 ? firstFrom(written, k + 1) : firstFrom(written, k) - 1; p >= 0 && p < written.length; p += step) {
    if (accept === undefined || accept(cands[written[p]])) return written[p];
  }
  return -1;
}

/** The position of the first number of `sorted` (ascending) that is `k` or more (its length if none). */
function firstFrom(sorted: readonly number[], k: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < k) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A word that names nothing alone at the start of a name: a common word, a head, a qualifier or a `NAME_OPENERS` word. */
const openerOrGeneric = (key: string) => isGenericWord(key) || NAME_OPENERS.has(key);

/**
 * Whether `c` (folded `key`), the first words of the longer name `name`, stands for it. It is no name of its own
 * (a known place or institution: "Manchester" of Manchester United, "Washington" of the Washington
 * Post), no word of kind ends it ("Hale County" of Hale County Jail, "Major League", a league of its
 * own), it is not made of common words, heads and qualifiers only ("Great Lakes", "National",
 * "United"), and it has no people's name ("Saudi" of Saudi Aramco). The rest of the longer name is
 * a name's other words ("Sachs", "Terme") or a firm's trade ("Meridian Health"), no other word of
 * kind: a unit or a building is often named after a place, a person or a sponsor that the article
 * writes alone ("Harvard Business School", "Hakim Mosque", "Barclays Center"). Not a list ("Carrano and Biewener").
 */
function leadingShortForm(c: NameCandidate, key: string, name: string): boolean {
  const t = c.tokens;
  const keys = t.map((w) => w.key);
  const lastKey = keys[keys.length - 1];
  if (isHeadWord(lastKey) || PARTICLES.has(lastKey) || LEXICON.get(keys) !== undefined || keys.every(openerOrGeneric) || keys.some((k) => DEMONYMS.has(k) || PEOPLES.has(k + 's'))) return false;
  const rest = name.slice(key.length + 1).split(' ');
  // "The Mason Jar … Mason said": a thing named by a common noun named after a person ("Mason jar") is no short form's
  if (rest.length === 1 && namesEponymNoun(key, rest[0])) return false;
  // "Meridian Health": a firm named by its trade
  if (rest.length === 1 && TRADE_HEADS.has(rest[0])) return true;
  return !PARTICLES.has(rest[0]) && !rest.some((w) => isHeadWord(w) || w === 'and');
}

/**
 * "The Mason Jar Cafe … The Mason Jar", "the Golden Spoon Diner … the Golden Spoon": `c` (folded `key`), after
 * "the", is the longer name `name` without its last word, a place to eat's head. Not a known name, a name ending
 * in a head ("the Main Street Cafe … the Main Street") nor a people's word; `linkPartShortForms` links it only
 * to the full name written before it. Of two words at least: one is the family's name more often than the
 * place's ("the Smith Cafe … the Smith family", "the Jones brothers").
 */
function eateryShortForm(text: string, c: NameCandidate, key: string, name: string): boolean {
  if (c.tokens.length < 2 || name.length <= key.length + 1 || !EATERY_HEADS.has(name.slice(key.length + 1)) || c.possessive || !afterWord(text, c, 'the', true)) return false;
  const keys = c.tokens.map((w) => w.key);
  const lastKey = keys[keys.length - 1];
  return !isHeadWord(lastKey) && !PARTICLES.has(lastKey) && LEXICON.get(keys) === undefined && !keys.some((k) => DEMONYMS.has(k));
}

/**
 * "born in Altoona" (a town) is no Altoona Curve (a team): a name written alone with a type of its
 * own, surely or as a place by its preposition, names another thing than a longer name of another type.
 */
function otherType(c: NameCandidate, longer: NameCandidate): boolean {
  return (c.type === 'place' || c.type === 'organization') && c.type !== longer.type && (c.typeStrength >= 1 || c.type === 'place');
}

/**
 * Whether `c` has a word of a person's name in the article ("Lincoln" with Abraham Lincoln,
 * "Morgan" with J.P. Morgan): a name with a title or a role ("Mr. Lincoln"), or a full name with a
 * first name or a person's context ("Abraham Lincoln", "Kossuth Lajos said"); not a word alone
 * before "said": firms speak too ("Meridian said"). Looked for only among the candidates `known` lists
 * as names that may be a person's with a word of `c`, with the types as `linkPartShortForms`
 * has left them so far (the names it retypes take an organization's or a place's type).
 */
function namesPersonIn(c: NameCandidate, cands: readonly NameCandidate[], infos: readonly NameInfo[], known: PartLinkContext): boolean {
  for (const t of c.tokens) {
    if (PARTICLES.has(t.key)) continue;
    const withWord = candidatesWithPersonWordOf(known.index, cands, infos).get(t.key);
    if (withWord === undefined) continue;
    for (let p = 0; p < withWord.length; p++) if (namesAPerson(cands[withWord[p]])) return true;
  }
  return false;
}

/** Whether `namesPersonIn` takes the words of `c`: a person's name with a title or a role, or a full name with a first name or a person's context. */
function namesAPerson(c: NameCandidate): boolean {
  if (c.type !== 'person' || c.titleOnly) return false;
  return !!(c.title || c.roles.length || (c.tokens.length > 1 && (c.typeStrength >= 2 || firstNameGender(c.tokens[0].key) !== undefined)));
}

/**
 * Whether the acronym `c` stands for the one longer name `name` it ends, whose other words only say
 * which branch ("Air Force ROTC", "Junior ROTC"): no known name ("UK", "NATO") or word ("CEO",
 * "GDP"). Not after a name ("Google AI", "Nvidia GPU": a product, a common noun; "Texas GOP": a part
 * of the whole), nor after a compass word ("Western NSW").
 */
function trailingAcronym(c: NameCandidate, name: string): boolean {
  const key = c.tokens[0].key;
  if (c.type === 'person' || LEXICON.get([key]) !== undefined || OTHER_WORDS.has(key) || NOT_NAMES.has(key) || ORG_HEADS.has(key) || TITLES.get([key]) !== undefined) return false;
  const words = name.slice(0, name.length - key.length - 1).split(' ');
  return words.every((w) => isGenericWord(w) && !qualifiesPlace(w));
}
