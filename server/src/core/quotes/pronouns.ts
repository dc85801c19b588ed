import type { Entity, Mention, Span } from '../types';
import { FIRST_NAMES, GENDERED_TITLES, PRONOUNS, TITLES } from './cues';
import type { Token } from './tokens';

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

/**
 * Builds the person index: PERSON mentions from the entity engine first, then names found in the
 * text (titled names, known first names, named speakers), so pronouns resolve without entities.
 * `tokens` are the article's word tokens outside quotations.
 */
export function buildPersonIndex(
  tokens: Token[],
  mentions: Mention[],
  entities: Entity[],
  speakers: { span: Span; name: string }[],
): PersonIndex {
  const gender = new Map<string, Gender>();
  const candidates: PersonCandidate[] = [];
  const byEntity = new Map(entities.map((e) => [e.id, e]));
  const covered: Span[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    candidates.push({ span: m.span, key: m.entityId, entityId: m.entityId, name: m.text });
    covered.push(m.span);
    const g = byEntity.get(m.entityId)?.gender;
    if (g && g !== 'unknown') gender.set(m.entityId, g);
  }
  const overlapsMention = (s: Span) => covered.some((c) => c.start < s.end && s.start < c.end);
  // names in the text: a run of capitalised words after a title or starting with a known first name
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || !t.cap) continue;
    const titleWord = t.lower.replace(/\.$/, '');
    const titled = TITLES.has(titleWord) || titleWord in GENDERED_TITLES;
    const first = FIRST_NAMES[t.lower];
    if (!titled && !first) continue;
    let j = i + (titled ? 1 : 0);
    while (j < tokens.length && tokens[j].isWord && tokens[j].cap && TITLES.has(tokens[j].lower.replace(/\.$/, '')) && j - i < 4) j++;
    let k = j;
    while (k < tokens.length && tokens[k].isWord && tokens[k].cap && tokens[k].end - tokens[j].start < 60 && (k === j || tokens[k].start - tokens[k - 1].end <= 1)) k++;
    if (k === j || (!titled && k - j < 2)) continue;
    const span = { start: tokens[j].start, end: tokens[k - 1].end };
    const name = tokens.slice(j, k).map((x) => x.text).join(' ');
    const g = ((GENDERED_TITLES[titleWord] as Gender | undefined) ?? (FIRST_NAMES[tokens[j].lower] as Gender | undefined) ?? 'unknown') as Gender;
    const key = nameKey(name);
    if (g !== 'unknown' && !gender.has(key)) gender.set(key, g);
    if (!overlapsMention(span)) candidates.push({ span, key, entityId: null, name });
    i = k - 1;
  }
  for (const s of speakers) {
    if (overlapsMention(s.span)) continue;
    const key = nameKey(s.name);
    candidates.push({ span: s.span, key, entityId: null, name: s.name });
  }
  // a bare surname elsewhere ("Pompeo") joins the person found with a first name or title
  const known = new Set(candidates.map((c) => c.key));
  for (const t of tokens) {
    if (!t.isWord || !t.cap) continue;
    const key = `name:${t.lower.replace(/['’]s$/, '')}`;
    if (known.has(key) && !overlapsMention(t)) candidates.push({ span: { start: t.start, end: t.end }, key, entityId: null, name: t.text });
  }
  candidates.sort((a, b) => a.span.start - b.span.start);
  // dedupe occurrences at the same place
  const unique: PersonCandidate[] = [];
  for (const c of candidates) {
    const last = unique[unique.length - 1];
    if (last && last.span.start < c.span.end && c.span.start < last.span.end) continue;
    unique.push(c);
  }
  learnGenderFromPronouns(tokens, unique, gender);
  return { candidates: unique, gender };
}

/** A sentence with one person and a gendered pronoun after them tells that person's gender. */
function learnGenderFromPronouns(tokens: Token[], candidates: PersonCandidate[], gender: Map<string, Gender>): void {
  let c = 0;
  let sentencePeople = new Set<string>();
  for (const t of tokens) {
    while (c < candidates.length && candidates[c].span.end <= t.start) sentencePeople.add(candidates[c++].key);
    if (!t.isWord) {
      if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '\n') sentencePeople = new Set();
      continue;
    }
    const g = t.lower === 'he' || t.lower === 'his' || t.lower === 'him' ? 'male' : t.lower === 'she' || t.lower === 'her' || t.lower === 'hers' ? 'female' : null;
    if (!g || sentencePeople.size !== 1) continue;
    const [key] = sentencePeople;
    if (!gender.has(key)) gender.set(key, g);
  }
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
