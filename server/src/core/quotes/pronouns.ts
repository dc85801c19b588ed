import { BoundedTable, clearWithMemos, memoPerParagraph } from '../memo';
import { ListCollector, sameList, sameSlice } from '../lists';
import { isJsSpace } from '../words';
import type { Entity, Mention, Span } from '../types';
import { FIRST_NAMES, GENDERED_TITLES, OWNER_PRONOUNS, PRONOUNS, TITLES } from './cues';
import { appendPeopleTokens, CAPITALISED, GENDERED_PRONOUNS, LOWER_PRONOUN, PeopleTokens, SENTENCE_END, SKIPPED_TOKENS, withoutPossessive } from './tokens';

/** Gender as far as the text tells it. */
export type Gender = 'male' | 'female' | 'unknown';

/** A person a pronoun may refer to: one occurrence in the text. */
export interface PersonCandidate {
  /** Where it is written (the start, then the end: no span object per candidate, as the index keeps thousands). */
  start: number;
  end: number;
  /** What identifies the person across occurrences: the entity id, or the surname. */
  key: string;
  entityId: string | null;
  /** The name as written, for messages. */
  name: string;
}

/**
 * Occurrences of people, paragraph by paragraph, with what is known of each person's gender.
 * Every person occurrence lies inside one paragraph (else the index is one list from offset 0).
 */
export interface PersonIndex {
  /** The start of each list's paragraph: its candidates' starts and ends are offsets from it. */
  bases: number[];
  /** Each paragraph's people in order, without overlaps (shared between analyses: read-only). */
  lists: (readonly PersonCandidate[])[];
  /** What is known of each person's gender, by person key (shared between analyses: read-only). */
  gender: ReadonlyMap<string, Gender>;
}

/** The result of resolving a pronoun (read-only: an answer may be shared). */
export interface PronounResolution {
  readonly chosen: PersonCandidate;
  /** Other people that fit equally well (names or entity ids). */
  readonly alternatives: readonly PersonCandidate[];
}

/** Key for a capitalised name without an entity: its last word ("Mike Pompeo" and "Pompeo" agree). */
export function nameKey(name: string): string {
  // the last run of non-spaces (`\s`, as trim and split on /\s+/ would find it), without cutting the name into words
  let b = name.length;
  while (b > 0 && isJsSpace(name.charCodeAt(b - 1))) b--;
  let a = b;
  while (a > 0 && !isJsSpace(name.charCodeAt(a - 1))) a--;
  return `name:${withoutPossessive(name.slice(a, b).toLowerCase())}`;
}

/** What the person index reads of one paragraph outside quotations, offsets from `base` (its start); it ends at `end`. */
export interface OutsidePeople {
  base: number;
  end: number;
  people: ParagraphPeople;
}

/** A named speaker the person index counts as a person. */
export interface NamedSpeaker {
  span: Span;
  name: string;
}

/**
 * One paragraph's people for the person index, in offsets from the paragraph start (what they were
 * worked out from is in the index's `IndexReading`): an edit works out again only the paragraphs it changed.
 */
interface ParagraphPersons {
  people: ParagraphPeople;
  /** Its person mentions outside quotations: start and end pairs. */
  mentionSpans: number[];
  /** Its mentions, then its names and speakers clear of the mentions, as candidates. */
  named: PersonCandidate[];
  /** The surnames its names and speakers make known (another paragraph's bare surname joins them). */
  surnames: string[];
  /** The known-surnames generation `candidates` and `proposals` were made for (-1: not yet). */
  generation: number;
  /** Its people in order without overlaps: `named` and its known capitalised words. */
  candidates: readonly PersonCandidate[];
  /** What its sentences tell of gender: key, gender pairs in order (the first for a key wins). */
  proposals: readonly string[];
}

/**
 * What the last index built read of each paragraph and what it made of it, in flat lists
 * (paragraph `pi`'s person mentions from `mentionEnds[pi - 1]` up to `mentionEnds[pi]`, its speakers
 * likewise): a paragraph read the same again gets its `ParagraphPersons` back without a look at that
 * object, and one at the same index, with the known surnames the same, its candidates and gender
 * sources too (a keystroke touches one paragraph's objects, not every paragraph's).
 */
interface IndexReading {
  people: ParagraphPeople[];
  /** Its person mentions (inside quotations too): entity ids, texts, start and end pairs in paragraph offsets. */
  mentionEnds: Int32Array;
  mentionIds: string[];
  mentionTexts: string[];
  mentionSpans: number[];
  /** Its named speakers in the order given: names, start and end pairs in paragraph offsets. */
  speakerEnds: Int32Array;
  speakerNames: string[];
  speakerSpans: number[];
  persons: ParagraphPersons[];
  /** The known-surnames generation the index was made for, and its lists (each paragraph's `candidates`). */
  generation: number;
  lists: (readonly PersonCandidate[])[];
  /** The gender map handed out (only read: `resolvePronoun`) and what it was made from: each paragraph's names and gender proposals. */
  gender: ReadonlyMap<string, Gender>;
  entityGenders: string[];
  names: ParagraphPeople['names'][];
  proposals: (readonly string[])[];
}

/** `IndexReading.gender` until the map is chosen (never read, never written: no map made per index for it). */
const NO_GENDER_YET: ReadonlyMap<string, Gender> = new Map();

/** What the last index read (null: none yet, or memos cleared). */
let lastReading: IndexReading | null = null;
clearWithMemos(() => {
  lastReading = null;
});

/**
 * The person index, each paragraph's people reused from the last index when everything they
 * are worked out from is the same (a keystroke changes one paragraph's).
 */
export function personIndex(paragraphs: readonly OutsidePeople[], mentions: readonly Mention[], entities: readonly Entity[], speakers: readonly NamedSpeaker[]): PersonIndex {
  return assemble(paragraphs, mentions, entities, speakers, true);
}

/**
 * Builds the person index: PERSON mentions from the entity engine first, then names found in the
 * text (titled names, known first names, named speakers), so pronouns resolve without entities.
 * `paragraphs` hold what `paragraphPeople` found outside quotations, paragraph by paragraph.
 * Reuses nothing from the last index (tests compare it with `personIndex`).
 */
export function buildPersonIndex(paragraphs: readonly OutsidePeople[], mentions: readonly Mention[], entities: readonly Entity[], speakers: readonly NamedSpeaker[]): PersonIndex {
  return assemble(paragraphs, mentions, entities, speakers, false);
}

function assemble(paragraphs: readonly OutsidePeople[], mentions: readonly Mention[], entities: readonly Entity[], speakers: readonly NamedSpeaker[], reuse: boolean): PersonIndex {
  // the entities' genders (read for candidates keyed by a person mention's entity id: another entity's entry is never read)
  const entityGenders: string[] = [];
  for (const e of entities) if (e.type === 'person' && e.gender && e.gender !== 'unknown') entityGenders.push(e.id, e.gender);
  const speakerOrder = speakersByParagraph(paragraphs, speakers);
  if (!speakerOrder) return wholeDocumentIndex(paragraphs, mentions, speakers, genderMap(entityGenders));
  const last = reuse ? lastReading : null;
  const count = paragraphs.length;
  const reading: IndexReading = {
    people: new Array(count), mentionEnds: new Int32Array(count), mentionIds: [], mentionTexts: [], mentionSpans: [],
    speakerEnds: new Int32Array(count), speakerNames: [], speakerSpans: [], persons: new Array(count), generation: -1, lists: new Array(count),
    gender: NO_GENDER_YET, entityGenders, names: new Array(count), proposals: new Array(count),
  };
  const persons = reading.persons;
  // 1 for a paragraph whose persons are the last index's at the same index (so made for the last generation)
  const kept = new Uint8Array(count);
  // the known surnames are the last index's when every paragraph keeps its surname list
  let sameSurnames = last !== null && last.persons.length === count && last.generation === lastKnown.generation;
  let mi = 0;
  let si = 0;
  for (let pi = 0; pi < count; pi++) {
    const { base, end, people } = paragraphs[pi];
    // this paragraph's mentions [mFrom, mi) and speakers [sFrom, si) (of speakerOrder)
    const mFrom = mi;
    while (mi < mentions.length && mentions[mi].span.start < end) {
      const m = mentions[mi++];
      if (m.type !== 'person') continue;
      if (m.span.start < base || m.span.end > end) return wholeDocumentIndex(paragraphs, mentions, speakers, genderMap(entityGenders));
      reading.mentionIds.push(m.entityId);
      reading.mentionTexts.push(m.text);
      reading.mentionSpans.push(m.span.start - base, m.span.end - base);
    }
    reading.mentionEnds[pi] = reading.mentionIds.length;
    const sFrom = si;
    for (; si < speakerOrder.length && speakerOrder[si].paragraph === pi; si++) {
      const s = speakers[speakerOrder[si].speaker];
      reading.speakerNames.push(s.name);
      reading.speakerSpans.push(s.span.start - base, s.span.end - base);
    }
    reading.speakerEnds[pi] = reading.speakerNames.length;
    reading.people[pi] = people;
    let p: ParagraphPersons | undefined;
    if (last !== null) {
      if (pi < last.persons.length && sameReading(last, pi, reading, pi)) {
        p = last.persons[pi];
        kept[pi] = 1;
      } else {
        // as many from the end (the same index when no paragraph came or went: read above)
        const back = pi + last.persons.length - count;
        if (back !== pi && back >= 0 && back < last.persons.length && sameReading(last, back, reading, pi)) p = last.persons[back];
      }
    }
    if (p === undefined) {
      p = paragraphPersons(people, base, mentions, mFrom, mi, speakers, speakerOrder, sFrom, si);
      // the same surnames as before keep their list: the known set is then seen to be unchanged
      const was = last !== null ? last.persons[pi] : undefined;
      if (was !== undefined && sameList(was.surnames, p.surnames)) p.surnames = was.surnames;
    }
    if (sameSurnames && kept[pi] === 0 && p.surnames !== last!.persons[pi].surnames) sameSurnames = false;
    persons[pi] = p;
  }
  for (; mi < mentions.length; mi++) if (mentions[mi].type === 'person') return wholeDocumentIndex(paragraphs, mentions, speakers, genderMap(entityGenders));
  let known = lastKnown.words;
  let generation = lastKnown.generation;
  if (!sameSurnames) {
    known = new Set<string>();
    for (const p of persons) for (const s of p.surnames) known.add(s);
    generation = knownGeneration(known);
  }
  // a kept paragraph's candidates, names and proposals are the last index's while the generation is
  const keepsLast = last !== null && generation === last.generation;
  const bases = new Array<number>(count);
  const { lists, names, proposals } = reading;
  for (let pi = 0; pi < count; pi++) {
    bases[pi] = paragraphs[pi].base;
    if (keepsLast && kept[pi] === 1) {
      lists[pi] = last.lists[pi];
      names[pi] = last.names[pi];
      proposals[pi] = last.proposals[pi];
      continue;
    }
    const p = persons[pi];
    if (p.generation !== generation) placeKnownCaps(p, known, generation, paragraphs[pi].end - paragraphs[pi].base);
    lists[pi] = p.candidates;
    names[pi] = p.people.names;
    proposals[pi] = p.proposals;
  }
  let gender: ReadonlyMap<string, Gender>;
  if (last !== null && sameGenderSources(last, entityGenders, names, proposals)) gender = last.gender;
  else {
    const made = genderMap(entityGenders);
    // the genders the names tell, then those sentences tell, in document order, after every other source
    for (const list of names) for (const n of list) if (n.gender !== 'unknown' && !made.has(n.key)) made.set(n.key, n.gender);
    for (const list of proposals) for (let k = 0; k < list.length; k += 2) if (!made.has(list[k])) made.set(list[k], list[k + 1] as Gender);
    gender = made;
  }
  if (reuse) {
    reading.generation = generation;
    reading.gender = gender;
    lastReading = reading;
  }
  return { bases, lists, gender };
}

/** Whether paragraph `pi` of `now` is read as paragraph `j` of `last` was: the same summary, person mentions and speakers, in paragraph offsets. */
function sameReading(last: IndexReading, j: number, now: IndexReading, pi: number): boolean {
  if (last.people[j] !== now.people[pi]) return false;
  const a = j > 0 ? last.mentionEnds[j - 1] : 0;
  const b = pi > 0 ? now.mentionEnds[pi - 1] : 0;
  const n = now.mentionEnds[pi] - b;
  if (last.mentionEnds[j] - a !== n) return false;
  for (let k = 0; k < n; k++) {
    if (last.mentionIds[a + k] !== now.mentionIds[b + k] || last.mentionTexts[a + k] !== now.mentionTexts[b + k]) return false;
    if (last.mentionSpans[2 * (a + k)] !== now.mentionSpans[2 * (b + k)] || last.mentionSpans[2 * (a + k) + 1] !== now.mentionSpans[2 * (b + k) + 1]) return false;
  }
  const c = j > 0 ? last.speakerEnds[j - 1] : 0;
  const d = pi > 0 ? now.speakerEnds[pi - 1] : 0;
  const ns = now.speakerEnds[pi] - d;
  if (last.speakerEnds[j] - c !== ns) return false;
  for (let k = 0; k < ns; k++) {
    if (last.speakerSpans[2 * (c + k)] !== now.speakerSpans[2 * (d + k)] || last.speakerSpans[2 * (c + k) + 1] !== now.speakerSpans[2 * (d + k) + 1]) return false;
    if (last.speakerNames[c + k] !== now.speakerNames[d + k]) return false;
  }
  return true;
}

/** A gender map of the entities' genders (`entityGenders`: entity id, gender pairs). */
function genderMap(entityGenders: readonly string[]): Map<string, Gender> {
  const gender = new Map<string, Gender>();
  for (let k = 0; k < entityGenders.length; k += 2) gender.set(entityGenders[k], entityGenders[k + 1] as Gender);
  return gender;
}

/** Whether a gender map made from these sources would be `last.gender` (the same pairs in the same order). */
function sameGenderSources(last: IndexReading, entityGenders: readonly string[], names: readonly ParagraphPeople['names'][], proposals: readonly (readonly string[])[]): boolean {
  if (last.names.length !== names.length || !sameList(last.entityGenders, entityGenders)) return false;
  for (let pi = 0; pi < names.length; pi++) {
    if (proposals[pi] !== last.proposals[pi] && !sameList(last.proposals[pi], proposals[pi])) return false;
    const now = names[pi];
    const was = last.names[pi];
    if (now === was) continue;
    if (now.length !== was.length) return false;
    for (let k = 0; k < now.length; k++) if (now[k].key !== was[k].key || now[k].gender !== was[k].gender) return false;
  }
  return true;
}

/**
 * The speakers' indexes sorted by the paragraph holding them (then as given), each with that
 * paragraph; null when a speaker is not inside one paragraph.
 */
function speakersByParagraph(paragraphs: readonly OutsidePeople[], speakers: readonly NamedSpeaker[]): { paragraph: number; speaker: number }[] | null {
  const order: { paragraph: number; speaker: number }[] = new Array(speakers.length);
  let sorted = true;
  for (let k = 0; k < speakers.length; k++) {
    const { start, end } = speakers[k].span;
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid].base <= start) lo = mid;
      else hi = mid - 1;
    }
    const p = paragraphs[lo];
    if (p === undefined || start < p.base || end > p.end) return null;
    order[k] = { paragraph: lo, speaker: k };
    if (k > 0 && order[k - 1].paragraph > lo) sorted = false;
  }
  if (!sorted) order.sort((a, b) => a.paragraph - b.paragraph || a.speaker - b.speaker);
  return order;
}

/** Where `paragraphPersons` collects its lists (see core/lists.ts). */
const personMentionSpans = new ListCollector<number>();
const personNamed = new ListCollector<PersonCandidate>();
const personSurnames = new ListCollector<string>();

/** A paragraph's people but its known capitalised words (`placeKnownCaps` adds them). */
function paragraphPersons(
  people: ParagraphPeople, base: number,
  mentions: readonly Mention[], mFrom: number, mTo: number,
  speakers: readonly NamedSpeaker[], order: readonly { speaker: number }[], sFrom: number, sTo: number,
): ParagraphPersons {
  // the lists are collected and made at their size (kept with the index: see core/lists.ts)
  for (let k = mFrom; k < mTo; k++) {
    const m = mentions[k];
    if (m.type !== 'person' || !outsideQuotations(people, m.span.start - base, m.span.end - base)) continue;
    const start = m.span.start - base;
    const end = m.span.end - base;
    personMentionSpans.add(start);
    personMentionSpans.add(end);
    personNamed.add({ start, end, key: m.entityId, entityId: m.entityId, name: m.text });
    if (m.entityId.startsWith('name:')) personSurnames.add(m.entityId.slice(5));
  }
  const mentionSpans = personMentionSpans.take();
  for (const n of people.names) {
    if (overlapsMention(mentionSpans, n.start, n.end)) continue;
    personNamed.add({ start: n.start, end: n.end, key: n.key, entityId: null, name: n.name });
    personSurnames.add(n.surname);
  }
  for (let k = sFrom; k < sTo; k++) {
    const s = speakers[order[k].speaker];
    const start = s.span.start - base;
    const end = s.span.end - base;
    if (overlapsMention(mentionSpans, start, end)) continue;
    const key = nameKey(s.name);
    personNamed.add({ start, end, key, entityId: null, name: s.name });
    personSurnames.add(key.slice(5));
  }
  return {
    people, mentionSpans, named: personNamed.take(), surnames: personSurnames.take(), generation: -1, candidates: NOT_PLACED_YET, proposals: NO_PROPOSALS_YET,
  };
}

/**
 * `ParagraphPersons.candidates` and `proposals` until `placeKnownCaps` makes them (generation -1: no
 * index reads them before): one list each for every paragraph, not two empty lists per paragraph.
 */
const NOT_PLACED_YET: readonly PersonCandidate[] = [];
const NO_PROPOSALS_YET: readonly string[] = [];

/** Whether `[start, end)` overlaps one of a paragraph's person mentions (`spans`: start and end pairs; paragraph offsets). */
function overlapsMention(spans: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (start < spans[k + 1] && spans[k] < end) return true;
  return false;
}

/** Completes a paragraph's people for one generation of the known surnames: its candidates and what they tell of gender. */
function placeKnownCaps(p: ParagraphPersons, known: Set<string>, generation: number, end: number): void {
  const caps = knownCaps(p.people, known, generation);
  // (`withoutOverlaps` keeps a sorted list as it is: `named` is copied only to be added to or sorted)
  let all = p.named;
  if (caps.length > 0 || !sortedByStart(all)) {
    all = all.slice();
    for (const w of caps) {
      if (overlapsMention(p.mentionSpans, w.start, w.end)) continue;
      all.push({ start: w.start, end: w.end, key: (w.key ??= `name:${w.word}`), entityId: null, name: w.text });
    }
  }
  p.candidates = withoutOverlaps(all);
  proposeGenders(p.people.events, 0, end, p.candidates, 0, proposalList);
  p.proposals = proposalList.take();
  p.generation = generation;
}

/** Where `placeKnownCaps` and `wholeDocumentIndex` collect gender proposals (see core/lists.ts). */
const proposalList = new ListCollector<string>();

/** Candidates sorted by start (stably), dropping each that overlaps the one kept before it (the list itself, sorted, when none does). */
function withoutOverlaps(candidates: PersonCandidate[]): PersonCandidate[] {
  // (mostly in order already: a sort copies the list even then)
  if (!sortedByStart(candidates)) candidates.sort(byStart);
  // (mostly none overlaps: the list is kept as it is, not copied item by item into a grown one)
  let k = 1;
  while (k < candidates.length && !overlap(candidates[k - 1], candidates[k])) k++;
  if (k >= candidates.length) return candidates;
  const unique = candidates.slice(0, k);
  for (; k < candidates.length; k++) if (!overlap(unique[unique.length - 1], candidates[k])) unique.push(candidates[k]);
  return unique;
}

function overlap(a: PersonCandidate, b: PersonCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function byStart(a: PersonCandidate, b: PersonCandidate): number {
  return a.start - b.start;
}

function sortedByStart(candidates: readonly PersonCandidate[]): boolean {
  for (let k = 1; k < candidates.length; k++) if (candidates[k].start < candidates[k - 1].start) return false;
  return true;
}

/** The index as one list in document offsets: for a person occurrence that is not inside one paragraph (never in practice). */
function wholeDocumentIndex(paragraphs: readonly OutsidePeople[], mentions: readonly Mention[], speakers: readonly NamedSpeaker[], gender: Map<string, Gender>): PersonIndex {
  const candidates: PersonCandidate[] = [];
  const covered: Span[] = [];
  /** Surnames of the people found by name (keys `name:…`): a bare surname elsewhere joins them. */
  const known = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    candidates.push({ start: m.span.start, end: m.span.end, key: m.entityId, entityId: m.entityId, name: m.text });
    if (m.entityId.startsWith('name:')) known.add(m.entityId.slice(5));
    covered.push(m.span);
  }
  // mentions are sorted by start: binary search the running maximum of their ends
  const reach: number[] = [];
  for (const c of covered) reach.push(Math.max(c.end, reach.length ? reach[reach.length - 1] : -1));
  const overlaps = (start: number, end: number) => {
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
      if (overlaps(base + n.start, base + n.end)) continue;
      candidates.push({ start: base + n.start, end: base + n.end, key: n.key, entityId: null, name: n.name });
      known.add(n.surname);
    }
  }
  for (const s of speakers) {
    if (overlaps(s.span.start, s.span.end)) continue;
    const key = nameKey(s.name);
    candidates.push({ start: s.span.start, end: s.span.end, key, entityId: null, name: s.name });
    known.add(key.slice(5));
  }
  // a bare surname elsewhere ("Pompeo") joins the person found with a first name or title
  const generation = knownGeneration(known);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const base = paragraphs[pi].base;
    for (const w of knownCaps(paragraphs[pi].people, known, generation)) {
      if (overlaps(base + w.start, base + w.end)) continue;
      candidates.push({ start: base + w.start, end: base + w.end, key: (w.key ??= `name:${w.word}`), entityId: null, name: w.text });
    }
  }
  const unique = withoutOverlaps(candidates);
  let c = 0;
  for (const { base, end, people } of paragraphs) c = proposeGenders(people.events, base, end, unique, c, proposalList);
  const proposals = proposalList.take();
  for (let k = 0; k < proposals.length; k += 2) if (!gender.has(proposals[k])) gender.set(proposals[k], proposals[k + 1] as Gender);
  return { bases: [0], lists: [unique], gender };
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
function knownCaps(people: ParagraphPeople, known: Set<string>, generation: number): readonly KnownCap[] {
  if (people.knownCapsGeneration !== generation) {
    const { capWords, capSpans, text } = people;
    // (most paragraphs have none: they share one empty list)
    let caps: KnownCap[] | null = null;
    for (let k = 0; k < capWords.length; k++) {
      if (!known.has(capWords[k])) continue;
      const start = capSpans[2 * k];
      const end = capSpans[2 * k + 1];
      (caps ??= []).push({ word: capWords[k], key: undefined, start, end, text: text.slice(start, end) });
    }
    people.knownCaps = caps ?? NO_KNOWN_CAPS;
    people.knownCapsGeneration = generation;
  }
  return people.knownCaps;
}

/** The known capitalised words of a paragraph that has none. */
const NO_KNOWN_CAPS: readonly KnownCap[] = [];

/**
 * A sentence with one person and a gendered pronoun after them tells that person's gender: key,
 * gender pairs added to `out` in order, for one paragraph (`events` of its summary, offsets from
 * `base`, ending at `end`) and the candidates from index `c` on (document order). Returns the index
 * of the first candidate after the paragraph.
 */
function proposeGenders(events: readonly number[], base: number, end: number, candidates: readonly PersonCandidate[], c: number, out: ListCollector<string>): number {
  // the people of the current sentence: the first one's key, and whether another came
  let one: string | null = null;
  let more = false;
  // only sentence ends and pronouns matter: people named before one are in its sentence
  for (let e = 0; e < events.length; e += 2) {
    const start = base + events[e];
    for (; c < candidates.length && candidates[c].end <= start; c++) {
      const key = candidates[c].key;
      if (one === null) one = key;
      else if (key !== one) more = true;
    }
    if (events[e + 1] === 0) {
      one = null;
      more = false;
      continue;
    }
    if (one === null || more) continue;
    out.add(one);
    out.add(events[e + 1] === 1 ? 'male' : 'female');
  }
  // the paragraph break ends the sentence
  while (c < candidates.length && candidates[c].end <= end) c++;
  return c;
}

/** A capitalised word that is a known surname (`word`); `key` (`name:word`) is made on first use. */
interface KnownCap {
  word: string;
  key: string | undefined;
  start: number;
  end: number;
  text: string;
}

/** What the person index needs from one paragraph's tokens (offsets from the paragraph start). */
export interface ParagraphPeople {
  /** Names after a title or with a known first name (read-only: summaries without names share `NO_NAMES`). */
  names: readonly { start: number; end: number; key: string; surname: string; name: string; gender: Gender }[];
  /**
   * Its capitalised words, in flat lists (few of them are ever read: `knownCaps` makes objects of
   * those): each as the surname it would be, and its start and end (in pairs) in `text`.
   */
  capWords: string[];
  capSpans: number[];
  /** The paragraph text (the memo's key: no more kept), where a known capitalised word is read as written. */
  text: string;
  /** Pairs: token start, then 0 for a sentence end, 1 for a male pronoun of `GENDERED_PRONOUNS`, 2 for a female one. */
  events: number[];
  /** The capitalised words that are known surnames, for the generation of the surnames `knownCapsGeneration` (-1: none yet): `knownCaps`. */
  knownCaps: readonly KnownCap[];
  knownCapsGeneration: number;
  /** The ranges outside quotations this summary read (paragraph offsets, in pairs). */
  outside: readonly number[];
}

/**
 * Whether `[start, end)` (paragraph offsets) lies outside the paragraph's quotations: a person
 * named inside one ("« Les Français ont besoin… », a-t-il souligné") is no one a speaker's pronoun
 * stands for.
 */
function outsideQuotations(people: ParagraphPeople, start: number, end: number): boolean {
  const r = people.outside;
  for (let k = 0; k < r.length; k += 2) if (r[k] <= start && end <= r[k + 1]) return true;
  return false;
}

/** Summaries by paragraph text, then by the ranges outside quotations (each summary's `outside`). */
const peopleMemo = memoPerParagraph<ParagraphPeople[]>();
/** Most variants kept per paragraph text (quotations at other places). */
const MAX_VARIANTS = 8;

/**
 * What the person index reads of a paragraph: its tokens in the ranges `[ranges[from], ranges[from + 1])`,
 * `[ranges[from + 2], ranges[from + 3])`, … (offsets in `text`, the parts outside quotations), as one list.
 * Only the `count` numbers from `from` are read (all by default). Memoised by the text and the
 * ranges; `index`, the paragraph's index when given, is its slot in the memo (see `Memo.getAt`).
 */
export function paragraphPeople(text: string, ranges: readonly number[], count = ranges.length, index = -1, from = 0): ParagraphPeople {
  const variants = index >= 0 ? peopleMemo.getAt(index, text) : peopleMemo.get(text);
  if (variants) {
    for (let v = 0; v < variants.length; v++) if (sameSlice(variants[v].outside, 0, variants[v].outside.length, ranges, from, from + count)) return variants[v];
  }
  const tokens = peopleTokens;
  tokens.clear();
  for (let k = from; k < from + count; k += 2) appendPeopleTokens(text, ranges[k], ranges[k + 1], tokens);
  const people = summaryOf(tokens, text, ranges.slice(from, from + count));
  peopleMemo.addVariant(index, text, variants, people, MAX_VARIANTS, 'oldest');
  return people;
}

/** The tokens `paragraphPeople` reads, one paragraph at a time. */
const peopleTokens = new PeopleTokens();
// with the memos (and when idle) it lets go of the last paragraph's texts, as the ListCollectors do
clearWithMemos(() => peopleTokens.release(), true);
/** Where `summaryOf` collects its lists (see lists.ts). */
const summaryNames = new ListCollector<ParagraphPeople['names'][number]>();
const summaryCapWords = new ListCollector<string>();
const summaryCapSpans = new ListCollector<number>();
const summaryEvents = new ListCollector<number>();

/** What `summaryOf` asks of a capitalised word, by its lower case (the same answers as the lists'). */
interface CapitalisedWord {
  /** A title or a gendered honorific, without a final period ("Sen.", "Mrs"): a name may follow it. */
  titled: boolean;
  /** A title, without a final period (only titles are skipped after the first). */
  title: boolean;
  /** The first-name entry of the word (as the lookup gives it: a name's gender). */
  firstName: unknown;
  /** The gender a gendered honorific gives (the lookup's answer). */
  titleGender: unknown;
  /** The word as a surname: without a possessive ending. */
  surname: string;
  /** The sentence event of the word as a gendered pronoun ("He", "HER"; `ParagraphPeople.events`), 0 for none. */
  pronounEvent: number;
}

/**
 * Capitalised words by lower case: a text repeats its names, and each token asked the title and
 * first-name lists up to four times.
 */
const capitalisedWords = new BoundedTable<CapitalisedWord>(20_000);

function capitalisedWord(lower: string): CapitalisedWord {
  let word = capitalisedWords.get(lower);
  if (word === undefined) {
    const titleWord = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    const title = TITLES.has(titleWord);
    word = {
      titled: title || titleWord in GENDERED_TITLES, title, firstName: FIRST_NAMES[lower], titleGender: GENDERED_TITLES[titleWord],
      surname: withoutPossessive(lower), pronounEvent: pronounEvent(lower),
    };
    capitalisedWords.set(lower, word);
  }
  return word;
}

/** The sentence event of a lower-case word (`ParagraphPeople.events`): 1 for a male pronoun of `GENDERED_PRONOUNS`, 2 for a female one, 0 for none. */
function pronounEvent(lower: string): number {
  const gender = GENDERED_PRONOUNS.get(lower);
  return gender === undefined ? 0 : gender === 'male' ? 1 : 2;
}

/** The capitalised word of token `j`, or undefined where that is no capitalised word (or past the end). */
function capitalisedWordAt(tokens: PeopleTokens, j: number): CapitalisedWord | undefined {
  return tokens.isCapitalised(j) ? capitalisedWord(tokens.lowers[j]) : undefined;
}

/**
 * The names, capitalised words and sentence events of the tokens `appendPeopleTokens` keeps of a
 * paragraph, read from the ranges `outside`. One pass: each capitalised word is looked up once for
 * its list entry and for a name starting at it.
 */
function summaryOf(tokens: PeopleTokens, text: string, outside: readonly number[]): ParagraphPeople {
  const { kinds, lowers, starts, ends } = tokens;
  // the tokens before `resume` belong to the last name found: no name starts among them
  let resume = 0;
  for (let i = 0; i < tokens.length; i++) {
    const kind = kinds[i];
    if (kind === SKIPPED_TOKENS) continue;
    if (kind === SENTENCE_END) {
      summaryEvents.add(starts[i]);
      summaryEvents.add(0);
      continue;
    }
    // a pronoun, lower-case or capitalised, is a sentence event (a capitalised word's looked up with its other answers)
    if (kind === LOWER_PRONOUN) {
      summaryEvents.add(starts[i]);
      summaryEvents.add(pronounEvent(lowers[i]));
      continue;
    }
    if (kind !== CAPITALISED) continue;
    const word = capitalisedWord(lowers[i]);
    if (word.pronounEvent !== 0) {
      summaryEvents.add(starts[i]);
      summaryEvents.add(word.pronounEvent);
    }
    summaryCapWords.add(word.surname);
    summaryCapSpans.add(starts[i]);
    summaryCapSpans.add(ends[i]);
    if (i >= resume && (word.titled || word.firstName)) {
      const after = nameAt(tokens, text, i, word);
      if (after !== i) resume = after;
    }
  }
  // (kept by the paragraph's memo: see lists.ts)
  return {
    names: summaryNames.takeOr(NO_NAMES), capWords: summaryCapWords.take(), capSpans: summaryCapSpans.take(), text,
    events: summaryEvents.take(), knownCaps: NO_KNOWN_CAPS, knownCapsGeneration: -1, outside,
  };
}

/** The names of a paragraph that has none (most: one list for all their summaries). */
const NO_NAMES: ParagraphPeople['names'] = [];

/**
 * The name after a title or starting with a known first name at token `i` of `text` (`word` its
 * capitalised word), added to `summaryNames`: the index after it, or `i` when there is none.
 */
function nameAt(tokens: PeopleTokens, text: string, i: number, word: CapitalisedWord): number {
  const { starts, ends } = tokens;
  // the name's first word `j`, after the titles, and its capitalised word (each word looked up once)
  let j = i;
  let first = word.titled ? capitalisedWordAt(tokens, ++j) : word;
  while (first?.title === true && j - i < 4) first = capitalisedWordAt(tokens, ++j);
  if (first === undefined) return i;
  let k = j;
  while (tokens.isCapitalised(k) && ends[k] - starts[j] < 60 && (k === j || starts[k] - ends[k - 1] <= 1)) k++;
  if (k === j || (!word.titled && k - j < 2)) return i;
  const name = joinedWords(text, starts, ends, j, k);
  const g = ((word.titleGender as Gender | undefined) ?? (first.firstName as Gender | undefined) ?? 'unknown') as Gender;
  const key = nameKey(name);
  summaryNames.add({ start: starts[j], end: ends[k - 1], key, surname: key.slice(5), name, gender: g });
  return k;
}

/**
 * The texts of tokens `[j, k)` of `text` (`starts`, `ends`: their spans) joined by single spaces: the
 * text from the first to the last when each is one space after the one before (most names: one slice).
 */
function joinedWords(text: string, starts: readonly number[], ends: readonly number[], j: number, k: number): string {
  let spaced = true;
  for (let m = j + 1; m < k && spaced; m++) spaced = starts[m] === ends[m - 1] + 1 && text.charCodeAt(ends[m - 1]) === 32;
  if (spaced) return text.slice(starts[j], ends[k - 1]);
  let name = text.slice(starts[j], ends[j]);
  for (let m = j + 1; m < k; m++) name += ' ' + text.slice(starts[m], ends[m]);
  return name;
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
  // ("Her message was simple:": a speaker's owning pronoun is resolved as "she" is)
  const lower = pronoun.toLowerCase();
  const pg = PRONOUNS[lower] ?? OWNER_PRONOUNS[lower];
  if (pg !== 'male' && pg !== 'female') return null;
  // nearest first: back from the last candidate before the pronoun, paragraph by paragraph, each
  // with (`FACTS` numbers in `facts`) its document start, its paragraph and how well it fits (2 the
  // pronoun's gender, 1 unknown, 0 another), worked out once
  const people: PersonCandidate[] = [];
  const facts: number[] = [];
  const { bases, lists } = index;
  let lo = 0;
  let hi = bases.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bases[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  let best = 0;
  collect: for (let p = bases.length && bases[lo] <= at ? lo : -1; p >= 0; p--) {
    const list = lists[p];
    const base = bases[p];
    let k = list.length;
    if (p === lo) {
      // the last candidate ending by the pronoun
      k = 0;
      let top = list.length;
      while (k < top) {
        const mid = (k + top) >> 1;
        if (base + list[mid].end <= at) k = mid + 1;
        else top = mid;
      }
    }
    for (k--; k >= 0; k--) {
      if (people.length >= WINDOW_PEOPLE) break collect;
      const c = list[k];
      if (base + c.start < windowStart) break collect;
      const g = index.gender.get(c.key) ?? 'unknown';
      const fit = g === pg ? 2 : g === 'unknown' ? 1 : 0;
      if (fit > best) best = fit;
      people.push(c);
      facts.push(base + c.start, p, fit);
    }
  }
  if (best === 0) return null;
  // the nearest fitting person, or the previous speaker where they fit as well; but "Rachel Green
  // said … "…," she said": a person named in the pronoun's own paragraph, where the previous
  // speaker is not, is who the pronoun follows on from
  let nearest = -1;
  let previous = -1;
  for (let k = 0; k < people.length && previous < 0; k++) {
    if (facts[FACTS * k + 2] !== best) continue;
    if (nearest < 0) nearest = k;
    if (previousSpeakerKey && people[k].key === previousSpeakerKey) previous = k;
  }
  const preferred = previous >= 0 && !(facts[FACTS * previous + 1] !== lo && facts[FACTS * nearest + 1] === lo);
  const chosenAt = preferred ? previous : nearest;
  const chosen = people[chosenAt];
  // rivals: other people of equal fit named after the chosen one, or in the same stretch of its paragraph when it is
  // the nearest (one named at the end of the paragraph before has spoken there, not here)
  const chosenStart = facts[FACTS * chosenAt];
  const chosenParagraph = facts[FACTS * chosenAt + 1];
  const rivals = new Map<string, PersonCandidate>();
  for (let k = 0; k < people.length; k++) {
    const c = people[k];
    if (c.key === chosen.key || facts[FACTS * k + 2] !== best) continue;
    const between = k < chosenAt;
    const sameStretch = !preferred && Math.abs(facts[FACTS * k] - chosenStart) < 160 && k > chosenAt && facts[FACTS * k + 1] === chosenParagraph;
    if (between || sameStretch) rivals.set(c.key, c);
  }
  return { chosen, alternatives: [...rivals.values()] };
}

/** Most people `resolvePronoun` weighs. */
const WINDOW_PEOPLE = 40;
/** The numbers `resolvePronoun` keeps of each person it weighs. */
const FACTS = 3;
