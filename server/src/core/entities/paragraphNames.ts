/**
 * `ParagraphNames` and its `PartNames`, in a module of their own so that `findMentions.ts`, which
 * keeps them with each cached candidate list, need not import `index.ts` or `headShortForms.ts`,
 * which fill them.
 */
import type { NameInfo } from './nameTypes';

/** What the document-wide passes read off one paragraph's candidates, worked out once per cached candidate list. */
export interface ParagraphNames {
  /** The distinct word keys of its names of several words typed person, organization or place. */
  longNameKeys: readonly string[];
  /** The words of its `common` candidates (few: most paragraphs have none). */
  commonKeys: readonly string[];
  /** `nameInfo` of each candidate. */
  infos: NameInfo[];
  /** The head word of each candidate's words (`headWordOfWords`: its type is asked on use), or undefined. */
  heads: (string | undefined)[];
  /**
   * Three bytes per candidate (k of n), in one array (small typed arrays cost more than their bytes):
   * at k, which document-wide passes may read or change it (bits of `PASS` in `index.ts`, by its words and the text
   * around it: each pass skips the others, see `PassFilter`); at n + k, how it is joined to the one
   * before it in the list (`coordinationLink`: 0 for the first); at 2n + k, the gender its first
   * name tells (`firstNameGenderOf` of its info).
   */
  flags: Uint8Array;
  /** The longer names its candidates add to the document's, for `linkPartShortForms`. */
  partNames: PartNames;
}

/**
 * What `linkPartShortForms` reads off one paragraph's cached candidate list, by the candidates'
 * own words (`partNamesOf`, once per list): the longer names it adds to the document's.
 */
export interface PartNames {
  /** The distinct names of its candidates of several words (no title alone) that no pass makes a title alone. */
  sure: readonly string[];
  /** Those of `sure` that end in an acronym (`endsInAcronym`). */
  sureAcronyms: readonly string[];
  /** The distinct names of its other candidates of several words: a title pass may make them titles alone, no longer names. */
  titled: readonly string[];
  /** Those of `titled` that end in an acronym. */
  titledAcronyms: readonly string[];
  /** 1 for each candidate of one word written as an acronym (undefined: the list has none). */
  oneWordAcronym: Uint8Array | undefined;
  /**
   * The flags `partShortFormsOf` gave for the last `PartIndex` asked about (1 for each candidate
   * that is a part of a longer name), by its `version` (a dead version of a paragraph keeps no index alive).
   */
  flagsCache: { version: number; flags: Uint8Array } | undefined;
}
