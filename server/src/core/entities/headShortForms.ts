/**
 * Short forms of institutions and places that only their context tells: "the Society of the
 * Cincinnati … members of the Society", "Jack London Square … makes the Square interesting",
 * "County of Maui … the County did" (a head word alone after "the"), and "Suffolk University … At
 * Suffolk she studied" (a school's place after "at").
 */
import { PERSON_VERBS, type NameCandidate, type NameToken } from './findMentions';
import { BUILDING_HEADS, ORG_HEADS, PLACE_HEADS } from './names';
import { skips, type PassFilter } from './passFilter';

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
  for (let k = 0; k < cands.length; k++) {
    if (skips(filter, k)) continue;
    const c = cands[k];
    const head = headWordOf(c);
    if (head !== undefined) {
      latest.set(head, k);
      continue;
    }
    if (c.tokens.length !== 1 || c.aliasOf !== undefined || c.acronymOf !== undefined || c.titleOnly || c.title) continue;
    const target = latest.get(c.tokens[0].key);
    if (target !== undefined && afterLowerCaseThe(text, c)) c.aliasOf = target;
  }
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
