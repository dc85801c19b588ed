/**
 * The types of names the entity modules share (a name's words, a candidate, what clustering reads
 * off its words), in a module of their own that imports no entity module's code: they were
 * declared in the modules that make them, and the type imports between those made cycles
 * (findMentions ↔ clusterMentions ↔ nested).
 */
import type { EntityType, Span } from '../types';
import type { TitleInfo } from './titles';

/** One word of a name. */
export interface NameToken {
  text: string;
  key: string;
  /** Offsets in the paragraph the name was found in (the candidate's spans are absolute). */
  start: number;
  end: number;
}

/** A name found in the text, before clustering. Spans are absolute; its tokens' offsets are relative to the paragraph. */
export interface NameCandidate {
  span: Span;
  text: string;
  type: EntityType;
  /** How sure the type is: 2 lexicon, title or name head; 1 a good guess; 0 a default. */
  typeStrength: number;
  /** The type comes from a place list entry that also names people ("Cleveland"): a surname may still claim it. */
  weak?: boolean;
  /** A title alone ("the Secretary"): it stands for the person last given that title, and is no name to rename. */
  titleOnly?: boolean;
  /** A title alone that the first person takes ("As President, I will serve"): the speaker's role, no holder named before. */
  ownRole?: boolean;
  /**
   * A known town or state written alone, not after a place preposition ("Washington said"): it may
   * be the surname of a person the document names in full ("George Washington").
   */
  mayBeSurname?: boolean;
  /**
   * A known place written alone as the one who says something ("Paris said", "said Jordan"): it may
   * be the first name or surname of a person the document names in full ("Paris Hilton", "Michael Jordan").
   */
  speaks?: boolean;
  /** A single word that is also a common word ("Research", "Government") with no evidence of being a name. */
  common?: boolean;
  /** The words of the name, particles included. */
  tokens: NameToken[];
  title?: Span;
  titleText?: string;
  titleInfo?: TitleInfo;
  possessive?: Span;
  /** Roles from the title, a role noun before the name or an appositive (shared: never changed). */
  roles: readonly string[];
  /** Index of the long form this acronym follows in parentheses (in the list it was returned in). */
  acronymOf?: number;
  /** Document index of the name this one is another name of ("X, better known as Y"). */
  aliasOf?: number;
  /** Document index of another name of this one written right after it (the `aliasOf` link, seen from X). */
  alsoKnownAs?: number;
  /** The shared name of a known place's spellings ("United States" for "U.S."). */
  canonical?: string;
  /** The folded name of the US state a postal code or a shortening stands for ("oklahoma" for "OK" or "Okla."). */
  state?: string;
  /** The full name a hover card glued after this mention carries. */
  fullName?: string;
  headline: boolean;
}

/** What clustering reads off a candidate's words: its name parts and shape. */
export interface NameInfo {
  parts: NameParts;
  shape: NameShape;
  /** What names may be nested in it (`innerShape`), for names of several words. */
  inner?: InnerShape;
}

/** The parts of a person's name, folded: particles dropped from first and middle names. */
export interface NameParts {
  first?: string;
  middles: string[];
  last: string;
  full: string;
  /** The surname without its leading particles, when it has some ("beethoven" for "van beethoven"). */
  core?: string;
}

/** What clustering reads off a name's words (callers cache it per paragraph's candidate list: see `paragraphNames` in index.ts). */
export interface NameShape {
  keys: string[];
  /** The name without its organization or place head ("harrow" for Harrow School). */
  shortForm?: string;
  /** Its last two or three words, particles not leading ("martínez cantón", "red sox"), and all but its first with hyphens spaced out. */
  tails: string[];
  /** Initials of its capitalised words ("doj" for Department of Justice). */
  initials: string;
  /** One all-capitals word ("NATO", "U.S."). */
  acronym: boolean;
  /** The full name with hyphens spaced out, when it has any ("basse terre" for Basse-Terre). */
  spaced: string | undefined;
  /** Other forms its words alone give. */
  other: OtherForms;
  /** Its two plain name words swapped, a person's other order (`swappedName`). */
  swapped: string | undefined;
}

/** Other forms of a name its words alone give (type checks are left to the caller). */
export interface OtherForms {
  /** "sf" for "S. F.". */
  spelled?: string;
  /** "ohio" for "State of Ohio". */
  governed?: string;
  /** "pirates" for "Pittsburgh Pirates", if it names an organization. */
  team?: string;
  /** "lv" for "LibriVox", if it names no person. */
  innerInitials?: string;
  /** The name with a known place opening it written as that place's usual name ("united states congress" for "U.S. Congress"). */
  placeSpelledOut?: string;
  /**
   * Spellings one slip away of a one-word name: a vowel swapped (any name), a consonant doubled too
   * (no person's). Worked out on first use (`slipsOf`): only a name that joins no cluster reads them.
   */
  slips: { vowels: string[]; all: string[] } | undefined;
  /** The one word `slips` are of (undefined: a name of several words), and whether `slips` is worked out. */
  slipKey: string | undefined;
  slipsKnown: boolean;
  /** "gw bridge" for George Washington Bridge: the words before the head word by their initials. */
  initialedHead?: string;
  /** A name of several words written without spaces or hyphens ("lotfallahmosque"), and its spellings one vowel away. */
  collapsed?: Collapsed;
}

/** A name of several words written solid, and its spellings one vowel away (worked out on first use: `collapsedVowels`). */
export interface Collapsed {
  key: string;
  vowels: string[] | undefined;
}

/**
 * What a name of several words may have inside, by its words alone (the same in every document):
 * the sub-spans that may be another name written alone elsewhere (never reaching the end of the
 * name: that is the whole name or its short form, "Red Sox" in "Boston Red Sox"), and the known
 * place starting at each word (which may end it: "University of Copenhagen").
 */
export interface InnerShape {
  /** By start, longest first; none of only heads or qualifiers ("Court", "North"). */
  spans: InnerSpan[];
  /** The longest known place starting at each word, if any, and its shared name ("United States" for "U.S."). */
  places: ({ to: number; key: string; canonical?: string } | null)[];
  /** Each word's start and end, relative to the name's start. */
  starts: number[];
  ends: number[];
}

/** A word sequence of a name that may name something else: words `[from, to)`, folded and joined. */
export interface InnerSpan {
  from: number;
  to: number;
  key: string;
}

/** Names of candidate fields (a misspelt one is a compile error). */
export type CandidateFields<K extends keyof NameCandidate> = K;

/**
 * The fields the passes after `findCandidates` change on a candidate handed out: the candidate cache's
 * `reset` puts them back, and `clusterCache.ts` keeps them as they were at the last clustering (each
 * checked at compile time against this list).
 */
export type ChangedByCallers = CandidateFields<'type' | 'typeStrength' | 'titleOnly' | 'acronymOf' | 'aliasOf' | 'alsoKnownAs' | 'fullName'>;
