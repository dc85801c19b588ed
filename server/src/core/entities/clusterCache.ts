/**
 * The last clustering, reused while everything it read is the same. Most keystrokes change no
 * name: the document's candidates are then the same names with the same fields, only moved, and
 * clustering (which reads no offsets) would build the same clusters again.
 */
import { sameList } from '../lists';
import { clearWithMemos } from '../memo';
import type { EntityType } from '../types';
import { clusterMentions, type Cluster, type ClusterOptions } from './clusterMentions';
import type { ChangedByCallers, NameCandidate, NameInfo, NameToken } from './nameTypes';

/**
 * Every field of a candidate but its offsets (`span`, `title`, `possessive`): clustering may read
 * any of them. `tokens` and `roles` are compared by their words (a paragraph edited elsewhere gets
 * new lists for the same names; token offsets are not read); `titleInfo` comes from the shared title list.
 */
export const COMPARED = [
  'text', 'type', 'typeStrength', 'weak', 'titleOnly', 'ownRole', 'mayBeSurname', 'speaks', 'common', 'tokens', 'titleText', 'titleInfo',
  'roles', 'acronymOf', 'aliasOf', 'alsoKnownAs', 'canonical', 'state', 'fullName', 'headline',
] as const satisfies readonly (keyof NameCandidate)[];

/** Fails to compile when NameCandidate gains a field that is neither compared nor an offset. */
type Uncompared = Exclude<keyof NameCandidate, (typeof COMPARED)[number] | 'span' | 'title' | 'possessive'>;
const everyFieldCompared: [Uncompared] extends [never] ? true : never = true;
void everyFieldCompared;

/** Fails to compile when callers may change a field the last clustering does not keep as it was (`type` as `types`, `typeStrength` as `strengths`). */
type Unkept = Exclude<ChangedByCallers, 'type' | 'typeStrength' | keyof LastClustering>;
const everyChangeKept: [Unkept] extends [never] ? true : never = true;
void everyChangeKept;

interface LastClustering {
  /**
   * The candidates of the last analysis, for their fields callers never change (a candidate keeps
   * those for its life, even when handed out again: see `findCandidatesCached`).
   */
  cands: readonly NameCandidate[];
  /** Their type and strength before clustering (it may retype a bare surname as a person), and after. */
  types: EntityType[];
  strengths: number[];
  typesAfter: EntityType[];
  strengthsAfter: number[];
  /** The fields callers set between finding and clustering the candidates, as they were then. */
  acronymOf: (number | undefined)[];
  aliasOf: (number | undefined)[];
  alsoKnownAs: (number | undefined)[];
  titleOnly: (boolean | undefined)[];
  fullName: (string | undefined)[];
  options: ClusterOptions;
  clusters: Cluster[];
  assignment: number[];
  /** Each cluster's `personEvidence` as clustering left it (later passes set it). */
  personEvidence: boolean[];
}

let last: LastClustering | null = null;
clearWithMemos(() => {
  last = null;
});

/**
 * `clusterMentions(cands, options, infos)`, answered from the last clustering when the candidates
 * are the same but for their offsets and the options the same. The clusters are then the last
 * analysis's objects: callers may change only `personEvidence` (reset here on every reuse).
 */
export function clusterMentionsCached(cands: NameCandidate[], options: ClusterOptions, infos: readonly NameInfo[]): { clusters: Cluster[]; assignment: number[] } {
  const l = last;
  if (l && sameInputs(l, cands, options)) {
    for (let k = 0; k < cands.length; k++) {
      cands[k].type = l.typesAfter[k];
      cands[k].typeStrength = l.strengthsAfter[k];
    }
    for (let ci = 0; ci < l.clusters.length; ci++) l.clusters[ci].personEvidence = l.personEvidence[ci];
    l.cands = cands;
    l.options = options;
    return l;
  }
  // the fields as they are before clustering, in one pass over the candidates (not one per field)
  const n = cands.length;
  const types = new Array<EntityType>(n);
  const strengths = new Array<number>(n);
  const acronymOf = new Array<number | undefined>(n);
  const aliasOf = new Array<number | undefined>(n);
  const alsoKnownAs = new Array<number | undefined>(n);
  const titleOnly = new Array<boolean | undefined>(n);
  const fullName = new Array<string | undefined>(n);
  for (let k = 0; k < n; k++) {
    const c = cands[k];
    types[k] = c.type;
    strengths[k] = c.typeStrength;
    acronymOf[k] = c.acronymOf;
    aliasOf[k] = c.aliasOf;
    alsoKnownAs[k] = c.alsoKnownAs;
    titleOnly[k] = c.titleOnly;
    fullName[k] = c.fullName;
  }
  const { clusters, assignment } = clusterMentions(cands, options, infos);
  const typesAfter = new Array<EntityType>(n);
  const strengthsAfter = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    typesAfter[k] = cands[k].type;
    strengthsAfter[k] = cands[k].typeStrength;
  }
  last = {
    cands, types, strengths, typesAfter, strengthsAfter, acronymOf, aliasOf, alsoKnownAs, titleOnly, fullName,
    options, clusters, assignment, personEvidence: clusters.map((c) => c.personEvidence),
  };
  return { clusters, assignment };
}

function sameInputs(l: LastClustering, cands: readonly NameCandidate[], options: ClusterOptions): boolean {
  if (l.cands.length !== cands.length || !sameOptions(l.options, options)) return false;
  for (let k = 0; k < cands.length; k++) {
    const b = cands[k];
    if (b.type !== l.types[k] || b.typeStrength !== l.strengths[k] || b.acronymOf !== l.acronymOf[k] || b.aliasOf !== l.aliasOf[k] ||
      b.alsoKnownAs !== l.alsoKnownAs[k] || b.titleOnly !== l.titleOnly[k] || b.fullName !== l.fullName[k]) return false;
    // the same copy handed out again has the same fixed fields (see `LastClustering.cands`)
    const a = l.cands[k];
    if (a !== b && !sameFixedFields(a, b)) return false;
  }
  return true;
}

/** The COMPARED fields callers never change, written out (a loop over the names is several times slower). */
function sameFixedFields(a: NameCandidate, b: NameCandidate): boolean {
  return sameTokens(a.tokens, b.tokens) && sameList(a.roles, b.roles) && a.text === b.text && a.weak === b.weak && a.ownRole === b.ownRole && a.mayBeSurname === b.mayBeSurname && a.speaks === b.speaks &&
    a.common === b.common && a.titleText === b.titleText && a.titleInfo === b.titleInfo && a.canonical === b.canonical && a.state === b.state && a.headline === b.headline;
}

function sameTokens(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k].key !== b[k].key || a[k].text !== b[k].text) return false;
  return true;
}

function sameOptions(a: ClusterOptions, b: ClusterOptions): boolean {
  if (a.styleSheet === b.styleSheet && a.keepApart === b.keepApart) return true;
  if (a.styleSheet.length !== b.styleSheet.length || a.keepApart.length !== b.keepApart.length) return false;
  if (!a.styleSheet.length && !a.keepApart.length) return true;
  return JSON.stringify([a.styleSheet, a.keepApart]) === JSON.stringify([b.styleSheet, b.keepApart]);
}
