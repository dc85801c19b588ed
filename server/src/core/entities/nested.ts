/**
 * Names inside longer names: "Boston" in "Boston Red Sox", "Virginia" in "Governor of Virginia".
 * A sub-span of a name becomes a nested mention when the article writes it alone elsewhere (it
 * joins that entity), or when it is a known place inside a name that is no person's (it joins the
 * place of that name, else a place of its own).
 */
import type { EntityType, Span } from '../types';
import type { NameInfo } from './clusterMentions';
import type { NameCandidate, NameToken } from './findMentions';
import {
  BUILDING_HEADS, COMMON_WORDS, DEMONYMS, LEXICON, ORG_HEADS, OTHER_HEADS, PARTICLES, PLACE_HEADS, PLACE_STARTS, TRADE_HEADS, type LexiconEntry,
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

/** Words that place a place or say what kind it is, naming none: "North", "Eastern", "City", "County". */
const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  ...PLACE_STARTS, 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'old',
  'city', 'county', 'state', 'province', 'region', 'district', 'town', 'village', 'borough', 'township', 'parish', 'municipality', 'of', 'the', 'and',
  'island', 'islands', 'isles', 'bay', 'lake', 'river', 'peninsula', 'coast', 'valley', 'sea', 'gulf', 'strait', 'mountains', 'hills',
]);

/** A word that is no name by itself: an institution or place head, a qualifier of places, or (`common`) a common word. */
function generic(key: string, common: boolean): boolean {
  return (common && COMMON_WORDS.has(key)) || ORG_HEADS.has(key) || PLACE_HEADS.has(key) || BUILDING_HEADS.has(key) || OTHER_HEADS.has(key) ||
    TRADE_HEADS.has(key) || PLACE_QUALIFIERS.has(key) || PARTICLES.has(key);
}

/** Words around a place that make a larger or smaller place of it, not another thing named after it ("North Oakland", "Mexico City", "Spanish Netherlands"). */
const qualifiesPlace = (key: string) => PLACE_QUALIFIERS.has(key) || DEMONYMS.has(key) || PARTICLES.has(key);

/**
 * The nested names of the document's candidates (`infos[k]` is `nameInfo(cands[k])`: its folded
 * name is `parts.full`), `types` each cluster's entity type. Linear in the candidates: a
 * name of n words is looked at in at most n² sub-spans (names have a dozen words at most).
 */
export function findNestedNames(
  cands: readonly NameCandidate[], infos: readonly NameInfo[], assignment: readonly number[], types: readonly EntityType[],
): NestedNames {
  const names: NestedName[] = [];
  const newClusters: string[] = [];
  // most documents: no name of several words, nothing to look at
  let any = false;
  for (let k = 0; k < cands.length && !any; k++) any = cands[k].tokens.length > 1 && !cands[k].titleOnly;
  if (!any) return { names, newClusters };
  // the cluster of each name written alone (-1 when two entities are written so)
  const alone = new Map<string, number>();
  // the place cluster of each known place's shared name ("United States" for "U.S.")
  const placeByCanonical = new Map<string, number>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.titleOnly) continue;
    const ci = assignment[k];
    const seen = alone.get(infos[k].parts.full);
    alone.set(infos[k].parts.full, seen === undefined || seen === ci ? ci : -1);
    if (c.canonical && types[ci] === 'place' && !placeByCanonical.has(c.canonical)) placeByCanonical.set(c.canonical, ci);
  }
  const newByName = new Map<string, number>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const tokens = c.tokens;
    const n = tokens.length;
    if (n < 2 || c.titleOnly) continue;
    const outerCluster = assignment[k];
    const inPerson = types[outerCluster] === 'person';
    const words = tokens.map((t) => t.key);
    // a known place's own words name no other place ("York" in "New York")
    if (LEXICON.get(words)?.type === 'place') continue;
    let i = 0;
    while (i < n) {
      // the longest sub-span starting at word i: written alone elsewhere (another entity's), or a known place
      let end = -1;
      let cluster = -1;
      let placeName: string | undefined;
      // never to the end of the name: the whole name, or its short form ("Red Sox" in "Boston Red Sox"), is no other entity's name
      for (let j = n - 1; j > i; j--) {
        const ci = alone.get(j - i === 1 ? words[i] : words.slice(i, j).join(' '));
        if (ci === undefined || ci < 0 || ci === outerCluster) continue;
        const type = types[ci];
        // "other" names nested are words of a title ("Grammar" in "Case Grammar"); a person in a person's name is the same person or kin
        if (type === 'other' || (type === 'person' && inPerson)) continue;
        // a common word written alone elsewhere is a name there ("Savage"); heads and qualifiers are not
        if (allGeneric(words, i, j, false) || onlyQualifiers(words, i, j)) continue;
        end = j;
        cluster = ci;
        break;
      }
      if (!inPerson) {
        const place = LEXICON.longestAt(words, i, n, isPlace);
        const placeEnd = place ? i + place.length : -1;
        if (place && placeEnd > end && !allGeneric(words, i, placeEnd, !allCapitals(tokens, i, placeEnd)) && !onlyQualifiers(words, i, placeEnd)) {
          const key = place.length === 1 ? words[i] : words.slice(i, placeEnd).join(' ');
          const named = alone.get(key) ?? (place.value.canonical !== undefined ? placeByCanonical.get(place.value.canonical) : undefined);
          const known = named !== undefined && named >= 0 && types[named] === 'place' ? named : -1;
          if (known !== outerCluster) {
            end = placeEnd;
            cluster = known;
            placeName = place.value.canonical ?? key;
          }
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      const from = tokens[i].start - tokens[0].start;
      const to = tokens[end - 1].end - tokens[0].start;
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
