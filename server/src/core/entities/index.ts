/**
 * The entity engine: finds every person, organization and place of the article and clusters
 * the mentions of one entity. Pure: strings and UTF-16 offsets in, plain data out.
 */
import { paragraphTexts, type ScannedDocument } from '../markup/scan';
import type { AnalyzeOptions } from '../options';
import { idOf } from '../ids';
import { isJsSpace } from '../words';
import { DistinctCollector } from '../distinctList';
import { NO_BYTES, NO_ITEMS, sameList } from '../lists';
import { keepShape } from '../shapes';
import { clearWithMemos, Memo, memoPerParagraph } from '../memo';
import type { Entity, EntityType, Mention, Paragraph } from '../types';
import { clusterMentionsCached } from './clusterCache';
import { clusterType, nameInfo, type Cluster } from './clusterMentions';
import { documentEvidence } from './evidence';
import {
  DETERMINERS, findCandidatesCached, isTitleCase, prepareParagraph, releaseTokens, startPlacement, withTokens, type KeptParagraph, type PlacedCandidates,
} from './findMentions';
import { mayLoseModifiers, stripModifiersBeforeNames } from './modifiers';
import type { NameCandidate, NameInfo } from './nameTypes';
import type { ParagraphNames, PartNames } from './paragraphNames';
import { findNestedNamesCached, type NestedName } from './nested';
import { skips, type PassFilter } from './passFilter';
import { firstPronounIndexed, kinRoleGender, pronounIndex, type Gender } from './gender';
import {
  headWordOfWords, linkHeadShortForms, linkPartShortForms, linkSchoolShortForms, mayBeHeadShortForm, mayBePlaceShortForm, mayBeSchoolShortForm, partIndexOf, partNamesOf, partShortFormsOf,
  retypePlaceShortForms, type PartLinkContext,
} from './headShortForms';
import { LEXICON, commonSurnameAlone, firstNameGender } from './names';
import { ALIAS_WORDS } from './tokens';
import { TITLES } from './titles';

const prepared = memoPerParagraph<KeptParagraph>();
const preparedTitleCase = new Memo<KeptParagraph>(16);

/** Tokens of a paragraph, cached by its text: an edit re-tokenises only the paragraphs it touches (`index` its slot: see `Memo.getAt`). */
function prepareCached(text: string, titleCase: boolean, index: number): KeptParagraph {
  const memo = titleCase ? preparedTitleCase : prepared;
  let hit = memo.getAt(index, text);
  if (!hit) {
    hit = prepareParagraph(text, titleCase);
    memo.setAt(index, text, hit);
  }
  return hit;
}

/**
 * The pass bits of `ParagraphNames.flags`, one per pass that reads few candidates; `partShortForms`
 * is set per analysis (`partShortFormsOf`: it depends on the document's longer names).
 */
const PASS = {
  aliases: 1, parentheses: 2, strip: 4, titles: 8, headShortForms: 16, schoolShortForms: 32, partShortForms: 64, placeShortForms: 128,
} as const satisfies Record<string, PassBit>;

/**
 * The bits a `Uint8Array` entry holds: a ninth pass (256) would be stored as 0 and skip every
 * candidate, so `PASS` fails to typecheck instead (give the passes a `Uint16Array` of their own then).
 */
type PassBit = 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128;

/**
 * Writes the passes of `ParagraphNames.flags` (from 0): each pass's test on the cached (never changed) candidate
 * and its paragraph's text (`heads`: `headOfWords` of each candidate).
 */
function writePasses(passes: Uint8Array, source: readonly NameCandidate[], heads: readonly (string | undefined)[], text: string, mayAlias: boolean): void {
  // whether an earlier candidate may be an alias (a further alias after "and" needs one)
  let aliasBefore = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    let bits = 0;
    if (mayAlias && mayBeAlias(text, c.span.start, aliasBefore)) {
      bits |= PASS.aliases;
      aliasBefore = true;
    }
    passes[k] = bits | wordPasses(text, c, heads[k]);
  }
}

/**
 * The pass bits of a candidate read off its own words and the text around it (`text` holds its
 * paragraph at least, at the candidate's offsets; `head` its `headOfWords`): all but `aliases` (which
 * reads the names before it) and `partShortForms` (the document's longer names).
 */
function wordPasses(text: string, c: NameCandidate, head: string | undefined): number {
  let bits = 0;
  // (a name ending its paragraph has none in the document either: a space or line break follows a paragraph)
  if (closesParenthesis(text, c)) bits |= PASS.parentheses;
  if (mayLoseModifiers(c)) bits |= PASS.strip;
  if (isTitleName(c)) bits |= PASS.titles;
  if (mayBeHeadShortForm(text, c, head)) bits |= PASS.headShortForms;
  if (mayBeSchoolShortForm(text, c)) bits |= PASS.schoolShortForms;
  if (mayBePlaceShortForm(c)) bits |= PASS.placeShortForms;
  return bits;
}

/**
 * Whether `linkAliases` may link the name starting at `start` of its paragraph's `text`: every gap
 * it links across ends with an alias's last words ("known as", "aka", "(born"), and a further alias
 * ("… and Theodore") follows an earlier one (`aliasBefore`: some earlier name of the paragraph may be one).
 */
function mayBeAlias(text: string, start: number, aliasBefore: boolean): boolean {
  return endsAt(ALIAS_GAP_END, text, start) || (aliasBefore && endsAt(FURTHER_ALIAS_GAP_END, text, start));
}

/** Whether `text` ends at `at` as `end` (a sticky look-behind) says: read back from `at`, not searched along the text before it. */
function endsAt(end: RegExp, text: string, at: number): boolean {
  end.lastIndex = at;
  return end.test(text);
}

/** The paragraph names of a candidate list found afresh (`NamesOf`: `text` the paragraph's, `aliasWords` whether a word of it is one every alias gap has; the list keeps them). */
export function paragraphNamesOf(source: readonly NameCandidate[], text: string, aliasWords: boolean): ParagraphNames {
  return source.length === 0 ? NO_NAMES : namesOfList(source, text, aliasWords);
}

/** The paragraph names of a candidate list of at least one candidate, worked out. */
function namesOfList(source: readonly NameCandidate[], text: string, aliasWords: boolean): ParagraphNames {
  for (const c of source) if (c.tokens.length > 1 && c.type !== 'other') for (const t of c.tokens) longNameKeys.add(t.key);
  const commonKeys = commonKeysOf(source);
  // (a paragraph's first name is no alias: `linkAliases` links a name to the one before it in its paragraph)
  const mayAlias = source.length > 1 && aliasWords;
  const infos = source.map(nameInfo);
  const heads = source.map(headOfWords);
  const n = source.length;
  const flags = new Uint8Array(3 * n);
  writePasses(flags, source, heads, text, mayAlias);
  const partNames = partNamesOf(source, infos, flags, PASS.titles);
  for (let k = 1; k < n; k++) flags[n + k] = coordinationLink(text, source[k - 1], source[k]);
  for (let k = 0; k < n; k++) flags[2 * n + k] = firstNameGenderOf(infos[k]);
  return { longNameKeys: longNameKeys.takeDistinct(), commonKeys, infos, heads, flags, partNames };
}

/** Where `namesOfList` collects `ParagraphNames.longNameKeys`. */
const longNameKeys = new DistinctCollector();

/** The words of a candidate list's `common` candidates (`ParagraphNames.commonKeys`: most lists have none, and share `NO_ITEMS`). */
function commonKeysOf(source: readonly NameCandidate[]): readonly string[] {
  let count = 0;
  for (let k = 0; k < source.length; k++) if (source[k].common) count++;
  if (count === 0) return NO_ITEMS;
  // (made at its size: the paragraph's cached list keeps it, see lists.ts)
  const keys: string[] = new Array(count);
  let j = 0;
  for (let k = 0; k < source.length; k++) if (source[k].common) keys[j++] = source[k].tokens[0].key;
  return keys;
}

/**
 * The paragraph names of every list without candidates (a paragraph naming no one): callers only
 * read it, but for its `partNames.flagsCache`, which is empty for any index.
 */
const NO_NAMES: ParagraphNames = {
  longNameKeys: NO_ITEMS, commonKeys: NO_ITEMS, infos: [], heads: [], flags: NO_BYTES, partNames: partNamesOf([], [], NO_BYTES, 0),
};

/**
 * The `PartLinkContext` of the paragraphs' cached names for the kept candidates (`listIndex` and
 * `paragraphStarts` as in `findEntities`): bit `PASS.partShortForms` is set in `passes` on each
 * candidate `partShortFormsOf` finds a part of a longer name of the document.
 */
function paragraphPartContext(
  names: readonly ParagraphNames[], listIndex: Int32Array, paragraphStarts: Int32Array, passes: Uint8Array,
): PartLinkContext {
  const partNames: PartNames[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) partNames[i] = names[i].partNames;
  const index = partIndexOf(partNames);
  for (let i = 0; i < names.length; i++) {
    const parts = partShortFormsOf(names[i].partNames, names[i].infos, index);
    for (let k = paragraphStarts[i]; k < paragraphStarts[i + 1]; k++) if (parts[listIndex[k]] === 1) passes[k] |= PASS.partShortForms;
  }
  return { index, flags: passes, part: PASS.partShortForms, title: PASS.titles };
}

/** `headWordOfWords` of a candidate's words. */
function headOfWords(c: NameCandidate): string | undefined {
  return headWordOfWords(c.tokens);
}

/**
 * The words of common-word candidates that some longer name of the document has: a common word
 * alone ("Research", "Government") is a name only where a longer name has it ("Rice University" … "Rice").
 * Only the few common words are looked up, not every word of every long name collected.
 */
function commonWordsInLongNames(names: readonly ParagraphNames[]): Set<string> {
  // the last answer while it holds (a keystroke changes one paragraph's names, rarely a common word or one found)
  const last = lastCommonWords;
  if (last !== null && sameCommonWordsFound(names, last)) {
    // a new record, not a write to the kept one: V8 takes a field no code ever wrote after the object was made for a
    // constant, and the first write (no 20,000-word text of the bench's warm-up keeps the answer) threw away findEntities'
    // optimised code, which then ran unoptimised for the next dozens of small texts
    lastCommonWords = { names, notFound: last.notFound, found: last.found };
    return last.found;
  }
  const notFound = new Set<string>();
  // (indexed loops: see newPartIndex in headShortForms.ts)
  for (let i = 0; i < names.length; i++) for (let j = 0; j < names[i].commonKeys.length; j++) notFound.add(names[i].commonKeys[j]);
  const found = findCommonWordsInLongNames(names, notFound);
  lastCommonWords = { names, notFound, found };
  commonWordSearches++;
  return found;
}

/** How many times `commonWordsInLongNames` searched the long names afresh (`commonWordsSearched`). */
let commonWordSearches = 0;

/**
 * How many times the entity stage has searched the document's long names for its common words
 * afresh (not kept the last answer) since the module loaded: a test reads it around an analysis.
 */
export function commonWordsSearched(): number {
  return commonWordSearches;
}

/**
 * The last `commonWordsInLongNames` answer (`found`, never changed by callers), the names it read
 * and the common words it looked for and did not find.
 */
let lastCommonWords: { names: readonly ParagraphNames[]; notFound: Set<string>; found: Set<string> } | null = null;
clearWithMemos(() => {
  lastCommonWords = null;
});

/**
 * Whether `last.found` is the answer for `names` too: every paragraph has the common words it had
 * (so the same words are wanted), and each whose long-name words changed ("Goldman Sachs" typed
 * into "Goldman Sachsa") still has every found word it had and has no wanted word not found.
 * Then no found word lost its last long name and no wanted word gained one.
 */
function sameCommonWordsFound(names: readonly ParagraphNames[], last: NonNullable<typeof lastCommonWords>): boolean {
  if (names.length !== last.names.length) return false;
  for (let i = 0; i < names.length; i++) {
    const now = names[i];
    const before = last.names[i];
    if (now === before) continue;
    if (!sameList(now.commonKeys, before.commonKeys)) return false;
    if (sameList(now.longNameKeys, before.longNameKeys)) continue;
    for (let j = 0; j < before.longNameKeys.length; j++) {
      const key = before.longNameKeys[j];
      if (last.found.has(key) && !now.longNameKeys.includes(key)) return false;
    }
    for (let j = 0; j < now.longNameKeys.length; j++) {
      const key = now.longNameKeys[j];
      if (last.notFound.has(key)) return false;
    }
  }
  return true;
}

/** The words of `wanted` that some paragraph's long names have; `wanted` is left with the others. */
function findCommonWordsInLongNames(names: readonly ParagraphNames[], wanted: Set<string>): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  for (let i = 0; i < names.length; i++) {
    const keys = names[i].longNameKeys;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j];
      if (!wanted.has(key)) continue;
      found.add(key);
      wanted.delete(key);
      if (wanted.size === 0) return found;
    }
  }
  return found;
}

/** Farthest a pronoun may stand after a mention (in its paragraph) and still count as gender evidence for it. */
const PRONOUN_REACH = 250;

/** A paragraph that is no update line. */
function isNotUpdateLine(p: Paragraph): boolean {
  return p.kind !== 'update-line';
}

/** What `findEntities` finds: the mentions (nested ones right after their outer mention) and entities. */
export interface FoundEntities {
  mentions: Mention[];
  entities: Entity[];
  /** The mentions nested in no other (`mentions` itself when no name is nested). */
  outer: Mention[];
}

/** The type of cluster `ci`: `types[ci]`, and a place for the clusters nested names open after them. */
function typeOf(types: readonly EntityType[], ci: number): EntityType {
  return ci < types.length ? types[ci] : 'place';
}

/** The entity id of cluster `ci`, numbered in order of first mention (`entityOf`, null: clusters are in that order). */
function entityIdOf(entityOf: readonly number[] | null, ci: number): string {
  return idOf('e', entityOf ? entityOf[ci] : ci);
}

/** Finds the people, organizations and places of the article and clusters their mentions. */
export function findEntities(doc: ScannedDocument, options: AnalyzeOptions): FoundEntities {
  const paragraphs = doc.paragraphs.filter(isNotUpdateLine);
  const allTexts = paragraphTexts(doc);
  // (loops, not `map` with an arrow: a closure made per call loses its optimised code at each full collection, see core/shapes.ts)
  const texts: string[] = new Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) texts[i] = allTexts[paragraphs[i].index];
  const preps: KeptParagraph[] = new Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) preps[i] = prepareCached(texts[i], paragraphs[i].kind === 'headline' && isTitleCase(texts[i]), i);
  const evidence = documentEvidence(preps);
  // the last analysis's candidates may be handed out again from here on
  startPlacement();
  const found: PlacedCandidates[] = new Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    found[i] = findCandidatesCached(texts[i], preps[i], paragraphs[i].span.start, evidence, paragraphs[i].kind === 'headline', paragraphNamesOf, i);
  }
  const names: ParagraphNames[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) names[i] = found[i].names;
  const inLongNames = commonWordsInLongNames(names);
  // the four per-candidate lists at their final size at once (growing them by push copies each several times)
  let total = 0;
  for (let i = 0; i < found.length; i++) total += found[i].candidates.length;
  const cands: NameCandidate[] = new Array(total);
  const infos: NameInfo[] = new Array(total);
  const heads: (string | undefined)[] = new Array(total);
  const firstGenders = new Uint8Array(total);
  const paragraphEnds: number[] = new Array(total);
  const paragraphOf: number[] = new Array(total);
  let n = 0;
  const passes = new Uint8Array(total);
  const listIndex = new Int32Array(total);
  // the first candidate of each paragraph, and the candidate count last
  const paragraphStarts = new Int32Array(found.length + 1);
  // how each candidate is joined to the one kept before it in its paragraph (UNKNOWN_LINK: a dropped one stood between them)
  const coordination = new Uint8Array(total);
  // the document index of each kept candidate of the current paragraph (-1: dropped); entries
  // past the paragraph's candidates are stale, never read (an acronym's long form comes before it)
  const index: number[] = [];
  for (let i = 0; i < found.length; i++) {
    paragraphStarts[i] = n;
    const list = found[i].candidates;
    const listInfos = names[i].infos;
    const listHeads = names[i].heads;
    // (passes at k, coordination at count + k, first-name genders at 2 * count + k: see `ParagraphNames.flags`)
    const listFlags = names[i].flags;
    const count = list.length;
    // the list index of the candidate kept before, in this paragraph
    let keptBefore = -1;
    const end = paragraphs[i].span.end;
    for (let k = 0; k < list.length; k++) {
      const c = list[k];
      const dropped = c.common && !inLongNames.has(c.tokens[0].key);
      // (one store, kept or dropped: a store reached only once a text drops a candidate would deoptimise findEntities)
      index[k] = dropped ? -1 : n;
      if (dropped) continue;
      if (c.acronymOf !== undefined) {
        const long = c.acronymOf < k ? index[c.acronymOf] : -1;
        c.acronymOf = long >= 0 ? long : undefined;
      }
      cands[n] = c;
      infos[n] = listInfos[k];
      heads[n] = listHeads[k];
      firstGenders[n] = listFlags[2 * count + k];
      passes[n] = listFlags[k];
      // (compared for every candidate, not only in the ternary's branch after a dropped one: as for `index[k]` above)
      const noneKeptBefore = keptBefore < 0;
      coordination[n] = keptBefore === k - 1 ? listFlags[count + k] : noneKeptBefore ? 0 : UNKNOWN_LINK;
      keptBefore = k;
      listIndex[n] = k;
      paragraphEnds[n] = end;
      paragraphOf[n] = i;
      n++;
    }
  }
  cands.length = infos.length = heads.length = paragraphEnds.length = paragraphOf.length = n;
  paragraphStarts[found.length] = n;
  // "an American YouTube personality" where the article writes "YouTube" alone: the mention is "YouTube"
  // (a stripped name has other words and another start: what was worked out for it per paragraph is
  // worked out again, and the passes after it keep their filters; `linkPartShortForms` reads every candidate)
  const stripped = stripModifiersBeforeNames(cands, infos, { flags: passes, bit: PASS.strip });
  // how far the strip moved each candidate's start (null: it stripped none)
  const cuts = stripped ? new Int32Array(n) : null;
  if (cuts) {
    for (let k = 0; k < n; k++) {
      const listed = found[paragraphOf[k]].candidates[listIndex[k]];
      if (cands[k] === listed) continue;
      cuts[k] = cands[k].span.start - listed.span.start;
      heads[k] = headOfWords(cands[k]);
      firstGenders[k] = firstNameGenderOf(infos[k]);
      // (its alias bit stays though it tested the text before the name's unstripped start: the gap
      // before a stripped name now ends in the capitalised modifier it lost, and no ALIAS_GAP or
      // NEXT_ALIAS_GAP ends in a demonym or adjective, so a stripped name is no alias, with the bit or without)
      passes[k] = (passes[k] & PASS.aliases) | wordPasses(doc.masked, cands[k], heads[k]);
      coordination[k] = UNKNOWN_LINK;
    }
  }
  attachHoverCards(doc, cands);
  typeByCoordination(doc.masked, cands, paragraphOf, coordination);
  linkAliases(doc.masked, cands, paragraphOf, { flags: passes, bit: PASS.aliases });
  linkTitleAppositives(doc.masked, cands, paragraphOf, { flags: passes, bit: PASS.titles });
  linkTitlesBeforeNames(doc.masked, cands, paragraphOf, { flags: passes, bit: PASS.titles });
  linkParentheticalNames(doc.masked, cands, paragraphOf, { flags: passes, bit: PASS.parentheses });
  linkHeadShortForms(doc.masked, cands, { flags: passes, bit: PASS.headShortForms }, heads);
  linkSchoolShortForms(doc.masked, cands, { flags: passes, bit: PASS.schoolShortForms });
  // (the document's longer names are worked out only without a strip: after one the pass reads the candidates as they are then)
  linkPartShortForms(doc.masked, cands, infos, stripped ? undefined : paragraphPartContext(names, listIndex, paragraphStarts, passes));
  retypePlaceShortForms(doc.masked, cands, { flags: passes, bit: PASS.placeShortForms });

  // (the clusters may be the last analysis's: later passes change only their personEvidence)
  const { clusters, assignment } = clusterMentionsCached(cands, options, infos);
  const pronouns: PronounLookup = { paragraphOf, preps, paragraphs, masked: doc.masked };
  personByPronoun(doc, cands, paragraphEnds, assignment, clusters, pronouns);
  // clustering opens clusters in document order (a new cluster's first member is the latest
  // candidate), so cluster ci is the entity `e${ci}`: entities are in order of first mention

  // each cluster's type first: a mention is made with its final type (a reused one is never changed)
  const types = new Array<EntityType>(clusters.length);
  for (let k = 0; k < clusters.length; k++) types[k] = entityType(clusters[k], options);
  const { names: nested, newClusters, reused: sameClustering } = findNestedNamesCached(cands, infos, assignment, types, clusters);
  // entities are numbered in order of first mention, nested names included (the identity without them)
  const entityOf = nested.length ? entityOrder(cands.length, assignment, nested, clusters.length + newClusters.length) : null;
  const last = lastMentions;
  const mentions: Mention[] = new Array(cands.length + nested.length);
  // the mention index of each candidate (null: the candidate's own, no nested names before it)
  const mentionOf: number[] | null = nested.length ? new Array(cands.length) : null;
  // the mentions of each cluster's nested names (by mention index), in document order
  // (a loop, not `Array.from` with an arrow: no closure made per analysis, see core/shapes.ts)
  const nestedOf: number[][] = nested.length ? new Array(clusters.length + newClusters.length) : [];
  for (let ci = 0; ci < nestedOf.length; ci++) nestedOf[ci] = [];
  let ni = 0;
  let mi = 0;
  for (let k = 0; k < cands.length; k++, mi++) {
    const c = cands[k];
    const type = typeOf(types, assignment[k]);
    const entityId = entityIdOf(entityOf, assignment[k]);
    if (mentionOf) mentionOf[k] = mi;
    // the last analysis's mention when it is this one (a keystroke elsewhere): the same span objects, text and entity
    const prev = last[mi];
    if (prev !== undefined && prev.span === c.span && prev.text === c.text && prev.type === type && prev.entityId === entityId &&
      prev.title === c.title && prev.possessive === c.possessive && prev.titleOnly === (c.titleOnly ? true : undefined) && prev.within === undefined) {
      mentions[mi] = prev;
    } else {
      const m: Mention = { id: idOf('m', mi), span: c.span, text: c.text, type, entityId };
      if (c.title) m.title = c.title;
      if (c.possessive) m.possessive = c.possessive;
      if (c.titleOnly) m.titleOnly = true;
      mentions[mi] = m;
    }
    const outerId = mentions[mi].id;
    for (; ni < nested.length && nested[ni].outer === k; ni++) {
      const name = nested[ni];
      const innerType = typeOf(types, name.cluster);
      const innerEntity = entityIdOf(entityOf, name.cluster);
      const p = last[++mi];
      nestedOf[name.cluster].push(mi);
      mentions[mi] = p !== undefined && p.within === outerId && p.span.start === name.span.start && p.span.end === name.span.end && p.text === name.text &&
        p.type === innerType && p.entityId === innerEntity
        ? p
        : { id: idOf('m', mi), span: name.span, text: name.text, type: innerType, entityId: innerEntity, within: outerId };
    }
  }
  lastMentions = mentions;

  // each cluster's entity, by cluster index (entity k is cluster k unless nested names reorder them)
  const byCluster: Entity[] = new Array(clusters.length + newClusters.length);
  if (sameClustering) {
    // the last clustering again (every candidate the same but for its offsets, see clusterMentionsCached),
    // so the same nested names (findNestedNamesCached) and mention ids: each entity is the last one
    for (let ci = 0; ci < byCluster.length; ci++) byCluster[ci] = lastByCluster[ci];
  } else {
    for (let k = 0; k < clusters.length; k++) {
      byCluster[k] = buildEntity(clusters[k], entityIdOf(entityOf, k), types[k], cands, mentions, mentionOf, nested.length ? nestedOf[k] : undefined, options, lastByCluster[k]);
    }
    for (let j = 0; j < newClusters.length; j++) {
      const ci = clusters.length + j;
      const members = nestedOf[ci];
      const ids: string[] = new Array(members.length);
      for (let m = 0; m < members.length; m++) ids[m] = mentions[members[m]].id;
      byCluster[ci] = { id: entityIdOf(entityOf, ci), name: newClusters[j], type: 'place', mentionIds: ids, introducedBy: ids[0], roles: [] };
    }
  }
  // (a loop: `Uint8Array.from` with a map function takes its slow path; by the types, not the entities: a person
  // handed out again carries the `gender` field its analysis gave it, another hidden class than a new entity's, which
  // no text of the bench's warm-up reused, and reading it threw away findEntities' and fillGender's optimised code)
  const people = new Uint8Array(byCluster.length);
  for (let ci = 0; ci < byCluster.length; ci++) if (typeOf(types, ci) === 'person') people[ci] = 1;
  const after = pronounsAfterPeople(doc, cands, paragraphEnds, paragraphOf, assignment, people, { names, listIndex, paragraphStarts, cuts }, pronouns);
  // the last read of the paragraphs' tokens: the memo keeps what was worked out from them
  for (let i = 0; i < preps.length; i++) releaseTokens(preps[i]);
  fillGender(cands, firstGenders, assignment, byCluster, people, after);
  lastByCluster = byCluster;
  let entities = byCluster;
  if (entityOf) {
    entities = new Array(byCluster.length);
    for (let ci = 0; ci < byCluster.length; ci++) entities[entityOf[ci]] = byCluster[ci];
  }
  return { mentions, entities, outer: nested.length ? mentions.filter(isOuter) : mentions };
}

/** A mention nested in no other. */
function isOuter(m: Mention): boolean {
  return m.within === undefined;
}

/**
 * The entities of the last analysis by cluster index (returned to its caller: never changed here).
 * An entity the same in every field is handed out again: a keystroke that leaves the names alone makes no new ones.
 */
let lastByCluster: Entity[] = [];
clearWithMemos(() => {
  lastByCluster = [];
});

/**
 * The mentions of the last analysis (returned to its caller: never changed here). A mention the
 * same in every field is handed out again, so a keystroke makes new mentions only where it moved them.
 */
let lastMentions: Mention[] = [];
clearWithMemos(() => {
  lastMentions = [];
});

/** The type of a cluster's entity: the style sheet's, else what its mentions vote. */
function entityType(cluster: Cluster, options: AnalyzeOptions): EntityType {
  const style = cluster.style !== undefined ? options.styleSheet[cluster.style] : undefined;
  return style?.type ?? clusterType(cluster);
}

/**
 * The entity of one cluster (`id` its id, `type` its type: its mentions have it already): `last`,
 * the last analysis's entity of that cluster, when it has every field but the gender (`fillGender` sets that).
 */
function buildEntity(
  cluster: Cluster, id: string, type: EntityType, cands: readonly NameCandidate[], mentions: Mention[], mentionOf: readonly number[] | null,
  nested: readonly number[] | undefined, options: AnalyzeOptions, last: Entity | undefined,
): Entity {
  const style = cluster.style !== undefined ? options.styleSheet[cluster.style] : undefined;
  const members = cluster.members;
  // the introduction: the first mention with the fullest written form, in the body (a headline uses surnames)
  let intro = members[0];
  let introScore = -1;
  const roles: string[] = [];
  // the last entity's list while its ids are the same
  let mentionIds = last !== undefined && last.mentionIds.length === members.length ? last.mentionIds : new Array<string>(members.length);
  for (let j = 0; j < members.length; j++) {
    const m = members[j];
    const c = cands[m];
    // a title alone names its holder only where no name of theirs is written ("the King of Athens, Theseus")
    const score = (c.headline ? 0 : 1000) + (c.titleOnly ? 0 : 500) + (c.fullName ? 100 : 0) + c.tokens.length;
    if (score > introScore) [intro, introScore] = [m, score];
    for (const r of c.roles) if (!roles.includes(r)) roles.push(r);
    const mentionId = mentions[mentionOf ? mentionOf[m] : m].id;
    if (mentionIds === last?.mentionIds) {
      if (mentionIds[j] === mentionId) continue;
      mentionIds = mentionIds.slice(0, j);
      mentionIds.length = members.length;
    }
    mentionIds[j] = mentionId;
  }
  if (style?.roles) for (const r of style.roles) if (!roles.includes(r)) roles.push(r);
  const name = cluster.fullName ?? style?.name ?? cands[intro].text;
  if (nested?.length) {
    const ids = withNested(members, mentionOf!, nested, mentions);
    mentionIds = last !== undefined && sameList(last.mentionIds, ids) ? last.mentionIds : ids;
  }
  const introducedBy = mentions[mentionOf ? mentionOf[intro] : intro].id;
  if (last !== undefined && mentionIds === last.mentionIds && last.id === id && last.name === name && last.type === type && last.introducedBy === introducedBy &&
    sameList(last.roles, roles) && last.description === style?.description) return last;
  // (a literal and a field set after it, not a spread of an object made to be thrown away)
  const entity: Entity = { id, name, type, mentionIds, introducedBy, roles };
  if (style?.description) entity.description = style.description;
  return entity;
}

/** The ids of a cluster's mentions and its nested mentions (mention indices), in document order. */
function withNested(members: readonly number[], mentionOf: readonly number[], nested: readonly number[], mentions: readonly Mention[]): string[] {
  const ids: string[] = [];
  let a = 0;
  let b = 0;
  while (a < members.length || b < nested.length) {
    const next = b >= nested.length || (a < members.length && mentionOf[members[a]] < nested[b]) ? mentionOf[members[a++]] : nested[b++];
    ids.push(mentions[next].id);
  }
  return ids;
}

/**
 * The entity number of each cluster (`clusterCount` of them, new ones for places named only inside
 * names included): the order of first mention, each candidate's nested names right after it.
 */
function entityOrder(candCount: number, assignment: readonly number[], nested: readonly NestedName[], clusterCount: number): number[] {
  const order = new Array<number>(clusterCount).fill(-1);
  let next = 0;
  let ni = 0;
  for (let k = 0; k < candCount; k++) {
    if (order[assignment[k]] < 0) order[assignment[k]] = next++;
    for (; ni < nested.length && nested[ni].outer === k; ni++) if (order[nested[ni].cluster] < 0) order[nested[ni].cluster] = next++;
  }
  return order;
}

/** Words before a name that people do not take ("the Bernoulli family", "a Baptist minister", "his Thyrza"): no pronoun makes it a person. */
const NOT_A_PERSON_BEFORE = new RegExp(`\\b(?:${[...DETERMINERS].join('|')})\\s+$`, 'i');

/** Where `pronounAfter` finds the pronouns after candidate `k`: its paragraph (`paragraphOf[k]`) and that paragraph's prepared one. */
interface PronounLookup {
  paragraphOf: readonly number[];
  preps: readonly KeptParagraph[];
  paragraphs: readonly Paragraph[];
  masked: string;
}

/**
 * The first he/she-type pronoun in `[from, to)`, in candidate `k`'s paragraph. Its pronoun positions are worked out once
 * per prepared paragraph (kept on it) and only for paragraphs asked about. (Module-level, not a closure made per
 * analysis, which loses its optimised code at each full collection: see core/shapes.ts.)
 */
function pronounAfter(look: PronounLookup, k: number, from: number, to: number): 'male' | 'female' | null {
  const i = look.paragraphOf[k];
  const prep = look.preps[i];
  const index = (prep.pronouns ??= pronounIndex(withTokens(prep).tokens));
  return firstPronounIndexed(index, look.paragraphs[i].span.start, look.masked, from, to);
}

/**
 * A name nothing else types ("Warhol") is a person when `he` or `she` follows it before the next
 * name: "Warhol’s prints … he said" (within PRONOUN_REACH, in its paragraph).
 */
function personByPronoun(doc: ScannedDocument, cands: NameCandidate[], paragraphEnds: number[], assignment: number[], clusters: Cluster[], pronouns: PronounLookup): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const cluster = clusters[assignment[k]];
    if (cluster.personEvidence || c.type !== 'person' || c.typeStrength > 0) continue;
    if (NOT_A_PERSON_BEFORE.test(doc.masked.slice(Math.max(0, c.span.start - 8), c.span.start))) continue;
    if (k > 0 && pronounTakenByEarlierPerson(doc.masked, cands[k - 1], c, clusters[assignment[k - 1]], paragraphEnds[k - 1] === paragraphEnds[k])) continue;
    const from = c.possessive?.end ?? c.span.end;
    const next = cands[k + 1];
    const to = Math.min(next ? next.title?.start ?? next.span.start : doc.masked.length, from + PRONOUN_REACH, paragraphEnds[k]);
    if (from < to && pronounAfter(pronouns, k, from, to)) cluster.personEvidence = true;
  }
}

/** A mark that may end a sentence between two names. */
const SENTENCE_END_MARK = /[.!?]/;

/**
 * "Markus Landgraf has estimated the particles captured by Stardust … He estimated": a pronoun
 * after a name that a person (known as one) comes before in the same sentence is more likely that
 * person's, so it makes the later name no person.
 */
function pronounTakenByEarlierPerson(text: string, prev: NameCandidate, c: NameCandidate, prevCluster: Cluster, sameParagraph: boolean): boolean {
  return sameParagraph && prevCluster.personEvidence && !SENTENCE_END_MARK.test(text.slice(prev.span.end, c.span.start));
}

/**
 * What joins two names of one list, `text[from, to)`: 2 a conjunction ("X and Y", "X, and Y",
 * "X & Y": `/^(?:\s*,)?\s+(and|or|&)\s+$/`), 1 a comma ("X, Y": `/^\s*,\s+$/`), else 0. Read in
 * place: a slice and a match for every two names in a row cost more than the reading.
 */
export function coordinationGap(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  const comma = i < to && text.charCodeAt(i) === 44;
  if (comma) i++;
  const spaces = i;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  // a space after the comma, or (without one) before the conjunction
  if (comma ? i === spaces : i === from) return 0;
  if (comma && i === to) return 1;
  let j = i;
  const c = text.charCodeAt(j);
  if (c === 38) j += 1;
  else if (c === 97 && text.charCodeAt(j + 1) === 110 && text.charCodeAt(j + 2) === 100) j += 3;
  else if (c === 111 && text.charCodeAt(j + 1) === 114) j += 2;
  else return 0;
  // (a conjunction read past `to` into the next name leaves `j` past it: no match)
  const word = j;
  while (j < to && isJsSpace(text.charCodeAt(j))) j++;
  return j === to && j > word ? 2 : 0;
}
/** Longest text between two coordinated names (", and " with spaces to spare). */
const MAX_COORDINATION_GAP = 8;

/**
 * A name typed by its own words or context (`typeStrength` ≥ 1) as a person, organization or
 * place; an unknown name of several words is a person by a guess only ("Baïnounk Gubëeher").
 */
function surelyTyped(c: NameCandidate): boolean {
  if (c.typeStrength < 1 || c.weak || c.type === 'other' || c.tokens.some((t) => t.key === 'of')) return false;
  return !(c.type === 'person' && c.typeStrength === 1 && c.tokens.length > 1 && !firstNameGender(c.tokens[0].key));
}
/** A name typed by default only: a guess with nothing behind it ("Broken Arrow" is other by its common words). */
const unsurelyTyped = (c: NameCandidate) => c.typeStrength === 0;

/**
 * Names of one list share a type: "Dalmatia and Pannonia", "Carrano and Biewener (2005)",
 * "Sapulpa, Jenks, and Broken Arrow". A list is names joined by commas and a conjunction
 * ("at Harrow, John Smith" is none); its names typed by default take the one type its surely
 * typed names agree on. "X of Y and Z" is left alone: Z may continue Y ("Institute of History and Philology").
 * `links`: each candidate's `coordinationLink` to the one before it, worked out per paragraph
 * (`UNKNOWN_LINK`: work it out here, as for a name a strip changed).
 */
function typeByCoordination(text: string, cands: NameCandidate[], paragraphOf: number[], links: Uint8Array): void {
  let start = 0;
  let conjunction = false;
  const people = new PeopleByWord(cands);
  for (let k = 1; k <= cands.length; k++) {
    let l = 0;
    if (k < cands.length && paragraphOf[k] === paragraphOf[k - 1]) {
      l = links[k] === UNKNOWN_LINK ? coordinationLink(text, cands[k - 1], cands[k]) : links[k];
    }
    if (l === 2) conjunction = true;
    if (l) continue;
    if (conjunction && k - start > 1) typeList(cands, start, k, people);
    start = k;
    conjunction = false;
  }
}

/**
 * How `b` is joined to `a` right before it (offsets in `text`): 0 not, 1 by a comma, 2 by a
 * conjunction. Reads only the two names' spans and the text between them.
 */
function coordinationLink(text: string, a: NameCandidate, b: NameCandidate): number {
  if (a.possessive || b.span.start <= a.span.end || b.span.start - a.span.end > MAX_COORDINATION_GAP) return 0;
  return coordinationGap(text, a.span.end, b.span.start);
}

/** A `coordinationLink` not worked out per candidate list: two names of one paragraph that a dropped one stood between. */
const UNKNOWN_LINK = 255;

/**
 * Gives the names `[from, to)` of one list typed by default the type their surely typed names agree on, but a common
 * surname alone no place (`surnameAlone`); a list of places types its names guessed from one word as places too (`typePlaceList`).
 */
function typeList(cands: NameCandidate[], from: number, to: number, people: PeopleByWord): void {
  if (typePlaceList(cands, from, to, people)) return;
  let type: NameCandidate['type'] | undefined;
  for (let k = from; k < to; k++) {
    const c = cands[k];
    if (!surelyTyped(c)) continue;
    if (type && c.type !== type) return;
    type = c.type;
  }
  if (!type) return;
  for (let k = from; k < to; k++) {
    const c = cands[k];
    if (!unsurelyTyped(c) || c.title || (type === 'place' && surnameAlone(c))) continue;
    c.type = type;
    c.typeStrength = 1;
  }
}

/**
 * "Scottsdale, Tempe, Peoria, Chandler, and Gilbert", "Paris, Lyon and Chandler": a list with at least two names typed
 * places by more than a default (one of them surely), whose other names are each one word typed by a guess only
 * (`placeInList`), is a list of places; those names are places. Whether it was.
 */
function typePlaceList(cands: NameCandidate[], from: number, to: number, people: PeopleByWord): boolean {
  let places = 0;
  let sure = false;
  for (let k = from; k < to; k++) {
    const c = cands[k];
    if (typedPlace(c)) {
      places++;
      sure ||= surelyTyped(c);
    } else if (!placeInList(c)) return false;
  }
  if (places < 2 || !sure) return false;
  for (let k = from; k < to; k++) if (!typedPlace(cands[k]) && people.namedElsewhere(cands[k].tokens[0].key)) return false;
  for (let k = from; k < to; k++) {
    const c = cands[k];
    if (typedPlace(c)) continue;
    c.type = 'place';
    c.typeStrength = 1;
  }
  return true;
}

/**
 * The document's people by word, read before any list is typed and only when a list of places asks: "Tom Gilbert"
 * makes "Gilbert" in a list him, and a one-word "Chandler" typed a person twice ("Tempe, Mesa and Chandler … said
 * Chandler, 45") is someone, whom the list's guess must not turn into a town.
 */
class PeopleByWord {
  /** Per word, 2 for each person of several words it is the surname of, 1 for each one-word person it names. */
  private weights: Map<string, number> | undefined;

  constructor(private readonly cands: readonly NameCandidate[]) {}

  /** Whether `key` is the surname of a person of several words, or a one-word person named more than once. */
  namedElsewhere(key: string): boolean {
    return ((this.weights ??= this.collect()).get(key) ?? 0) > 1;
  }

  private collect(): Map<string, number> {
    const weights = new Map<string, number>();
    for (const c of this.cands) {
      if (c.type !== 'person') continue;
      const key = c.tokens[c.tokens.length - 1].key;
      weights.set(key, (weights.get(key) ?? 0) + (c.tokens.length > 1 ? 2 : 1));
    }
    return weights;
  }
}

keepShape('PeopleByWord', () => {
  const people = new PeopleByWord([]);
  people.namedElsewhere('');
  return people;
});

/** A name typed a place by more than a default (perhaps `weak`: "Lyon" is a surname too). */
const typedPlace = (c: NameCandidate) => c.type === 'place' && c.typeStrength >= 1;

/**
 * A name of one word, without a title, that a list of places may type a place: one typed by default, a first name
 * alone (as towns are named: "Chandler", "Gilbert"; not a surname, "Lopez"), or an organization by its context
 * ("officials from Scottsdale").
 */
function placeInList(c: NameCandidate): boolean {
  if (c.typeStrength > 1 || c.tokens.length !== 1 || c.title || c.titleOnly || c.possessive || surnameAlone(c)) return false;
  return c.typeStrength === 0 || (c.type === 'person' ? firstNameGender(c.tokens[0].key) !== undefined : c.type === 'organization');
}

/** A name of one word that is a common surname ("Smith", "Jones"): someone, whom no list of places makes a town. */
const surnameAlone = (c: NameCandidate) => commonSurnameAlone(c.tokens.length, c.tokens[0].key);

/** Adverbs before "known as" or "called" in an alias ("also known as", "originally called"). */
const ALIAS_ADVERBS = '(?:also|better|commonly|widely|popularly|now|formerly|once|still|more|locally|simply|sometimes|often|usually|originally)';

/**
 * What stands between a name and another name of it: "Jenna Mourey (born 1986), better known by
 * her pseudonym Jenna Marbles", "Guadeloupe, also known as the Butterfly Island", "Lady Gaga (born Stefani Germanotta",
 * "Jolfa (originally called New Julfa)", "Mingo Valley Expressway, aka "Pearl Harbor Memorial Expressway"",
 * "(IATA: RVS) (often called the "Riverside Airport")". "called" needs its adverb: "her boyfriend X called "The Podcast"" names two things.
 */
// a new ending here must go into ALIAS_GAP_END too, or the alias pass filter skips its names; a new word every match needs, into `ALIAS_WORDS` (tokens.ts)
const ALIAS_GAP = new RegExp(
  '^\\s*\\)?\\s*(?:\\([^()]{0,120}\\)\\s*)?,?\\s*\\(?\\s*(?:(?:' + ALIAS_ADVERBS + '\\s+)?known\\s+(?:as|by\\s+(?:his|her|their|its|the)\\s+(?:[a-z]+\\s+)?(?:pseudonym|name|nickname))|' +
  ALIAS_ADVERBS + '\\s+called|aka|a\\.k\\.a\\.)\\s*["“‘\']?(?:the\\s+)?["“‘\']?$|^\\s*\\(\\s*born\\s+$', 'i');
/**
 * What stands between an alias and a further alias of the same name (not after a comma: "X, also known as Y, and Z spoke"): "also known as Abba Theodorus
 * and Theodore the Sanctified", "Guadeloupe, known as Gwadloup in the local creole, and sometimes known as the Butterfly Island".
 */
const NEXT_ALIAS_GAP = new RegExp('^\\s+(?:and|or)\\s+["“‘\']?(?:the\\s+)?$|^[^.;:!?()"“”]{0,60},\\s*(?:and\\s+)?(?:' + ALIAS_ADVERBS + '\\s+)?known\\s+as\\s+["“‘\']?(?:the\\s+)?["“‘\']?$', 'i');
/**
 * How every match of ALIAS_GAP, and of NEXT_ALIAS_GAP after "known as", ends (with their flags), as a
 * look-behind tried only at `lastIndex` (`endsAt`). It may find the words further back than
 * MAX_ALIAS_GAP (after a long run of spaces), where `linkAliases` links nothing: the filter lets more names through, no fewer.
 */
const ALIAS_GAP_END = /(?<=(?:as|pseudonym|name|nickname|called|aka|a\.k\.a\.)\s*["“‘']?(?:the\s+)?["“‘']?|born\s+)/iy;
/** How the other matches of NEXT_ALIAS_GAP end ("… and Theodore"), as ALIAS_GAP_END is written. */
const FURTHER_ALIAS_GAP_END = /(?<=(?:and|or)\s+["“‘']?(?:the\s+)?)/iy;
/** A word every match of ALIAS_GAP has (`ALIAS_WORDS`, and "aka" with its full stops): a gap without one is no alias's. */
const ALIAS_WORD = new RegExp([...ALIAS_WORDS.map(([word]) => word), 'a\\.k\\.a'].join('|'), 'i');
/** Longest text between a name and its alias (a parenthesis of birth dates and notes fits). */
const MAX_ALIAS_GAP = 180;
/** "of" or "of the" at the end of the text before a name ("… of Tabennese"). */
const ENDS_IN_OF = /\bof\s+(?:the\s+)?$/;
/** Only "of" or "of the" between two names ("Theodorus of Tabennese"). */
const OF_GAP = /^\s+of\s+(?:the\s+)?$/;

/**
 * Marks each name written as another name of the name just before it (`aliasOf`, and
 * `alsoKnownAs` on that name), so both make one entity. In "Theodorus of Tabennese, also known as
 * Abba Theodorus" the name before is Theodorus, not Tabennese; after any other "of" nothing is sure.
 * `afterAliasWords` keeps the candidates after the words an alias gap ends in (`mayBeAlias`).
 */
function linkAliases(text: string, cands: NameCandidate[], paragraphOf: number[], afterAliasWords: PassFilter): void {
  for (let k = 1; k < cands.length; k++) {
    if (skips(afterAliasWords, k)) continue;
    const prev = cands[k - 1];
    const from = prev.possessive ? -1 : prev.span.end;
    const to = cands[k].span.start;
    if (from < 0 || paragraphOf[k] !== paragraphOf[k - 1] || to - from > MAX_ALIAS_GAP || cands[k].acronymOf !== undefined) continue;
    const gap = text.slice(from, to);
    // "also known as Abba Theodorus and Theodore": a further alias of the same name
    const earlier = prev.aliasOf;
    if (earlier !== undefined && NEXT_ALIAS_GAP.test(gap)) {
      cands[k].aliasOf = earlier;
      continue;
    }
    // (the simple test first: a gap without an alias word, most of them, matches no ALIAS_GAP)
    if (!ALIAS_WORD.test(gap) || !ALIAS_GAP.test(gap) || stateAfterPlace(text, prev)) continue;
    let target = k - 1;
    if (ENDS_IN_OF.test(text.slice(Math.max(0, prev.span.start - 8), prev.span.start))) {
      const before = cands[k - 2];
      if (!before || paragraphOf[k - 2] !== paragraphOf[k] || !OF_GAP.test(text.slice(before.span.end, prev.span.start))) continue;
      target = k - 2;
    }
    cands[k].aliasOf = target;
    cands[target].alsoKnownAs = k;
  }
}

/** A comma, and spaces after it, at the end. */
const ENDS_IN_COMMA = /,\s*$/;

/**
 * "Okmulgee, OK, aka the "Okmulgee Beeline."": an alias after a place and its state names neither
 * the state nor surely the place (here the road from there), so it is linked to nothing.
 */
function stateAfterPlace(text: string, c: NameCandidate): boolean {
  return c.state !== undefined && ENDS_IN_COMMA.test(text.slice(Math.max(0, c.span.start - 3), c.span.start));
}

/**
 * What stands between a person's name and a title that names the same person: an apposition
 * ("Ken Cuccinelli, Attorney General", "John FitzGibbon, 2nd Earl of Clare", "Smith, the Governor of
 * Texas") or a copula ("Fillmore served as President of the Linguistic Society").
 */
const TITLE_APPOSITION_GAP = /^(?:,\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?|\s+(?:was|is|became|becomes|served\s+as|serves\s+as|remains|remained)\s+(?:the\s+)?)$/;
/** Spaces only, at least one: between a place's possessive and the title it owns ("Virginia's Attorney General"). */
const SPACES_ONLY = /^\s+$/;

/** A name that is a title only ("Attorney General", "Earl of Clare", "President of the Linguistic Society"), no person's name after it. */
function isTitleName(c: NameCandidate): boolean {
  // (most names open no title: their keys are listed only for those that may)
  if (c.possessive || c.tokens.length === 0 || !TITLES.opensWith(c.tokens[0].key)) return false;
  const keys = c.tokens.map((t) => t.key);
  const title = TITLES.longestAt(keys, 0);
  return title !== null && (title.length === keys.length || keys[title.length] === 'of');
}

/**
 * Marks a title written as another name of the person just before it (`aliasOf`): "Ken
 * Cuccinelli, Virginia's Attorney General", "Fillmore served as President of the Linguistic Society".
 * The title becomes a title-only mention of that person (rename leaves it as written). A title
 * with a name of its own ("Jones, President Biden said") is another person. `titles` (see
 * `PassFilter`) keeps every candidate that `isTitleName` accepts.
 */
function linkTitleAppositives(text: string, cands: NameCandidate[], paragraphOf: number[], titles: PassFilter): void {
  for (let k = 1; k < cands.length; k++) {
    if (skips(titles, k)) continue;
    const t = cands[k];
    if (t.aliasOf !== undefined) continue;
    let p = k - 1;
    const between = cands[p];
    // "Cuccinelli, Virginia's Attorney General": the place owning the title stands between them
    if (between.type === 'place' && between.possessive && SPACES_ONLY.test(text.slice(between.possessive.end, t.span.start))) p--;
    const person = cands[p];
    if (!person || paragraphOf[p] !== paragraphOf[k] || person.type !== 'person' || person.titleOnly || person.possessive) continue;
    const gap = text.slice(person.span.end, p === k - 1 ? t.span.start : between.span.start);
    if (!TITLE_APPOSITION_GAP.test(gap) || !isTitleName(t)) continue;
    t.aliasOf = p;
    t.titleOnly = true;
    t.type = 'person';
    t.typeStrength = Math.max(t.typeStrength, 1);
  }
}

/** A comma and spaces only: between a title and its holder's name ("the Secretary of State, Mike Pompeo"). */
const COMMA_GAP = /^,\s+$/;

/**
 * Marks a person's name written right after a title and a comma as the name of that title's
 * holder: "the Secretary of State, Mike Pompeo, said", "the King of Athens, Theseus unified". The
 * title becomes a title-only mention and the name joins it (`aliasOf`). A name surely of a place or
 * a body ("the President of France, Germany and Italy") is no holder. `titles`: as for `linkTitleAppositives`.
 */
function linkTitlesBeforeNames(text: string, cands: NameCandidate[], paragraphOf: number[], titles: PassFilter): void {
  for (let k = 0; k + 1 < cands.length; k++) {
    if (skips(titles, k)) continue;
    const t = cands[k];
    const p = cands[k + 1];
    if (t.aliasOf !== undefined || t.titleOnly || t.title || paragraphOf[k] !== paragraphOf[k + 1]) continue;
    if (p.aliasOf !== undefined || p.acronymOf !== undefined || p.title || p.titleOnly || (p.type !== 'person' && p.typeStrength >= 2)) continue;
    if (!COMMA_GAP.test(text.slice(t.span.end, p.span.start)) || !isTitleName(t) || isTitleName(p)) continue;
    t.titleOnly = true;
    t.type = 'person';
    t.typeStrength = Math.max(t.typeStrength, 1);
    p.aliasOf = k;
  }
}

/** "(Koninklijke Bibliotheek)": ")" right after the name, in `text` (which holds the name at its span's offsets). */
function closesParenthesis(text: string, c: NameCandidate): boolean {
  return text.charAt(c.span.end) === ')';
}

/** "Chehel Sotoun (The Palace of Forty Columns)": a name, an opening parenthesis and "the", then the other name closing it. */
const PARENTHESIS_OPEN = /^ \((?:[Tt]he )?$/;

/**
 * Marks a name written alone in parentheses right after another name as another name of it
 * (`aliasOf`): "the National Library of the Netherlands (Koninklijke Bibliotheek)", "Chehel Sotoun
 * (The Palace of Forty Columns)", "Lady Gaga (Stefani Germanotta)". Not a known place ("Kabul
 * (Afghanistan)" is where it lies), nor a name of another type where both are sure of theirs
 * ("Tom Brady (Patriots)", "WASHINGTON (Reuters)"). Acronyms are linked by their letters already.
 * `beforeParenthesis` (see `PassFilter`) keeps every name with ")" right after it.
 */
function linkParentheticalNames(text: string, cands: NameCandidate[], paragraphOf: number[], beforeParenthesis: PassFilter): void {
  for (let k = 1; k < cands.length; k++) {
    if (skips(beforeParenthesis, k)) continue;
    const c = cands[k];
    const prev = cands[k - 1];
    if (paragraphOf[k] !== paragraphOf[k - 1] || c.aliasOf !== undefined || c.acronymOf !== undefined || prev.acronymOf !== undefined || c.title || c.possessive) continue;
    if (!closesParenthesis(text, c) || !PARENTHESIS_OPEN.test(text.slice(prev.possessive?.end ?? prev.span.end, c.span.start))) continue;
    if (knownPlace(c) || knownPlace(prev) || c.state !== undefined || prev.state !== undefined) continue;
    if (c.type !== prev.type && !(personByGuess(c) || personByGuess(prev))) continue;
    c.aliasOf = k - 1;
  }
}

/** A place the lexicon knows ("Afghanistan", "Kabul"): in parentheses it says where, not another name. */
function knownPlace(c: NameCandidate): boolean {
  if (c.type !== 'place') return false;
  const lex = LEXICON.longestAt(c.tokens.map((t) => t.key), 0);
  return lex !== null && lex.length === c.tokens.length;
}

/** A person by a guess only: no first name, no title ("Chehel Sotoun", two unknown words). */
function personByGuess(c: NameCandidate): boolean {
  return c.type === 'person' && c.typeStrength < 2;
}

/** Hover cards carry the full name of the linked name they follow ("Donald John Trump"). */
function attachHoverCards(doc: ScannedDocument, cands: NameCandidate[]): void {
  if (!doc.hoverCards.length) return;
  const byEnd = new Map<number, NameCandidate>();
  for (const c of cands) byEnd.set(c.span.end, c);
  for (const card of doc.hoverCards) {
    const c = byEnd.get(card.linkedName.end);
    if (c) c.fullName = card.fullName;
  }
}

/**
 * The pronoun (MALE, FEMALE or NO_GENDER) first written after each person's mention, in its paragraph
 * before the next person's mention (within PRONOUN_REACH); NO_GENDER for other candidates. `people`:
 * 1 for each cluster of a person, else 0. `reuse` (the paragraph names, each candidate's list index,
 * each paragraph's first candidate and how far a strip moved each candidate's start) lets a paragraph
 * take the last analysis's answers when it had the same names at the same index, or as many paragraphs
 * from the end, with the same candidates kept, moved by the same strips, and the same people among
 * them: the answers read only its text.
 */
function pronounsAfterPeople(
  doc: ScannedDocument, cands: readonly NameCandidate[], paragraphEnds: readonly number[], paragraphOf: readonly number[], assignment: readonly number[],
  people: Uint8Array, reuse: PronounSources, pronouns: PronounLookup,
): Uint8Array {
  const found = new Uint8Array(cands.length);
  const person = new Uint8Array(cands.length);
  for (let k = 0; k < cands.length; k++) person[k] = people[assignment[k]];
  const last = lastPronouns;
  const shift = last === null ? 0 : last.names.length - reuse.names.length;
  for (let from = 0, to = 0; from < cands.length; from = to) {
    // the candidates [from, to) of one paragraph
    const paragraph = paragraphOf[from];
    while (to < cands.length && paragraphOf[to] === paragraph) to++;
    if (last !== null) {
      const names = reuse.names[paragraph];
      const was = last.names[paragraph] === names ? paragraph : last.names[paragraph + shift] === names ? paragraph + shift : -1;
      const lastFrom = was >= 0 && sameKeptPeople(last, was, reuse, person, from, to) ? last.paragraphStarts[was] : -1;
      if (lastFrom >= 0) {
        for (let k = from; k < to; k++) found[k] = last.found[lastFrom + k - from];
        continue;
      }
    }
    let prevPerson = -1;
    for (let k = from; k <= to; k++) {
      if (k < to && person[k] === 0) continue;
      if (prevPerson >= 0) {
        // the stretch between one person's mention and the next person's (a person of a later paragraph starts after this one ends)
        const c = k < to ? cands[k] : undefined;
        const start = cands[prevPerson].possessive?.end ?? cands[prevPerson].span.end;
        const end = Math.min(c ? c.title?.start ?? c.span.start : doc.masked.length, start + PRONOUN_REACH, paragraphEnds[prevPerson]);
        const g = start < end ? pronounAfter(pronouns, prevPerson, start, end) : null;
        if (g) found[prevPerson] = g === 'male' ? MALE : FEMALE;
      }
      prevPerson = k;
    }
  }
  // (a literal, not a spread of `reuse`: one object shape, see nested.ts)
  lastPronouns = { names: reuse.names, listIndex: reuse.listIndex, paragraphStarts: reuse.paragraphStarts, cuts: reuse.cuts, person, found };
  return found;
}

/**
 * What `pronounsAfterPeople` reuses answers by: each paragraph's names, each candidate's list index, each paragraph's
 * first candidate (and the count last), and how far a strip moved each candidate's start (null: no strip).
 */
interface PronounSources {
  names: readonly ParagraphNames[];
  listIndex: Int32Array;
  paragraphStarts: Int32Array;
  cuts: Int32Array | null;
}

/**
 * The last analysis's `pronounsAfterPeople` answers (`found`) and what they were worked out from, with
 * whether each candidate's cluster was a person; flat lists in candidate order, none changed after:
 * a keystroke compares them in order instead of reading objects kept with each paragraph.
 */
let lastPronouns: (PronounSources & { person: Uint8Array; found: Uint8Array }) | null = null;
clearWithMemos(() => {
  lastPronouns = null;
});

/**
 * Whether the candidates `[from, to)` are the ones of the last analysis's paragraph `was` (by list index), moved by the
 * same strips (a strip moves a person's start, where the pronouns after the person before it stop), with the same people among them.
 */
function sameKeptPeople(last: NonNullable<typeof lastPronouns>, was: number, now: PronounSources, person: Uint8Array, from: number, to: number): boolean {
  const lastFrom = last.paragraphStarts[was];
  if (last.paragraphStarts[was + 1] - lastFrom !== to - from) return false;
  for (let k = from; k < to; k++) {
    const j = lastFrom + k - from;
    if (last.listIndex[j] !== now.listIndex[k] || last.person[j] !== person[k] || cutAt(last.cuts, j) !== cutAt(now.cuts, k)) return false;
  }
  return true;
}

/** How far a strip moved candidate `k`'s start (`cuts`: see `PronounSources`). */
function cutAt(cuts: Int32Array | null, k: number): number {
  return cuts === null ? 0 : cuts[k];
}

/** What separates the words of a full name ("Jane (Jenny) Doe"): the first two tell its gender. */
const NAME_WORD_SEPARATORS = /[\s()]+/;

/**
 * Sets `gender` on every person: titles (and roles of kinship), first names, then pronouns after its mentions (`after`:
 * see `pronounsAfterPeople`). A title wins, then a first name, then a clear majority of pronouns. `people`: 1 for each
 * entity that is a person.
 */
function fillGender(cands: NameCandidate[], firstGenders: Uint8Array, assignment: number[], entities: Entity[], people: Uint8Array, after: Uint8Array): void {
  // per entity (entity k is cluster k): male and female titles, he and she after its mentions
  const votes = new Int32Array(4 * entities.length);
  // the gender the first names tell: the full names' first two words first (the last full name
  // written first), then the first names in order; the first of them with a gender decides
  const byFullName = new Array<Gender | undefined>(entities.length);
  const byFirstName = new Array<Gender | undefined>(entities.length);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const e = assignment[k];
    if (people[e] === 0) continue;
    if (after[k] !== NO_GENDER) votes[4 * e + (after[k] === MALE ? 2 : 3)]++;
    const titleGender = c.titleInfo?.gender;
    if (titleGender) votes[4 * e + (titleGender === 'male' ? 0 : 1)]++;
    // a role of kinship (in the appositive or before the name) counts as a title: "Keisha Hayes, his sister" is a woman
    for (let r = 0; r < c.roles.length; r++) {
      const kinGender = c.roles[r] === c.titleText ? undefined : kinRoleGender(c.roles[r]);
      if (kinGender) votes[4 * e + (kinGender === 'male' ? 0 : 1)]++;
    }
    if (byFirstName[e] === undefined && firstGenders[k] !== NO_GENDER) byFirstName[e] = firstGenders[k] === MALE ? 'male' : 'female';
    if (c.fullName) {
      const words = c.fullName.split(NAME_WORD_SEPARATORS).filter(Boolean).slice(0, 2);
      const g = words.length ? tellingGender(words[0].toLowerCase()) ?? (words.length > 1 ? tellingGender(words[1].toLowerCase()) : undefined) : undefined;
      if (g) byFullName[e] = g;
    }
  }
  for (let k = 0; k < entities.length; k++) {
    if (people[k] === 0) continue;
    const [male, female, he, she] = [votes[4 * k], votes[4 * k + 1], votes[4 * k + 2], votes[4 * k + 3]];
    const gender: Gender = male !== female ? (male > female ? 'male' : 'female') : byFullName[k] ?? byFirstName[k] ?? (he > she ? 'male' : she > he ? 'female' : 'unknown');
    const entity = entities[k];
    // the last analysis's entity (see `buildEntity`) is never changed: one of another gender is copied
    if (entity !== lastByCluster[k]) entity.gender = gender;
    else if (entity.gender !== gender) entities[k] = { ...entity, gender };
  }
}

const NO_GENDER = 0;
const MALE = 1;
const FEMALE = 2;

/** The gender the first name of a name tells, as a number: NO_GENDER, MALE or FEMALE. */
function firstNameGenderOf(info: NameInfo): number {
  const g = info.parts.first ? tellingGender(info.parts.first) : undefined;
  return g === 'male' ? MALE : g === 'female' ? FEMALE : NO_GENDER;
}

/** The gender a first name tells (male or female), else undefined. */
function tellingGender(firstName: string): 'male' | 'female' | undefined {
  const g = firstNameGender(firstName);
  return g === 'male' || g === 'female' ? g : undefined;
}

