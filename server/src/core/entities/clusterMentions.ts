/**
 * Clusters name candidates into entities: full name and surname, with and without title or
 * diacritics, nicknames from hover cards, acronyms linked in parentheses, style sheet aliases,
 * keeping namesakes and `keepApart` pairs apart.
 */
import type { StyleSheetEntry } from '../options';
import type { EntityType } from '../types';
import type { Collapsed, NameCandidate, NameInfo, NameParts, NameShape, NameToken, OtherForms } from './nameTypes';
import {
  BUILDING_HEADS, CLUB_SUFFIXES, CLUB_TOWN_WORDS, COMMON_WORDS, LEXICON, ORG_HEADS, PARTICLES, PLACE_HEADS, TRADE_HEADS, firstNameGender, namesCapital, namesPeoplePlural, namesStateOrCountry, namesStateSchool, saintPlaceLength,
  phraseKeys, sameFirstName,
} from './names';
import { SUBORDINATE_OFFICE_WORDS, TITLES, spelledOutTitleWords, type TitleInfo } from './titles';
import { namesKin } from './gender';
import { innerShape } from './nested';
import { foldKey, isWord, tokenize } from './tokens';
import { clearWithMemos } from '../memo';

/** Capitals (with dots or an ampersand) only: an acronym. */
const ACRONYM_TEXT = /^[\p{Lu}.&]{2,}$/u;

/** A cluster being built: the candidates of one entity and what identifies it. */
export interface Cluster {
  members: number[];
  /** Folded full forms ("juan guaido"), short forms of organizations and places included. */
  forms: Set<string>;
  /** Its surnames and first names (folded); `NO_WORDS` until it has one (`withWord`). */
  surnames: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  /** Folded middle names or initials ("hw" in George H.W. Bush); `NO_WORDS` until it has one (`withWord`). */
  middles: ReadonlySet<string>;
  /** The offices of its titles; `NO_WORDS` until it has one (`withWord`). */
  offices: ReadonlySet<string>;
  /** Those of its offices it holds only in an organization ("Acme Corp. President"); `NO_WORDS` until it has one. */
  officesInOrganization: ReadonlySet<string>;
  /**
   * Votes per type, weighted by how sure each candidate is (at `typeSlot(type)`; 0: none), then when each type got its
   * first vote (at `ORDER + typeSlot(type)`; 0: none): a tie goes to the type voted for first. One small list, not a map
   * per cluster (see `addVote`).
   */
  typeVotes: number[];
  /** Some member is a person by evidence (first name, title, context), not by default. */
  personEvidence: boolean;
  style?: number;
  fullName?: string;
  /** Position of the latest member: a bare surname goes to the nearest preceding cluster. */
  last: number;
  /** Some member is introduced as someone's kin ("his brother, George Whitman"): see `preferNotKin`. */
  kin: boolean;
  /** Opened by a surname whose title's gender no first name of a namesake has ("Mr. Linden" beside Florence Linden): see `genderApart`. */
  aside: boolean;
  /**
   * The words after the place opening its organizations' names ("red sox" for Boston Red Sox), and its teams'
   * one-word nicknames ("city" for Manchester City): see `tailOfThing`.
   */
  thingTails?: Set<string>;
}

/**
 * Particles after which the rest is no surname alone: patronymics ("Mohammed bin Salman" is no
 * "Salman", his father) and the joining words of titles and institutions ("King of Athens").
 */
const NO_CORE_AFTER: ReadonlySet<string> = new Set(['bin', 'ibn', 'of', 'the', '&']);

/**
 * "Ludwig van Beethoven" … "Beethoven", "the Marquis de Lafayette" … "General Lafayette": a
 * surname is written with and without its particle, so the word after the particles is a surname
 * form too. Not after "bin" or "ibn", which name the father, nor after "of" ("King of Athens" is no "Athens").
 */
function surnameCore(keys: readonly string[], surnameStart: number): string | undefined {
  let k = surnameStart;
  while (k < keys.length - 1 && PARTICLES.has(keys[k])) {
    if (NO_CORE_AFTER.has(keys[k])) return undefined;
    k++;
  }
  return k > surnameStart ? keys.slice(k).join(' ') : undefined;
}

/** Splits folded name tokens into first, middle and last name. */
export function nameParts(tokens: readonly Pick<NameToken, 'key'>[]): NameParts {
  const keys = tokens.map((t) => t.key);
  const full = keys.length === 1 ? keys[0] : keys.join(' ');
  // "de Blasio", "van Gogh": a surname with its particle, no first name
  if (PARTICLES.has(keys[0]) && keys.length > 1) return withCore({ middles: [], last: full, full }, surnameCore(keys, 0));
  let surnameStart = keys.length - 1;
  while (surnameStart > 1 && PARTICLES.has(keys[surnameStart - 1])) surnameStart--;
  const last = keys.slice(surnameStart).join(' ');
  if (keys.length === 1) return { middles: [], last, full };
  return withCore({ first: keys[0], middles: keys.slice(1, surnameStart).filter((k) => !PARTICLES.has(k)), last, full }, surnameCore(keys, surnameStart));
}

function withCore(parts: NameParts, core: string | undefined): NameParts {
  if (core) parts.core = core;
  return parts;
}

/** Folded keys of a free-text name ("Michael (Mike) Richard Pompeo"): words and nicknames. */
function parseFullName(name: string): { words: string[]; nicknames: string[] } {
  const words: string[] = [];
  const nicknames: string[] = [];
  let inParens = false;
  for (const t of tokenize(name)) {
    if (t.text === '(' || t.text === '"' || t.text === '“') inParens = true;
    else if (t.text === ')' || t.text === '”') inParens = false;
    else if (isWord(t)) (inParens ? nicknames : words).push(t.key);
  }
  return { words, nicknames };
}

/** Whether some word of `words` is in `set` (no closure per call: `fits` is hot). */
function someIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let k = 0; k < words.length; k++) if (set.has(words[k])) return true;
  return false;
}

/**
 * Whether a name's middle names fit a cluster's: one the same, or one the initial of the other ("John F. Kennedy" …
 * "John Fitzgerald Kennedy"). Initials alone on both sides must be the same initials: "George H. W. Bush" is not
 * "George W. Bush", his son.
 */
function middlesFit(middles: readonly string[], clusterMiddles: ReadonlySet<string>): boolean {
  if (allInitials(middles) && allInitials(clusterMiddles)) return middles.length === clusterMiddles.size && middles.every((m) => clusterMiddles.has(m));
  if (someIn(middles, clusterMiddles)) return true;
  for (const m of middles) for (const o of clusterMiddles) if (m.length === 1 ? o[0] === m : o.length === 1 && m[0] === o) return true;
  return false;
}

/** Whether every folded middle name is one letter, an initial ("h", "w" of George H. W. Bush). */
function allInitials(middles: Iterable<string>): boolean {
  for (const m of middles) if (m.length !== 1) return false;
  return true;
}

function firstCompatible(a: string | undefined, b: ReadonlySet<string>): boolean {
  // (the same first name: the common case, without a walk over the set)
  if (!a || b.size === 0 || b.has(a)) return true;
  for (const f of b) if (sameFirstName(f, a) || (f.length === 1 && a[0] === f) || (a.length === 1 && f[0] === a)) return true;
  return false;
}

/**
 * "Thomas Woodrow Wilson" … "Woodrow Wilson", "Jens Otto Harry Jespersen" … "Otto Jespersen": a
 * person goes by one of the given names written after the first one, so a first name that is a
 * middle name of the other full name fits it (either way round); the surname is matched by the
 * caller's index, and other middle names still keep "George H. W. Bush" and "George W. Bush" apart.
 */
function goesByGivenName(parts: NameParts, c: Cluster): boolean {
  if (parts.first && c.middles.has(parts.first)) return true;
  for (const m of parts.middles) if (c.firstNames.has(m)) return true;
  return false;
}

/** What the clustering needs from the options. */
export interface ClusterOptions {
  styleSheet: readonly StyleSheetEntry[];
  keepApart: readonly [string, string][];
}

/**
 * The name info of a candidate (shared between the candidates of the same words: do not change it;
 * only `shape.other` fills its spellings on first use, the same each time). It reads only the
 * candidate's text and its words' texts, keys and offsets from the first word, so candidates alike
 * in those share one (`nameInfos`: an article names its people again and again).
 */
export function nameInfo(cand: NameCandidate): NameInfo {
  let entries = nameInfos.get(cand.text);
  if (entries === undefined) {
    if (nameInfoCount >= NAME_INFO_LIMIT) clearNameInfos();
    nameInfos.set(cand.text, (entries = []));
  }
  for (let e = 0; e < entries.length; e++) if (sameWords(entries[e].tokens, cand.tokens)) return entries[e].info;
  const info = nameInfoOf(cand);
  entries.push({ tokens: cand.tokens, info });
  nameInfoCount++;
  return info;
}

/** Name infos by candidate text, then by words (`sameWords`): a pure memo. */
const nameInfos = new Map<string, { tokens: readonly NameToken[]; info: NameInfo }[]>();
let nameInfoCount = 0;
/** Most name infos kept (typed partial names add entries; an idle server lets them go with the paragraph memos). */
const NAME_INFO_LIMIT = 5_000;
function clearNameInfos(): void {
  nameInfos.clear();
  nameInfoCount = 0;
}
clearWithMemos(clearNameInfos, true);

/** Whether two names' words have the same texts, keys and offsets from their first word. */
function sameWords(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  const a0 = a[0].start;
  const b0 = b[0].start;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.text !== y.text || x.key !== y.key || x.start - a0 !== y.start - b0 || x.end - a0 !== y.end - b0) return false;
  }
  return true;
}

/** `nameInfo` worked out afresh. */
function nameInfoOf(cand: NameCandidate): NameInfo {
  const inner = innerShape(cand);
  const parts = nameParts(cand.tokens);
  return inner ? { parts, shape: nameShape(cand, parts.full), inner } : { parts, shape: nameShape(cand, parts.full) };
}

/**
 * Lists cluster `ci` under `key` in `map` (once). Module-level, as the two below: a closure made per
 * `clusterMentions` call loses its optimised code at each full collection (see core/shapes.ts).
 */
function index(map: Map<string, number[]>, key: string, ci: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [ci]);
  else if (!list.includes(ci)) list.push(ci);
}

/** `index` for a key the cluster has just gained (a form, a surname): not in its list yet, which is not searched (namesakes make long lists). */
function indexNew(map: Map<string, number[]>, key: string, ci: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [ci]);
  else list.push(ci);
}

/** Gives cluster `c` (index `ci`) the form `form`, listed under it in `byForm`. */
function addForm(c: Cluster, byForm: Map<string, number[]>, ci: number, form: string): void {
  if (c.forms.has(form)) return; // indexed when it was added
  c.forms.add(form);
  indexNew(byForm, form, ci);
}

/**
 * One `clusterMentions` call: its input, the clusters so far with their indexes, and the candidate being placed. The
 * steps below are module-level functions of it, not closures made per call, which lose their optimised code at each
 * full collection (see core/shapes.ts).
 */
interface Clustering {
  cands: readonly NameCandidate[];
  infos: readonly NameInfo[] | undefined;
  options: ClusterOptions;
  /** The style sheet entry of each of its names' keys. */
  styleIndex: Map<string, number>;
  /** Known places share a key for all their spellings, after the style sheet's entries (`styleKey`). */
  canonicalKeys: Map<string, number>;
  /** The `keepApart` forms each form is kept apart from. */
  apart: Map<string, Set<string>>;
  clusters: Cluster[];
  assignment: number[];
  byForm: Map<string, number[]>;
  bySurname: Map<string, number[]>;
  byStyle: Map<string, number[]>;
  byFirst: Map<string, number[]>;
  byAcronym: Map<string, number[]>;
  /** Names of several words written solid, for `collapsedForms`. */
  byCollapsed: Map<string, number[]>;
  /** Organizations by the words after the place opening their names ("red sox"), for `thingTails`. */
  byThingTail: Map<string, number[]>;
  /**
   * The clusters given a title outright with each word (`titleWords`), for `latestHolder`: the latest of them holds it
   * (a cluster holding a title outright always will, so they are listed once, not again for each member).
   */
  holders: Map<string, number[]>;
  /** How many offices each cluster holds outright in `holders`' lists (an outright office is never dropped). */
  outrightListed: number[];
  /**
   * The latest cluster given a title only in an organization with each word, whom a title alone stands for when no one
   * holds it outright (set again for each member: such an office may later be held outright).
   */
  holdersInOrganization: Map<string, number>;
  officeWords: Map<string, readonly string[]>;
  /** The towns of the clubs named by their town and "City" or "County" ("hull" for Hull City), whose name alone is the town. */
  clubTowns: Set<string> | undefined;
  /** The cluster of each title the first person takes ("As President, I …"), by its folded form. */
  ownRoles: Map<string, number> | undefined;
  /** The candidate being placed, its name's parts and its style key. */
  cand: NameCandidate;
  parts: NameParts;
  style: number | undefined;
  /** The cluster chosen for it so far (-1: none). */
  chosen: number;
  /** `fits` kept the candidate from a namesake's cluster for its title's gender: the cluster it opens is `aside`. */
  genderApart: boolean;
}

/** A filter of `pick`: whether cluster `ci` may take the candidate by the key `key`. */
type PickFilter = (run: Clustering, ci: number, key: string) => boolean;

/** The name info of candidate `k`. */
function infoAt(run: Clustering, k: number): NameInfo {
  return run.infos ? run.infos[k] : nameInfo(run.cands[k]);
}

/** The style key of a known place's canonical name: one for all its spellings, after the style sheet's entries. */
function styleKey(run: Clustering, canonical: string): number {
  let k = run.canonicalKeys.get(canonical);
  if (k === undefined) run.canonicalKeys.set(canonical, (k = run.options.styleSheet.length + run.canonicalKeys.size));
  return k;
}

/** The style sheet entry of each of its names' keys. */
function styleIndexOf(styleSheet: readonly StyleSheetEntry[]): Map<string, number> {
  const styleIndex = new Map<string, number>();
  for (let i = 0; i < styleSheet.length; i++) {
    styleIndex.set(nameKeysOf(styleSheet[i].name), i);
    for (const alias of styleSheet[i].aliases) styleIndex.set(nameKeysOf(alias), i);
  }
  return styleIndex;
}

/** The forms each `keepApart` form is kept apart from (both ways round). */
function apartIndexOf(keepApart: ClusterOptions['keepApart']): Map<string, Set<string>> {
  const apart = new Map<string, Set<string>>();
  for (const [a, b] of keepApart) {
    const fa = nameKeysOf(a);
    const fb = nameKeysOf(b);
    if (!apart.has(fa)) apart.set(fa, new Set());
    if (!apart.has(fb)) apart.set(fb, new Set());
    apart.get(fa)!.add(fb);
    apart.get(fb)!.add(fa);
  }
  return apart;
}

/** Whether the options keep `form` apart from a form of `c`. */
function keptApart(run: Clustering, c: Cluster, form: string): boolean {
  // (most options keep no one apart: no look-up for each cluster `fits` reads)
  if (run.apart.size === 0) return false;
  const no = run.apart.get(form);
  if (!no) return false;
  for (const f of c.forms) if (no.has(f)) return true;
  return false;
}

/** Whether the candidate being placed may join cluster `ci`. */
function fits(run: Clustering, ci: number): boolean {
  const { cand, parts } = run;
  const c = run.clusters[ci];
  if (keptApart(run, c, parts.full)) return false;
  if (run.style !== undefined && c.style !== undefined) return c.style === run.style;
  if (cand.typeStrength >= 1 && !cand.weak && !hasVotes(c, cand.type) && strongest(c) >= 1) {
    if (!(cand.type === 'person' && cand.typeStrength < 2 && cand.tokens.length === 1) && !tailOfThing(run, c) && !guessedPersonOf(run, c)) return false;
  }
  if (cand.type === 'person' || hasVotes(c, 'person')) {
    // "Martínez Cantón" is the written-out tail of "Clara Martínez Cantón" (a form of it), not a first name
    if (parts.first && cand.tokens.length > 1 && c.firstNames.size && !firstCompatible(parts.first, c.firstNames) && !c.forms.has(parts.full) && !goesByGivenName(parts, c)) return false;
    if (parts.middles.length && c.middles.size && !middlesFit(parts.middles, c.middles)) return false;
    const office = cand.titleInfo?.office;
    if (office && c.offices.size && !c.offices.has(office) && (!parts.first || !c.firstNames.size) && !addressFitsOffices(c, cand.titleInfo!, parts.first)) return false;
    // "Florence Linden" … "Mr. Linden": a title of the other gender than every first name the cluster has is another person
    if (!parts.first && cand.titleInfo?.gender && firstNamesOnlyOf(c, cand.titleInfo.gender === 'male' ? 'female' : 'male')) {
      run.genderApart = true;
      return false;
    }
    // … and a bare "Linden" after them is still Florence Linden, whom the story named in full
    if (c.aside && !parts.first && !cand.titleText) return false;
  }
  return true;
}

/**
 * "the Boston Red Sox … played for the Red Sox": the last words of an organization's or a place's
 * name written alone are that name, though a first name ("Red") makes them look like a person's.
 * Not with a title ("Mr. Red Sox") nor as a surname alone. And "Manchester City … City played well",
 * "the Boston Celtics … the Celtics": a team's one-word nickname alone (`OtherForms.team`) is the
 * team, though its word alone reads as a place or a thing. Both kept in `thingTails`.
 */
function tailOfThing(run: Clustering, c: Cluster): boolean {
  const cand = run.cand;
  return (cand.tokens.length === 1 || cand.type === 'person') && !cand.titleText && c.thingTails !== undefined && c.thingTails.has(run.parts.full);
}

/**
 * "Zorvex said so. Zorvex CEO Dana Lee…": a one-word name surely no person's (an organization or a place) joins the
 * cluster of the same word read a person from its context alone (no first name, title or kin), as such a person
 * joins it when it comes second.
 */
function guessedPersonOf(run: Clustering, c: Cluster): boolean {
  const cand = run.cand;
  return cand.typeStrength >= 2 && cand.type !== 'person' && cand.tokens.length === 1 && c.forms.size === 1 && c.forms.has(run.parts.full) && readFromContextOnly(c);
}

/** "Zorvex CEO Dana Lee … Zorvex said": the same word read a person from its context alone, in a cluster surely an organization's. */
function guessedPersonOfOrganization(run: Clustering, c: Cluster): boolean {
  const cand = run.cand;
  return cand.type === 'person' && cand.typeStrength < 2 && cand.tokens.length === 1 && !cand.titleText && votesFor(c, 'organization') >= SURE_VOTE &&
    readFromContextOnly(c);
}

/** Opens an empty cluster whose latest member is `pos`; returns its index. */
function newCluster(run: Clustering, pos: number): number {
  // every field from the start, the optional ones `undefined`: one hidden class for every cluster, so a cluster given a
  // full name (a hover card's, which no text of the warm-up had) sends no optimised clustering code back to the interpreter
  run.clusters.push({
    members: [], forms: new Set(), surnames: NO_WORDS, firstNames: NO_WORDS, middles: NO_WORDS, offices: NO_WORDS, officesInOrganization: NO_WORDS,
    typeVotes: NO_VOTES.slice(), personEvidence: false, style: undefined, fullName: undefined, last: pos, kin: false, aside: false, thingTails: undefined,
  });
  run.outrightListed.push(0);
  return run.clusters.length - 1;
}

/**
 * Chooses the latest fitting cluster of `map`'s list for `key` unless one is chosen; with
 * `only`, the latest fitting one of those `only` lets through.
 */
function pick(run: Clustering, map: Map<string, number[]>, key: string, only?: PickFilter): void {
  if (run.chosen >= 0) return;
  const list = map.get(key);
  if (!list) return;
  const clusters = run.clusters;
  // the latest fitting cluster (no two have the same latest member): newest last, and `fits` only
  // for a later one than the best so far, so a name many clusters share costs one or two `fits`, not one each
  let best = -1;
  for (let k = list.length - 1; k >= 0; k--) {
    const ci = list[k];
    if ((best < 0 || clusters[ci].last > clusters[best].last) && (only === undefined || only(run, ci, key)) && fits(run, ci)) best = ci;
  }
  run.chosen = best;
}

/**
 * A headline's "Red Sox" before the body's "Boston Red Sox": an organization's name led by a place
 * joins the latest cluster whose every name is its words after the place, written alone (not one
 * with a longer name: "Atlantic Lottery Corporation" is no "British Columbia Lottery Corporation"):
 * `pick`'s filter for a cluster every name of which is `tail`.
 */
function writtenAloneAs(run: Clustering, ci: number, tail: string): boolean {
  const members = run.clusters[ci].members;
  for (let k = 0; k < members.length; k++) if (infoAt(run, members[k]).parts.full !== tail) return false;
  return true;
}

/**
 * "Walt Whitman, the poet … his brother, George Whitman … Whitman wrote": a bare surname that the
 * nearest person shares only as someone's kin goes to the latest other person who has it, the one
 * the text is about ("Donald Trump … his son Eric Trump … Trump said"): `pick`'s filter for a cluster of no one's kin.
 */
function notKin(run: Clustering, ci: number): boolean {
  return !run.clusters[ci].kin;
}

/** "Manchester City … the City Council": a short form ("city") joins no team that goes by it as its nickname (`thingTails`). */
function notNicknamed(run: Clustering, ci: number, form: string): boolean {
  return run.clusters[ci].thingTails?.has(form) !== true;
}

/**
 * "George Washington … Washington said": a bare town name joins the latest person who has it as a surname (one
 * with a known first name), and "Paris Hilton … Paris said" a place that speaks the latest who has it as a first name.
 */
function joinNamesake(run: Clustering, list: number[] | undefined, byFirstName: boolean): void {
  if (!list) return;
  const { clusters, parts } = run;
  for (const ci of list) {
    const c = clusters[ci];
    if ((byFirstName ? !titledOtherwise(c, parts.last) : hasKnownFirstName(c)) && c.personEvidence && !keptApart(run, c, parts.full) &&
      (run.chosen < 0 || c.last > clusters[run.chosen].last)) run.chosen = ci;
  }
  if (run.chosen >= 0) {
    run.cand.type = 'person';
    run.cand.typeStrength = 1;
  }
}

/**
 * Lists cluster `c` (index `ci`), which has just gained a member and has offices, as a holder of its titles' words: in
 * `holders` once for each office held outright, and as the latest holder of those held only in an organization.
 */
function listHolder(run: Clustering, c: Cluster, ci: number): void {
  const outright = c.offices.size - c.officesInOrganization.size;
  if (outright !== run.outrightListed[ci]) {
    run.outrightListed[ci] = outright;
    for (const office of c.offices) {
      if (!c.officesInOrganization.has(office)) for (const word of titleWords(office, run.officeWords)) index(run.holders, word, ci);
    }
  }
  for (const office of c.officesInOrganization) for (const word of titleWords(office, run.officeWords)) run.holdersInOrganization.set(word, ci);
}

/**
 * Groups candidates (in document order) into clusters; returns the cluster index of each candidate.
 * `infos[k]`, when given, is `nameInfo(cands[k])` (callers that cache it save the work).
 */
export function clusterMentions(cands: readonly NameCandidate[], options: ClusterOptions, infos?: readonly NameInfo[]): { clusters: Cluster[]; assignment: number[] } {
  const run: Clustering = {
    cands, infos, options, styleIndex: styleIndexOf(options.styleSheet), canonicalKeys: new Map(), apart: apartIndexOf(options.keepApart),
    clusters: [], assignment: [], byForm: new Map(), bySurname: new Map(), byStyle: new Map(), byFirst: new Map(), byAcronym: new Map(),
    byCollapsed: new Map(), byThingTail: new Map(), holders: new Map(), outrightListed: [], holdersInOrganization: new Map(), officeWords: new Map(),
    clubTowns: undefined, ownRoles: undefined,
    // (`placeCandidate` sets these for each candidate before any step reads them)
    cand: cands[0], parts: NO_PARTS, style: undefined, chosen: -1, genderApart: false,
  };
  for (let pos = 0; pos < cands.length; pos++) placeCandidate(run, pos);
  return { clusters: run.clusters, assignment: run.assignment };
}

/** The parts of no name: `Clustering.parts` before the first candidate. */
const NO_PARTS: NameParts = { middles: [], last: '', full: '' };

/** Puts candidate `pos` into the cluster it joins or a new one, and gives that cluster its forms and words. */
function placeCandidate(run: Clustering, pos: number): void {
  const { cands, options, clusters, assignment, byForm, bySurname, byStyle, byFirst, byAcronym, byCollapsed, byThingTail } = run;
  const cand = (run.cand = cands[pos]);
  const info = infoAt(run, pos);
  const parts = (run.parts = info.parts);
  const style = (run.style = (run.styleIndex.size ? run.styleIndex.get(parts.full) : undefined) ?? (cand.canonical !== undefined ? styleKey(run, cand.canonical) : undefined));
  const shape = info.shape;
  const acronym = shape.acronym ? parts.full : undefined;
  run.chosen = -1;
  run.genderApart = false;
  if (run.clubTowns?.has(parts.full) && cand.type === 'person' && cand.typeStrength < 2 && !bySurname.has(parts.full)) cand.type = 'place';
  else if (clubOfTown(cand, shape.keys[shape.keys.length - 1]) && shape.keys.length > 1) (run.clubTowns ??= new Set()).add(shape.keys.slice(0, -1).join(' '));
  if (cand.aliasOf !== undefined && !keptApart(run, clusters[assignment[cand.aliasOf]], parts.full)) run.chosen = assignment[cand.aliasOf];
  else if (cand.acronymOf !== undefined) run.chosen = assignment[cand.acronymOf];
  // "As President, I will …": the speaker's own role joins only the same role taken before, no holder
  // named (after the links above, so that a cluster it opens is never left empty)
  else if (cand.ownRole) run.chosen = run.ownRoles?.get(parts.full) ?? newCluster(run, pos);
  else if (cand.titleOnly) {
    const titles = cand.titleInfo?.holders ?? [parts.full];
    run.chosen = latestHolder(clusters, run.holders, titles);
    if (run.chosen < 0) run.chosen = latestHolderInOrganization(clusters, run.holdersInOrganization, titles);
  }
  // "Michael Jordan … flew to Jordan … Jordan said": a place that speaks joins a namesake before the place's other spellings
  // (not before the style sheet's entries)
  const spokeFirst = cand.speaks === true && run.chosen < 0 && !(style !== undefined && style < options.styleSheet.length);
  if (spokeFirst) {
    joinNamesake(run, bySurname.get(parts.last), false);
    if (run.chosen < 0) joinNamesake(run, byFirst.get(parts.last), true);
  }
  if (style !== undefined) pick(run, byStyle, String(style));
  // (a place that spoke looked for the surname's holder above, and found none)
  if (cand.mayBeSurname && run.chosen < 0 && !spokeFirst) joinNamesake(run, bySurname.get(parts.last), false);
  // "the Boston Red Sox … the Triple-A Pawtucket Red Sox … the Red Sox won": the words after a
  // team's place go to a team named after its place before any other name ending in them
  if (byThingTail.size && cand.tokens.length > 1 && !cand.titleText) pick(run, byThingTail, parts.full);
  pick(run, byForm, parts.full);
  // "Basse-Terre" is "Basse Terre", "Ocasio-Cortez" "Ocasio Cortez"
  const spaced = shape.spaced;
  if (spaced) pick(run, byForm, spaced);
  const { keys, shortForm, other } = shape;
  if (shortForm) pick(run, byForm, shortForm, notNicknamed);
  const surelyOrganization = cand.type === 'organization' && cand.typeStrength >= 1;
  const teamTail = surelyOrganization ? placeLedTail(keys) : undefined;
  if (teamTail) pick(run, byForm, teamTail, writtenAloneAs);
  // a headline's "Yankees" before the body's "New York Yankees": a team's one-word nickname too
  if (surelyOrganization && other.team) pick(run, byForm, other.team, writtenAloneAs);
  if (acronym) pick(run, byAcronym, acronym);
  // "MLB debut … Major League Baseball (MLB)", a headline's "NRA" before the body's "National Rifle
  // Association": a long name joins an earlier acronym of its initials (three letters or more: "BA" may be anything)
  if (cand.tokens.length > 2 && cand.type !== 'person' && shape.initials.length > 2) pick(run, byForm, shape.initials);
  const spelled = other.spelled;
  if (spelled) pick(run, byAcronym, spelled);
  // "Tulsa, OK" or "Tulsa, Okla." … "Oklahoma"
  const state = cand.state;
  if (state) pick(run, byForm, state);
  const governed = other.governed;
  if (governed) pick(run, byForm, governed);
  const spelledOut = other.placeSpelledOut;
  if (spelledOut) pick(run, byForm, spelledOut);
  const initialed = cand.type !== 'person' ? other.initialedHead : undefined;
  if (initialed) pick(run, byForm, initialed);
  const collapsed = cand.type !== 'person' ? other.collapsed : undefined;
  if (collapsed) pick(run, byCollapsed, collapsed.key);
  // "Jenna Mourey, better known as Jenna Marbles" after a headline "Jenna Marbles": join the headline's entity
  if (cand.alsoKnownAs !== undefined) pick(run, byForm, infoAt(run, cand.alsoKnownAs).parts.full);
  if (cand.type === 'person' || cand.typeStrength === 0 || cand.weak) {
    // (one cluster of that surname: the pick below takes it all the same)
    if (cand.tokens.length === 1) pick(run, bySurname, parts.last, notKin);
    pick(run, bySurname, parts.last);
    if (parts.core) pick(run, bySurname, parts.core);
    // "Daniel" for Daniel Bernoulli, when no one is called Daniel by surname
    if (cand.tokens.length === 1) pick(run, byFirst, parts.last);
  }
  // "Vergil" … "Virgil", "Saffavid" … "Safavid": one slip of the pen
  const slips = run.chosen < 0 ? slipsOf(other) : undefined;
  if (slips) for (const variant of cand.type === 'person' ? slips.vowels : slips.all) pick(run, byForm, variant);
  if (run.chosen < 0 && collapsed && byCollapsed.size) for (const variant of collapsedVowels(collapsed)) pick(run, byCollapsed, variant);
  if (run.chosen < 0) {
    run.chosen = newCluster(run, pos);
    clusters[run.chosen].aside = run.genderApart;
  }
  const chosen = run.chosen;
  if (cand.ownRole) (run.ownRoles ??= new Map()).set(parts.full, chosen);
  const c = clusters[chosen];
  const latest = c.members.length ? c.members[c.members.length - 1] : -1;
  assignment.push(chosen);
  c.members.push(pos);
  c.last = pos;
  // a default "person" guess weighs less than a place guessed from "in X"
  const vote = cand.typeStrength === 0 && cand.type === 'person' ? 0.5 : 1 + cand.typeStrength * 3;
  // "Florence Linden … Florence": a word that is a place and a first name, alone, in a person's cluster by that first name, is her
  if (cand.weak && cand.type === 'place' && cand.tokens.length === 1 && c.personEvidence && c.firstNames.has(parts.last)) cand.type = 'person';
  // "Zorvex said … Zorvex CEO Dana Lee", either way round: a one-word name surely an organization outweighs the same word
  // read a person from its context alone, however often
  if (cand.type === 'organization' && guessedPersonOf(run, c)) dropVotes(c, 'person');
  // a thing's name looking like a person's ("the Red Sox") gives the thing no person vote, nor a team's nickname ("City") a place's
  if (!tailOfThing(run, c) && !guessedPersonOfOrganization(run, c)) addVote(c, cand.type, vote);
  if (cand.type === 'person' && cand.typeStrength >= 1) c.personEvidence = true;
  if (style !== undefined) {
    c.style = style;
    index(byStyle, String(style), chosen);
  }
  if (cand.titleInfo) addOffice(c, cand.titleInfo);
  // (the title written before the name is a role too, and came in above with where it is held)
  for (const role of cand.roles) {
    const taken = role !== cand.titleText ? officeNamedBy(role) : undefined;
    if (taken) addOffice(c, taken);
  }
  if (c.offices.size) listHolder(run, c, chosen);
  if (!c.kin && cand.roles.length && cand.roles.some(namesKin)) c.kin = true;
  if (cand.fullName) {
    c.fullName = cand.fullName;
    const { words, nicknames } = parseFullName(cand.fullName);
    if (words.length > 1) c.firstNames = withWord(c.firstNames, words[0]);
    for (const nk of nicknames) c.firstNames = withWord(c.firstNames, nk);
    addForm(c, byForm, chosen, words.join(' '));
  }
  // its forms and words, with the index entries they make (all sets: a repeat of the name before it adds none)
  if (latest >= 0 && repeatsMember(cands[latest], infoAt(run, latest), cand, info)) return;
  addForm(c, byForm, chosen, parts.full);
  if (spaced) addForm(c, byForm, chosen, spaced);
  if (state) addForm(c, byForm, chosen, state);
  if (governed) addForm(c, byForm, chosen, governed);
  if (spelledOut) addForm(c, byForm, chosen, spelledOut);
  if (initialed) addForm(c, byForm, chosen, initialed);
  if (collapsed) index(byCollapsed, collapsed.key, chosen);
  if ((cand.type === 'person' || cand.typeStrength === 0) && !cand.titleOnly) {
    if (!c.surnames.has(parts.last)) {
      c.surnames = withWord(c.surnames, parts.last);
      indexNew(bySurname, parts.last, chosen);
    }
    if (parts.core && !c.surnames.has(parts.core)) {
      c.surnames = withWord(c.surnames, parts.core);
      indexNew(bySurname, parts.core, chosen);
    }
    if (parts.first) {
      c.firstNames = withWord(c.firstNames, parts.first);
      index(byFirst, parts.first, chosen);
    }
    for (const m of parts.middles) c.middles = withWord(c.middles, m);
  }
  // "Clara Martínez Cantón" is also "Martínez Cantón", "Boston Red Sox" also "Red Sox"
  // and "Alexandria Ocasio-Cortez" also "Ocasio Cortez" (a hyphenated surname, not "Anatole-Désiré Moreau"); an office alone
  // goes by none ("the Speaker of the House of Commons" is no "House of Commons")
  if (!cand.titleOnly) for (const tail of shape.tails) addForm(c, byForm, chosen, tail);
  const swapped = cand.type === 'person' ? shape.swapped : undefined;
  if (swapped) addForm(c, byForm, chosen, swapped);
  if (teamTail) {
    (c.thingTails ??= new Set()).add(teamTail);
    index(byThingTail, teamTail, chosen);
  }
  if (cand.tokens.length > 1 && cand.type !== 'person') {
    // "Harrow School" is also "Harrow"; "the Department of Justice" is also "DOJ"
    if (shortForm) addForm(c, byForm, chosen, shortForm);
    index(byAcronym, shape.initials, chosen);
    if (other.team && cand.type === 'organization') {
      addForm(c, byForm, chosen, other.team);
      (c.thingTails ??= new Set()).add(other.team);
    }
    const plural = islandsPlural(keys);
    if (plural) addForm(c, byForm, chosen, plural);
  }
  const innerInitials = cand.type !== 'person' ? other.innerInitials : undefined;
  if (innerInitials) index(byAcronym, innerInitials, chosen);
  if (acronym && cand.acronymOf !== undefined) index(byAcronym, acronym, chosen);
}

/**
 * Whether candidate `b` (name info `bInfo`) repeats `a`, the latest member of its cluster, in all that
 * decides the forms and words a member gives its cluster: the same name (one `NameInfo`), type,
 * strength, state and whether it is titled alone or an acronym linked to its long form. Most mentions
 * repeat the one before them in their entity ("Müller … Müller"), and what a member adds goes into
 * sets, so a repeat adds nothing.
 */
function repeatsMember(a: NameCandidate, aInfo: NameInfo, b: NameCandidate, bInfo: NameInfo): boolean {
  return aInfo === bInfo && a.type === b.type && a.typeStrength === b.typeStrength && a.titleOnly === b.titleOnly && a.state === b.state &&
    (a.acronymOf === undefined) === (b.acronymOf === undefined);
}

/**
 * A cluster's set of words while it has none (an organization's surnames and first names, most
 * clusters' middle names and offices): one shared empty set, never added to (`withWord` gives the
 * cluster its own), so clustering does not make empty sets for every entity, which the memo of the
 * last clustering keeps.
 */
const NO_WORDS: ReadonlySet<string> = new Set<string>();

/** Gives a cluster a title's office; held outright once, it is no longer held only in an organization. */
function addOffice(c: Cluster, title: TitleInfo): void {
  const office = title.office;
  if (title.inOrganization) {
    if (!c.offices.has(office)) c.officesInOrganization = withWord(c.officesInOrganization, office);
  } else if (c.officesInOrganization.has(office)) (c.officesInOrganization as Set<string>).delete(office);
  c.offices = withWord(c.offices, office);
}

/**
 * "Pelosi became Speaker of the House": the office a role names when it opens with a capitalised title
 * (roles in lower case, "the party's leader", name none), so "the Speaker" later stands for her.
 */
function officeNamedBy(role: string): TitleInfo | undefined {
  const first = role.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return undefined;
  return TITLES.longestAt(phraseKeys(role), 0)?.value;
}

/** `set` with `word` added: a new set in place of `NO_WORDS`, else `set` itself. */
function withWord(set: ReadonlySet<string>, word: string): ReadonlySet<string> {
  if (set === NO_WORDS) return new Set<string>().add(word);
  (set as Set<string>).add(word);
  return set;
}

/** The shape of a candidate's name; `full` is its keys joined by spaces (`nameParts(cand.tokens).full`). */
function nameShape(cand: NameCandidate, full: string): NameShape {
  const keys = cand.tokens.map((t) => t.key);
  const head = keys[keys.length - 1];
  const tails: string[] = [];
  for (let k = Math.max(1, keys.length - 3); k < keys.length - 1; k++) if (!PARTICLES.has(keys[k])) tails.push(keys.slice(k).join(' '));
  if (keys.length > 1 && head.includes('-')) tails.push(keys.slice(1).join(' ').replace(/-/g, ' '));
  return {
    keys,
    shortForm: keys.length > 1 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) && !namedAfterStateOrCountry(keys) && !bodyOfStateOrCountry(keys) && !clubOfTown(cand, head)
      ? keys.slice(0, -1).join(' ') : undefined,
    tails,
    initials: initialsOf(cand.tokens),
    acronym: cand.tokens.length === 1 && ACRONYM_TEXT.test(cand.text),
    spaced: full.includes('-') ? full.replace(/-/g, ' ') : undefined,
    other: otherForms(cand.tokens, keys),
    swapped: swappedName(cand.tokens),
  };
}

/** The first letters of the keys of the capitalised tokens ("doj" for Department of Justice). */
function initialsOf(tokens: readonly NameToken[]): string {
  let out = '';
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(t.text)) out += t.key.charAt(0);
  }
  return out;
}

const UPPER_START = /^\p{Lu}/u;
/** Letters only. */
const LETTERS_ONLY = /^\p{L}+$/u;
/** A capital, perhaps with a full stop ("S." of "S. F."). */
const CAPITAL_WITH_POINT = /^\p{Lu}\.?$/u;
/** A capitalised plural ("Pirates"). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** Capitalised parts run together ("LibriVox", "PlayStation"). */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
/** Anything but a capital. */
const NOT_CAPITALS = /\P{Lu}/gu;

/** A plain name word: a capital then small letters only (no initials, acronyms, hyphens or "McX"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Higuchi Natsu" … "Natsu Higuchi", "Nagy Imre" … "Imre Nagy": East Asian and Hungarian names are
 * written surname first in their own order and given name first in English, so a person's two plain
 * name words swapped are the same person. Not with initials, particles in lower case ("van Gogh"),
 * acronyms or other kinds of name ("Lake Placid" is no "Placid Lake").
 */
function swappedName(tokens: readonly NameToken[]): string | undefined {
  if (tokens.length !== 2) return undefined;
  const [a, b] = tokens;
  if (!NAME_WORD.test(a.text) || !NAME_WORD.test(b.text)) return undefined;
  return b.key + ' ' + a.key;
}

/** Heads after a state's or a country's name that name that same place ("Puerto Rico Commonwealth"; "State": see `namedAfterStateOrCountry`). */
const SAME_PLACE_HEADS: ReadonlySet<string> = new Set(['province', 'region', 'territory', 'commonwealth']);

/**
 * "Oklahoma City", "Mexico City", "Arkansas River", "Georgia Avenue": a place named after a state or
 * a country is another place, so the state's or country's name is no short form of it; nor is it
 * of "Ohio State", a school (`namesStateSchool`; "New York State" is the state).
 */
function namedAfterStateOrCountry(keys: readonly string[]): boolean {
  const head = keys[keys.length - 1];
  if (!PLACE_HEADS.has(head)) return false;
  if (head === 'state') return namesStateSchool(keys);
  return !SAME_PLACE_HEADS.has(head) && (namesStateOrCountry(keys.slice(0, -1)) || waterNamedAfterPlace(keys));
}

/** Heads of waters, which are named after the towns on their shores. */
const WATER_HEADS: ReadonlySet<string> = new Set(['bay', 'harbor', 'harbour', 'river', 'lake', 'creek', 'canal', 'lagoon', 'strait', 'gulf', 'sea']);

/**
 * "San Francisco Bay", "Boston Harbor": a water named after a known town is no town, so the
 * town's name is no short form of it ("a tunnel under San Francisco Bay" … "San Francisco" is the city).
 */
function waterNamedAfterPlace(keys: readonly string[]): boolean {
  return keys.length > 1 && WATER_HEADS.has(keys[keys.length - 1]) && LEXICON.get(keys.slice(0, -1))?.type === 'place';
}

/**
 * "U.S. Congress", "U.S. Army", "Ohio University": a body named after a state or a country is not
 * that state or country, so its name without the head is no short form of it (nor of each other).
 */
function bodyOfStateOrCountry(keys: readonly string[]): boolean {
  return ORG_HEADS.has(keys[keys.length - 1]) && namesStateOrCountry(keys.slice(0, -1));
}

/**
 * "the Chatham Islands" … "the Chathams", "the Falkland Islands" … "the Falklands": a group of
 * islands goes by its name in the plural (a name of one word before "Islands" only).
 */
function islandsPlural(keys: readonly string[]): string | undefined {
  return keys.length === 2 && keys[1] === 'islands' && LETTERS_ONLY.test(keys[0]) && !keys[0].endsWith('s') && !COMMON_WORDS.has(keys[0]) ? keys[0] + 's' : undefined;
}

/**
 * "red sox" for Boston Red Sox: the words after a known place opening an organization's name (a
 * team's, a firm's), two or more, as `tailOfThing` reads them. Not a place's ("Fort Sam Houston" is named after Sam Houston).
 */
function placeLedTail(keys: readonly string[]): string | undefined {
  if (keys.length < 3) return undefined;
  const place = LEXICON.longestAt(keys, 0, keys.length - 2);
  return place && place.value.type === 'place' ? keys.slice(place.length).join(' ') : undefined;
}

/** `other.slips`, worked out the first time it is read. */
function slipsOf(other: OtherForms): OtherForms['slips'] {
  if (!other.slipsKnown) {
    other.slips = other.slipKey === undefined ? undefined : nearSpellings(other.slipKey);
    other.slipsKnown = true;
  }
  return other.slips;
}

/** `c.vowels`, worked out the first time it is read. */
function collapsedVowels(c: Collapsed): string[] {
  return (c.vowels ??= nearSpellings(c.key)?.vowels ?? []);
}

/** The other forms of a name (`keys` its tokens' keys), worked out with its shape. */
function otherForms(tokens: readonly NameToken[], keys: readonly string[]): OtherForms {
  return {
    spelled: spacedInitials(tokens),
    governed: placeOfItsGovernment(keys),
    team: teamNickname(tokens, keys),
    innerInitials: innerCapitalInitials(tokens),
    slips: undefined,
    slipKey: tokens.length === 1 ? keys[0] : undefined,
    slipsKnown: false,
    placeSpelledOut: placeSpelledOut(keys),
    initialedHead: initialedHead(tokens, keys),
    collapsed: collapsedForms(keys),
  };
}

/**
 * "Sheikh Lotfollah Mosque" … "Sheikh Lotf Allah Mosque", "Basseterre" … "Basse Terre": names
 * transliterated or compounded are written with and without spaces, and with one vowel for
 * another, so a name of several words is also compared written solid (a vowel slip only away from
 * its end, as in `nearSpellings`). The caller leaves persons out: "Jon Smith" is no "Jan Smith".
 */
function collapsedForms(keys: readonly string[]): Collapsed | undefined {
  if (keys.length < 2) return undefined;
  const key = keys.join('').replace(/-/g, '');
  return { key, vowels: undefined };
}

/**
 * "George Washington Bridge" … "the GW Bridge", "John F. Kennedy Airport" … "JFK Airport": a name
 * of three words or more ending in a head word goes by the initials of the words before the head
 * and the head. Only capitalised words give initials ("Bank of America Plaza" is "BA Plaza").
 */
function initialedHead(tokens: readonly NameToken[], keys: readonly string[]): string | undefined {
  const head = keys[keys.length - 1];
  if (keys.length < 3 || !(ORG_HEADS.has(head) || PLACE_HEADS.has(head) || BUILDING_HEADS.has(head))) return undefined;
  const letters = initialsOf(tokens.slice(0, -1));
  return letters.length >= 2 ? letters + ' ' + head : undefined;
}

/**
 * "U.S. Congress" … "United States Congress", "UK Parliament" … "United Kingdom Parliament": a
 * name opening with a place the lexicon spells several ways, with the place's usual name, so
 * both spellings share a form. Only names that go on after the place.
 */
function placeSpelledOut(keys: readonly string[]): string | undefined {
  if (keys.length < 2) return undefined;
  const place = LEXICON.longestAt(keys, 0, keys.length - 1);
  const canonical = place?.value.canonical;
  if (!place || !canonical) return undefined;
  return nameKeysOf(canonical) + ' ' + keys.slice(place.length).join(' ');
}

const VOWELS = 'aeiou';

/**
 * Other spellings of a one-word name of six letters or more that one slip makes: a vowel for
 * another before its last three letters ("Vergil" … "Virgil", "Esfahan" … "Isfahan"; not "Hansen"
 * … "Hanson", two names) and, unless it may be a person's, a consonant doubled or undoubled
 * ("Tallahasee" … "Tallahassee"; "Mathews" and "Matthews" may be two people).
 */
function nearSpellings(key: string): { vowels: string[]; all: string[] } | undefined {
  if (key.length < 6 || !/^[a-z]+$/.test(key)) return undefined;
  const vowels: string[] = [];
  for (let i = 0; i < key.length - 3; i++) {
    if (!VOWELS.includes(key[i])) continue;
    for (const v of VOWELS) if (v !== key[i]) vowels.push(key.slice(0, i) + v + key.slice(i + 1));
  }
  const all = vowels.slice();
  for (let i = 1; i < key.length; i++) {
    const c = key[i];
    if (VOWELS.includes(c)) continue;
    all.push(key[i - 1] === c ? key.slice(0, i) + key.slice(i + 1) : key.slice(0, i) + c + key.slice(i));
  }
  return { vowels, all };
}

/**
 * "S. F." for San Francisco: letters with spaces between them are the initials of a name ("J. K."
 * typed a person keeps apart from places and bodies by its type).
 */
function spacedInitials(tokens: readonly NameToken[]): string | undefined {
  if (tokens.length < 2) return undefined;
  let letters = '';
  for (const t of tokens) {
    if (!CAPITAL_WITH_POINT.test(t.text)) return undefined;
    letters += t.text[0];
  }
  return letters.toLowerCase();
}

/** Words before "of" that name a place by its government: "State of Ohio", "City of Cleveland". */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['state', 'commonwealth', 'republic', 'city', 'town', 'village']);

/**
 * "State of Ohio" is Ohio, "Commonwealth of Virginia" Virginia, "City of Cleveland" Cleveland: the
 * folded place a government's name stands for. A state or a country only after "State",
 * "Commonwealth" or "Republic" ("City of Oklahoma" is no state); no national capital after "City"
 * ("the City of London" is a district of London); no county ("County of Maui" is more than the island).
 */
function placeOfItsGovernment(keys: readonly string[]): string | undefined {
  if (keys.length < 3 || keys[1] !== 'of' || !GOVERNMENT_WORDS.has(keys[0])) return undefined;
  const place = keys.slice(keys[2] === 'the' ? 3 : 2);
  if (place.length === 0) return undefined;
  const stateOrCountry = namesStateOrCountry(place);
  if (keys[0] === 'state' || keys[0] === 'commonwealth' || keys[0] === 'republic' ? !stateOrCountry : stateOrCountry || namesCapital(place)) return undefined;
  return place.join(' ');
}

/**
 * "Pittsburgh Pirates" … "the Pirates", "New York Yankees" … "the Yankees": an organization named
 * by a known place and one plural word (a team) goes by that word alone. Not the plural of a
 * people or a party ("Texas Democrats": "the Democrats" is the whole party), nor a trade or an
 * institution word ("Texas Industries", "Alaska Airlines"). So does a football club ("Manchester
 * City" … "City", "Leeds United" … "United"): the word after its town, for an organization.
 */
function teamNickname(tokens: readonly NameToken[], keys: readonly string[]): string | undefined {
  if (keys.length < 2) return undefined;
  const last = keys[keys.length - 1];
  const club = CLUB_SUFFIXES.has(last) || CLUB_TOWN_WORDS.has(last);
  if (!club && !CAPITALISED_PLURAL.test(tokens[tokens.length - 1].text)) return undefined;
  if (namesPeoplePlural(last) || ORG_HEADS.has(last) || TRADE_HEADS.has(last)) return undefined;
  const place = LEXICON.longestAt(keys, 0, keys.length - 1);
  return place && place.value.type === 'place' && place.length === keys.length - 1 || saintPlaceLength(keys, 0, keys.length - 1) === keys.length - 1 ? last : undefined;
}

/**
 * "Hull City lost. Hull is in Yorkshire": a club named by its town and "City" or "County" (`head`) gives no short form,
 * as "Jack London Square" does: its town alone is the town (a place, where only a default guess typed it).
 */
function clubOfTown(cand: NameCandidate, head: string): boolean {
  return cand.type === 'organization' && CLUB_TOWN_WORDS.has(head);
}

/**
 * "LibriVox" … "LV", "PlayStation" … "PS": the initials of the capitals inside a one-word name
 * other than a person's or a guessed person's ("DeLuca", "McDonald" are surnames, no brands).
 */
function innerCapitalInitials(tokens: readonly NameToken[]): string | undefined {
  if (tokens.length !== 1) return undefined;
  const text = tokens[0].text;
  if (!CAMEL_CASE.test(text)) return undefined;
  return text.replace(NOT_CAPITALS, '').toLowerCase();
}

/** The gender a title implies ("mr" male, "marquis" male, "president" none). */
function officeGender(office: string): 'male' | 'female' | undefined {
  return TITLES.get(office.split(' '))?.gender;
}

/**
 * "President Trump" … "Mr. Trump", "Major General Lafayette" … "the Marquis de Lafayette": a form
 * of address or a rank of nobility tells only a gender, so it fits a person given another title
 * (offices otherwise keep namesakes apart: "Sen. Cruz", "Rep. Cruz"). Not where the genders differ:
 * "Bill Clinton" … "Mrs. Clinton".
 */
function addressFitsOffices(c: Cluster, title: TitleInfo, first: string | undefined): boolean {
  if (!title.gender) for (const office of c.offices) if (!officeGender(office)) return false;
  const genders = genderBit(title.gender) | (first !== undefined ? genderBit(firstNameGender(first)) : 0) | officeGenders(c) | firstNameGenders(c);
  return genders !== (MALE | FEMALE);
}

/** No member has a first name, a title or a role of kinship: a person in it, if any, was read from its context alone (`guessedPersonOf`). */
function readFromContextOnly(c: Cluster): boolean {
  return !c.firstNames.size && !c.offices.size && !c.kin;
}

/** The first name `first` tells a gender and the cluster has a title of the other ("Florence" and "Mr. Linden"): a merge of two people. */
function titledOtherwise(c: Cluster, first: string): boolean {
  const g = genderBit(firstNameGender(first));
  return g !== 0 && (officeGenders(c) & ~g) !== 0;
}

/** The cluster has a first name of `gender` from the name lists and none of the other gender. */
function firstNamesOnlyOf(c: Cluster, gender: 'male' | 'female'): boolean {
  return firstNameGenders(c) === genderBit(gender);
}

/** A gender as a bit (`MALE`, `FEMALE`; 0 for none or either), so that the genders of a cluster's names are one number. */
const MALE = 1;
const FEMALE = 2;
function genderBit(g: string | undefined): number {
  return g === 'male' ? MALE : g === 'female' ? FEMALE : 0;
}

/** The genders the cluster's titles tell (`genderBit`s). */
function officeGenders(c: Cluster): number {
  let bits = 0;
  for (const office of c.offices) bits |= genderBit(officeGender(office));
  return bits;
}

/** The genders the cluster's first names from the name lists tell (`genderBit`s). */
function firstNameGenders(c: Cluster): number {
  let bits = 0;
  for (const f of c.firstNames) bits |= genderBit(firstNameGender(f));
  return bits;
}

/** Some member has a first name from the name lists ("George" in George Washington, not "Progressive"). */
function hasKnownFirstName(c: Cluster): boolean {
  for (const f of c.firstNames) if (firstNameGender(f)) return true;
  return false;
}

/**
 * The latest cluster of a person given a title with one of the words `titles` ("Secretary of State
 * Mike Pompeo" for "the Secretary", a judge or justice for "Your Honor"), or -1: a title alone
 * stands for the last person who held it. `holders` has the clusters by title word (`titleWords`).
 */
function latestHolder(clusters: readonly Cluster[], holders: ReadonlyMap<string, readonly number[]>, titles: readonly string[]): number {
  let best = -1;
  for (const title of titles) {
    const list = holders.get(title);
    if (list) for (const ci of list) if (best < 0 || clusters[ci].last > clusters[best].last) best = ci;
  }
  return best;
}

/** `latestHolder` of the titles held only in an organization: `holders` has the latest cluster by title word. */
function latestHolderInOrganization(clusters: readonly Cluster[], holders: ReadonlyMap<string, number>, titles: readonly string[]): number {
  let best = -1;
  for (const title of titles) {
    const ci = holders.get(title);
    if (ci !== undefined && (best < 0 || clusters[ci].last > clusters[best].last)) best = ci;
  }
  return best;
}

/**
 * The words of a title ("secretary of state"), abbreviations written out ("sen" → "senator"), and a
 * title of several words whole (the lone "the Press Secretary"), or a subordinate office whole only
 * ("vice president"): what `latestHolder` matches; `known` has those worked out before.
 */
function titleWords(office: string, known: Map<string, readonly string[]>): readonly string[] {
  let words = known.get(office);
  if (words === undefined) {
    // (an office has no dots: its words are keys)
    words = spelledOutTitleWords(office);
    // "vice president" is held whole only: its holder is no one's for "the President"
    if (words.length > 1) words = SUBORDINATE_OFFICE_WORDS.has(words[0]) ? [office] : [...words, office];
    known.set(office, words);
  }
  return words;
}

/** The vote of one candidate sure of its type (`typeStrength` 2), or of two guessing it from their context. */
const SURE_VOTE = 7;

function strongest(c: Cluster): number {
  let best = 0;
  for (let t = 0; t < ORDER; t++) best = Math.max(best, c.typeVotes[t]);
  return best >= SURE_VOTE ? 2 : best >= 4 ? 1 : 0;
}

/** The entity types by their slot in `Cluster.typeVotes`. */
const TYPES_BY_SLOT: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
/** Where `Cluster.typeVotes` says when each type got its first vote. */
const ORDER = TYPES_BY_SLOT.length;
/** A new cluster's `typeVotes` (each gets a copy): no votes and no first vote for any type. */
const NO_VOTES: readonly number[] = Array.from({ length: 2 * ORDER }, () => 0);

/** The slot of `type` in `Cluster.typeVotes`. */
function typeSlot(type: EntityType): number {
  return type === 'person' ? 0 : type === 'organization' ? 1 : type === 'place' ? 2 : 3;
}
// `typeSlot` writes out `TYPES_BY_SLOT`'s order (tests, not a look-up, on a hot path): checked once, at load.
for (let t = 0; t < ORDER; t++) if (typeSlot(TYPES_BY_SLOT[t]) !== t) throw new Error(`typeSlot puts '${TYPES_BY_SLOT[t]}' out of TYPES_BY_SLOT's order`);

/** The votes `c` has for `type` (0: none; every vote is more). */
function votesFor(c: Cluster, type: EntityType): number {
  return c.typeVotes[typeSlot(type)];
}

/** Whether some member voted for `type` (votes not dropped since). */
function hasVotes(c: Cluster, type: EntityType): boolean {
  return votesFor(c, type) > 0;
}

/** Adds `vote` (more than 0) for `type`; a type without votes comes after those with some, as in a map. */
function addVote(c: Cluster, type: EntityType, vote: number): void {
  const votes = c.typeVotes;
  const t = typeSlot(type);
  if (votes[t] === 0) {
    let latest = 0;
    for (let o = ORDER; o < 2 * ORDER; o++) latest = Math.max(latest, votes[o]);
    votes[ORDER + t] = latest + 1;
  }
  votes[t] += vote;
}

/** Drops every vote for `type`: a later one puts it after the types voted for now. */
function dropVotes(c: Cluster, type: EntityType): void {
  const t = typeSlot(type);
  c.typeVotes[t] = 0;
  c.typeVotes[ORDER + t] = 0;
}

/**
 * The type most votes give a cluster (in a tie, the one voted for first). A person needs evidence (a first name, a
 * title, a verb only people do): an unknown name with none is 'other', neither person, organization nor place.
 */
export function clusterType(c: Cluster): EntityType {
  const votes = c.typeVotes;
  let best = -1;
  for (let t = 0; t < ORDER; t++) {
    if (votes[t] === 0 || (t === 0 && !c.personEvidence)) continue;
    if (best < 0 || votes[t] > votes[best] || (votes[t] === votes[best] && votes[ORDER + t] < votes[ORDER + best])) best = t;
  }
  return best < 0 ? 'other' : TYPES_BY_SLOT[best];
}

/**
 * A free-text name (a style sheet's, a canonical form) as the folded word keys a candidate's
 * `parts.full` has ("The Washington Post" → "washington post"); not the core's `foldName`, which
 * folds only case and diacritics.
 */
function nameKeysOf(name: string): string {
  return tokenize(name).filter(isWord).map((t) => t.key).join(' ').replace(/^the /, '') || foldKey(name);
}
