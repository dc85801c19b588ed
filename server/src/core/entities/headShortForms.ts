/**
 * Short forms of institutions and places that only their context tells: "the Society of the
 * Cincinnati … members of the Society", "Jack London Square … makes the Square interesting",
 * "County of Maui … the County did" (a head word alone after "the"), and "Suffolk University … At
 * Suffolk she studied" (a school's place after "at").
 */
import type { NameInfo } from './clusterMentions';
import { PERSON_VERBS, type NameCandidate, type NameToken } from './findMentions';
import { isGenericWord, qualifiesPlace } from './nested';
import { BUILDING_HEADS, DEMONYMS, firstNameGender, isHeadWord, LEXICON, NOT_NAMES, ORG_HEADS, OTHER_WORDS, PARTICLES, PEOPLES, PLACE_HEADS, TRADE_HEADS } from './names';
import { skips, type PassFilter } from './passFilter';
import { TITLES } from './titles';

/** Last words that make no name a place by themselves but that stand for one after "the": "in the States" (the United States). */
const SHORT_FORM_HEADS: ReadonlySet<string> = new Set(['states']);

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
function headWordOfWords(t: readonly NameToken[]): string | undefined {
  if (t.length < 2) return undefined;
  if (t.length > 2 && t[1].key === 'of' && isShortFormHead(t[0].key)) return t[0].key;
  const last = t[t.length - 1].key;
  return isShortFormHead(last) ? last : undefined;
}

/** "the Society": a lower-case "the" right before the candidate's one word. */
function afterLowerCaseThe(text: string, c: NameCandidate): boolean {
  const s = c.span.start;
  return s >= 4 && text.charCodeAt(s - 1) === 32 && text.slice(s - 4, s - 1) === 'the' && !/\p{L}/u.test(text.charAt(s - 5));
}

/**
 * Whether `linkHeadShortForms` may read or link the candidate, by its words and the text before
 * it (`text`, which holds the candidate's paragraph at least: the text it reads lies inside it):
 * a name with a head word, or one word after "the".
 */
export function mayBeHeadShortForm(text: string, c: NameCandidate): boolean {
  return headWordOfWords(c.tokens) !== undefined || (c.tokens.length === 1 && afterLowerCaseThe(text, c));
}

/**
 * Marks each head word alone after "the" (`aliasOf`) as a short form of the latest earlier name
 * with that head word, in one pass over the candidates. A head word with no such name before it,
 * a title alone ("the Secretary") and a name with a possessive are left alone. `filter` (see
 * `PassFilter`) keeps every candidate `mayBeHeadShortForm` accepts.
 */
export function linkHeadShortForms(text: string, cands: NameCandidate[], filter?: PassFilter): void {
  const latest = new Map<string, number>();
  // government heads already looked up after a "the State": a later one before any name with that head would find the same
  let governmentsLookedUp: Set<string> | undefined;
  for (let k = 0; k < cands.length; k++) {
    if (skips(filter, k)) continue;
    const c = cands[k];
    const head = headWordOf(c);
    if (head !== undefined) {
      if (!namesNoGovernment(c, head)) latest.set(head, k);
      continue;
    }
    if (c.tokens.length !== 1 || c.aliasOf !== undefined || c.acronymOf !== undefined || c.titleOnly || c.title) continue;
    const target = latest.get(c.tokens[0].key);
    if (!afterLowerCaseThe(text, c)) continue;
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
function sameWords(a: NameCandidate, b: NameCandidate): boolean {
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
    if (named >= 0 && !sameWords(cands[j], cands[named])) return;
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

/** "at Suffolk": "at" right before the candidate. */
function afterAt(text: string, c: NameCandidate): boolean {
  const s = c.span.start;
  return s >= 3 && text.charCodeAt(s - 1) === 32 && /^at$/i.test(text.slice(s - 3, s - 1)) && !/\p{L}/u.test(text.charAt(s - 4));
}

/**
 * Whether `linkSchoolShortForms` may read or link the candidate, by its words and the text before
 * it (`text`, which holds the candidate's paragraph at least): a school's name, or one word after "at".
 */
export function mayBeSchoolShortForm(text: string, c: NameCandidate): boolean {
  return schoolPlaceOf(c) !== undefined || (c.tokens.length === 1 && afterAt(text, c));
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
    if (target === undefined || !afterAt(text, c)) continue;
    c.aliasOf = target;
    // the school's type, surely: its cluster gets no place vote, so "moved to Helsinki" stays the city
    c.type = cands[target].type;
    c.typeStrength = 2;
  }
}

/** The word right after the candidate is one only people do ("Kossuth Lajos said"). */
function personVerbAfter(text: string, c: NameCandidate): boolean {
  const next = /^ +(\p{L}+)/u.exec(text.slice(c.span.end, c.span.end + 24));
  return next !== null && PERSON_VERBS.has(next[1].toLowerCase());
}

/**
 * "Naqsh-e Jahan Square … north of Naqsh-e Jahan": an unknown name of several words is a person by
 * a guess only, so where an earlier place of the text is that name plus its kind word it is that
 * place. A first name or a title makes a surer person ("Jack London Square" … "Jack London"), and
 * so do a role, a possessive or a person's verb after the name ("Kossuth Lajos said").
 */
export function retypePlaceShortForms(text: string, cands: NameCandidate[]): void {
  let places: Set<string> | undefined;
  for (const c of cands) {
    const t = c.tokens;
    if (c.type === 'place' && c.typeStrength >= 1 && t.length > 2 && PLACE_HEADS.has(t[t.length - 1].key)) {
      (places ??= new Set()).add(t.slice(0, -1).map((w) => w.key).join(' '));
      continue;
    }
    if (!places || c.type !== 'person' || c.typeStrength !== 1 || t.length < 2 || c.roles.length || c.possessive) continue;
    if (!places.has(t.map((w) => w.key).join(' ')) || personVerbAfter(text, c)) continue;
    c.type = 'place';
  }
}

/**
 * A name of several words that a part of it written alone may stand for: an organization's or a
 * place's, not a known one (its short forms are known: "United" is no United States) nor two names
 * joined ("Carrano & Biewener", "Barnes and Noble").
 */
function mayBeShortened(c: NameCandidate): boolean {
  if (c.tokens.length < 2 || c.titleOnly || (c.type !== 'organization' && c.type !== 'place')) return false;
  return !c.text.includes('&') && !c.tokens.some((t) => t.key === 'and') && LEXICON.get(c.tokens.map((t) => t.key)) === undefined;
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
 * - an acronym ending it: "in Air Force ROTC … the Academy and ROTC" (`trailingAcronym`).
 * Not where two longer names share that part ("Army ROTC", "Navy ROTC"). One pass over the
 * candidates; the rest looks only at the few names that are a part of another.
 */
export function linkPartShortForms(cands: NameCandidate[], infos: readonly NameInfo[]): void {
  // the longer names by their first word and by their last acronym (each distinct name once)
  let byFirst: Map<string, string[]> | undefined;
  let byAcronym: Map<string, string[]> | undefined;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.tokens.length < 2 || c.titleOnly) continue;
    const name = infos[k].parts.full;
    addName((byFirst ??= new Map()), c.tokens[0].key, name);
    const last = c.tokens[c.tokens.length - 1];
    if (last.text.length > 2 && isAcronym(last.text)) addName((byAcronym ??= new Map()), last.key, name);
  }
  if (!byFirst) return;
  let people: Set<string> | undefined;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (!mayBePart(c)) continue;
    const sharing = byFirst.get(c.tokens[0].key);
    if (sharing === undefined && byAcronym === undefined) continue;
    const key = infos[k].parts.full;
    const longer = sharing?.filter((n) => n.length > key.length && n.startsWith(key) && n.charCodeAt(key.length) === 32);
    if (longer !== undefined && longer.length) {
      const name = shortestExtended(longer);
      if (name === undefined || !leadingShortForm(c, name)) continue;
      // "SCBA … a member of the SCBA Bar", a headline's "Goldman" before "Goldman Sachs": the longer name joins the short one
      const before = latestBefore(cands, infos, k, name);
      const other = before >= 0 ? before : firstAfter(cands, infos, k, name);
      if (other < 0 || otherType(c, cands[other]) || namesPerson(c, (people ??= personWords(cands)))) continue;
      if (before >= 0) c.aliasOf = before;
      else cands[other].aliasOf = k;
      // typed by a guess or not at all ("the SCBA"), it is of the longer name's type
      if (c.type === 'other' || (c.type === 'person' && c.typeStrength < 2)) c.type = cands[other].type;
    } else if (byAcronym !== undefined && c.tokens.length === 1 && isAcronym(c.text)) {
      const names = byAcronym.get(key);
      const target = names !== undefined && names.length === 1 && trailingAcronym(c, names[0]) ? latestBefore(cands, infos, k, names[0]) : -1;
      if (target >= 0) c.aliasOf = target;
    }
  }
}

/** Adds `name` to the distinct names of `key`. */
function addName(map: Map<string, string[]>, key: string, name: string): void {
  const names = map.get(key);
  if (!names) map.set(key, [name]);
  else if (!names.includes(name)) names.push(name);
}

/** Written in capitals only ("ROTC", "NATO"). */
function isAcronym(text: string): boolean {
  return /^[\p{Lu}&]{2,}$/u.test(text);
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

/** The first candidate after `k` written `name` that may be shortened and is linked to no other name, or -1. */
function firstAfter(cands: readonly NameCandidate[], infos: readonly NameInfo[], k: number, name: string): number {
  for (let j = k + 1; j < cands.length; j++) {
    if (infos[j].parts.full !== name) continue;
    const c = cands[j];
    return mayBeShortened(c) && c.aliasOf === undefined && c.acronymOf === undefined ? j : -1;
  }
  return -1;
}

/** The latest candidate before `k` written `name` that may be shortened, or -1. */
function latestBefore(cands: readonly NameCandidate[], infos: readonly NameInfo[], k: number, name: string): number {
  for (let j = k - 1; j >= 0; j--) if (infos[j].parts.full === name && mayBeShortened(cands[j])) return j;
  return -1;
}

/**
 * Words that open names of bodies and name none alone, beyond the common words: "United Rentals",
 * "General Dynamics", "Pacific Kessel" (the ocean alone), "Premier Foods".
 */
const NAME_OPENERS: ReadonlySet<string> = new Set([
  'united', 'general', 'global', 'imperial', 'universal', 'continental', 'pacific', 'atlantic', 'allied', 'consolidated',
  'associated', 'amalgamated', 'metropolitan', 'municipal', 'premier', 'major', 'supreme', 'democratic', 'liberal',
]);

/** A word that names nothing alone at the start of a name: a common word, a head, a qualifier or a `NAME_OPENERS` word. */
const openerOrGeneric = (key: string) => isGenericWord(key) || NAME_OPENERS.has(key);

/**
 * Whether `c`, the first words of the longer name `name`, stands for it. It is no name of its own
 * (a known place or institution: "Manchester" of Manchester United, "Washington" of the Washington
 * Post), no word of kind ends it ("Hale County" of Hale County Jail, "Major League", a league of its
 * own), it is not made of common words, heads and qualifiers only ("Great Lakes", "National",
 * "United"), and it has no people's name ("Saudi" of Saudi Aramco). The rest of the longer name is
 * a name's other words ("Sachs", "Terme") or a firm's trade ("Meridian Health"), no other word of
 * kind: a unit or a building is often named after a place, a person or a sponsor that the article
 * writes alone ("Harvard Business School", "Hakim Mosque", "Barclays Center"). Not a list ("Carrano and Biewener").
 */
function leadingShortForm(c: NameCandidate, name: string): boolean {
  const t = c.tokens;
  const keys = t.map((w) => w.key);
  const lastKey = keys[keys.length - 1];
  if (isHeadWord(lastKey) || PARTICLES.has(lastKey) || LEXICON.get(keys) !== undefined || keys.every(openerOrGeneric) || keys.some((k) => DEMONYMS.has(k) || PEOPLES.has(k + 's'))) return false;
  const rest = name.slice(foldedLength(keys) + 1).split(' ');
  // "Meridian Health": a firm named by its trade
  if (rest.length === 1 && TRADE_HEADS.has(rest[0])) return true;
  return !PARTICLES.has(rest[0]) && !rest.some((w) => isHeadWord(w) || w === 'and');
}

/**
 * "born in Altoona" (a town) is no Altoona Curve (a team): a name written alone with a type of its
 * own, surely or as a place by its preposition, names another thing than a longer name of another type.
 */
function otherType(c: NameCandidate, longer: NameCandidate): boolean {
  return (c.type === 'place' || c.type === 'organization') && c.type !== longer.type && (c.typeStrength >= 1 || c.type === 'place');
}

/** The length of the folded name the keys make. */
function foldedLength(keys: readonly string[]): number {
  let n = keys.length - 1;
  for (const k of keys) n += k.length;
  return n;
}

/**
 * The words of the article's people: names with a title or a role ("Mr. Lincoln"), and full names
 * with a first name or a person's context ("Abraham Lincoln", "Kossuth Lajos said"). Not a word
 * alone before "said": firms speak too ("Meridian said").
 */
function personWords(cands: readonly NameCandidate[]): Set<string> {
  const words = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person' || c.titleOnly) continue;
    if (!(c.title || c.roles.length || (c.tokens.length > 1 && (c.typeStrength >= 2 || firstNameGender(c.tokens[0].key) !== undefined)))) continue;
    for (const t of c.tokens) if (!PARTICLES.has(t.key)) words.add(t.key);
  }
  return words;
}

/** Some word of the name is a word of a person's name in the article ("Lincoln" with Abraham Lincoln, "Morgan" with J.P. Morgan). */
function namesPerson(c: NameCandidate, people: ReadonlySet<string>): boolean {
  return c.tokens.some((t) => people.has(t.key));
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
