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
  /**
   * Their type and strength before clustering (it may retype a bare surname as a person), and after,
   * as `TYPE_CODES` indices and strengths. The lists of this record are typed arrays: the memo keeps
   * them, and a typed array's items are no heap objects for the scavenger to copy.
   */
  types: Uint8Array;
  strengths: Uint8Array;
  typesAfter: Uint8Array;
  strengthsAfter: Uint8Array;
  /** The fields callers set between finding and clustering the candidates, as they were then (`NO_INDEX`, `titleOnlyCode`). */
  acronymOf: Int32Array;
  aliasOf: Int32Array;
  alsoKnownAs: Int32Array;
  titleOnly: Uint8Array;
  /** Their full names, null when none has one (most documents). */
  fullName: (string | undefined)[] | null;
  options: ClusterOptions;
  clusters: Cluster[];
  assignment: number[];
  /** Each cluster's `personEvidence` as clustering left it (later passes set it), 1 for true. */
  personEvidence: Uint8Array;
}

/** The entity types by their code in `LastClustering`'s lists. */
const TYPE_CODES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** A candidate index field (`acronymOf`, `aliasOf`, `alsoKnownAs`) left undefined, in an `Int32Array`. */
const NO_INDEX = -1;

/** An index field as stored: `NO_INDEX` for undefined. */
function indexCode(index: number | undefined): number {
  return index === undefined ? NO_INDEX : index;
}

/** `titleOnly` as a number: undefined, false and true are three values (the comparison tells them apart). */
function titleOnlyCode(titleOnly: boolean | undefined): number {
  return titleOnly === undefined ? 0 : titleOnly ? 2 : 1;
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
      cands[k].type = TYPE_CODES[l.typesAfter[k]];
      cands[k].typeStrength = l.strengthsAfter[k];
    }
    for (let ci = 0; ci < l.clusters.length; ci++) l.clusters[ci].personEvidence = l.personEvidence[ci] === 1;
    l.cands = cands;
    l.options = options;
    return l;
  }
  // the fields as they are before clustering, in one pass over the candidates (not one per field)
  const n = cands.length;
  const types = new Uint8Array(n);
  const strengths = new Uint8Array(n);
  const acronymOf = new Int32Array(n);
  const aliasOf = new Int32Array(n);
  const alsoKnownAs = new Int32Array(n);
  const titleOnly = new Uint8Array(n);
  let fullName: (string | undefined)[] | null = null;
  for (let k = 0; k < n; k++) {
    const c = cands[k];
    types[k] = TYPE_CODES.indexOf(c.type);
    strengths[k] = c.typeStrength;
    acronymOf[k] = indexCode(c.acronymOf);
    aliasOf[k] = indexCode(c.aliasOf);
    alsoKnownAs[k] = indexCode(c.alsoKnownAs);
    titleOnly[k] = titleOnlyCode(c.titleOnly);
    if (c.fullName !== undefined) (fullName ??= new Array<string | undefined>(n))[k] = c.fullName;
  }
  const { clusters, assignment } = clusterMentions(cands, options, infos);
  const typesAfter = new Uint8Array(n);
  const strengthsAfter = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    typesAfter[k] = TYPE_CODES.indexOf(cands[k].type);
    strengthsAfter[k] = cands[k].typeStrength;
  }
  const personEvidence = new Uint8Array(clusters.length);
  for (let ci = 0; ci < clusters.length; ci++) if (clusters[ci].personEvidence) personEvidence[ci] = 1;
  last = {
    cands, types, strengths, typesAfter, strengthsAfter, acronymOf, aliasOf, alsoKnownAs, titleOnly, fullName,
    options, clusters, assignment, personEvidence,
  };
  return { clusters, assignment };
}

function sameInputs(l: LastClustering, cands: readonly NameCandidate[], options: ClusterOptions): boolean {
  if (l.cands.length !== cands.length || !sameOptions(l.options, options)) return false;
  for (let k = 0; k < cands.length; k++) {
    const b = cands[k];
    if (b.type !== TYPE_CODES[l.types[k]] || b.typeStrength !== l.strengths[k] || indexCode(b.acronymOf) !== l.acronymOf[k] || indexCode(b.aliasOf) !== l.aliasOf[k] ||
      indexCode(b.alsoKnownAs) !== l.alsoKnownAs[k] || titleOnlyCode(b.titleOnly) !== l.titleOnly[k] || b.fullName !== (l.fullName === null ? undefined : l.fullName[k])) return false;
    // the same candidate handed out again has the same fixed fields (see `LastClustering.cands`)
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
