/**
 * Names inside longer names: "Boston" in "Boston Red Sox", "Virginia" in "Governor of Virginia".
 * A sub-span of a name becomes a nested mention when the article writes it alone elsewhere (it
 * joins that entity), or when it is a known place inside a name that is no person's (it joins the
 * place of that name, else a place of its own) or ending one with no first name (written alone).
 */
import { sameList } from '../lists';
import { clearWithMemos } from '../memo';
import type { EntityType, Span } from '../types';
import type { InnerShape, InnerSpan, NameCandidate, NameInfo, NameToken } from './nameTypes';
import {
  BUILDING_HEADS, COMMON_WORDS, DEMONYMS, LEXICON, firstNameGender, namesEponymNoun, ORG_HEADS, OTHER_HEADS, PARTICLES, PLACE_HEADS, PLACE_STARTS, TRADE_HEADS,
  type LexiconEntry,
} from './names';

/** A name inside the name of candidate `outer`, and the cluster (entity) it belongs to. */
export interface NestedName {
  /** Index of the candidate whose name contains it. */
  outer: number;
  span: Span;
  text: string;
  /** Its cluster: an existing one, or `clusterCount + n` for the n-th place named only inside names. */
  cluster: number;
}

/** The nested names of a document, in document order, and how many clusters they open. */
export interface NestedNames {
  names: NestedName[];
  /** The text of the first nested name of each new cluster (a place named only inside other names). */
  newClusters: string[];
}

const isPlace = (e: LexiconEntry) => e.type === 'place';

/**
 * Words that place a place or say what kind it is, naming none: "North", "Eastern", "City", "County".
 * Not the heads of waters: "San Francisco Bay" is no kind of San Francisco but a bay named after it.
 */
const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  ...PLACE_STARTS, 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'old',
  'city', 'county', 'state', 'province', 'region', 'district', 'town', 'village', 'borough', 'township', 'parish', 'municipality', 'of', 'the', 'and',
  'island', 'islands', 'isles', 'peninsula', 'coast', 'valley', 'mountains', 'hills',
]);

/** A word that is no name by itself: an institution or place head, a qualifier of places, or (`common`) a common word. */
function generic(key: string, common: boolean): boolean {
  return (common && COMMON_WORDS.has(key)) || ORG_HEADS.has(key) || PLACE_HEADS.has(key) || BUILDING_HEADS.has(key) || OTHER_HEADS.has(key) ||
    TRADE_HEADS.has(key) || PLACE_QUALIFIERS.has(key) || PARTICLES.has(key);
}

/** A word that is no name by itself: a common word, an institution or place head, a qualifier of places ("National", "Bank", "North"). */
export const isGenericWord = (key: string): boolean => generic(key, true);

/** Words around a place that make a larger or smaller place of it, not another thing named after it ("North Oakland", "Mexico City", "Spanish Netherlands"). */
export const qualifiesPlace = (key: string) => PLACE_QUALIFIERS.has(key) || DEMONYMS.has(key) || PARTICLES.has(key);

/** The inner shape of a name, or undefined for a name of one word or a known place ("York" in "New York" names no other place). */
export function innerShape(cand: Pick<NameCandidate, 'tokens'>): InnerShape | undefined {
  const tokens = cand.tokens;
  const n = tokens.length;
  if (n < 2) return undefined;
  const words = tokens.map((t) => t.key);
  const known = LEXICON.get(words);
  if (known?.type === 'place') return undefined;
  // "Morgan Stanley": a firm named by its founders names no place ("Stanley")
  const founders = known?.founders === true;
  const spans: InnerSpan[] = [];
  const places: InnerShape['places'] = new Array(n).fill(null);
  let any = false;
  for (let i = 0; i < n; i++) {
    for (let j = n - 1; j > i; j--) {
      // a common word written alone elsewhere is a name there ("Savage"); heads and qualifiers are not
      if (allGeneric(words, i, j, false) || onlyQualifiers(words, i, j) || eponymBefore(words, j)) continue;
      spans.push({ from: i, to: j, key: j - i === 1 ? words[i] : words.slice(i, j).join(' ') });
    }
    // "the Stanley Cup": a place's name before a common noun named after a person of that name is that person's
    const place = founders || eponymBefore(words, i + 1) ? null : LEXICON.longestAt(words, i, n, isPlace);
    const to = place ? i + place.length : -1;
    // "US West Coast": a place's abbreviation in capitals is written as itself, not as a larger or smaller place's name ("North Oakland")
    const abbreviated = place !== null && allCapitals(tokens, i, to) && words[i].length > 1;
    if (place && !allGeneric(words, i, to, !allCapitals(tokens, i, to)) && (abbreviated || !onlyQualifiers(words, i, to))) {
      places[i] = { to, key: place.length === 1 ? words[i] : words.slice(i, to).join(' '), ...(place.value.canonical !== undefined ? { canonical: place.value.canonical } : {}) };
      any = true;
    }
  }
  if (!spans.length && !any) return undefined;
  const base = tokens[0].start;
  return { spans, places, starts: tokens.map((t) => t.start - base), ends: tokens.map((t) => t.end - base) };
}

/**
 * "The Mason Jar", "Salisbury Steak": the word before `words[at]` (a word of the name after its first) is a common
 * noun's eponym (`namesEponymNoun`), so a sub-span ending there names no one written alone: it is part of a thing named after one.
 */
function eponymBefore(words: readonly string[], at: number): boolean {
  return namesEponymNoun(words[at - 1], words[at]);
}

/** The last document's nested names, with what they were found from. */
interface LastNested {
  clusters: readonly unknown[];
  types: readonly EntityType[];
  found: NestedNames;
  /** Each nested name's offsets in its outer candidate's span. */
  from: number[];
  to: number[];
}

let last: LastNested | null = null;
clearWithMemos(() => {
  last = null;
});

/**
 * The nested names of the document's candidates (`infos[k]` is `nameInfo(cands[k])`: its folded
 * name is `parts.full`), `types` each cluster's entity type. `clusters` is the clustering they
 * come from: when it is the last analysis's (`clusterMentionsCached` reused it, so every candidate
 * is the same name, only moved) and the types are the same, the last answer is moved with them
 * (`reused`: callers may keep what they made of the last answer).
 */
export function findNestedNamesCached(
  cands: readonly NameCandidate[], infos: readonly NameInfo[], assignment: readonly number[], types: readonly EntityType[], clusters: readonly unknown[],
): NestedNames & { reused: boolean } {
  const l = last;
  if (l && l.clusters === clusters && sameList(l.types, types)) {
    const names = l.found.names.map((n, k): NestedName => {
      const start = cands[n.outer].span.start;
      return { outer: n.outer, span: { start: start + l.from[k], end: start + l.to[k] }, text: n.text, cluster: n.cluster };
    });
    return { names, newClusters: l.found.newClusters, reused: true };
  }
  const found = findNestedNames(cands, infos, assignment, types);
  const from = found.names.map((n) => n.span.start - cands[n.outer].span.start);
  const to = found.names.map((n) => n.span.end - cands[n.outer].span.start);
  last = { clusters, types: [...types], found, from, to };
  // (a literal, not `{ ...found, reused: false }`: a spread's hidden class lives only while such an
  // object does, and a full collection between analyses freed it, throwing away findEntities' optimised code)
  return { names: found.names, newClusters: found.newClusters, reused: false };
}

/**
 * The nested names of the document's candidates, found afresh (see `findNestedNamesCached`). Linear
 * in the candidates: a name of n words is looked at in at most n² sub-spans (a dozen words at most).
 */
function findNestedNames(
  cands: readonly NameCandidate[], infos: readonly NameInfo[], assignment: readonly number[], types: readonly EntityType[],
): NestedNames {
  const names: NestedName[] = [];
  const newClusters: string[] = [];
  // most documents: no name with names inside, nothing to look at
  let any = false;
  for (let k = 0; k < infos.length && !any; k++) any = infos[k].inner !== undefined && !cands[k].titleOnly;
  if (!any) return { names, newClusters };
  // the cluster of each name written alone (-1 when two entities are written so)
  const alone = new Map<string, number>();
  // the place cluster of each known place's shared name ("United States" for "U.S.")
  const placeByCanonical = new Map<string, number>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.titleOnly) continue;
    const ci = assignment[k];
    const full = infos[k].parts.full;
    const seen = alone.get(full);
    // (most names are written again by the same entity: nothing to set)
    if (seen === undefined) alone.set(full, ci);
    else if (seen !== ci && seen >= 0) alone.set(full, -1);
    if (c.canonical && types[ci] === 'place' && !placeByCanonical.has(c.canonical)) placeByCanonical.set(c.canonical, ci);
  }
  const newByName = new Map<string, number>();
  for (let k = 0; k < cands.length; k++) {
    const inner = infos[k].inner;
    const c = cands[k];
    if (!inner || c.titleOnly) continue;
    const outerCluster = assignment[k];
    const inPerson = types[outerCluster] === 'person';
    const n = inner.places.length;
    let i = 0;
    let s = 0;
    while (i < n) {
      // the longest sub-span starting at word i: written alone elsewhere (another entity's), or a known place
      let end = -1;
      let cluster = -1;
      let placeName: string | undefined;
      for (; s < inner.spans.length && inner.spans[s].from < i; s++);
      for (let t = s; t < inner.spans.length && inner.spans[t].from === i; t++) {
        const span = inner.spans[t];
        const ci = alone.get(span.key);
        if (ci === undefined || ci < 0 || ci === outerCluster) continue;
        const type = types[ci];
        // "other" names nested are words of a title ("Grammar" in "Case Grammar"); a person in a person's name is the same person or kin
        if (type === 'other' || (type === 'person' && inPerson)) continue;
        end = span.to;
        cluster = ci;
        break;
      }
      const place = inner.places[i];
      // in a person's name: a place after "of" ("Governor of Virginia"), or one the article writes alone ending a name with no first name
      const ofTitle = inPerson && placeOfTitle(c.tokens, i);
      if (place && place.to > end && (!inPerson || ofTitle || placeEndsPersonName(place, n, c.tokens))) {
        const named = alone.get(place.key) ?? (place.canonical !== undefined ? placeByCanonical.get(place.canonical) : undefined);
        const known = named !== undefined && named >= 0 && types[named] === 'place' ? named : -1;
        if (known !== outerCluster && (!inPerson || ofTitle || known >= 0)) {
          end = place.to;
          cluster = known;
          placeName = place.canonical ?? place.key;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      const from = inner.starts[i];
      const to = inner.ends[end - 1];
      const text = c.text.slice(from, to);
      if (cluster < 0) {
        let fresh = newByName.get(placeName!);
        if (fresh === undefined) {
          newByName.set(placeName!, (fresh = newClusters.length));
          newClusters.push(text);
        }
        cluster = types.length + fresh;
      }
      names.push({ outer: k, span: { start: c.span.start + from, end: c.span.start + to }, text, cluster });
      i = end;
    }
  }
  return { names, newClusters };
}

/**
 * "Governor of Virginia", "Mayor of London", "Catherine of Aragon": a known place right after "of"
 * in a person's name is the place the person holds an office of or comes from, so it is a nested
 * place mention even in a person's name (elsewhere in one, "Jack London", a place name is a name).
 */
function placeOfTitle(tokens: readonly NameToken[], at: number): boolean {
  return at > 0 && tokens[at - 1].key === 'of';
}

/**
 * "Madame Tussauds New York": a name typed person that has no first name and ends in a known place
 * (one the article writes alone) is something named after a person in that place. After a first
 * name the place is a surname ("Maria Santa Cruz").
 */
function placeEndsPersonName(place: InnerShape['places'][number], n: number, tokens: readonly NameToken[]): boolean {
  return place !== null && place.to === n && firstNameGender(tokens[0].key) === undefined;
}

/** Whether the words `[from, to)` are written in capitals ("US", not "Us" or "Male"). */
function allCapitals(tokens: readonly NameToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text !== tokens[k].text.toUpperCase()) return false;
  return true;
}

/** Whether the words `[from, to)` are all generic ("Southern", "Bay", "Court"). */
function allGeneric(words: readonly string[], from: number, to: number, common: boolean): boolean {
  for (let k = from; k < to; k++) if (!generic(words[k], common)) return false;
  return true;
}

/** Whether the words of the name outside `[from, to)` only qualify a place ("North Oakland", "Mexico City", "State of Ohio"). */
function onlyQualifiers(words: readonly string[], from: number, to: number): boolean {
  for (let k = 0; k < words.length; k++) if ((k < from || k >= to) && !qualifiesPlace(words[k])) return false;
  return true;
}
