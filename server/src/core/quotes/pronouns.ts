import { clearWithMemos, Memo, PARAGRAPH_MEMO_LIMIT } from '../memo';
import type { Entity, Mention, Span } from '../types';
import { FIRST_NAMES, GENDERED_TITLES, PRONOUNS, TITLES } from './cues';
import { appendPeopleTokens, type Token } from './tokens';

/** Gender as far as the text tells it. */
export type Gender = 'male' | 'female' | 'unknown';

/** A person a pronoun may refer to: one occurrence in the text. */
export interface PersonCandidate {
  span: Span;
  /** What identifies the person across occurrences: the entity id, or the surname. */
  key: string;
  entityId: string | null;
  /** The name as written, for messages. */
  name: string;
}

/** Occurrences of people, with what is known of each person's gender. */
export interface PersonIndex {
  /** In document order. */
  candidates: PersonCandidate[];
  gender: Map<string, Gender>;
}

/** The result of resolving a pronoun. */
export interface PronounResolution {
  chosen: PersonCandidate;
  /** Other people that fit equally well (names or entity ids). */
  alternatives: PersonCandidate[];
}

/** Key for a capitalised name without an entity: its last word ("Mike Pompeo" and "Pompeo" agree). */
export function nameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return `name:${words[words.length - 1].toLowerCase().replace(/['’]s$/, '')}`;
}

/** What the person index reads of one paragraph outside quotations, offsets from `base` (its start); it ends at `end`. */
export interface OutsidePeople {
  base: number;
  end: number;
  people: ParagraphPeople;
}

/** The inputs of the last person index built, as far as it reads them, and the index. */
interface IndexInputs {
  paragraphs: readonly OutsidePeople[];
  /** Per person mention: start, end (the entity id, text and gender are in the lists below). */
  spans: number[];
  ids: string[];
  texts: string[];
  genders: (string | undefined)[];
  speakers: { span: Span; name: string }[];
  index: PersonIndex;
}

let last: IndexInputs | null = null;

/**
 * `buildPersonIndex`, answered from the last index when everything it reads is the same (a
 * re-analysis of unchanged text): the summaries by identity, the rest by value.
 */
export function personIndex(paragraphs: readonly OutsidePeople[], mentions: Mention[], entities: Entity[], speakers: { span: Span; name: string }[]): PersonIndex {
  if (last && sameInputs(last, paragraphs, mentions, entities, speakers)) return last.index;
  const byEntity = entityMap(entities);
  const index = buildPersonIndex(paragraphs, mentions, entities, speakers, byEntity);
  const spans: number[] = [];
  const ids: string[] = [];
  const texts: string[] = [];
  const genders: (string | undefined)[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    spans.push(m.span.start, m.span.end);
    ids.push(m.entityId);
    texts.push(m.text);
    genders.push(byEntity.get(m.entityId)?.gender);
  }
  last = { paragraphs, spans, ids, texts, genders, speakers: speakers.map((x) => ({ span: { ...x.span }, name: x.name })), index };
  return index;
}

function sameInputs(l: IndexInputs, paragraphs: readonly OutsidePeople[], mentions: Mention[], entities: Entity[], speakers: { span: Span; name: string }[]): boolean {
  if (l.paragraphs.length !== paragraphs.length || l.speakers.length !== speakers.length) return false;
  for (let k = 0; k < paragraphs.length; k++) {
    const a = l.paragraphs[k];
    const b = paragraphs[k];
    if (a.people !== b.people || a.base !== b.base || a.end !== b.end) return false;
  }
  for (let k = 0; k < speakers.length; k++) {
    const a = l.speakers[k];
    const b = speakers[k];
    if (a.name !== b.name || a.span.start !== b.span.start || a.span.end !== b.span.end) return false;
  }
  let n = 0;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    if (n >= l.ids.length || l.spans[2 * n] !== m.span.start || l.spans[2 * n + 1] !== m.span.end || l.ids[n] !== m.entityId || l.texts[n] !== m.text) return false;
    n++;
  }
  if (n !== l.ids.length) return false;
  // the genders of the entities the person mentions name
  let byEntity: Map<string, Entity> | null = null;
  for (let k = 0; k < n; k++) {
    if (k > 0 && l.ids[k] === l.ids[k - 1]) continue;
    byEntity ??= entityMap(entities);
    if (byEntity.get(l.ids[k])?.gender !== l.genders[k]) return false;
  }
  return true;
}

function entityMap(entities: readonly Entity[]): Map<string, Entity> {
  const map = new Map<string, Entity>();
  for (const e of entities) map.set(e.id, e);
  return map;
}

/**
 * Builds the person index: PERSON mentions from the entity engine first, then names found in the
 * text (titled names, known first names, named speakers), so pronouns resolve without entities.
 * `paragraphs` hold what `paragraphPeople` found outside quotations, paragraph by paragraph;
 * `byEntity` is `entities` by id (a caller that has it saves building it again).
 */
export function buildPersonIndex(
  paragraphs: readonly OutsidePeople[],
  mentions: Mention[],
  entities: Entity[],
  speakers: { span: Span; name: string }[],
  byEntity: ReadonlyMap<string, Entity> = entityMap(entities),
): PersonIndex {
  const gender = new Map<string, Gender>();
  const candidates: PersonCandidate[] = [];
  const covered: Span[] = [];
  /** Surnames of the people found by name (keys `name:…`): a bare surname elsewhere joins them. */
  const known = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    candidates.push({ span: m.span, key: m.entityId, entityId: m.entityId, name: m.text });
    if (m.entityId.startsWith('name:')) known.add(m.entityId.slice(5));
    covered.push(m.span);
    const g = byEntity.get(m.entityId)?.gender;
    if (g && g !== 'unknown') gender.set(m.entityId, g);
  }
  // mentions are sorted by start: binary search the running maximum of their ends
  const reach: number[] = [];
  for (const c of covered) reach.push(Math.max(c.end, reach.length ? reach[reach.length - 1] : -1));
  const overlapsMention = (start: number, end: number) => {
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reach[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < covered.length && covered[k].start < end; k++) if (start < covered[k].end) return true;
    return false;
  };
  // names in the text: a run of capitalised words after a title or starting with a known first name
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const base = paragraphs[pi].base;
    for (const n of paragraphs[pi].people.names) {
      if (n.gender !== 'unknown' && !gender.has(n.key)) gender.set(n.key, n.gender);
      if (overlapsMention(base + n.start, base + n.end)) continue;
      candidates.push({ span: { start: base + n.start, end: base + n.end }, key: n.key, entityId: null, name: n.name });
      known.add(n.surname);
    }
  }
  for (const s of speakers) {
    if (overlapsMention(s.span.start, s.span.end)) continue;
    const key = nameKey(s.name);
    candidates.push({ span: s.span, key, entityId: null, name: s.name });
    known.add(key.slice(5));
  }
  // a bare surname elsewhere ("Pompeo") joins the person found with a first name or title
  const generation = knownGeneration(known);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const base = paragraphs[pi].base;
    for (const w of knownCaps(paragraphs[pi].people, known, generation)) {
      if (overlapsMention(base + w.start, base + w.end)) continue;
      candidates.push({ span: { start: base + w.start, end: base + w.end }, key: (w.key ??= `name:${w.word}`), entityId: null, name: w.text });
    }
  }
  candidates.sort((a, b) => a.span.start - b.span.start);
  // dedupe occurrences at the same place
  const unique: PersonCandidate[] = [];
  for (const c of candidates) {
    const last = unique[unique.length - 1];
    if (last && last.span.start < c.span.end && c.span.start < last.span.end) continue;
    unique.push(c);
  }
  learnGenderFromPronouns(paragraphs, unique, gender);
  return { candidates: unique, gender };
}

/** The last set of known surnames seen, and a number that changes whenever that set does. */
let lastKnown = { words: new Set<string>(), generation: 0 };
clearWithMemos(() => {
  lastKnown = { words: new Set<string>(), generation: lastKnown.generation + 1 };
});

/** A number naming the content of `known`: the same as last time when the surnames are the same. */
function knownGeneration(known: Set<string>): number {
  if (!sameSet(known, lastKnown.words)) lastKnown = { words: known, generation: lastKnown.generation + 1 };
  return lastKnown.generation;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * The capitalised words of a paragraph that are known surnames. Kept on the (memoised) summary
 * with the generation of the surnames it was filtered by: after an edit that names nobody new,
 * every other paragraph's answer is reused instead of looking up each of its capitalised words.
 */
function knownCaps(people: ParagraphPeople, known: Set<string>, generation: number): ParagraphPeople['caps'] {
  if (people.knownCaps?.generation !== generation) people.knownCaps = { generation, caps: people.caps.filter((w) => known.has(w.word)) };
  return people.knownCaps.caps;
}

/** A sentence with one person and a gendered pronoun after them tells that person's gender. */
function learnGenderFromPronouns(paragraphs: readonly OutsidePeople[], candidates: PersonCandidate[], gender: Map<string, Gender>): void {
  let c = 0;
  // the people of the current sentence: the first one's key, and whether another came
  let one: string | null = null;
  let more = false;
  const add = (key: string) => {
    if (one === null) one = key;
    else if (key !== one) more = true;
  };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const { base, end, people } = paragraphs[pi];
    // only sentence ends and pronouns matter: people named before one are in its sentence
    const events = people.events;
    for (let e = 0; e < events.length; e += 2) {
      const start = base + events[e];
      while (c < candidates.length && candidates[c].span.end <= start) add(candidates[c++].key);
      if (events[e + 1] === 0) {
        one = null;
        more = false;
        continue;
      }
      if (one === null || more) continue;
      if (!gender.has(one)) gender.set(one, events[e + 1] === 1 ? 'male' : 'female');
    }
    // the paragraph break ends the sentence
    while (c < candidates.length && candidates[c].span.end <= end) add(candidates[c++].key);
    one = null;
    more = false;
  }
}

/** What the person index needs from one paragraph's tokens (offsets from the paragraph start). */
export interface ParagraphPeople {
  /** Names after a title or with a known first name. */
  names: { start: number; end: number; key: string; surname: string; name: string; gender: Gender }[];
  /** Capitalised words, as the surname they would be (`word`); `key` (`name:word`) is made on first use. */
  caps: { word: string; key?: string; start: number; end: number; text: string }[];
  /** Pairs: token start, then 0 for a sentence end, 1 for he/his/him, 2 for she/her/hers. */
  events: number[];
  /** The capitalised words that are known surnames, for one generation of the surnames (`knownCaps`). */
  knownCaps?: { generation: number; caps: ParagraphPeople['caps'] };
}

/** Summaries by paragraph text, then by the ranges outside quotations. */
const peopleMemo = new Memo<{ ranges: number[]; people: ParagraphPeople }[]>(PARAGRAPH_MEMO_LIMIT);
/** Most variants kept per paragraph text (quotations at other places). */
const MAX_VARIANTS = 8;

/**
 * What the person index reads of a paragraph: its tokens in the ranges `[ranges[0], ranges[1])`,
 * `[ranges[2], ranges[3])`, … (offsets in `text`, the parts outside quotations), as one list.
 * Memoised by the text and the ranges.
 */
export function paragraphPeople(text: string, ranges: readonly number[]): ParagraphPeople {
  let variants = peopleMemo.get(text);
  if (variants) {
    for (const v of variants) if (sameNumbers(v.ranges, ranges)) return v.people;
  } else peopleMemo.set(text, (variants = []));
  const tokens: Token[] = [];
  for (let k = 0; k < ranges.length; k += 2) appendPeopleTokens(text, ranges[k], ranges[k + 1], tokens);
  const people = summaryOf(tokens);
  if (variants.length >= MAX_VARIANTS) variants.shift();
  variants.push({ ranges: ranges.slice(), people });
  return people;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * The names, capitalised words and sentence events of a token list (the full tokens, or only the
 * ones `appendPeopleTokens` keeps: the same summary).
 */
function summaryOf(tokens: readonly Token[]): ParagraphPeople {
  const s: ParagraphPeople = { names: [], caps: [], events: [], knownCaps: undefined };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || !t.cap) continue;
    const titleWord = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
    const titled = TITLES.has(titleWord) || titleWord in GENDERED_TITLES;
    const first = FIRST_NAMES[t.lower];
    if (!titled && !first) continue;
    let j = i + (titled ? 1 : 0);
    while (j < tokens.length && tokens[j].isWord && tokens[j].cap && TITLES.has(tokens[j].lower.replace(/\.$/, '')) && j - i < 4) j++;
    let k = j;
    while (k < tokens.length && tokens[k].isWord && tokens[k].cap && tokens[k].end - tokens[j].start < 60 && (k === j || tokens[k].start - tokens[k - 1].end <= 1)) k++;
    if (k === j || (!titled && k - j < 2)) continue;
    const name = tokens.slice(j, k).map((x) => x.text).join(' ');
    const g = ((GENDERED_TITLES[titleWord] as Gender | undefined) ?? (FIRST_NAMES[tokens[j].lower] as Gender | undefined) ?? 'unknown') as Gender;
    const key = nameKey(name);
    s.names.push({ start: tokens[j].start, end: tokens[k - 1].end, key, surname: key.slice(5), name, gender: g });
    i = k - 1;
  }
  for (const t of tokens) {
    if (!t.isWord) {
      if (t.text === '.' || t.text === '!' || t.text === '?') s.events.push(t.start, 0);
      continue;
    }
    const l = t.lower;
    const g = l === 'he' || l === 'his' || l === 'him' ? 1 : l === 'she' || l === 'her' || l === 'hers' ? 2 : 0;
    if (g) s.events.push(t.start, g);
    if (!t.cap) continue;
    const word = l.length >= 2 && l.charCodeAt(l.length - 1) === 115 && (l.charCodeAt(l.length - 2) === 39 || l.charCodeAt(l.length - 2) === 0x2019) ? l.slice(0, -2) : l;
    s.caps.push({ word, start: t.start, end: t.end, text: t.text });
  }
  return s;
}

/**
 * Resolves a personal pronoun at `at` to the nearest compatible person mentioned before it
 * (from `windowStart`), preferring the speaker of the previous quotation. People that fit
 * equally well and come between are returned as alternatives.
 */
export function resolvePronoun(
  index: PersonIndex,
  pronoun: string,
  at: number,
  windowStart: number,
  previousSpeakerKey: string | null,
): PronounResolution | null {
  const pg = PRONOUNS[pronoun.toLowerCase()];
  if (pg !== 'male' && pg !== 'female') return null;
  const fit = (c: PersonCandidate) => {
    const g = index.gender.get(c.key) ?? 'unknown';
    return g === pg ? 2 : g === 'unknown' ? 1 : 0;
  };
  const window: PersonCandidate[] = [];
  // binary search for the last candidate before the pronoun
  let lo = 0;
  let hi = index.candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.candidates[mid].span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && window.length < 40; k--) {
    const c = index.candidates[k];
    if (c.span.start < windowStart) break;
    window.push(c); // nearest first
  }
  let best = 0;
  for (const c of window) best = Math.max(best, fit(c));
  if (best === 0) return null;
  const fitting = window.filter((c) => fit(c) === best);
  const preferred = previousSpeakerKey ? fitting.find((c) => c.key === previousSpeakerKey) : undefined;
  const chosen = preferred ?? fitting[0];
  // rivals: other people of equal fit named after the chosen one, or in the same stretch when it is the nearest
  const chosenIndex = window.indexOf(chosen);
  const rivals = new Map<string, PersonCandidate>();
  for (let k = 0; k < window.length; k++) {
    const c = window[k];
    if (c.key === chosen.key || fit(c) !== best) continue;
    const between = k < chosenIndex;
    const sameStretch = !preferred && Math.abs(c.span.start - chosen.span.start) < 160 && k > chosenIndex;
    if (between || sameStretch) rivals.set(c.key, c);
  }
  return { chosen, alternatives: [...rivals.values()] };
}
